/** The one table of filter keys, and the built `nv` help derived from it. */
import { describe, expect, it } from 'vitest';
import { FILTER_TABLE, filterLabelKey, SET_KEYS } from '../src/filter-keys.js';
import { catalog } from '../src/index.js';
import { ACTOR_KINDS, STATEMENT_KINDS } from '../src/vocabulary.js';
import { runNv } from './helpers.js';

const nv = (...args: string[]) => runNv(args).out;

describe('the filter-key table', () => {
  it('names each flag after its key in kebab case, each attribute too but topic and text-lang', () => {
    const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    for (const key of SET_KEYS) expect(FILTER_TABLE[key].flag).toBe(kebab(key));
    const renamed = SET_KEYS.filter((key) => FILTER_TABLE[key].attribute !== kebab(key));
    expect(renamed.map((key) => FILTER_TABLE[key].attribute)).toEqual(['topic', 'text-lang']);
  });

  it('gives each key its label key', () => {
    expect(filterLabelKey('issuerKind')).toBe('filterIssuerKind');
    expect(filterLabelKey('lang')).toBe('filterLang');
  });

  it('is what the query API takes: every key filters', () => {
    const filters = SET_KEYS.map((key) => ({ [key]: [] }));
    for (const filter of filters) expect(() => catalog.query(filter)).toThrow(/empty/i);
  });
});

describe('nv help', () => {
  const help = nv('list', '--help');

  it('lists a flag for every filter key', () => {
    for (const key of SET_KEYS) expect(help).toContain(`  --${FILTER_TABLE[key].flag} `);
  });

  it('lists every kind of issuer and of statement', () => {
    const line = (flag: string) => help.split('\n').find((l) => l.startsWith(`  --${flag} `));
    expect(line('issuer-kind')).toContain(ACTOR_KINDS.join(', '));
    expect(line('issuer-kind')).toContain('occupation-authority');
    expect(line('kind')).toContain(STATEMENT_KINDS.join(', '));
  });

  it('filters by a flag from the table', () => {
    const out = nv(
      'list',
      '--issuer-kind',
      'intergovernmental',
      '--call-to-action',
      'sanctions',
      '--json',
    );
    const { total } = JSON.parse(out) as { total: number };
    const expected = catalog.query({ issuerKind: 'intergovernmental', callToAction: 'sanctions' });
    expect(expected.total).toBeGreaterThan(0);
    expect(total).toBe(expected.total);
  });
});
