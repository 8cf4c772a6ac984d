/**
 * A small static server for the built site: the same files any static host would serve, with
 * gzip, the right content types, `/path` → `/path/` redirects, the 404 page, and CORS on what
 * host pages load from another origin (widget bundles and their data, embed.js, downloads, share
 * images).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { BASE_PATH } from './site.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.ndjson': 'application/x-ndjson; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};
const CROSS_ORIGIN =
  /^\/(?:uk\/)?(?:widgets|data|oembed)\/|^\/images\/|^\/embed\.js$|^\/(?:uk\/)?feed\./;

export interface StaticServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

export function startServer(
  options: { root?: string; port?: number; host?: string } = {},
): Promise<StaticServer> {
  const root = resolve(options.root ?? fileURLToPath(new URL('../dist', import.meta.url)));
  const gzipped = new Map<string, Buffer>();

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      path = '/';
    }
    if (!path.startsWith(BASE_PATH) && `${path}/` !== BASE_PATH) {
      response.writeHead(404).end();
      return;
    }
    const sitePath = `/${path.slice(BASE_PATH.length)}`;
    let file = normalize(join(root, sitePath));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    let status = 200;
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!sitePath.endsWith('/')) {
        response.writeHead(301, { Location: `${path}/${url.search}` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) {
      status = 404;
      file = join(root, sitePath.startsWith('/uk/') ? 'uk/404.html' : '404.html');
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = {
      'Content-Type': type,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': sitePath.startsWith('/assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    };
    if (CROSS_ORIGIN.test(sitePath)) headers['Access-Control-Allow-Origin'] = '*';
    let body: Buffer = readFileSync(file);
    if (
      /text|json|xml|svg/.test(type) &&
      /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')
    ) {
      let zipped = gzipped.get(file);
      if (!zipped) {
        zipped = gzipSync(body);
        gzipped.set(file, zipped);
      }
      body = zipped;
      headers['Content-Encoding'] = 'gzip';
      headers.Vary = 'Accept-Encoding';
    }
    headers['Content-Length'] = String(body.length);
    response.writeHead(status, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  });

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4173, options.host ?? 'localhost', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      resolvePromise({
        server,
        url: `http://${options.host ?? 'localhost'}:${port}${BASE_PATH}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4173);
  const { url } = await startServer({ port, host: process.env.HOST ?? 'localhost' });
  console.log(`Null & Void is served at ${url} (Ctrl+C to stop)`);
}
