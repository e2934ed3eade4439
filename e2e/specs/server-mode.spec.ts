import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateGroupCommand, IAMClient, ListGroupsCommand } from '@aws-sdk/client-iam';
import { startSandboxProcess, type SandboxProcess } from '../../tests/integration/support/sandbox-process';
import { expect, test } from '../fixtures/test';

/**
 * Server mode: `npm run server` serves the console's build (dist/, made by this suite's
 * web server before any spec runs), and that console works on the server's account, the
 * one an SDK or the AWS CLI sees. What one creates, the other lists.
 */
let server: SandboxProcess;
let dir: string;
let sdk: IAMClient;

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'iam-server-mode-'));
  server = await startSandboxProcess(['--state', join(dir, 'state.json'), '--scenario', 'default', '--console', 'dist']);
  expect(server.output(), 'the server serves the console build').toContain(`Console: ${server.url}/#/groups`);
  sdk = new IAMClient({
    region: 'us-east-1',
    endpoint: server.url,
    credentials: { accessKeyId: 'sandbox', secretAccessKey: 'sandbox' },
  });
});

test.afterAll(async () => {
  sdk?.destroy();
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const listedGroups = async () => ((await sdk.send(new ListGroupsCommand({}))).Groups ?? []).map((group) => group.GroupName);

test('the console served by the sandbox server shares its account with the AWS SDK', async ({ page, shell, groupsList, createGroup, axe }) => {
  await test.step('the SDK creates CliGroup on the server', async () => {
    await sdk.send(new CreateGroupCommand({ GroupName: 'CliGroup' }));
  });

  await test.step('the console at the server’s address lists CliGroup, with no in-page sandbox', async () => {
    // The in-page sandbox's URL parameters cannot reset the server's account.
    await page.goto(`${server.url}/?scenario=empty#/groups`);
    await groupsList.expectLoaded();
    await groupsList.expectGroups(['CliGroup']);
    expect(page.url()).toBe(`${server.url}/#/groups`);
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((all) => all.length))).toBe(0);
  });

  await test.step('the console creates ConsoleGroup on the Create user group page', async () => {
    await groupsList.startCreate();
    await createGroup.expectLoaded();
    await createGroup.createGroup({ name: 'ConsoleGroup', users: ['jane.doe'] });
    await shell.expectFlash('ConsoleGroup user group created.');
    await groupsList.expectGroups(['CliGroup', 'ConsoleGroup']);
  });

  await test.step('the SDK lists ConsoleGroup, and the server saved it', async () => {
    expect(await listedGroups()).toEqual(['CliGroup', 'ConsoleGroup']);
    expect(readFileSync(join(dir, 'state.json'), 'utf8')).toContain('"GroupName": "ConsoleGroup"');
  });

  await test.step('Sandbox settings says the server’s options replace its controls', async () => {
    await page.getByRole('link', { name: 'Sandbox: not connected to AWS. Open sandbox settings' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sandbox settings' })).toBeVisible();
    await expect(page.getByText('This sandbox is run by a sandbox server')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Reset sandbox' })).toHaveCount(0);
    expect(await axe()).toEqual([]);
  });
});
