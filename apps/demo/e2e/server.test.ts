/**
 * The site's server (`src/serve.ts`) under odd requests, sent as raw bytes over TCP (fetch and
 * node:http would normalise or refuse them): encoded slashes and dots, NUL, CR/LF, backslashes,
 * long paths, absolute-form targets, broken requests, and a sibling folder named like the root.
 * After every request the server must still be running and answering, never have redirected off
 * the site, never have served a file from outside the site's folder. The server runs in a process
 * of its own (e2e/server-process.ts), so that a crash shows as that process ending.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freePort } from './free-port.js';
import { siteDir, siteOrigin } from './helpers.js';

const app = fileURLToPath(new URL('..', import.meta.url));
/** A folder next to the site's, whose name starts with the site folder's name. */
const sibling = `${siteDir}-private`;
const SECRET = 'the sibling folder is not part of the site';

interface Running {
  process: ChildProcess;
  port: number;
  /** The base path the server was started with, e.g. `/` or `/nv/`. */
  base: string;
  output: string;
}

/** Starts the server on the built site, in its own process, under a base path. */
async function startProcess(base: string): Promise<Running> {
  const port = await freePort();
  const child = spawn(
    join(app, 'node_modules', '.bin', 'tsx'),
    ['e2e/server-process.ts', siteDir, String(port)],
    {
      cwd: app,
      // The built pages' own address (their discovery links name it), under the base path.
      env: { ...process.env, NV_SITE_URL: `${siteOrigin}${base}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const running: Running = { process: child, port, base, output: '' };
  const collect = (chunk: Buffer) => {
    running.output += chunk.toString();
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no server: ${running.output}`)), 30_000);
    child.stdout!.on('data', () => {
      if (running.output.includes('listening')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}): ${running.output}`));
    });
  });
  return running;
}

interface Answer {
  /** 0 when the connection closed without an answer. */
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** Sends `request` as it is and reads the whole answer (the connection is closed after it). */
function rawExchange(port: number, request: Buffer): Promise<Answer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = connect(port, 'localhost');
    socket.setTimeout(10_000, () => socket.destroy());
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(parseAnswer(Buffer.concat(chunks))));
    socket.end(request);
  });
}

function parseAnswer(data: Buffer): Answer {
  const end = data.indexOf('\r\n\r\n');
  if (end < 0) return { status: 0, headers: {}, body: data };
  const [statusLine = '', ...lines] = data.subarray(0, end).toString('latin1').split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status: Number(statusLine.split(' ')[1] ?? 0), headers, body: data.subarray(end + 4) };
}

/** A GET of `target` exactly as given (a string's characters are sent as bytes, latin1). */
function get(port: number, target: string | Buffer, method = 'GET'): Promise<Answer> {
  const head = Buffer.from(`${method} `, 'latin1');
  const tail = Buffer.from(
    ` HTTP/1.1\r\nHost: localhost:${port}\r\nAccept-Encoding: identity\r\nConnection: close\r\n\r\n`,
    'latin1',
  );
  const path = typeof target === 'string' ? Buffer.from(target, 'latin1') : target;
  return rawExchange(port, Buffer.concat([head, path, tail]));
}

let plain: Running;
let based: Running;
beforeAll(async () => {
  mkdirSync(sibling, { recursive: true });
  writeFileSync(join(sibling, 'secret.txt'), SECRET);
  writeFileSync(join(sibling, 'index.html'), SECRET);
  [plain, based] = await Promise.all([startProcess('/'), startProcess('/nv/')]);
});
afterAll(() => {
  plain?.process.kill();
  based?.process.kill();
  rmSync(sibling, { recursive: true, force: true });
});

/** Restarts a server a previous test crashed, so that each test is judged on its own. */
async function alive(server: Running): Promise<Running> {
  if (server.process.exitCode === null && server.process.signalCode === null) return server;
  const restarted = await startProcess(server.base);
  Object.assign(server, restarted);
  return server;
}

/**
 * Sends one odd request and checks what any answer must hold: the server still runs and serves
 * its home page afterwards, an answer came, any `Location` stays on the site, and nothing from
 * the sibling folder or the system's files was served.
 */
async function odd(server: Running, target: string | Buffer): Promise<Answer> {
  await alive(server);
  const answer = await get(server.port, target);
  // Give a crash the time to end the process.
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(server.process.exitCode, `server exited: ${server.output.slice(-400)}`).toBeNull();
  expect(answer.status, 'an HTTP answer').toBeGreaterThanOrEqual(200);
  expect(answer.status).toBeLessThan(600);
  const home = await get(server.port, server.base);
  expect(home.status, 'the home page afterwards').toBe(200);
  const location = answer.headers.location;
  if (location !== undefined) {
    // Resolved as a browser would: `//host` and `/\host` name another host.
    const origin = `http://localhost:${server.port}`;
    const target = new URL(location, `${origin}${server.base}`);
    expect(target.origin, `Location: ${location}`).toBe(origin);
    expect(target.pathname.startsWith(server.base), `Location: ${location}`).toBe(true);
    expect(location, 'Location is a path the server wrote').toMatch(/^\/(?![/\\])[\x21-\x7e]*$/);
  }
  const text = answer.body.toString('latin1');
  expect(text).not.toContain(SECRET);
  expect(text).not.toMatch(/root:x?:0:0:/);
  // Header lines the request tried to inject.
  expect(Object.keys(answer.headers)).not.toContain('x');
  expect(Object.keys(answer.headers)).not.toContain('set-cookie');
  return answer;
}

