/**
 * The package as a user gets it: publint and arethetypeswrong on the packed package, then the
 * packed tarball installed into a scratch TypeScript project that imports every defining entry
 * and uses the tag-name map, the event map and the classes, with `bundler` and `node16` resolution.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { attw } from '@null-and-void/testing/attw';
import { run } from '@null-and-void/testing/run';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const elements = readdirSync(join(root, 'src/define'))
  .map((f) => f.replace(/\.ts$/, ''))
  .filter((name) => name !== 'all');
let scratch: string;
let project: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'nv-widgets-consumer-'));
  run('pnpm', ['pack', '--pack-destination', scratch], join(root, '../statements'));
  run('pnpm', ['pack', '--pack-destination', scratch], root);
  const tarballs = readdirSync(scratch).filter((f) => f.endsWith('.tgz'));
  project = join(scratch, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      ...tarballs.map((t) => join(scratch, t)),
    ],
    project,
  );
}, 180_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }), 60_000);

describe('the published widgets package', { timeout: 400_000 }, () => {
  it('publint --strict reports nothing', () => {
    expect(run(bin('publint'), ['--strict'], root)).toMatch(/All good!/);
  });

  it('arethetypeswrong (ESM-only profile) reports no problem', () => {
    const { table, problems } = attw(root, 'esm-only');
    expect(problems).toEqual([]);
    for (const name of elements) expect(table).toContain(`"@null-and-void/widgets/${name}.js"`);
  });

  it('ships the custom elements manifest, naming every tag', () => {
    const pkg = JSON.parse(
      readFileSync(join(project, 'node_modules/@null-and-void/widgets/package.json'), 'utf8'),
    );
    expect(pkg.customElements).toBe('custom-elements.json');
    const manifest = readFileSync(
      join(project, 'node_modules/@null-and-void/widgets/custom-elements.json'),
      'utf8',
    );
    for (const name of elements) expect(manifest).toContain(`"tagName": "nv-${name}"`);
  });

  it('ships the CDN bundles and their data', () => {
    const cdn = join(project, 'node_modules/@null-and-void/widgets/dist/cdn');
    for (const name of [...elements, 'all', 'loader']) {
      expect(readdirSync(cdn)).toContain(`${name}.js`);
    }
    expect(readdirSync(join(cdn, 'data/cards/uk')).length).toBeGreaterThan(100);
  });

  for (const moduleResolution of ['bundler', 'node16'] as const) {
    it(`TypeScript (${moduleResolution}) knows every entry, tag and event`, () => {
      const imports = elements
        .map((name) => `import '@null-and-void/widgets/${name}.js';`)
        .join('\n');
      const tags = elements
        .map(
          (name) =>
            `const ${name.replace(/-/g, '_')}: HTMLElementTagNameMap['nv-${name}'] = document.createElement('nv-${name}');`,
        )
        .join('\n');
      writeFileSync(
        join(project, 'use.ts'),
        `${imports}
import { NvStatement, NvErrorEvent } from '@null-and-void/widgets';
${tags}
const card: NvStatement = document.createElement('nv-statement');
card.variant = 'compact';
card.addEventListener('nv-error', (event) => {
  const code: 'unknown-id' | 'invalid-attribute' | 'load-failed' | 'invalid-data' = event.code;
  console.log(code, event instanceof NvErrorEvent);
});
// @ts-expect-error: not a variant
card.variant = 'poster';
export {};
`,
      );
      writeFileSync(
        join(project, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            strict: true,
            noEmit: true,
            target: 'es2022',
            lib: ['es2022', 'dom'],
            module: moduleResolution === 'node16' ? 'node16' : 'esnext',
            moduleResolution,
            skipLibCheck: false,
          },
          files: ['use.ts'],
        }),
      );
      writeFileSync(
        join(project, 'package.json'),
        JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
      );
      run('node', [tsc, '-p', project], project);
    });
  }
});
