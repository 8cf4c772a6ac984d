import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { crossPackageImports } from './cross-package-imports.js';

const workspace = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

describe("tests' imports across packages", () => {
  it("no test in packages/ or apps/ imports another package's test/ or bench/ files", () => {
    expect(crossPackageImports(workspace)).toEqual([]);
  });

  describe('in a workspace with planted imports', () => {
    const root = mkdtempSync(join(tmpdir(), 'nv-cross-imports-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    write('packages/a/package.json', '{}');
    write('packages/a/bench/generate.ts', 'export const x = 1;');
    write('packages/a/test/helpers.ts', "export { x } from '../bench/generate.js';");
    write('packages/a/test/own.test.ts', "import { x } from '../bench/generate.js';");
    write('packages/a/src/index.ts', 'export const y = 2;');
    write('packages/b/package.json', '{}');
    write(
      'packages/b/src/b.test.ts',
      [
        "import { x } from '../../a/bench/generate.js';",
        "import { y } from '../../a/src/index.js';",
        "const h = await import('../../a/test/helpers.js');",
      ].join('\n'),
    );
    write('packages/b/test/helpers.ts', "export * from '@null-and-void/a/test/helpers';");
    write('apps/c/package.json', '{}');
    write('apps/c/e2e/c.test.ts', "import '../../../packages/a/test/helpers.js';");

    it('reports each one, and neither a package’s own test support nor another’s src', () => {
      expect(crossPackageImports(root)).toEqual([
        { file: 'packages/b/src/b.test.ts', specifier: '../../a/bench/generate.js' },
        { file: 'packages/b/src/b.test.ts', specifier: '../../a/test/helpers.js' },
        { file: 'packages/b/test/helpers.ts', specifier: '@null-and-void/a/test/helpers' },
        { file: 'apps/c/e2e/c.test.ts', specifier: '../../../packages/a/test/helpers.js' },
      ]);
    });
  });
});
