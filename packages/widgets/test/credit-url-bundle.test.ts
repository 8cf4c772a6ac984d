import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { statementPath } from '../src/base/credit-url.js';
import { PROJECT_SITE, SITE_DEFINE } from '../src/base/project-site.js';

describe('creditUrl in a bundle', () => {
  /**
   * Bundles this module as the builds do (`SITE_DEFINE`, nothing from the environment: every
   * build of a version is the same bytes) and loads it from `folder` of a temporary directory.
   */
  async function bundled(folder: string): Promise<typeof import('../src/base/credit-url.js')> {
    const result = await build({
      entryPoints: [new URL('../src/base/credit-url.ts', import.meta.url).pathname],
      bundle: true,
      format: 'esm',
      write: false,
      define: SITE_DEFINE,
    });
    const dir = join(mkdtempSync(join(tmpdir(), 'nv-credit-')), folder);
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'statement.js');
    writeFileSync(file, result.outputFiles[0]!.text);
    return import(pathToFileURL(file).href);
  }

  it('links to the project’s site when loaded from anywhere else (a package CDN)', async () => {
    const { creditUrl } = await bundled('npm/@null-and-void/widgets@1.0.0/dist/cdn');
    expect(creditUrl(statementPath('nato-2022-09-22'), 'uk')).toBe(
      `${PROJECT_SITE}uk/statements/nato-2022-09-22/`,
    );
    expect(PROJECT_SITE).toBe('https://null-and-void.github.io/null-and-void/');
  });

  it('links to the site that serves it from its /widgets/ folder', async () => {
    const { creditUrl } = await bundled('record/widgets');
    const link = creditUrl(statementPath('nato-2022-09-22'), 'en');
    expect(link).toMatch(/^file:\/\/.*\/record\/statements\/nato-2022-09-22\/$/);
    expect(link).not.toContain(PROJECT_SITE);
  });
});