const name = basename(siteDir);
const parent = basename(dirname(siteDir));

describe('requests that once crashed the server or redirected off the site', () => {
  test.each([
    '/%D1%8F%2F..%2Fstatements',
    '/%0D%0AX:1%2F..%2Fstatements',
    '/%0AX:1%2F..%2Fstatements',
    '/statements%0D%0ASet-Cookie:%20a=1',
    '/uk/%D1%81%D1%82%D0%B0%D1%82%D1%82%D1%96%2F..%2Fstatements',
  ])('%s: no crash', async (target) => {
    await odd(plain, target);
  });

  test.each([
    '/%2Fevil.example%2F..%2Fstatements',
    '/%5Cevil.example%2F..%2Fstatements',
    '/%2F%2Fevil.example%2F..%2Fstatements',
    '/%5C%5Cevil.example%2F..%2Fstatements',
    '/%2F%5Cevil.example%2F..%2Fstatements',
    '/\\evil.example/..%2Fstatements',
    '//evil.example/%2E%2E/statements',
    '//evil.example/..%2Fstatements',
    '/%09/evil.example%2F..%2Fstatements',
    '/evil.example%2F..%2F..%2Fstatements',
    'http://evil.example/statements',
    '//evil.example/statements',
  ])('%s: no redirect off the site', async (target) => {
    await odd(plain, target);
  });

  test.each([
    '/nv/%2Fevil.example%2F..%2Fstatements',
    '/nv/%5Cevil.example%2F..%2Fstatements',
    '/nv/%2F%2Fevil.example%2F..%2Fstatements',
    '/nv%2F..%2F%2Fevil.example%2F..%2Fnv%2Fstatements',
    '/nv/..%2F..%2Fnv%2Fstatements',
  ])('%s under a base path: no redirect off the site or out of the base path', async (target) => {
    await odd(based, target);
  });
});

describe('paths out of the site folder', () => {
  const targets = [
    `/..%2F${name}-private%2Fsecret.txt`,
    `/..%2f${name}-private%2fsecret.txt`,
    `/%2E%2E%2F${name}-private%2Fsecret.txt`,
    `/%2e%2e/${name}-private/secret.txt`,
    `/..%5C${name}-private%5Csecret.txt`,
    `/..\\${name}-private\\secret.txt`,
    `/statements/..%2F..%2F${name}-private%2Fsecret.txt`,
    `/..%2F${name}-private%2F`,
    `/..%2F${name}-private`,
    `/..%2F..%2F${parent}%2F${name}-private%2Fsecret.txt`,
    `/%2F${siteDir.slice(1).replaceAll('/', '%2F')}-private%2Fsecret.txt`,
    `/..%252F${name}-private%252Fsecret.txt`,
    '/..%2F..%2F..%2F..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd',
    '/%2Fetc%2Fpasswd',
    '/....%2F....%2F....%2Fetc%2Fpasswd',
  ];
  test.each(targets)('%s: nothing from outside the site', async (target) => {
    const answer = await odd(plain, target);
    expect(answer.status).not.toBe(200);
  });

  test.each(targets.map((target) => `/nv${target}`))(
    '%s under a base path: nothing from outside the site',
    async (target) => {
      const answer = await odd(based, target);
      expect(answer.status).not.toBe(200);
    },
  );
});

