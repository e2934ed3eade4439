/**
 * The server serving the console's build: the page marked for server mode, assets with
 * their types, nothing outside the build directory, no service worker, and IAM's
 * `GET /?Action=…` still answered by IAM.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockIamRuntime } from '../../src/mocks/runtime';
import { buildScenario } from '../../src/mocks/scenarios';
import { createSandboxServer } from '../../server/sandbox-server';
import { SERVER_MODE_META, createStaticConsole, markAsServerMode } from '../../server/static-console';
import { catalog } from '../integration/support/iam-sandbox';

const INDEX = '<!doctype html>\n<html lang="en">\n  <head>\n    <meta charset="UTF-8" />\n    <title>IAM Console Sandbox</title>\n  </head>\n  <body><div id="root"></div></body>\n</html>\n';

let dir: string;
const servers: Server[] = [];

async function start(consoleDir: string | undefined): Promise<string> {
  const runtime = createMockIamRuntime({ state: buildScenario('default'), catalog });
  const server = createSandboxServer(runtime.handle, { console: consoleDir === undefined ? undefined : createStaticConsole(consoleDir) });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A request whose path goes out exactly as written: fetch would normalize `..` away. */
function rawGet(base: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const call = request({ hostname, port, path, method: 'GET' }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    call.on('error', reject);
    call.end();
  });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'iam-console-'));
  const build = join(dir, 'dist');
  mkdirSync(join(build, 'assets'), { recursive: true });
  writeFileSync(join(build, 'index.html'), INDEX);
  writeFileSync(join(build, 'assets', 'index-abc123.js'), 'console.log("app");');
  writeFileSync(join(build, 'assets', 'index-abc123.css'), 'body{}');
  writeFileSync(join(build, 'assets', 'index-abc123.js.map'), '{}');
  writeFileSync(join(build, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  writeFileSync(join(build, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(build, 'mockServiceWorker.js'), 'self.addEventListener("fetch", () => {});');
  writeFileSync(join(dir, 'secret.txt'), 'outside the build');
  symlinkSync(join(dir, 'secret.txt'), join(build, 'linked-secret.txt'));
  mkdirSync(join(dir, 'empty'));
});
afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  rmSync(dir, { recursive: true, force: true });
});

describe('markAsServerMode', () => {
  it('puts the marker first in <head>, attributes or not', () => {
    expect(markAsServerMode(INDEX)).toContain(`<head>\n    ${SERVER_MODE_META}\n    <meta charset`);
    expect(markAsServerMode('<html><HEAD lang="en"><title>x</title>')).toBe(`<html><HEAD lang="en">\n    ${SERVER_MODE_META}<title>x</title>`);
  });
});

describe('the sandbox server with a console build', () => {
  let url: string;
  beforeAll(async () => {
    url = await start(join(dir, 'dist'));
  });

  it('serves index.html marked for server mode at / and /index.html', async () => {
    for (const path of ['/', '/index.html', '/?scenario=classroom']) {
      const response = await fetch(`${url}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const html = await response.text();
      expect(html).toContain('<meta name="iam-sandbox-mode" content="server">');
      expect(html).toContain('<div id="root"></div>');
    }
  });

  it('answers HEAD with the headers only', async () => {
    const response = await fetch(`${url}/`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(Number(response.headers.get('content-length'))).toBeGreaterThan(INDEX.length);
    expect(await response.text()).toBe('');
  });

  it('serves the build’s files with their types', async () => {
    const types: Record<string, string> = {
      '/assets/index-abc123.js': 'text/javascript; charset=utf-8',
      '/assets/index-abc123.css': 'text/css; charset=utf-8',
      '/assets/index-abc123.js.map': 'application/json; charset=utf-8',
      '/assets/font.woff2': 'font/woff2',
      '/favicon.svg': 'image/svg+xml',
    };
    for (const [path, type] of Object.entries(types)) {
      const response = await fetch(`${url}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe(type);
    }
    expect(await (await fetch(`${url}/assets/index-abc123.js`)).text()).toBe('console.log("app");');
  });

  it('withholds the service worker, so none can answer in the server’s place', async () => {
    expect((await fetch(`${url}/mockServiceWorker.js`)).status).toBe(404);
  });

  it('serves nothing outside the build directory', async () => {
    for (const path of ['/../secret.txt', '/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/%2e%2e/secret.txt', '/linked-secret.txt', '/%00index.html', '/%E0%A4%A']) {
      const response = await rawGet(url, path);
      expect(response.status, path).toBe(404);
      expect(response.body, path).not.toContain('outside the build');
    }
  });

  it('answers missing files and directories with 404', async () => {
    expect((await fetch(`${url}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${url}/assets`)).status).toBe(404);
    expect((await fetch(`${url}/assets/`)).status).toBe(404);
  });

  it('still answers IAM on GET /?Action=… and POST /', async () => {
    const listed = await fetch(`${url}/?Action=ListUsers&Version=2010-05-08`);
    expect(listed.headers.get('content-type')).toBe('text/xml');
    expect(await listed.text()).toContain('<UserName>jane.doe</UserName>');
    const posted = await fetch(`${url}/`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'Action=GetUser&Version=2010-05-08&UserName=jane.doe',
    });
    expect(await posted.text()).toContain('<GetUserResponse');
  });
});

describe('the sandbox server without a console build', () => {
  it('shows the endpoint note with how to build the console', async () => {
    const url = await start(join(dir, 'empty'));
    const page = await (await fetch(`${url}/`)).text();
    expect(page).toContain('IAM sandbox endpoint');
    expect(page).toContain('Build the console with <code>npm run build</code> to have this server serve it too');
    expect((await fetch(`${url}/favicon.svg`)).status).toBe(404);
  });

  it('shows the plain note with --no-console', async () => {
    const url = await start(undefined);
    const page = await (await fetch(`${url}/`)).text();
    expect(page).toContain('IAM sandbox endpoint');
    expect(page).not.toContain('npm run build');
  });
});
