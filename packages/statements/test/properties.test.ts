/**
 * Property-based tests: thousands of generated catalogs, filters and options. Whatever comes
 * in, the only errors are the package's typed errors, and every answer is the right one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateCatalog } from '../bench/generate.js';
import { dateBounds } from '../src/filter.js';
import { type Catalog, createCatalog, NullAndVoidError, SORTS } from '../src/index.js';
import { ACTOR_KINDS, STATEMENT_KINDS } from '../src/vocabulary.js';
import { matches } from './reference.js';

const catalogs: Catalog[] = Array.from({ length: 12 }, (_, i) =>
  createCatalog(generateCatalog([0, 1, 2, 5, 13, 40, 90, 150, 7, 30, 60, 200][i]!, 100 + i)),
);

function filterArbitrary(catalog: Catalog) {
  const junk = fc.oneof(
    fc.string(),
    fc.constant([]),
    fc.constant(null),
    fc.integer(),
    fc.constant({}),
  );
  /** One value of the list or a few of them, and now and then junk. */
  const fromList = <T>(values: readonly T[]) =>
    values.length === 0
      ? junk
      : fc.oneof(
          { weight: 30, arbitrary: fc.constantFrom(...values) },
          {
            weight: 20,
            arbitrary: fc.uniqueArray(fc.constantFrom(...values), { minLength: 1, maxLength: 3 }),
          },
          { weight: 1, arbitrary: junk },
        );
  const date = fc.oneof(
    {
      weight: 40,
      arbitrary: fc
        .date({ min: new Date('2013-01-01'), max: new Date('2027-12-31'), noInvalidDate: true })
        .chain((d) => {
          const iso = d.toISOString().slice(0, 10);
          return fc.constantFrom(iso, iso.slice(0, 7), iso.slice(0, 4));
        }),
    },
    { weight: 1, arbitrary: fc.constantFrom('2022-02-30', '2022-13', '22', 'yesterday', '') },
  );
  const actors = catalog.actors.map((a) => a.id);
  return fc.record(
    {
      event: fromList(catalog.events.map((e) => e.id)),
      region: fromList(catalog.regions.map((r) => r.code)),
      issuer: fromList(actors),
      issuerKind: fromList(ACTOR_KINDS),
      signatory: fromList(actors),
      theme: fromList(catalog.themes.map((t) => t.id)),
      callToAction: fromList(catalog.callsToAction.map((c) => c.id)),
      legalRef: fromList(catalog.instruments.map((i) => i.id)),
      kind: fromList(STATEMENT_KINDS),
      speaker: fromList(actors),
      country: fromList(['UA', 'US', 'DE', 'JP', 'PL']),
      lang: fromList(['en', 'uk', 'de', 'fr']),
      read: fromList(['full', 'excerpt']),
      year: fromList(['2014', '2022', '2024', 2023]),
      from: date,
      to: date,
      // A key that is not a filter at all, now and then.
      evnt: fc.oneof(
        { weight: 30, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: junk },
      ),
    },
    { requiredKeys: [] },
  );
}

const options = fc.record(
  {
    sort: fc.oneof(
      { weight: 40, arbitrary: fc.constantFrom(...SORTS) },
      { weight: 1, arbitrary: fc.string() },
    ),
    limit: fc.oneof(
      { weight: 40, arbitrary: fc.nat(50) },
      { weight: 1, arbitrary: fc.integer({ min: -5, max: -1 }) },
    ),
    offset: fc.oneof({ weight: 40, arbitrary: fc.nat(60) }, { weight: 1, arbitrary: fc.double() }),
  },
  { requiredKeys: [] },
);

const scenario = fc
  .nat(catalogs.length - 1)
  .chain((i) => fc.tuple(fc.constant(catalogs[i]!), filterArbitrary(catalogs[i]!), options));

function expectOnlyTypedErrors(run: () => void): 'ok' | 'rejected' {
  try {
    run();
    return 'ok';
  } catch (error) {
    expect(error).toBeInstanceOf(NullAndVoidError);
    expect((error as NullAndVoidError).code).toMatch(/^(INVALID_FILTER|INVALID_DATE)$/);
    expect((error as Error).message.length).toBeGreaterThan(20);
    return 'rejected';
  }
}

