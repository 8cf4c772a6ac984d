// Each framework's own type checker on a small project that uses every element with the types
// the widgets ship (and, for React, the components of @null-and-void/react). A wrong attribute
// value is marked `@ts-expect-error` (`@vue-expect-error` in Vue), so a type that accepted it
// would fail the check; Svelte's markup has no such comment, so its wrong values sit in a file
// of their own whose errors are read.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '@null-and-void/testing/run';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
/** The checker installed for this package (pnpm's launcher in node_modules/.bin). */
const bin = (name: string) => join(root, 'node_modules/.bin', name);
const tsc = bin('tsc');
const vueTsc = bin('vue-tsc');
const svelteCheck = bin('svelte-check');
const elements = JSON.parse(
  readFileSync(require.resolve('@null-and-void/widgets/custom-elements.json'), 'utf8'),
)
  .modules.flatMap((m: { declarations?: { tagName?: string }[] }) => m.declarations ?? [])
  .map((d: { tagName?: string }) => d.tagName)
  .filter(Boolean) as string[];

/** The project's source, after checking that it uses every element of custom-elements.json. */
function usesEveryElement(file: string): string {
  const source = readFileSync(join(root, file), 'utf8');
  for (const tag of elements)
    expect(source, `${file} uses <${tag}>`).toMatch(new RegExp(`<${tag}\\s`));
  return source;
}
const expectedErrors = (source: string) => source.match(/@(ts|vue)-expect-error/g)?.length ?? 0;

describe('framework consumers, checked by their own type checkers', () => {
  it.each([
    ['React', 'react/consumer.tsx'],
    ['Preact', 'preact/consumer.tsx'],
    ['Solid', 'solid/consumer.tsx'],
  ])('%s (tsc): every element type-checks, the wrong values are rejected', (_name, file) => {
    expect(expectedErrors(usesEveryElement(file))).toBeGreaterThanOrEqual(2);
    run(tsc, ['-p', join(dirname(file), 'tsconfig.json')], root);
  });

  it('React: the components of @null-and-void/react are used too', () => {
    const source = readFileSync(join(root, 'react/consumer.tsx'), 'utf8');
    for (const name of [
      'NvStatement',
      'NvQuote',
      'NvStatementList',
      'NvSearch',
      'NvTimeline',
      'NvTally',
      'NvVoteMap',
    ]) {
      expect(source).toContain(`<${name} `);
    }
  });

  it('Vue (vue-tsc): every element type-checks, the wrong values are rejected', () => {
    expect(expectedErrors(usesEveryElement('vue/Consumer.vue'))).toBe(3);
    run(vueTsc, ['-p', 'vue/tsconfig.json', '--noEmit'], root);
  });

  it('Svelte (svelte-check): every element type-checks, with no warning', () => {
    usesEveryElement('svelte/valid/Consumer.svelte');
    const output = run(
      svelteCheck,
      ['--tsconfig', './tsconfig.json', '--output', 'machine'],
      join(root, 'svelte/valid'),
    );
    expect(output).toMatch(/COMPLETED \d+ FILES 0 ERRORS 0 WARNINGS/);
  });

  it('Svelte (svelte-check): each wrong value and a wrong event field is an error', () => {
    const { status, stdout } = spawnSync(
      svelteCheck,
      ['--tsconfig', './tsconfig.json', '--output', 'machine'],
      { cwd: join(root, 'svelte/wrong'), encoding: 'utf8' },
    );
    expect(status).not.toBe(0);
    const errors = stdout.split('\n').filter((line) => line.includes(' ERROR '));
    expect(errors).toHaveLength(3);
    const [theme, variant, event] = errors;
    expect(theme).toMatch(/Wrong\.svelte" 6:\d+ .*purple.* is not assignable/);
    for (const value of ['light', 'dark', 'auto']) expect(theme).toContain(value);
    expect(variant).toMatch(/Wrong\.svelte" 7:\d+ .*huge.* is not assignable/);
    for (const value of ['card', 'compact', 'full']) expect(variant).toContain(value);
    expect(event).toMatch(/Wrong\.svelte" 8:\d+ .*statementId.*NvErrorEvent/);
  });
});
