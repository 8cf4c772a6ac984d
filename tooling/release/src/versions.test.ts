import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishedPackages } from './published-packages.js';
import { REPO_ROOT } from './repo.js';
import { countPinned, versionMismatches } from './version-strings.js';

const versions = new Map(publishedPackages().map((p) => [p.name, p.version]));

/** Files under `dir` whose name passes `keep`, skipping dependencies and build caches. */
function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (['node_modules', '.git', '.turbo', 'test-results'].includes(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path, keep);
    return keep(entry.name) ? [path] : [];
  });
}

// A changelog records the versions of its past releases: those are history, not pins.
const markdown = filesUnder(REPO_ROOT, (name) => name.endsWith('.md') && name !== 'CHANGELOG.md');

describe('version strings', () => {
  it('finds the published packages, versioned', () => {
    expect([...versions.keys()]).toEqual(
      expect.arrayContaining(['@null-and-void/statements', '@null-and-void/widgets']),
    );
    for (const version of versions.values()) expect(version).not.toBe('0.0.0');
  });

  it('every @null-and-void/<pkg>@X.Y.Z in the Markdown files is that package’s version', () => {
    const mismatches = markdown.flatMap((file) =>
      versionMismatches(relative(REPO_ROOT, file), readFileSync(file, 'utf8'), versions),
    );
    const pinned = markdown.reduce((n, file) => n + countPinned(readFileSync(file, 'utf8')), 0);
    console.log(`${pinned} pinned versions in ${markdown.length} Markdown files`);
    expect(pinned).toBeGreaterThan(0);
    expect(mismatches).toEqual([]);
  });

  it('every version the built site’s snippets and builder pin is the package’s version', () => {
    const site = join(REPO_ROOT, 'apps/demo/dist');
    const pages = [
      join(site, 'embed-builder/index.html'),
      join(site, 'uk/embed-builder/index.html'),
      join(site, 'statements/nato-2022-09-22/index.html'),
      join(site, 'uk/statements/nato-2022-09-22/index.html'),
    ];
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      expect(countPinned(html), relative(REPO_ROOT, page)).toBeGreaterThan(0);
      expect(versionMismatches(relative(REPO_ROOT, page), html, versions)).toEqual([]);
    }
  });

  it('reports a version that is not the package’s, and a package that does not exist', () => {
    const text = [
      'src="https://cdn.jsdelivr.net/npm/@null-and-void/widgets@0.0.9/dist/cdn/statement.js"',
      `npm install @null-and-void/statements@${versions.get('@null-and-void/statements')}`,
      'npm install @null-and-void/nothing@1.0.0',
    ].join('\n');
    expect(versionMismatches('README.md', text, versions)).toEqual([
      {
        file: 'README.md',
        line: 1,
        found: '@null-and-void/widgets@0.0.9',
        expected: versions.get('@null-and-void/widgets'),
      },
      { file: 'README.md', line: 3, found: '@null-and-void/nothing@1.0.0', expected: undefined },
    ]);
  });
});