describe('query, for any catalog, filter and options', () => {
  it('throws nothing but typed errors; every item matches; total is the true count; order holds', () => {
    let answered = 0;
    fc.assert(
      fc.property(scenario, ([catalog, filter, opts]) => {
        const outcome = expectOnlyTypedErrors(() => {
          const result = catalog.query(filter as never, opts as never);
          const expected = catalog.statements.filter((s) =>
            matches(s, filter, [...catalog.actors]),
          );
          expect(result.total).toBe(expected.length);
          for (const item of result.items)
            expect(matches(item, filter, [...catalog.actors])).toBe(true);
          const offset = opts.offset ?? 0;
          expect(result.items.length).toBe(
            Math.max(0, Math.min(opts.limit ?? Infinity, expected.length - offset)),
          );
          const sort = opts.sort ?? '-date';
          for (let i = 1; i < result.items.length; i++) {
            const [a, b] = [result.items[i - 1]!, result.items[i]!];
            if (sort === 'date')
              expect(dateBounds(a.date)[0]).toBeLessThanOrEqual(dateBounds(b.date)[0]);
            if (sort === '-date')
              expect(dateBounds(a.date)[0]).toBeGreaterThanOrEqual(dateBounds(b.date)[0]);
          }
        });
        if (outcome === 'ok') answered++;
      }),
      { numRuns: 2500 },
    );
    // The generator must exercise real answers, not only rejections.
    expect(answered).toBeGreaterThan(500);
  });

  it('pages partition the result', () => {
    fc.assert(
      fc.property(
        fc
          .nat(catalogs.length - 1)
          .chain((i) =>
            fc.tuple(
              fc.constant(catalogs[i]!),
              filterArbitrary(catalogs[i]!),
              fc.integer({ min: 1, max: 25 }),
              fc.constantFrom(...SORTS),
            ),
          ),
        ([catalog, filter, size, sort]) => {
          expectOnlyTypedErrors(() => {
            const whole = catalog.query(filter as never, { sort });
            const pages: string[] = [];
            for (let offset = 0; offset < whole.total; offset += size) {
              pages.push(
                ...catalog
                  .query(filter as never, { sort, offset, limit: size })
                  .items.map((s) => s.id),
              );
            }
            expect(pages).toEqual(whole.items.map((s) => s.id));
          });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('facets, search, quotes and timeline throw nothing but typed errors', () => {
    fc.assert(
      fc.property(scenario, fc.string(), ([catalog, filter], text) => {
        expectOnlyTypedErrors(() => {
          const facets = catalog.facets(filter as never);
          const total = catalog.query(filter as never).total;
          // Kind is single-valued: its counts add up to the total when kind is not filtered.
          if (!('kind' in filter) || filter.kind === undefined) {
            expect(facets.kind.reduce((n, c) => n + c.count, 0)).toBe(total);
          }
          const found = catalog.search(text, filter as never, { limit: 5 });
          for (const hit of found.items)
            expect(matches(hit.statement, filter, [...catalog.actors])).toBe(true);
          catalog.quotes(filter as never);
          catalog.timeline(filter as never);
        });
      }),
      { numRuns: 600 },
    );
  });
});

describe('createCatalog, for any damaged catalog', () => {
  it('throws InvalidCatalogError listing problems with paths, or accepts a valid one', () => {
    const damage = fc.record({
      seed: fc.nat(1000),
      size: fc.nat(8),
      field: fc.constantFrom(
        'date',
        'issuers',
        'kind',
        'themes',
        'source',
        'id',
        'title',
        'quotes',
      ),
      value: fc.oneof(
        fc.string(),
        fc.integer(),
        fc.constant(null),
        fc.constant([]),
        fc.constant(['nobody']),
      ),
    });
    fc.assert(
      fc.property(damage, ({ seed, size, field, value }) => {
        const input = generateCatalog(size, seed) as unknown as {
          statements: Record<string, unknown>[];
        };
        if (input.statements[0]) input.statements[0][field] = value;
        try {
          const catalog = createCatalog(input);
          expect(catalog.statements.length).toBe(size);
        } catch (error) {
          expect(error).toBeInstanceOf(NullAndVoidError);
          expect((error as NullAndVoidError).code).toBe('INVALID_CATALOG');
          const problems = (error as unknown as { problems: { path: string }[] }).problems;
          expect(problems.length).toBeGreaterThan(0);
          expect(problems.some((p) => p.path.startsWith('statements[0]'))).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
