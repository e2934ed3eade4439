/**
 * The HTTP face of the sandbox: IAM's Query protocol on `POST /` (and `GET /?Action=…`),
 * and a short note for a person who opens the URL in a browser.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { HandleIamRequest } from '../src/mocks/handle-iam-request';
import { escapeXml } from '../src/mocks/xml-text';
import { addCorsHeaders, answerPreflight } from './cors';
import { BodyTooLargeError, sendFetchResponse, toFetchRequest } from './node-fetch-bridge';

const NOTE = `<!doctype html>
<meta charset="utf-8">
<title>IAM sandbox endpoint</title>
<h1>IAM sandbox endpoint</h1>
<p>This address speaks the AWS IAM Query API (API version 2010-05-08) for a sandbox account.
Point the AWS CLI or an SDK at it, with any credentials:</p>
<pre>aws --endpoint-url ORIGIN iam list-users</pre>
`;

export function createSandboxServer(handle: HandleIamRequest): Server {
  return createServer((message, reply) => {
    try {
      route(message, reply, handle);
    } catch (error) {
      // A malformed request line or Host header must not take the sandbox down.
      console.error('sandbox server: bad request:', (error as Error).message);
      if (!reply.headersSent) reply.writeHead(400, { 'Content-Type': 'text/plain' });
      reply.end('Bad request\n');
    }
  });
}

function route(message: IncomingMessage, reply: ServerResponse, handle: HandleIamRequest): void {
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
  if ((message.method === 'GET' || message.method === 'HEAD') && url.pathname === '/') {
    // The Host header is the caller's to choose: escape it before it goes into HTML.
    const page = NOTE.replace('ORIGIN', escapeXml(origin));
    reply.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(page) });
    reply.end(message.method === 'HEAD' ? undefined : page);
    return;
  }
  reply.writeHead(404, { 'Content-Type': 'text/plain' });
  reply.end('Not found: the IAM sandbox answers on / only.\n');
}
