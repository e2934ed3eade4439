/**
 * Lets a console or SDK page served from another local port (Vite's dev server, say)
 * call the sandbox from a browser. Only loopback origins are allowed: any web site the
 * learner visits could otherwise rewrite their sandbox account.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

const ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'x-amz-date',
  'x-amz-security-token',
  'x-amz-user-agent',
  'x-amz-content-sha256',
  'amz-sdk-invocation-id',
  'amz-sdk-request',
].join(', ');

const LOOPBACK_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

export function addCorsHeaders(message: IncomingMessage, reply: ServerResponse): void {
  reply.setHeader('Vary', 'Origin');
  const origin = message.headers.origin;
  if (!origin || !LOOPBACK_ORIGIN.test(origin)) return;
  reply.setHeader('Access-Control-Allow-Origin', origin);
  reply.setHeader('Access-Control-Expose-Headers', 'x-amzn-requestid');
}

/** Answers a CORS preflight; returns false when the request is not one. */
export function answerPreflight(message: IncomingMessage, reply: ServerResponse): boolean {
  if (message.method !== 'OPTIONS') return false;
  reply.writeHead(204, {
    'Access-Control-Allow-Methods': 'GET, POST',
    'Access-Control-Allow-Headers': message.headers['access-control-request-headers'] ?? ALLOWED_HEADERS,
    'Access-Control-Max-Age': '600',
  });
  reply.end();
  return true;
}
