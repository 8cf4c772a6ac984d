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

/** True when the bundle `<name>.js` was built. */
export function hasBundle(name: Widget | 'all' | 'loader'): boolean {
  return existsSync(`${WIDGETS_CDN_DIR}${name}.js`);
}

/** The Subresource Integrity hash (`sha384-…`) of a bundle, or undefined when it is missing. */
export function bundleIntegrity(name: Widget | 'all' | 'loader'): string | undefined {
  if (!hasBundle(name)) return undefined;
  let integrity = integrities.get(name);
  if (!integrity) {
    const digest = createHash('sha384').update(readFileSync(`${WIDGETS_CDN_DIR}${name}.js`));
    integrity = `sha384-${digest.digest('base64')}`;
    integrities.set(name, integrity);
  }
  return integrity;
}
