/**
 * The docs' examples compile against the built packages, and the README examples that show a
 * value print that value. A failing example names its README or source line.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  allExamples,
  type Example,
  runsInNode,
  typeErrors,
  withShownValuesChecked,
} from './examples.js';

const GENERATED = join(import.meta.dirname, 'generated');
const examples = allExamples();

describe('the examples of the READMEs and the doc comments', () => {
  test('are found: every README block and every @example', () => {
    const readmes = examples.filter((e) => e.from === 'readme');
    const comments = examples.filter((e) => e.from === 'doc-comment');
    expect(readmes.length).toBeGreaterThanOrEqual(7);
    expect(comments.length).toBeGreaterThanOrEqual(11);
    expect(comments.map((e) => e.where)).toContainEqual(
      expect.stringMatching(/^packages\/statements\/src\/index\.ts:\d+$/),
    );
  });

  test('type-check against the built packages', () => {
    expect(typeErrors(examples, GENERATED)).toEqual([]);
  });

  test('a broken example fails the check, naming its line', () => {
    const broken: Example[] = [
      {
        where: 'README.md:10',
        from: 'readme',
        code: "import { statementsAbout } from '@null-and-void/statements';\nstatementsAbout('UA-65');",
      },
    ];
    const errors = typeErrors(broken, GENERATED);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^README\.md:11: Argument of type '"UA-65"' is not assignable/);
  });
});

describe('the README examples that run in Node', () => {
  const runnable = examples.filter(runsInNode);
  rmSync(GENERATED, { recursive: true, force: true });
  mkdirSync(GENERATED, { recursive: true });

  test('the values shown are found and compared: a wrong one is reported', async () => {
    const shown = runnable.reduce((n, e) => n + withShownValuesChecked(e.code).checks, 0);
    expect(shown).toBeGreaterThanOrEqual(5);
    const wrong: Example = {
      where: 'README.md:1',
      from: 'readme',
      code: "import { get } from '@null-and-void/statements';\nget('nato-2022-09-22').date; // '2022-09-23'",
    };
    expect(await run(wrong)).toEqual([
      "get('nato-2022-09-22').date; // '2022-09-23' → \"2022-09-22\"",
    ]);
  });

  test.each(runnable.map((e) => [e.where, e] as const))(
    '%s runs and shows what it says',
    async (_, example) => {
      expect(await run(example)).toEqual([]);
    },
  );
});

/** Runs an example; returns the lines whose shown value differs from the value. */
async function run(example: Example): Promise<string[]> {
  const { code, checks } = withShownValuesChecked(example.code);
  const mismatches: string[] = [];
  const seen: unknown[] = [];
  Object.assign(globalThis, {
    __shown: (actual: unknown, shown: unknown, line: string) => {
      seen.push(actual);
      if (!Object.is(actual, shown)) mismatches.push(`${line} → ${JSON.stringify(actual)}`);
    },
  });
  const file = join(GENERATED, `${example.where.replace(/[/:.]/g, '_')}.ts`);
  writeFileSync(file, `${code}\nexport {};\n`);
  const log = console.log;
  console.log = () => {};
  try {
    await import(file);
  } finally {
    console.log = log;
  }
  expect(seen).toHaveLength(checks);
  return mismatches;
}
