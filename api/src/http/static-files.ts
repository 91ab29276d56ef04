import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.geojson': 'application/geo+json',
};

/**
 * Paths that name a script, a style sheet or a hashed asset. When such a file is missing (a stale page asking for
 * the previous build's chunk) the answer is 404: index.html in its place would fail as a MIME error instead.
 */
function namesAsset(pathname: string): boolean {
  return pathname.startsWith('/assets/') || /\.(m?js|css|map)$/i.test(pathname);
}

/**
 * The decoded path of a request's URL path, or undefined when its percent-encoding is malformed (`/%`, `/%E0%A4%A`,
 * an overlong `%c0%af`): that is the client's mistake, answered 400, not an exception.
 */
export function decodePath(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
}

function answerText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

/**
 * Serves the built web app. Unknown paths fall back to index.html so every view's URL can be
 * shared, except paths that name an asset; hashed assets are cached for a year, index.html never.
 */
export function createStaticFiles(root: string) {
  const base = normalize(root + sep);
  return async (req: IncomingMessage, res: ServerResponse, rawPathname: string): Promise<void> => {
    const pathname = decodePath(rawPathname);
    if (pathname === undefined) {
      answerText(res, 400, 'Malformed percent-encoding in the URL path.\n');
      return;
    }
    let file = normalize(join(base, pathname));
    if (!file.startsWith(base)) {
      res.writeHead(404).end();
      return;
    }
    let info = await stat(file).catch(() => null);
    if (!info || info.isDirectory()) {
      if (namesAsset(pathname)) {
        answerText(res, 404, 'Not found.\n');
        return;
      }
      file = join(base, 'index.html');
      info = await stat(file).catch(() => null);
    }
    if (!info) {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('The web app is not built. Run: pnpm --filter @icg/web build\n');
      return;
    }
    const isAsset = file.includes(`${sep}assets${sep}`);
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': info.size,
      'cache-control': isAsset ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file).pipe(res);
  };
}
