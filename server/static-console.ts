/**
 * Serves the console's production build (`npm run build` → dist/) from the sandbox server,
 * so the console and the AWS CLI share the server's account. The page is marked as served
 * by the server, which tells main.tsx not to start the in-page sandbox; the service worker
 * script is withheld so that no worker can answer in the server's place.
 */
import { existsSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { basename, extname, resolve, sep } from 'node:path';
import type { ServerResponse } from 'node:http';

export const SERVER_MODE_META = '<meta name="iam-sandbox-mode" content="server">';
const WORKER_SCRIPT = 'mockServiceWorker.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** The build's index.html with the server-mode marker as the first thing in <head>. */
export function markAsServerMode(html: string): string {
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (!head) return `${SERVER_MODE_META}\n${html}`;
  const end = head.index + head[0].length;
  return `${html.slice(0, end)}\n    ${SERVER_MODE_META}${html.slice(end)}`;
}

export interface StaticConsole {
  readonly dir: string;
  /** true when the directory holds a build (checked on each call: a rebuild may be under way) */
  isBuilt(): boolean;
  /** Answers a GET or HEAD for `pathname` (still percent-encoded) with a file or a 404. */
  serve(pathname: string, method: string, reply: ServerResponse): Promise<void>;
}

export function createStaticConsole(dir: string): StaticConsole {
  const root = resolve(dir);
  const send = (reply: ServerResponse, status: number, type: string, body: Buffer | string, method: string, cache: string) => {
    reply.writeHead(status, {
      'Content-Type': type,
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': cache,
      'X-Content-Type-Options': 'nosniff',
    });
    reply.end(method === 'HEAD' ? undefined : body);
  };
  const notFound = (reply: ServerResponse, method: string) => send(reply, 404, 'text/plain; charset=utf-8', 'Not found\n', method, 'no-store');

  return {
    dir: root,
    isBuilt: () => existsSync(resolve(root, 'index.html')),
    async serve(pathname, method, reply) {
      const file = await fileInside(root, pathname);
      if (!file || basename(file) === WORKER_SCRIPT) return notFound(reply, method);
      // However it is named (`/`, `/index.html`, a link to it), the page gets the marker.
      if (file === (await fileInside(root, '/'))) {
        const html = markAsServerMode(await readFile(file, 'utf8'));
        return send(reply, 200, 'text/html; charset=utf-8', html, method, 'no-cache');
      }
      // Vite puts a content hash in every name under assets/: those never change.
      const cache = pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
      send(reply, 200, contentTypeOf(file), await readFile(file), method, cache);
    },
  };
}

/**
 * The regular file that `pathname` names inside `root`, or undefined. The decoded path is
 * resolved, symbolic links included, and must stay inside the directory: `..%2f..%2fetc`
 * and links pointing elsewhere are refused.
 */
export async function fileInside(root: string, pathname: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const relative = decoded === '/' ? 'index.html' : `.${decoded}`;
  try {
    const realRoot = await realpath(root);
    const file = await realpath(resolve(realRoot, relative));
    if (!file.startsWith(realRoot + sep)) return undefined;
    return (await stat(file)).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}
