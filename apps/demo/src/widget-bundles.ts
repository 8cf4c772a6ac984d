/**
 * The widgets package's CDN bundles, which the site copies to `/widgets/`. Pages name a bundle
 * only when the build found it, so that a page never requests a missing script.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import type { Widget } from './snippets.js';

const require = createRequire(import.meta.url);
export const WIDGETS_CDN_DIR =
  join(dirname(require.resolve('@null-and-void/widgets/package.json')), 'dist', 'cdn') + sep;

const integrities = new Map<string, string>();

/** The version of the widgets package the site was built with: the one the snippets pin. */
export const WIDGETS_VERSION: string = require('@null-and-void/widgets/package.json').version;

/**
 * The public npm CDN that script snippets load the bundles from, ending in `/` (jsDelivr's
 * `/npm/` layout unless `NV_CDN_BASE` says otherwise at build time, e.g. `https://unpkg.com/`).
 * The site's own pages load its copy at `/widgets/` instead.
 */
export const CDN_BASE = withSlash(process.env.NV_CDN_BASE || 'https://cdn.jsdelivr.net/npm/');

function withSlash(url: string): string {
  return new URL(url.endsWith('/') ? url : `${url}/`).href;
}

/** The folder of the released bundles on the CDN: `<CDN_BASE>@null-and-void/widgets@<version>/dist/cdn/`. */
export const CDN_SCRIPT_BASE = `${CDN_BASE}@null-and-void/widgets@${WIDGETS_VERSION}/dist/cdn/`;

/** True when the bundle `<name>.js` was built. */
export function hasBundle(name: Widget | 'all' | 'loader'): boolean {
  return existsSync(`${WIDGETS_CDN_DIR}${name}.js`);
}

/** The Subresource Integrity hash (`sha384-…`) of a bundle, or undefined when it is missing. */
export function bundleIntegrity(name: Widget | 'all' | 'loader'): string | undefined {
  let integrity = integrities.get(name);
  if (!integrity) {
    // Read without checking first: the share-image task builds pages while the widgets' build
    // may be replacing the bundles.
    let bundle: Buffer;
    try {
      bundle = readFileSync(`${WIDGETS_CDN_DIR}${name}.js`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    integrity = `sha384-${createHash('sha384').update(bundle).digest('base64')}`;
    integrities.set(name, integrity);
  }
  return integrity;
}
