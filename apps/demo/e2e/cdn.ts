/**
 * The public npm CDN, answered from this checkout's build: a snippet's versioned CDN URL
 * (`<CDN_BASE>@null-and-void/widgets@<version>/dist/cdn/<file>`) is served at the network level
 * from `packages/widgets/dist/cdn/`, so that a test pastes the builder's snippet unchanged, its URL
 * and SRI hash included, without the version being on the CDN or the network being open.
 */
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { CDN_SCRIPT_BASE, WIDGETS_CDN_DIR } from '../src/widget-bundles.js';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** Serves the CDN's copy of this version's bundles and data from the local build. */
export async function serveCdnFromBuild(target: BrowserContext | Page): Promise<void> {
  await target.route(`${CDN_SCRIPT_BASE}**`, async (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname);
    const file = path.slice(new URL(CDN_SCRIPT_BASE).pathname.length);
    // As the CDN does: anyone may load the files (the snippet's `crossorigin="anonymous"`).
    const headers = { 'Access-Control-Allow-Origin': '*' };
    if (file.split('/').includes('..')) return route.fulfill({ status: 400, headers });
    try {
      const body = await readFile(join(WIDGETS_CDN_DIR, file));
      const contentType = TYPES[extname(file)] ?? 'application/octet-stream';
      await route.fulfill({
        status: 200,
        headers: { ...headers, 'Content-Type': contentType },
        body,
      });
    } catch {
      await route.fulfill({ status: 404, headers, body: 'Not found' });
    }
  });
}
