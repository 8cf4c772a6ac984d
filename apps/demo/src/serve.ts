/**
 * A small server for the built site: the same files any static host would serve, with gzip, the
 * right content types, `/path` → `/path/` redirects, the 404 page, and CORS on what host pages
 * and sandboxed frames load from another origin (widget bundles and their data, the frame
 * pages' scripts, embed.js, downloads, share images); plus the one dynamic address, the oEmbed
 * endpoint.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { escapeHtml } from './html.js';
import { LANGS } from './i18n/index.js';
import { localPath } from './layout.js';
import { type OembedAnswer, oembedResponse, viewQuery } from './oembed.js';
import { OEMBED_PATH, oembedHref } from './oembed-link.js';
import { absolute, BASE_PATH } from './site.js';

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
// A frame that WordPress sandboxes has an opaque origin: its module scripts need CORS too.
const CROSS_ORIGIN =
  /^\/(?:uk\/)?(?:widgets|data)\/|^\/(?:assets|images)\/|^\/embed\.js$|^\/(?:uk\/)?feed\./;

/** The statements pages, whose oEmbed discovery link follows the view in the query string. */
const STATEMENTS_PAGES = new Map(
  LANGS.map((lang) => [localPath(lang, '/statements/'), absolute(localPath(lang, '/statements/'))]),
);

/** The statements page with its discovery link pointed at the view `search` asks for. */
function withViewDiscovery(page: Buffer, pageUrl: string, search: string): Buffer {
  const query = viewQuery(search).toString();
  if (!query) return page;
  const plain = escapeHtml(oembedHref(pageUrl));
  return Buffer.from(
    page.toString('utf8').replace(plain, escapeHtml(oembedHref(`${pageUrl}?${query}`))),
  );
}

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

  /** Writes a response, gzipped when the client takes it (`cacheKey`: an unchanging body's file). */
  function send(
    request: IncomingMessage,
    response: ServerResponse,
    status: number,
    headers: Record<string, string>,
    content: Buffer,
    cacheKey?: string,
  ): void {
    let body = content;
    if (
      /text|json|xml|svg/.test(headers['Content-Type'] ?? '') &&
      /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')
    ) {
      let zipped = cacheKey ? gzipped.get(cacheKey) : undefined;
      if (!zipped) {
        zipped = gzipSync(body);
        if (cacheKey) gzipped.set(cacheKey, zipped);
      }
      body = zipped;
      headers['Content-Encoding'] = 'gzip';
      headers.Vary = 'Accept-Encoding';
    }
    headers['Content-Length'] = String(body.length);
    response.writeHead(status, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  }

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
    if (sitePath === OEMBED_PATH || sitePath === `${OEMBED_PATH}/`) {
      let answer: OembedAnswer;
      try {
        answer = oembedResponse(url.searchParams);
      } catch (error) {
        // A bug of ours, not a bad request: say so rather than drop the connection.
        console.error(error);
        answer = {
          status: 500,
          headers: { 'Content-Type': 'application/json; charset=utf-8' },
          body: `${JSON.stringify({ status: 500, error: 'The embed could not be made.' })}\n`,
        };
      }
      const headers = { ...answer.headers, 'Cache-Control': 'no-cache' };
      send(request, response, answer.status, headers, Buffer.from(answer.body));
      return;
    }
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
    const headers: Record<string, string> = {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': sitePath.startsWith('/assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    };
    if (CROSS_ORIGIN.test(sitePath)) headers['Access-Control-Allow-Origin'] = '*';
    const statementsPage = status === 200 ? STATEMENTS_PAGES.get(sitePath) : undefined;
    if (statementsPage && url.search) {
      const page = withViewDiscovery(readFileSync(file), statementsPage, url.search);
      send(request, response, status, headers, page);
      return;
    }
    send(request, response, status, headers, readFileSync(file), file);
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
