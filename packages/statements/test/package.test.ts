/**
 * The package as a user gets it: publint and arethetypeswrong on the packed package, then the
 * packed tarball (not the workspace link) installed into a scratch project and imported from
 * Node ESM, Node CJS and TypeScript with `node16` and `bundler` resolution.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { attw } from '@null-and-void/testing/attw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot, run } from './helpers.js';

const bin = (name: string) => join(packageRoot, 'node_modules', '.bin', name);
const tsc = join(packageRoot, 'node_modules', 'typescript', 'bin', 'tsc');
let scratch: string;
let project: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'nv-consumer-'));
  run('pnpm', ['pack', '--pack-destination', scratch], packageRoot);
  const tarball = readdirSync(scratch).find((f) => f.endsWith('.tgz'))!;
  project = join(scratch, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--loglevel=error', join(scratch, tarball)],
    project,
  );
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the published package', { timeout: 400_000 }, () => {
  it('publint --strict reports nothing', () => {
    const out = run(bin('publint'), ['--strict'], packageRoot);
    expect(out).toMatch(/All good!/);
  });

  it('arethetypeswrong (node16 profile: Node ≥ 20 and bundlers) reports no problem', () => {
    const { table, problems } = attw(packageRoot, 'node16');
    expect(problems).toEqual([]);
    expect(table).toMatch(/"@null-and-void\/statements\/light".*🟢 \(CJS\).*🟢 \(ESM\)/);
  });

  it('imports from Node ESM: the catalog, a record entry, the light index and the JSON Schema', () => {
    writeFileSync(
      join(project, 'esm.mjs'),
      `import { get, catalog, UnknownIdError } from '@null-and-void/statements';
import { statement } from '@null-and-void/statements/records/nato-2022-09-22';
import { lightIndex } from '@null-and-void/statements/light';
import schema from '@null-and-void/statements/schema.json' with { type: 'json' };
let code;
try { get('nato-typo'); } catch (e) { code = e instanceof UnknownIdError && e.code; }
console.log(JSON.stringify({ ref: get('nato-2022-09-22').source.reference, n: catalog.statements.length,
  record: statement.id, light: lightIndex.length, schema: schema.title, code }));
`,
    );
    const out = JSON.parse(run('node', ['esm.mjs'], project));
    expect(out).toMatchObject({
      ref: 'PR (2022) 125',
      record: 'nato-2022-09-22',
      schema: 'Null & Void catalog',
      code: 'UNKNOWN_ID',
    });
    expect(out.light).toBe(out.n);
  });

  it('requires from Node CJS', () => {
    writeFileSync(
      join(project, 'cjs.cjs'),
      `const { get, createCatalog } = require('@null-and-void/statements');
const { statement } = require('@null-and-void/statements/records/cnn-2022-09-23');
const { lightIndex } = require('@null-and-void/statements/light');
console.log(JSON.stringify({ title: get('bucn-2023-09-07').title.en, quotes: statement.quotes.length,
  light: lightIndex.length, create: typeof createCatalog }));
`,
    );
    const out = JSON.parse(run('node', ['cjs.cjs'], project));
    expect(out.title).toMatch(/BUCN/);
    expect(out.quotes).toBeGreaterThanOrEqual(5);
    expect(out.create).toBe('function');
  });

  it.each(['node16', 'bundler'])(
    'typechecks with moduleResolution %s, and a typo is a compile error',
    (resolution) => {
      const dir = join(project, resolution);
      mkdirSync(dir, { recursive: true });
      const module = resolution === 'node16' ? 'node16' : 'esnext';
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            module,
            moduleResolution: resolution,
            strict: true,
            noEmit: true,
            target: 'es2022',
            types: [],
          },
          include: ['*.mts', '*.cts', '*.ts'],
        }),
      );
      writeFileSync(
        join(dir, 'use.mts'),
        `import { get, type Statement, type StatementId } from '@null-and-void/statements';
import { statement } from '@null-and-void/statements/records/nato-2022-09-22';
const id: StatementId = 'nato-2022-09-22';
const s: Statement = get(id);
const literal: 'nato-2022-09-22' = statement.id;
// @ts-expect-error: not an id of the bundled data
get('nato-typo');
export { s, literal };
`,
      );
      if (resolution === 'node16') {
        writeFileSync(
          join(dir, 'use.cts'),
          `import statements = require('@null-and-void/statements');
const title: string = statements.get('cnn-2022-09-23').title.uk;
export = title;
`,
        );
      }
      expect(() => run('node', [tsc, '-p', dir], dir)).not.toThrow();
      // The check can fail: an unknown id without the expect-error is reported.
      writeFileSync(
        join(dir, 'typo.mts'),
        `import { get } from '@null-and-void/statements';\nget('nato-typo');\n`,
      );
      expect(() => run('node', [tsc, '-p', dir], dir)).toThrow(/nato-typo/);
      rmSync(join(dir, 'typo.mts'));
    },
  );
});
