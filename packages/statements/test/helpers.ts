import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const dataDir = join(packageRoot, 'data');
export const seedsDir = join(packageRoot, 'sources', 'seeds');

/** The seed's text with runs of whitespace collapsed, for verbatim comparisons. */
export function seedText(file: string): string {
  return collapse(readFileSync(join(seedsDir, file), 'utf8'));
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Runs a program and returns its output; on failure, throws with everything it printed. */
export function run(file: string, args: string[], cwd: string): string {
  try {
    return execFileSync(file, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${file} ${args.join(' ')} failed:\n${stdout ?? ''}${stderr ?? ''}`);
  }
}
