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

/** The seed's text with runs of whitespace collapsed, for verbatim comparisons. */
export function seedText(file: string): string {
  return collapse(readFileSync(join(seedsDir, file), 'utf8'));
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// The subprocess helper has one home, shared with the widgets' tests.
export { run } from '@null-and-void/testing/run';
