/**
 * An SDK request handler that hands each request straight to the mock IAM as a Fetch
 * `Request`: no sockets, no interception. For Node tests and benchmarks that want the
 * real SDK and the real protocol without MSW:
 * `new IAMClient({ …, requestHandler: directRequestHandler(runtime.handle) })`.
 */
import type { HttpRequest, HttpResponse, RequestHandler } from '@smithy/types';
import type { HandleIamRequest } from './handle-iam-request';

export function directRequestHandler(handle: HandleIamRequest): RequestHandler<HttpRequest, HttpResponse> {
  return {
    async handle(request) {
      const url = new URL(`${request.protocol}//${request.hostname}${request.port ? `:${request.port}` : ''}${request.path}`);
      for (const [name, value] of Object.entries(request.query ?? {})) {
        for (const item of Array.isArray(value) ? value : [value]) if (item !== null) url.searchParams.append(name, item);
      }
      const response = await handle(
        new Request(url, { method: request.method, headers: request.headers, body: request.body as BodyInit | undefined }),
      );
      const headers: Record<string, string> = {};
      response.headers.forEach((value, name) => (headers[name] = value));
      return {
        response: { statusCode: response.status, headers, body: new Uint8Array(await response.arrayBuffer()) },
      };
    },
  };
}
