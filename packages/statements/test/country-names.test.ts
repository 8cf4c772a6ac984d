/**
 * `@null-and-void/statements/country-names`: the record's names of states without the engine,
 * for the widgets that name states (vote map, tally) on a page that loads nothing else.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countryName } from '../src/country-names.js';
import { unMembers } from '../src/index.js';

const dist = join(import.meta.dirname, '../dist');

/** The files a built module loads statically, itself included. */
function closure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  for (const m of code.matchAll(/from\s*['"]\.\/([^'"]+)['"]/g)) closure(m[1]!, seen);
  return seen;
}

describe('country-names entry', () => {
  it('names the two Congos as states, in both languages, and others as ICU does', () => {
    expect(countryName('CD')).toEqual({
      en: 'Democratic Republic of the Congo',
      uk: 'Демократична Республіка Конго',
    });
    expect(countryName('CG').en).toBe('Republic of the Congo');
    expect(countryName('BR')).toEqual({ en: 'Brazil', uk: 'Бразилія' });
  });

  it('gives every UN member the name the country table gives it', () => {
    for (const c of unMembers()) expect(countryName(c.code), c.code).toEqual(c.name);
  });

  it('loads no engine: no catalog, search, schema or validation code in what it imports', () => {
    const files = [...closure('country-names.js')];
    const code = files.map((f) => readFileSync(join(dist, f), 'utf8')).join('\n');
    for (const name of ['createCatalog', 'validateCatalog', 'prepareSearch', 'strictObject'])
      expect(code, name).not.toContain(name);
    // It can fail: the engine entry has them.
    const engine = [...closure('engine.js')].map((f) => readFileSync(join(dist, f), 'utf8'));
    expect(engine.join('\n')).toContain('validateCatalog');
    expect(Buffer.byteLength(code)).toBeLessThan(2_000);
  });
});
