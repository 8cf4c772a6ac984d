/**
 * A static file server in the URL layout of the public npm CDNs (`/npm/<name>@<version>/<file>`),
 * answering with `Access-Control-Allow-Origin: *` as they do, so that a module script with
 * `crossorigin="anonymous"` and its data load from another origin.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export async function serveStatic(root: string, host = 'localhost'): Promise<StaticServer> {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const headers = { 'Access-Control-Allow-Origin': '*' };
    if (path.includes('..')) return response.writeHead(400, headers).end();
    try {
      const body = await readFile(join(root, path));
      const type = TYPES[extname(path)] ?? 'application/octet-stream';
      response.writeHead(200, { ...headers, 'Content-Type': type }).end(body);
    } catch {
      response.writeHead(404, headers).end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return {
    url: `http://${host}:${(server.address() as AddressInfo).port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
