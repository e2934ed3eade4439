/**
 * The HTTP face of the sandbox: IAM's Query protocol on `POST /` (and `GET /?Action=…`);
 * every other GET is the console's build when there is one, else a short note for a
 * person who opens the URL in a browser.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { HandleIamRequest } from '../src/mocks/handle-iam-request';
import { escapeXml } from '../src/mocks/xml-text';
import { addCorsHeaders, answerPreflight } from './cors';
import { BodyTooLargeError, sendFetchResponse, toFetchRequest } from './node-fetch-bridge';
import type { StaticConsole } from './static-console';

const NOTE = `<!doctype html>
<meta charset="utf-8">
<title>IAM sandbox endpoint</title>
<h1>IAM sandbox endpoint</h1>
<p>This address speaks the AWS IAM Query API (API version 2010-05-08) for a sandbox account.
Point the AWS CLI or an SDK at it, with any credentials:</p>
<pre>aws --endpoint-url ORIGIN iam list-users</pre>
`;

const BUILD_HINT = `<p>Build the console with <code>npm run build</code> to have this server serve it too,
on the same account as the CLI.</p>
`;

export interface SandboxServerOptions {
  /** the console's build to serve on GET; none when absent (`--no-console`) */
  console?: StaticConsole;
}

export function createSandboxServer(handle: HandleIamRequest, options: SandboxServerOptions = {}): Server {
  return createServer((message, reply) => {
    try {
      route(message, reply, handle, options.console);
    } catch (error) {
      // A malformed request line or Host header must not take the sandbox down.
      console.error('sandbox server: bad request:', (error as Error).message);
      if (!reply.headersSent) reply.writeHead(400, { 'Content-Type': 'text/plain' });
      reply.end('Bad request\n');
    }
  });
}

function route(message: IncomingMessage, reply: ServerResponse, handle: HandleIamRequest, staticConsole?: StaticConsole): void {
  addCorsHeaders(message, reply);
  if (answerPreflight(message, reply)) return;
  const origin = `http://${message.headers.host ?? 'localhost'}`;
  const url = new URL(message.url ?? '/', origin);
  const isIamCall = message.method === 'POST' || (message.method === 'GET' && url.searchParams.has('Action'));
  if (isIamCall && url.pathname === '/') {
    toFetchRequest(message, origin)
      .then(handle)
      .then((response) => sendFetchResponse(response, reply))
      .catch((error: unknown) => {
        const tooLarge = error instanceof BodyTooLargeError;
        if (!tooLarge) console.error('sandbox server: could not answer a request:', error);
        if (!reply.headersSent) reply.writeHead(tooLarge ? 413 : 500, { 'Content-Type': 'text/plain', Connection: 'close' });
        reply.end(tooLarge ? 'Request body too large\n' : 'Internal error\n');
      });
    return;
  }
  const isRead = message.method === 'GET' || message.method === 'HEAD';
  if (isRead && staticConsole?.isBuilt()) {
    staticConsole.serve(url.pathname, message.method ?? 'GET', reply).catch((error: unknown) => {
      console.error('sandbox server: could not serve a console file:', error);
      if (!reply.headersSent) reply.writeHead(500, { 'Content-Type': 'text/plain' });
      reply.end('Internal error\n');
    });
    return;
  }
  if (isRead && url.pathname === '/') {
    // The Host header is the caller's to choose: escape it before it goes into HTML.
    const page = NOTE.replace('ORIGIN', escapeXml(origin)) + (staticConsole ? BUILD_HINT : '');
    reply.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(page) });
    reply.end(message.method === 'HEAD' ? undefined : page);
    return;
  }
  reply.writeHead(404, { 'Content-Type': 'text/plain' });
  reply.end('Not found: the IAM sandbox answers on / only.\n');
}
