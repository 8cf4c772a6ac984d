/**
 * Every public export of both packages has an `@example` (which `examples.test.ts` type-checks):
 * an export added without one fails here, named by module and export.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPO } from './examples.js';
import { documentedModules, exportsWithoutExample } from './exports-without-example.js';

const modules = documentedModules();
const { checked, missing } = exportsWithoutExample(modules);
console.log(`${checked} public exports checked for an @example, ${missing.length} without one`);

describe('the public exports of the packages', () => {
  test('are read from the modules the API reference documents, without records/*', () => {
    expect(modules).toContain(join(REPO, 'packages/statements/src/index.ts'));
    expect(modules).toContain(join(REPO, 'packages/widgets/src/i18n/format.ts'));
    expect(modules.some((m) => m.includes('/records/'))).toBe(false);
  });

  test('each have an @example', () => {
    // Both packages export over two hundred names: a check that found few read the wrong files.
    expect(checked).toBeGreaterThan(200);
    expect(missing).toEqual([]);
  });

  test('an export whose example is removed is reported', () => {
    const index = join(REPO, 'packages/statements/src/index.ts');
    const text = readFileSync(index, 'utf8');
    const withoutGetExample = text.replace(
      /( \* @throws \{@link UnknownIdError\} when no statement has this id[^\n]*\n) \* @example\n \* ```ts\n[\s\S]*?\* ```\n/,
      '$1',
    );
    expect(withoutGetExample).not.toBe(text);
    const { missing: names } = exportsWithoutExample(modules, (file) =>
      file === index ? withoutGetExample : undefined,
    );
    expect(names).toContain('packages/statements/src/index.ts#get');
    expect(missing).not.toContain('packages/statements/src/index.ts#get');
  });
});