describe('bytes a path must not carry', () => {
  test.each([
    '/%00',
    '/index.html%00.png',
    '/statements%00/',
    '/statements/%00/../',
    '/%0D',
    '/%0A',
    '/statements%5C',
    '/statements\\',
    '/%E0%A4%A',
    '/%',
    '/%ZZ',
    '/%C0%AE%C0%AE%2F',
    '/%ED%A0%80',
    Buffer.from('/statements/я', 'utf8'),
    Buffer.from('/\u00ff\u00fe', 'latin1'),
    '/\t/',
    '/statements?q=%0D%0AX:1',
  ])('%s: a clear answer, no crash', async (target) => {
    const answer = await odd(plain, target);
    expect([200, 301, 400, 404]).toContain(answer.status);
  });

  test('the redirect of a directory keeps the query, re-encoded, and injects no header', async () => {
    const answer = await odd(plain, '/statements?q=%0D%0AX:1&sort=date');
    expect(answer.status).toBe(301);
    expect(answer.headers.location).toBe('/statements/?q=%0D%0AX%3A1&sort=date');
    const unicode = await odd(plain, `/uk/statements?q=${encodeURIComponent('Херсон')}`);
    expect(unicode.status).toBe(301);
    expect(unicode.headers.location).toBe(`/uk/statements/?q=${encodeURIComponent('Херсон')}`);
    // Raw bytes outside ASCII in the address, which no browser sends: refused, not fatal.
    const raw = await odd(plain, Buffer.from('/uk/statements?q=Херсон', 'utf8'));
    expect(raw.status).toBe(400);
  });
});

describe('long and broken requests', () => {
  test('a 10 KB path is refused with 414, and the server carries on', async () => {
    const answer = await odd(plain, `/${'a'.repeat(10_000)}`);
    expect(answer.status).toBe(414);
    const dots = await odd(plain, `/${'..%2F'.repeat(2_000)}etc%2Fpasswd`);
    expect(dots.status).toBe(414);
  });

  test('a shared link with 6,000 letters of search words still opens the page', async () => {
    const answer = await odd(plain, `/statements/?q=${'kherson'.repeat(858)}`);
    expect(answer.status).toBe(200);
  });

  test('a request line over the parser limit is refused, and the server carries on', async () => {
    const answer = await odd(plain, `/${'a'.repeat(70_000)}`);
    expect([414, 431]).toContain(answer.status);
  });

  test('a request that is not HTTP is refused, and the server carries on', async () => {
    await alive(plain);
    const answer = await rawExchange(plain.port, Buffer.from('GARBAGE\r\n\r\n'));
    expect(answer.status).toBe(400);
    expect((await get(plain.port, '/')).status).toBe(200);
    expect(plain.process.exitCode).toBeNull();
  });

  test('a method other than GET and HEAD is refused', async () => {
    await alive(plain);
    const answer = await get(plain.port, '/', 'POST');
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe('GET, HEAD');
    expect((await get(plain.port, '/', 'HEAD')).status).toBe(200);
  });
});

