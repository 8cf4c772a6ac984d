import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const dataDir = join(packageRoot, 'data');
export const seedsDir = join(packageRoot, 'sources', 'seeds');
/** The `nv` CLI as the package publishes it: the file its `bin` field names. */
export const nvBin = join(
  packageRoot,
  JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')).bin.nv,
);

/** What one run of the `nv` CLI printed, and how it ended. */
export interface NvRun {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
  /** The signal that ended the run: `SIGTERM` when it outlived its `timeout`. */
  readonly signal: NodeJS.Signals | null;
}

/**
 * Runs the `nv` CLI in a subprocess, as a researcher would. A `timeout` (ms) ends a run that
 * hangs, for the tests that feed it hostile input; the others wait as long as the run takes.
 */
export function runNv(args: readonly string[], timeout?: number): NvRun {
  const run = spawnSync(process.execPath, [nvBin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, COLUMNS: '200' },
    timeout,
  });
  return { code: run.status, out: run.stdout, err: run.stderr, signal: run.signal };
}

/** The seed's text with runs of whitespace collapsed, for verbatim comparisons. */
export function seedText(file: string): string {
  return collapse(readFileSync(join(seedsDir, file), 'utf8'));
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// The subprocess helper has one home, shared with the widgets' tests.
export { run } from '@null-and-void/testing/run';
