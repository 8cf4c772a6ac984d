import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * A static server for `root` with the given pages (path → content, typed by the path's extension,
 * HTML without one; the object may gain pages later) and response headers. The files of `root`
 * are served under `base` (e.g. `/widgets/`, where the demo site serves the bundles).
 */
export async function serve(
  root: string,
  pages: Record<string, string>,
  headers: Record<string, string> = {},
  base = '/',
): Promise<{ url: string; server: Server; requests: string[] }> {
  const requests: string[] = [];
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    requests.push(path);
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const page = Object.hasOwn(pages, path) ? pages[path] : undefined;
    if (page !== undefined) {
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? TYPES['.html']!, ...headers });
      res.end(page);
      return;
    }
    const file = normalize(join(root, path.slice(base.length - 1)));
    if (!path.startsWith(base) || !file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        ...headers,
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, server, requests };
}
