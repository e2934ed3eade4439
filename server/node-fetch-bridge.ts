/**
 * Node's `http` speaks IncomingMessage/ServerResponse; the mock IAM speaks Fetch.
 * These two functions translate, so the server runs the very handler the browser runs.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** IAM's largest input, a 128 KB policy document, is at most ~400 KB URL-encoded. */
export const MAX_BODY_BYTES = 1024 * 1024;

export class BodyTooLargeError extends Error {
  override name = 'BodyTooLargeError';
}

export async function toFetchRequest(message: IncomingMessage, origin: string): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const method = message.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const chunks: Buffer[] = [];
  let size = 0;
  if (hasBody) {
    for await (const chunk of message) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY_BYTES) throw new BodyTooLargeError(`request body over ${MAX_BODY_BYTES} bytes`);
      chunks.push(chunk as Buffer);
    }
  }
  return new Request(new URL(message.url ?? '/', origin), {
    method,
    headers,
    body: hasBody ? Buffer.concat(chunks) : undefined,
  });
}

export async function sendFetchResponse(response: Response, reply: ServerResponse): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer());
  const headers: Record<string, string> = { 'Content-Length': String(body.length) };
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  reply.writeHead(response.status, headers);
  reply.end(body);
}
