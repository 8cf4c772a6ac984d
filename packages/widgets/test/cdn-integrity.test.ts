/**
 * The README's CDN snippets carry the SRI hashes recorded for the package's version
 * (`cdn-integrity.json`, written by `pnpm version-packages`), and publishing refuses a build
 * whose scripts are not the recorded ones (`prepublishOnly`).
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  integrityProblems,
  pinSnippets,
  readmeSnippets,
  recordedIntegrity,
} from '../scripts/cdn-integrity.mjs';

const root = new URL('..', import.meta.url).pathname;
const script = join(root, 'scripts/cdn-integrity.mjs');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const record = recordedIntegrity();

/**
 * Changesets not yet versioned that will release the widgets: those naming the widgets or a
 * workspace package they depend on (changesets then bumps the widgets too, and the CDN scripts
 * bundle the engine).
 */
function pendingWidgetsChangesets(): string[] {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const released = [
    manifest.name,
    ...Object.entries<string>(manifest.dependencies ?? {})
      .filter(([, range]) => range.startsWith('workspace:'))
      .map(([name]) => name),
  ];
  const dir = join(root, '../../.changeset');
  return readdirSync(dir).filter((name) => {
    if (!name.endsWith('.md') || name === 'README.md') return false;
    const front = readFileSync(join(dir, name), 'utf8').split('---')[1] ?? '';
    return released.some((pkg) => new RegExp(`['"]${pkg}['"]\\s*:`).test(front));
  });
}

describe('the README’s CDN snippets', () => {
  const snippets = readmeSnippets(readFileSync(join(root, 'README.md'), 'utf8'));

  it('pin the package’s version with the hash recorded for it', () => {
    expect(record.version).toBe(version);
    expect(snippets.length).toBeGreaterThanOrEqual(2);
    for (const snippet of snippets) {
      expect(snippet.version, snippet.tag).toBe(version);
      expect(snippet.integrity, snippet.tag).toBe(record.files[snippet.file]);
      expect(snippet.tag, snippet.tag).toContain('crossorigin="anonymous"');
    }
  });

  it('the recorded hashes are the built scripts’, unless a changeset will release a change', () => {
    const problems = integrityProblems();
    const pending = pendingWidgetsChangesets();
    console.log(
      `cdn-integrity.json (${record.version}): ${Object.keys(record.files).length} scripts, ` +
        `${problems.length} differ from this build; ${pending.length} pending widgets changesets`,
    );
    // A change to the scripts without a changeset would be published under a version whose
    // README hashes are another build's.
    if (pending.length === 0) expect(problems).toEqual([]);
    else expect(problems.every((p) => p.startsWith('dist/cdn/'))).toBe(true);
  });

  it('pinSnippets sets the version and the hash, and names a file the build has not', () => {
    const readme = `<script type="module" src="https://cdn.example/npm/@null-and-void/widgets@0.0.1/dist/cdn/quote.js"></script>`;
    const pinned = pinSnippets(readme, { version: '9.9.9', files: { 'quote.js': 'sha384-abc' } });
    expect(pinned).toBe(
      `<script type="module" src="https://cdn.example/npm/@null-and-void/widgets@9.9.9/dist/cdn/quote.js" integrity="sha384-abc" crossorigin="anonymous"></script>`,
    );
    expect(readmeSnippets(pinned)).toEqual([
      expect.objectContaining({ version: '9.9.9', file: 'quote.js', integrity: 'sha384-abc' }),
    ]);
    expect(() => pinSnippets(readme, { version: '9.9.9', files: {} })).toThrow(
      'README names dist/cdn/quote.js, which the build has not.',
    );
  });
});

describe('prepublishOnly: cdn-integrity.mjs --check', () => {
  /** A package folder whose built scripts are the recorded ones (the check reads its own folder). */
  function packageCopy(): string {
    const dir = mkdtempSync(join(tmpdir(), 'nv-integrity-'));
    mkdirSync(join(dir, 'dist/cdn'), { recursive: true });
    mkdirSync(join(dir, 'scripts'));
    cpSync(script, join(dir, 'scripts/cdn-integrity.mjs'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ version: '1.2.3' }));
    writeFileSync(join(dir, 'README.md'), '');
    writeFileSync(join(dir, 'dist/cdn/statement.js'), 'export {};\n');
    writeFileSync(join(dir, 'dist/cdn/chunk-ABCDEFGH.js'), 'export {};\n');
    return dir;
  }
  const run = (dir: string, flag: string) =>
    promisify(execFile)('node', [join(dir, 'scripts/cdn-integrity.mjs'), flag], { cwd: dir });
  const check = (dir: string) =>
    run(dir, '--check').then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );

  it('passes on the files it recorded, and refuses a changed file or another version', async () => {
    const dir = packageCopy();
    await run(dir, '--write');
    const written = JSON.parse(readFileSync(join(dir, 'cdn-integrity.json'), 'utf8'));
    expect(Object.keys(written.files)).toEqual(['statement.js']);
    expect(written.version).toBe('1.2.3');
    expect(await check(dir)).toEqual({ code: 0, stderr: '' });

    writeFileSync(join(dir, 'dist/cdn/statement.js'), 'export const changed = 1;\n');
    const changed = await check(dir);
    expect(changed.code).toBe(1);
    expect(changed.stderr).toMatch(/dist\/cdn\/statement\.js: built sha384-.*, recorded sha384-/);

    await run(dir, '--write');
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ version: '1.2.4' }));
    const bumped = await check(dir);
    expect(bumped.code).toBe(1);
    expect(bumped.stderr).toContain(
      'cdn-integrity.json is for version 1.2.3, package.json is at 1.2.4.',
    );
  });
});
