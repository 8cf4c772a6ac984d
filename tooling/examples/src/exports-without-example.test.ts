/**
 * Every public export of both packages has an `@example` (which `examples.test.ts` type-checks):
 * an export added without one fails here, named by module and export.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPO } from './examples.js';
import pending from './exports-pending-example.json' with { type: 'json' };
import { documentedModules, exportsWithoutExample } from './exports-without-example.js';

const modules = documentedModules();
const missing = exportsWithoutExample(modules);

describe('the public exports of the packages', () => {
  test('are read from the modules the API reference documents, without records/*', () => {
    expect(modules).toContain(join(REPO, 'packages/statements/src/index.ts'));
    expect(modules).toContain(join(REPO, 'packages/widgets/src/i18n/format.ts'));
    expect(modules.some((m) => m.includes('/records/'))).toBe(false);
  });

  test('each have an @example, except those still listed as pending', () => {
    expect(missing.filter((name) => !pending.includes(name))).toEqual([]);
  });

  test('the pending list only shrinks: an export given an example leaves it', () => {
    expect(pending.filter((name) => !missing.includes(name))).toEqual([]);
  });

  test('an export whose example is removed is reported', () => {
    const index = join(REPO, 'packages/statements/src/index.ts');
    const text = readFileSync(index, 'utf8');
    const withoutGetExample = text.replace(
      /( \* @throws \{@link UnknownIdError\} when no statement has this id[^\n]*\n) \* @example\n \* ```ts\n[\s\S]*?\* ```\n/,
      '$1',
    );
    expect(withoutGetExample).not.toBe(text);
    const names = exportsWithoutExample(modules, (file) =>
      file === index ? withoutGetExample : undefined,
    );
    expect(names).toContain('packages/statements/src/index.ts#get');
    expect(missing).not.toContain('packages/statements/src/index.ts#get');
  });
});
