import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** A test file's import that reaches into another package's `test/` or `bench/` folder. */
export interface CrossPackageImport {
  /** The importing file, relative to the root. */
  file: string;
  /** The specifier as written. */
  specifier: string;
}

/** Folders that are a package's own test support: no other package may import from them. */
const PRIVATE_FOLDERS = new Set(['test', 'bench']);
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', '.turbo', '.cache', 'test-results']);
// Static imports and re-exports, side-effect imports, and dynamic `import('…')`.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;

/** The test files below `dir`: `*.test.ts`, and every module in a `test/` or `e2e/` folder. */
function testFiles(dir: string, inTestFolder = false): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (SKIPPED_FOLDERS.has(entry.name)) return [];
      return testFiles(path, inTestFolder || entry.name === 'test' || entry.name === 'e2e');
    }
    const isModule = /\.[cm]?tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts');
    return isModule && (inTestFolder || /\.test\.tsx?$/.test(entry.name)) ? [path] : [];
  });
}

/** The folder of the nearest `package.json` at or above `path`, or undefined below none. */
function packageRoot(path: string, top: string): string | undefined {
  for (let dir = path; dir.startsWith(top); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dir === dirname(dir)) break;
  }
  return undefined;
}

/** Whether `specifier`, imported from `file`, lands in another package's test or bench folder. */
function reachesIn(file: string, specifier: string, top: string): boolean {
  if (!specifier.startsWith('.')) {
    // A workspace package by name: `@null-and-void/statements/test/…` reaches in just the same.
    const [scope, , ...rest] = specifier.split('/');
    return scope === '@null-and-void' && PRIVATE_FOLDERS.has(rest[0] ?? '');
  }
  const target = resolve(dirname(file), specifier);
  const own = packageRoot(dirname(file), top);
  const theirs = packageRoot(dirname(target), top);
  if (theirs === undefined || theirs === own) return false;
  const [first] = relative(theirs, target).split(sep);
  return PRIVATE_FOLDERS.has(first ?? '');
}

/**
 * Every import in the test files under `root`'s `packages/` and `apps/` folders that reaches
 * into another package's `test/` or `bench/` folder: a package's test support is its own, and
 * what two packages share lives in `@null-and-void/testing`.
 */
export function crossPackageImports(root: string): CrossPackageImport[] {
  const top = resolve(root);
  const folders = ['packages', 'apps'].map((name) => join(top, name)).filter(existsSync);
  return folders.flatMap((folder) =>
    testFiles(folder).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(SPECIFIER)]
        .map((match) => match[1]!)
        .filter((specifier) => reachesIn(file, specifier, top))
        .map((specifier) => ({ file: relative(top, file), specifier })),
    ),
  );
}
