/** One call for a page of search results and the facet counts over all of its hits. */
import { describe, expect, it } from 'vitest';
import { generateCatalog } from '../bench/generate.js';
import { Catalog, type FacetKey, type Statement, search } from '../src/index.js';

const synthetic = new Catalog(generateCatalog(1500, 11));
const kinds = new Map(synthetic.actors.map((a) => [a.id, a.kind]));
const KEYS = ['theme', 'event', 'region', 'issuerKind'] as const satisfies readonly FacetKey[];
const valuesOf: Record<(typeof KEYS)[number], (s: Statement) => readonly string[]> = {
  theme: (s) => s.themes,
  event: (s) => s.events,
  region: (s) => s.regions,
  issuerKind: (s) => [...new Set(s.issuers.map((id) => kinds.get(id)!))],
};

/** The counts a reader expects: over every hit of the search with the other filters. */
function expectedCounts(text: string, filter: Record<string, string>, key: (typeof KEYS)[number]) {
  const { [key]: _, ...others } = filter;
  const counts = new Map<string, number>();
  for (const { statement } of synthetic.search(text, others).items) {
    for (const value of valuesOf[key](statement)) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

describe('search with facets', () => {
  const texts = ['Kherson', 'referendum sanctions', 'Запоріжжя', 'gunpiont', '"null void"'];
  const filters: Record<string, string>[] = [
    {},
    { event: 'annexation-referendums-2022' },
    { event: 'annexation-referendums-2022', theme: 'annexation' },
  ];

  it.each(texts.flatMap((text) => filters.map((filter) => [text, filter] as const)))(
    '%s with %o: counts over every hit, each key without its own filter',
    (text, filter) => {
      const result = synthetic.search(text, filter, { limit: 10, facets: KEYS });
      const plain = synthetic.search(text, filter, { limit: 10 });
      expect(result.items).toEqual(plain.items);
      expect(result.total).toBe(plain.total);
      // Mostly more hits than the page holds: the counts are over all of them.
      expect(result.total).toBeGreaterThan(text.startsWith('"') ? 0 : 10);
      for (const key of KEYS)
        expect(result.facets[key], key).toEqual(expectedCounts(text, filter, key));
    },
  );

  it('counts nothing for a search that finds nothing', () => {
    const result = synthetic.search('xylophone', {}, { facets: ['theme'] });
    expect(result).toEqual({ items: [], total: 0, facets: { theme: [] } });
  });

  it('works the same on the bundled catalog, with every facet key', () => {
    const result = search(
      'Kherson',
      { issuerKind: 'state' },
      { limit: 3, facets: ['issuerKind', 'year'] },
    );
    const all = search('Kherson').items.map((h) => h.statement);
    const states = search('Kherson', { issuerKind: 'state' }).items.map((h) => h.statement);
    expect(result.facets.issuerKind.find((f) => f.value === 'state')!.count).toBe(states.length);
    expect(result.facets.issuerKind.reduce((n, f) => n + f.count, 0)).toBeGreaterThanOrEqual(
      all.length,
    );
    const years = new Map<string, number>();
    for (const s of states) years.set(s.date.slice(0, 4), (years.get(s.date.slice(0, 4)) ?? 0) + 1);
    expect(new Map(result.facets.year.map((f) => [f.value, f.count]))).toEqual(years);
  });
});

describe('query with facets', () => {
  it('gives the page of query() and the counts of facets() in one call', () => {
    const filter = { event: 'annexation-referendums-2022', region: 'UA-65' } as const;
    const result = synthetic.query(filter, { limit: 5, sort: 'date', facets: KEYS });
    expect(result.items).toEqual(synthetic.query(filter, { limit: 5, sort: 'date' }).items);
    expect(result.facets).toEqual(synthetic.facets(filter, KEYS));
  });
});
