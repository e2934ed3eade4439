/**
 * The sandbox server as a learner runs it: it keeps their account across restarts,
 * refuses to start on a damaged state file without touching it, and replaces a saved
 * account with a scenario only when told to twice.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runSandboxProcess, startSandboxProcess } from '../integration/support/sandbox-process';

let dir: string;
let stateFile: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'iam-server-'));
  stateFile = join(dir, 'state.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const iam = (url: string, body: string) =>
  fetch(`${url}/`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body });

describe('the sandbox server', () => {
  it('keeps the account across a restart', async () => {
    const first = await startSandboxProcess(['--state', stateFile]);
    expect(first.output()).toContain(`aws --endpoint-url ${first.url} iam list-users`);
    const created = await iam(first.url, 'Action=CreateGroup&Version=2010-05-08&GroupName=Developers');
    expect(created.status).toBe(200);
    expect(created.headers.get('content-type')).toBe('text/xml');
    expect(await first.stop()).toBe(0);

    const second = await startSandboxProcess(['--state', stateFile]);
    const listed = await fetch(`${second.url}/?Action=ListGroups&Version=2010-05-08`);
    expect(await listed.text()).toContain('<GroupName>Developers</GroupName>');
    expect(second.output()).toContain(`restored from ${stateFile}`);
    await second.stop();
  }, 60_000);

  it('shows a short note to a browser that opens the endpoint', async () => {
    const server = await startSandboxProcess(['--state', stateFile, '--no-console']);
    try {
      const page = await fetch(`${server.url}/`);
      expect(page.headers.get('content-type')).toContain('text/html');
      expect(await page.text()).toContain('IAM sandbox endpoint');
      expect(server.output()).not.toContain('Console:');
    } finally {
      await server.stop();
    }
  }, 30_000);

  it('serves a console build and names its address, or says how to build one', async () => {
    const build = join(dir, 'build');
    mkdirSync(build);
    const unbuilt = await startSandboxProcess(['--state', stateFile, '--console', build]);
    try {
      expect(unbuilt.output()).toContain(`no console build in ${build}: npm run build`);
      expect(await (await fetch(`${unbuilt.url}/`)).text()).toContain('npm run build');
    } finally {
      await unbuilt.stop();
    }

    writeFileSync(join(build, 'index.html'), '<html><head><title>console</title></head></html>');
    const built = await startSandboxProcess(['--state', stateFile, '--console', build]);
    try {
      expect(built.output()).toContain(`Console: ${built.url}/#/groups`);
      expect(await (await fetch(`${built.url}/`)).text()).toContain('<meta name="iam-sandbox-mode" content="server">');
    } finally {
      await built.stop();
    }
  }, 60_000);

  it('refuses to start on a damaged state file, names it, and leaves it as it was', async () => {
    writeFileSync(stateFile, '{ not json');
    const run = await runSandboxProcess(['--state', stateFile]);
    expect(run.code).toBe(1);
    expect(run.output).toContain(`The state file ${stateFile} is not valid JSON`);
    expect(readFileSync(stateFile, 'utf8')).toBe('{ not json');
  }, 30_000);

  it('replaces a saved account with a scenario only with --reset', async () => {
    const server = await startSandboxProcess(['--state', stateFile]);
    await server.stop();
    const saved = readFileSync(stateFile, 'utf8');

    const refused = await runSandboxProcess(['--state', stateFile, '--scenario', 'empty']);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('Add --reset to replace it');
    expect(readFileSync(stateFile, 'utf8')).toBe(saved);

    const reset = await startSandboxProcess(['--state', stateFile, '--scenario', 'empty', '--reset']);
    expect(reset.output()).toContain('--reset: replaced the account saved in');
    await reset.stop();
    expect(JSON.parse(readFileSync(stateFile, 'utf8'))).toMatchObject({ users: {} });
  }, 60_000);
});
