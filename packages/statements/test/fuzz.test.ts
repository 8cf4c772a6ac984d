/**
 * Property tests on the whole public surface (issue 15): thousands of calls of every public
 * function and runs of every CLI command with random and hostile arguments. Each call returns an
 * answer of the kind the function promises or throws one of the package's typed errors, with its
 * code; each CLI run exits 0–3 with at most a line of reason, never a stack trace. How long the
 * worst call takes is printed by `pnpm bench:fuzz`, not asserted here.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { anyValue, CATALOGS, PUBLIC_CALLS } from '../bench/public-calls.js';
import { type ErrorCode, NullAndVoidError, toCatalogJSON } from '../src/index.js';
import { nvBin } from './helpers.js';

const CODES: readonly ErrorCode[] = [
  'UNKNOWN_ID',
  'INVALID_FILTER',
  'INVALID_DATE',
  'INVALID_CATALOG',
  'INVALID_ARGUMENT',
];

/** The error, if it is not one of the package's typed errors with a known code. */
function untyped(error: unknown): unknown {
  return error instanceof NullAndVoidError && CODES.includes(error.code) ? undefined : error;
}

const API_RUNS = 12_000;
let apiCalls = 0;

describe(`every public function, ${API_RUNS} random calls`, () => {
  it('returns an answer of its kind or throws a typed error with its code', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PUBLIC_CALLS),
        fc.constantFrom(...CATALOGS),
        fc.array(anyValue, { maxLength: 3 }),
        (fn, catalog, args) => {
          apiCalls++;
          let result: unknown;
          try {
            result = fn.call(args, catalog);
          } catch (error) {
            if (untyped(error) !== undefined) throw error;
            return;
          }
          expect(fn.isAnswer(result), `${fn.name} answered ${String(result)}`).toBe(true);
        },
      ),
      { numRuns: API_RUNS },
    );
    expect(apiCalls).toBeGreaterThanOrEqual(API_RUNS);
  });

  it('prepareSearch resolves or rejects with a typed error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CATALOGS), anyValue, async (catalog, options) => {
        try {
          await catalog.prepareSearch(options as never);
        } catch (error) {
          if (untyped(error) !== undefined) throw error;
        }
      }),
      { numRuns: 300 },
    );
  });
});

const scratch = mkdtempSync(join(tmpdir(), 'nv-fuzz-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Catalog files a user might point `--catalog` at, good and bad. */
function catalogFiles(): string[] {
  const valid = join(scratch, 'valid.json');
  writeFileSync(valid, JSON.stringify(toCatalogJSON(CATALOGS[1]!)));
  const hostile = JSON.parse(JSON.stringify(toCatalogJSON(CATALOGS[1]!)));
  hostile.statements[0].title.en = '\u001b]0;PWNED\u0007=cmd';
  hostile.statements[0]['\u001b[2J'] = 1;
  const bad = join(scratch, 'hostile.json');
  writeFileSync(bad, JSON.stringify(hostile));
  const garbage = join(scratch, 'garbage.json');
  writeFileSync(garbage, '{"statements": [');
  const deep = join(scratch, 'deep.json');
  writeFileSync(deep, `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
  return [valid, bad, garbage, deep, '/dev/zero', scratch, join(scratch, 'missing.json')];
}

const COMMANDS = ['list', 'search', 'show', 'facets', 'validate', 'export'] as const;
const FLAGS = [
  '--event',
  '--region',
  '--issuer',
  '--issuer-kind',
  '--theme',
  '--kind',
  '--country',
  '--year',
  '--from',
  '--to',
  '--sort',
  '--limit',
  '--offset',
  '--locale',
  '--format',
  '--json',
  '--votes',
  '--catalog',
  '--out',
  '--help',
  '--bogus',
] as const;

// Arguments cannot hold NUL, and one argument may not pass 128 KB on Linux.
const cliText = fc
  .oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.constantFrom('x'.repeat(100_000), 'referendum '.repeat(9_000), '-1', '0x10', '=1+1'),
    fc.constantFrom('nato-2022-09-22', 'annexation-referendums-2022', 'csv', 'json', '2022'),
  )
  .map((text) => text.replaceAll('\0', ''));

function cliArgs(files: readonly string[]): fc.Arbitrary<string[]> {
  const outs = ['/dev/full', scratch, join(scratch, 'no', 'out.csv'), join(scratch, 'out')];
  const flagged = fc.oneof(
    fc.tuple(fc.constant('--catalog'), fc.constantFrom(...files)),
    fc.tuple(fc.constant('--out'), fc.constantFrom(...outs)),
    fc.tuple(fc.constant('--format'), fc.constantFrom('csv', 'json', 'ndjson')),
    fc.tuple(fc.constantFrom(...FLAGS), cliText),
    fc.tuple(fc.constantFrom(...FLAGS)),
    fc.tuple(cliText),
  );
  return fc
    .tuple(
      fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...COMMANDS) }, cliText),
      fc.array(flagged, { maxLength: 3 }),
      fc.constantFrom(...files),
    )
    .map(([command, parts, file]) => [
      command,
      ...(command === 'validate' ? [file] : []),
      ...parts.flat(),
    ]);
}

interface Run {
  args: string[];
  code: number | null;
  signal: string | null;
  err: string;
}

function nv(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [nvBin, ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      err += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ args, code, signal, err });
    });
  });
}

const CLI_RUNS = 200;

describe(`every CLI command, ${CLI_RUNS} random runs`, () => {
  it('exits 0, 1, 2 or 3 with a one-line reason on stderr, never a stack trace', async () => {
    const samples = fc.sample(cliArgs(catalogFiles()), { numRuns: CLI_RUNS, seed: 15 });
    const runs: Run[] = [];
    for (let i = 0; i < samples.length; i += 4) {
      runs.push(...(await Promise.all(samples.slice(i, i + 4).map(nv))));
    }
    expect(runs).toHaveLength(CLI_RUNS);
    for (const run of runs) {
      const label = run.args.map((a) => a.slice(0, 40)).join(' ');
      expect(run.signal, label).toBeNull();
      expect([0, 1, 2, 3], label).toContain(run.code);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
      expect(run.err, label).not.toMatch(/\n\s+at |Error: |\u001b/);
    }
    // Each command and each exit code came up.
    for (const command of COMMANDS) expect(runs.some((r) => r.args[0] === command)).toBe(true);
    for (const code of [0, 1, 2, 3]) expect(runs.some((r) => r.code === code)).toBe(true);
  }, 240_000);
});
