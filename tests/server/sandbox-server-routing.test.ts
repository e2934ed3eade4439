/** The server's HTTP surface, in-process: what it routes to IAM, and what it refuses. */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockIamRuntime } from '../../src/mocks/runtime';
import { buildScenario } from '../../src/mocks/scenarios';
import { createSandboxServer } from '../../server/sandbox-server';
import { catalog } from '../integration/support/iam-sandbox';

let server: Server;
let url: string;

beforeAll(async () => {
  const runtime = createMockIamRuntime({ state: buildScenario('default'), catalog });
  server = createSandboxServer(runtime.handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the sandbox server’s routes', () => {
  it('answers IAM GET requests from the query string', async () => {
    const response = await fetch(`${url}/?Action=GetUser&Version=2010-05-08&UserName=jane.doe`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<UserName>jane.doe</UserName>');
  });

  it('lets a page on another local port call it, and no other site', async () => {
    const local = await fetch(`${url}/`, { method: 'OPTIONS', headers: { Origin: 'http://localhost:5173' } });
    expect(local.status).toBe(204);
    expect(local.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    const foreign = await fetch(`${url}/?Action=ListUsers&Version=2010-05-08`, { headers: { Origin: 'https://example.com' } });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses request bodies far larger than any IAM input', async () => {
    const response = await fetch(`${url}/`, { method: 'POST', body: 'x'.repeat(2 * 1024 * 1024) });
    expect(response.status).toBe(413);
  });

  it('answers other paths with 404', async () => {
    expect((await fetch(`${url}/favicon.ico`)).status).toBe(404);
  });
});
