/**
 * Turbo replays a task from its cache when the hash of its inputs has not changed, so a task whose
 * hand-written `inputs` miss a file it reads can serve stale output (issue 16: the data compiled
 * with the old vocabulary). This compares, for each such task, the files Turbo hashes with the
 * files the task's entry points import.
 */
import { join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { run } from './run.js';

export const repoRoot = resolve(import.meta.dirname, '../../..');

/**
 * The files each task with hand-written inputs starts from, relative to its package: what its
 * command runs. A task given hand-written inputs must be added here, or the check fails.
 */
export const TASK_ENTRIES: Readonly<Record<string, readonly string[]>> = {
  '@null-and-void/react#generate': ['scripts/generate-components.ts'],
  '@null-and-void/statements#generate': ['scripts/compile-data.ts'],
  '@null-and-void/widgets#build:attributes': [
    'tsup.attributes.config.ts',
    'src/attributes.ts',
    'src/i18n/format.ts',
  ],
  '@null-and-void/widgets#generate': ['scripts/build-geometry.ts'],
  'wordpress#build': ['scripts/build-plugin.ts'],
};

export interface DryRunTask {
  taskId: string;
  /** The package script, or `<NONEXISTENT>` where the package has none (nothing runs). */
  command: string;
  directory: string;
  /** The files Turbo hashes for the task, relative to its package. */
  inputs: Record<string, string>;
  resolvedTaskDefinition: { inputs: string[] };
}

/** Turbo's own account of the tasks: what it would hash, without running anything. */
export function dryRun(tasks: readonly string[]): DryRunTask[] {
  const turbo = join(repoRoot, 'node_modules/.bin/turbo');
  const out = run(turbo, ['run', ...tasks, '--dry=json'], repoRoot);
  return (JSON.parse(out) as { tasks: DryRunTask[] }).tasks;
}

/**
 * A task's inputs are hand-written when they name files to hash; Turbo's default (every file,
 * less any `!` exclusions) resolves to exclusions alone.
 */
export const handWritten = (task: DryRunTask): boolean =>
  task.command !== '<NONEXISTENT>' &&
  task.resolvedTaskDefinition.inputs.some((glob) => !glob.startsWith('!'));

/**
 * Every file of the repository that the entries import, directly or not, relative to `packageDir`
 * (a file outside the package starts with `../`). Packages are left out: Turbo hashes the
 * lockfile and the dependency tasks for them.
 */
export async function importedFiles(
  packageDir: string,
  entries: readonly string[],
): Promise<string[]> {
  const result = await build({
    entryPoints: entries.map((entry) => join(packageDir, entry)),
    absWorkingDir: packageDir,
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'silent',
    outdir: 'out',
  });
  return Object.keys(result.metafile.inputs)
    .map((file) => relative(packageDir, resolve(packageDir, file)))
    .sort();
}

/** The files a task imports that Turbo does not hash for it. */
export async function missingInputs(task: DryRunTask): Promise<string[]> {
  const entries = TASK_ENTRIES[task.taskId];
  if (!entries)
    throw new Error(`${task.taskId}: hand-written inputs, but no entry in TASK_ENTRIES`);
  const packageDir = join(repoRoot, task.directory);
  const imported = await importedFiles(packageDir, entries);
  return imported.filter((file) => !(file in task.inputs));
}
