/**
 * A small server for the built site: the same files any static host would serve, with gzip, the
 * right content types, `/path` → `/path/` redirects, the 404 page, the security headers
 * (security-headers.ts), and CORS on what host pages and sandboxed frames load from another
 * origin (widget bundles and their data, the frame pages' scripts, embed.js, downloads, share
 * images); plus the one dynamic address, the oEmbed endpoint. No request can stop it: the
 * address is checked before any file is looked up (request-target.ts), no file outside the
 * site's folder is served, nothing from the request reaches a header unchecked, and a failure
 * answers 500 instead of ending the process.
 */
import { readFileSync, realpathSync, type Stats, statSync } from 'node:fs';
import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
  STATUS_CODES,
} from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import type { Duplex } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { escapeHtml } from './html.js';
import { LANGS } from './i18n/index.js';
import { localPath } from './layout.js';
import { type OembedAnswer, oembedResponse, viewQuery } from './oembed.js';
import { OEMBED_PATH, oembedHref } from './oembed-link.js';
import { directoryLocation, readTarget } from './request-target.js';
import { securityHeaders } from './security-headers.js';
import { absolute, BASE_PATH } from './site.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.ndjson': 'application/x-ndjson; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
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

/** The file's stats, or undefined if there is none. */
function statOf(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

/** Whether `file` is `root` or inside it (a separator after the root: no sibling folder). */
function within(root: string, file: string): boolean {
  return file === root || file.startsWith(root + sep);
}

/** Answers a request the parser could not read (too long, not HTTP), then closes it. */
function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable || error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const status =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? 431
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? 408
        : 400;
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`,
  );
}

export function startServer(
  options: { root?: string; port?: number; host?: string } = {},
): Promise<StaticServer> {
  const root = resolve(options.root ?? fileURLToPath(new URL('../dist', import.meta.url)));
  /** The root with links resolved, to keep a link inside it from pointing out of it. */
  const realRoot = realpathSync(root);
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

  /** A short plain-text answer: an error the reader's request caused, or a redirect. */
  function sendPlain(
    request: IncomingMessage,
    response: ServerResponse,
    status: number,
    text: string,
    headers: Record<string, string> = {},
  ): void {
    const all = {
      ...securityHeaders('/'),
      ...headers,
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-cache',
    };
    send(request, response, status, all, Buffer.from(`${text}\n`));
  }

  /** The site's file for a checked site path, if it exists inside the site's folder. */
  function fileOf(sitePath: string): { file: string; stats: Stats } | undefined {
    const file = resolve(root, `.${sitePath}`);
    const stats = within(root, file) ? statOf(file) : undefined;
    if (!stats || !within(realRoot, realpathSync(file))) return undefined;
    return { file, stats };
  }

  function sendOembed(request: IncomingMessage, response: ServerResponse, query: string): void {
    let answer: OembedAnswer;
    try {
      answer = oembedResponse(new URLSearchParams(query));
    } catch (error) {
      // A bug of ours, not a bad request: say so rather than drop the connection.
      console.error(error);
      answer = {
        status: 500,
        headers: { 'Content-Type': 'application/json; charset=utf-8' },
        body: `${JSON.stringify({ status: 500, error: 'The embed could not be made.' })}\n`,
      };
    }
    const headers = {
      ...securityHeaders(OEMBED_PATH),
      ...answer.headers,
      'Cache-Control': 'no-cache',
    };
    send(request, response, answer.status, headers, Buffer.from(answer.body));
  }

  /** The 404 page, in Ukrainian for an address under `/uk/`. */
  function sendNotFound(request: IncomingMessage, response: ServerResponse, sitePath: string) {
    const file = join(root, sitePath.startsWith('/uk/') ? 'uk/404.html' : '404.html');
    const headers = {
      ...securityHeaders(sitePath),
      'Content-Type': TYPES['.html']!,
      'Cache-Control': 'no-cache',
    };
    send(request, response, 404, headers, readFileSync(file), file);
  }

  /** Answers with the file at a checked site path, the `/x` → `/x/` redirect, or the 404 page. */
  function sendFile(
    request: IncomingMessage,
    response: ServerResponse,
    sitePath: string,
    query: string,
  ): void {
    let found = fileOf(sitePath);
    if (found?.stats.isDirectory()) {
      if (!sitePath.endsWith('/')) {
        const location = directoryLocation(BASE_PATH, sitePath, query);
        sendPlain(request, response, 301, 'Moved.', { Location: location });
        return;
      }
      found = fileOf(`${sitePath}index.html`);
    } else if (sitePath.endsWith('/')) {
      // A file's address has no trailing slash.
      found = undefined;
    }
    if (!found?.stats.isFile()) {
      sendNotFound(request, response, sitePath);
      return;
    }
    const { file } = found;
    const headers: Record<string, string> = {
      ...securityHeaders(sitePath),
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': sitePath.startsWith('/assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    };
    if (CROSS_ORIGIN.test(sitePath)) headers['Access-Control-Allow-Origin'] = '*';
    const statementsPage = STATEMENTS_PAGES.get(sitePath);
    if (statementsPage && query) {
      const page = withViewDiscovery(readFileSync(file), statementsPage, query);
      send(request, response, 200, headers, page);
      return;
    }
    send(request, response, 200, headers, readFileSync(file), file);
  }

  function handle(request: IncomingMessage, response: ServerResponse): void {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendPlain(request, response, 405, 'Only GET and HEAD are answered here.', {
        Allow: 'GET, HEAD',
      });
      return;
    }
    const target = readTarget(request.url ?? '', BASE_PATH);
    if (target.kind === 'redirect') {
      sendPlain(request, response, 301, 'Moved.', { Location: target.location });
    } else if (target.kind === 'refused' && target.status === 404) {
      // An address that names no page: the 404 page, in Ukrainian under /uk/.
      const uk = (request.url ?? '').startsWith(`${BASE_PATH}uk/`);
      sendNotFound(request, response, uk ? '/uk/' : '/');
    } else if (target.kind === 'refused') {
      sendPlain(request, response, target.status, target.reason);
    } else if (target.sitePath === OEMBED_PATH || target.sitePath === `${OEMBED_PATH}/`) {
      sendOembed(request, response, target.query);
    } else {
      sendFile(request, response, target.sitePath, target.query);
    }
  }

  const server = createServer((request, response) => {
    try {
      handle(request, response);
    } catch (error) {
      console.error(error);
      if (response.headersSent) response.destroy();
      else sendPlain(request, response, 500, 'The server failed to answer this request.');
    }
  });
  server.on('clientError', answerClientError);

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
