import { join } from 'node:path';
import { run } from './run.js';

/** What arethetypeswrong said of a package. */
export interface AttwReport {
  /** Its table, one row per entry of the package and one column per resolution. */
  readonly table: string;
  /** The lines that report a problem under a resolution the profile checks (`problemLines`). */
  readonly problems: readonly string[];
}

/**
 * Runs arethetypeswrong (the package's own `attw`) on the package in `packageRoot` as `npm pack`
 * would pack it, under a profile: `node16` (Node ≥ 20 and bundlers; node10, which has no
 * `exports` support, is outside `engines`) or `esm-only`. Throws with attw's output when it exits
 * non-zero, as it does on a problem.
 */
export function attw(packageRoot: string, profile: 'node16' | 'esm-only'): AttwReport {
  const table = run(
    join(packageRoot, 'node_modules', '.bin', 'attw'),
    ['--pack', '.', '--profile', profile, '--format', 'table-flipped'],
    packageRoot,
  );
  return { table, problems: problemLines(table) };
}

// Every problem's mark, as `@arethetypeswrong/core` (problems.js) lists them.
const PROBLEM = /💀|❌|🎭|👺|🕵️|⚠️|🐛|🤨|❗️|❓|🚭|🥴/;
// A cell under a resolution the profile ignores (`(ignored) 💀 Resolution failed`), and the
// legend line of such problems: attw reports them but does not fail on them.
const IGNORED = /\(ignored[^│]*/g;

/** The lines of an attw table that report a problem under a resolution the profile checks. */
export function problemLines(table: string): string[] {
  return table.split('\n').filter((line) => PROBLEM.test(line.replace(IGNORED, '')));
}
