import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { statementPath } from '../src/base/credit-url.js';

describe('creditUrl in a bundle', () => {
  /** Bundles this module as the CDN build does, with `NV_SITE_URL` as given, and loads it. */
  async function bundled(siteUrl: string): Promise<typeof import('../src/base/credit-url.js')> {
    const result = await build({
      entryPoints: [new URL('../src/base/credit-url.ts', import.meta.url).pathname],
      bundle: true,
      format: 'esm',
      write: false,
      define: { __NV_SITE__: JSON.stringify(siteUrl) },
    });
    const file = join(mkdtempSync(join(tmpdir(), 'nv-credit-')), 'statement.js');
    writeFileSync(file, result.outputFiles[0]!.text);
    return import(pathToFileURL(file).href);
  }

  it('links to the site given at build when loaded from anywhere else', async () => {
    const { creditUrl } = await bundled('https://record.example/nv');
    expect(creditUrl(statementPath('nato-2022-09-22'), 'uk')).toBe(
      'https://record.example/nv/uk/statements/nato-2022-09-22/',
    );
  });

  it('has no link without one', async () => {
    const { creditUrl } = await bundled('');
    expect(creditUrl(statementPath('nato-2022-09-22'), 'en')).toBeUndefined();
  });
});