describe('what the server still does', () => {
  test('a directory without its slash is redirected within the site', async () => {
    await alive(plain);
    await alive(based);
    expect((await get(plain.port, '/statements')).headers.location).toBe('/statements/');
    expect((await get(plain.port, '/uk/statements?q=x')).headers.location).toBe(
      '/uk/statements/?q=x',
    );
    expect((await get(based.port, '/nv')).headers.location).toBe('/nv/');
    expect((await get(based.port, '/nv/statements')).headers.location).toBe('/nv/statements/');
    expect((await get(based.port, '/nv/statements/')).status).toBe(200);
  });

  test('pages, the 404 page in its language, CORS on what other origins load', async () => {
    await alive(plain);
    const page = await get(plain.port, '/statements/nato-2022-09-22/');
    expect(page.status).toBe(200);
    expect(page.body.toString()).toBe(
      readFileSync(join(siteDir, 'statements/nato-2022-09-22/index.html'), 'utf8'),
    );
    const missing = await get(plain.port, '/uk/no-such-page/');
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain('lang="uk"');
    const refused = await get(plain.port, '/uk/..%2F..%2Fetc%2Fpasswd');
    expect(refused.status).toBe(404);
    expect(refused.body.toString()).toContain('lang="uk"');
    const widget = await get(plain.port, '/widgets/statement.js');
    expect(widget.status).toBe(200);
    expect(widget.headers['access-control-allow-origin']).toBe('*');
    expect(widget.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  test('the oEmbed endpoint and the discovery link of a statements view', async () => {
    await alive(plain);
    const page = `${siteOrigin}/statements/nato-2022-09-22/`;
    const answer = await get(plain.port, `/oembed?${new URLSearchParams({ url: page })}`);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body.toString()).type).toBe('rich');
    const view = await get(plain.port, '/statements/?q=kherson&bogus=%0D%0A');
    expect(view.status).toBe(200);
    const discovery = encodeURIComponent(`${siteOrigin}/statements/?q=kherson`);
    expect(view.body.toString()).toContain(`url=${discovery}`);
  });
});

describe('security headers', () => {
  /** The header lines the README documents, from its block named `block` (see below). */
  function documented(
    block: 'every page' | 'embed frames' | 'API reference',
  ): Record<string, string> {
    const readme = readFileSync(join(app, 'README.md'), 'utf8');
    const start = readme.indexOf(`<!-- headers: ${block} -->`);
    expect(start, `README block "${block}"`).toBeGreaterThan(0);
    const fence = readme.slice(readme.indexOf('```http\n', start) + 8);
    const lines = fence.slice(0, fence.indexOf('```')).trim().split('\n');
    return Object.fromEntries(
      lines.map((line) => {
        const colon = line.indexOf(':');
        return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()];
      }),
    );
  }

  function expectHeaders(answer: Answer, expected: Record<string, string>): void {
    for (const [header, value] of Object.entries(expected)) {
      expect(answer.headers[header], header).toBe(value);
    }
  }

  test('every page, the 404 page and the oEmbed answers carry the documented headers', async () => {
    await alive(plain);
    const expected = documented('every page');
    expect(expected['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(expected['content-security-policy']).toMatch(/script-src 'self'[;]/);
    expect(expected['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(expected['x-content-type-options']).toBe('nosniff');
    for (const path of ['/', '/uk/', '/embed-builder/', '/uk/embed-builder/', '/statements/']) {
      const answer = await get(plain.port, path);
      expect(answer.status).toBe(200);
      expectHeaders(answer, expected);
    }
    expectHeaders(await get(plain.port, '/no-such-page/'), expected);
    expectHeaders(await get(plain.port, '/statements'), expected);
    expectHeaders(await get(plain.port, '/%00'), expected);
  });

  test('the embed frame pages may be framed by any site', async () => {
    await alive(plain);
    const expected = documented('embed frames');
    expect(expected['content-security-policy']).not.toMatch(/frame-ancestors 'none'/);
    for (const path of ['/embed/statement/?statement=nato-2022-09-22', '/uk/embed/tally/']) {
      const answer = await get(plain.port, path);
      expect(answer.status).toBe(200);
      expectHeaders(answer, expected);
      expect(answer.headers['x-frame-options']).toBeUndefined();
    }
  });

  test('the API reference is served without Trusted Types, and nothing else is', async () => {
    await alive(plain);
    const expected = documented('API reference');
    expect(expected['content-security-policy']).not.toMatch(/trusted-types/);
    const answer = await get(plain.port, '/docs/api/');
    expect(answer.status).toBe(200);
    expectHeaders(answer, expected);
    const elements = await get(plain.port, '/docs/elements/');
    expectHeaders(elements, documented('every page'));
  });
});
