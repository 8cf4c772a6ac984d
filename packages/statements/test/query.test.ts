import { describe, expect, it } from 'vitest';
import { generateCatalog } from '../bench/generate.js';
import {
  Catalog,
  catalog,
  facets,
  InvalidDateError,
  InvalidFilterError,
  query,
  quotes,
  statementsAbout,
  statementsBy,
  statementsCiting,
  timeline,
} from '../src/index.js';
import { matches } from './reference.js';

const synthetic = new Catalog(generateCatalog(400, 7));
const all = (filter: Record<string, unknown>) =>
  synthetic.statements.filter((s) => matches(s, filter, [...synthetic.actors]));
const ids = (items: readonly { id: string }[]) => items.map((s) => s.id).sort();

describe('query: each filter', () => {
  const cases: Record<string, unknown>[] = [
    { event: 'annexation-referendums-2022' },
    { event: ['crimea-referendum-2014', 'russian-presidential-election-2024'] },
    { region: 'UA-43' },
    { issuer: 'actor-3' },
    { issuerKind: 'state' },
    { issuerKind: ['media', 'civil-society'] },
    { signatory: 'actor-5' },
    { theme: 'coercion-at-gunpoint' },
    { callToAction: ['sanctions', 'boycott'] },
    { legalRef: 'unga-es-11-4' },
    { kind: 'joint-statement' },
    { speaker: 'actor-7' },
    { country: ['DE', 'FR'] },
    { lang: 'uk' },
    { read: 'excerpt' },
    { year: 2022 },
    { year: ['2014', '2024'] },
    { from: '2024-03' },
    { to: '2014' },
    { from: '2022-09-23', to: '2022-09-27' },
    { event: 'annexation-referendums-2022', region: 'UA-65', theme: 'annexation' },
  ];
  it.each(cases)('%o returns exactly the statements that match', (filter) => {
    const expected = all(filter);
    const result = synthetic.query(filter as never);
    expect(result.total).toBe(expected.length);
    expect(ids(result.items)).toEqual(ids(expected));
    expect(result.total).toBeGreaterThan(0);
  });

  it('a statement dated only by month matches a range that overlaps that month', () => {
    const civil = query({ from: '2022-09-30', to: '2022-10-05' }).items.map((s) => s.id);
    expect(civil).toContain('civilmplus-2022-09');
    expect(query({ from: '2022-10-01' }).items.map((s) => s.id)).not.toContain(
      'civilmplus-2022-09',
    );
  });

  it('finds the bundled statements by event, issuer kind and legal reference', () => {
    expect(query({ event: 'annexation-referendums-2022' }).items.map((s) => s.id)).toEqual(
      expect.arrayContaining(['nato-2022-09-22', 'cnn-2022-09-23', 'civilmplus-2022-09']),
    );
    expect(query({ legalRef: 'unga-es-11-1' }).items.map((s) => s.id)).toContain('nato-2022-09-22');
    expect(query({ speaker: 'vladimir-putin' }).items.map((s) => s.id)).toEqual(['cnn-2022-09-23']);
  });
});

describe('query: sort and pages', () => {
  it('sorts newest first by default, oldest first with "date", by title with "title"', () => {
    const byDefault = synthetic.query().items;
    const oldest = synthetic.query({}, { sort: 'date' }).items;
    expect(byDefault.map((s) => s.id)).toEqual([...oldest].reverse().map((s) => s.id));
    for (let i = 1; i < oldest.length; i++) {
      expect(oldest[i - 1]!.date.slice(0, 4) <= oldest[i]!.date.slice(0, 4)).toBe(true);
    }
    const titles = synthetic.query({}, { sort: 'title' }).items.map((s) => s.title.en);
    expect(titles).toEqual([...titles].sort(new Intl.Collator('en').compare));
  });

  it('pages partition the result: no item twice, none left out', () => {
    const total = synthetic.query({ region: 'UA-14' }).total;
    const seen: string[] = [];
    for (let offset = 0; offset < total + 10; offset += 7) {
      const page = synthetic.query({ region: 'UA-14' }, { limit: 7, offset });
      expect(page.total).toBe(total);
      seen.push(...page.items.map((s) => s.id));
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('handles the edges: limit 0, an offset past the end, the last partial page', () => {
    const total = synthetic.query().total;
    expect(synthetic.query({}, { limit: 0 })).toEqual({ items: [], total });
    expect(synthetic.query({}, { offset: total + 5 })).toEqual({ items: [], total });
    expect(synthetic.query({}, { offset: total - 3, limit: 10 }).items).toHaveLength(3);
    expect(synthetic.query({}, { offset: total }).items).toHaveLength(0);
  });
});

describe('query: bad input gets a typed error that says what is accepted', () => {
  const error = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      return e as Error & { code: string };
    }
    throw new Error('did not throw');
  };

  it('an unknown filter key, with a suggestion and the accepted keys', () => {
    const e = error(() => query({ evnt: 'x' } as never));
    expect(e).toBeInstanceOf(InvalidFilterError);
    expect(e.code).toBe('INVALID_FILTER');
    expect(e.message).toMatch(
      /Unknown filter "evnt"\. Did you mean "event"\? Accepted filters: event, region/,
    );
  });

  it('an unknown id value, with the nearest ids', () => {
    expect(error(() => query({ theme: 'annexaton' as never })).message).toBe(
      'Unknown theme "annexaton" in filter "theme". Did you mean "annexation"?',
    );
    expect(error(() => query({ issuerKind: 'goverment' as never })).message).toMatch(
      /Unknown actor kind "goverment".*Accepted: state, intergovernmental/,
    );
  });

  it('an impossible date, a reversed range, a bad limit or sort', () => {
    expect(error(() => query({ from: '2022-02-30' }))).toBeInstanceOf(InvalidDateError);
    expect(error(() => query({ from: '2022-02-30' })).code).toBe('INVALID_DATE');
    expect(error(() => query({ to: '22-09' })).message).toMatch(/YYYY, YYYY-MM or YYYY-MM-DD/);
    expect(error(() => query({ from: '2024', to: '2022' })).message).toMatch(/is after "to"/);
    expect(error(() => query({}, { limit: -1 })).message).toBe(
      'Option "limit" must be a whole number of 0 or more; got -1.',
    );
    expect(error(() => query({}, { offset: 1.5 })).code).toBe('INVALID_FILTER');
    expect(error(() => query({}, { sort: 'newest' as never })).message).toMatch(
      /one of: -date, date/,
    );
  });

  it('an empty list, null, or a value of the wrong type is never silently ignored', () => {
    expect(error(() => query({ event: [] })).message).toMatch(
      /empty list, which would match nothing/,
    );
    expect(error(() => query({ region: null as never })).message).toMatch(/got null/);
    expect(error(() => query({ year: {} as never })).message).toMatch(/got an object/);
    expect(error(() => query('event' as never)).message).toMatch(/filter must be an object/);
  });

  it('undefined filter values mean "no filter" (as optional properties do)', () => {
    expect(query({ event: undefined }).total).toBe(catalog.statements.length);
  });
});

describe('facets', () => {
  it('counts every key, and each key ignores its own filter', () => {
    const f = synthetic.facets({ region: 'UA-43', theme: 'annexation' });
    const withTheme = all({ region: 'UA-43', theme: 'annexation' });
    for (const { value, count } of f.event) {
      expect(count).toBe(withTheme.filter((s) => s.events.includes(value)).length);
    }
    // The region facet counts as if no region were chosen, so other regions show what they add.
    const themeOnly = all({ theme: 'annexation' });
    for (const { value, count } of f.region) {
      expect(count).toBe(themeOnly.filter((s) => s.regions.includes(value)).length);
    }
    expect(f.region.length).toBeGreaterThan(1);
  });

  it('gives year, issuer kind and country for the bundled data', () => {
    const f = facets();
    expect(f.year.map((y) => y.value)).toEqual(expect.arrayContaining(['2022', '2023', '2024']));
    expect(f.issuerKind.map((k) => k.value)).toEqual(
      expect.arrayContaining(['civil-society', 'media']),
    );
    expect(f.country.find((c) => c.value === 'US')?.count).toBeGreaterThanOrEqual(1);
    const sorted = f.theme.map((t) => t.count);
    expect(sorted).toEqual([...sorted].sort((a, b) => b - a));
  });
});

describe('quotes, timeline and relations', () => {
  it('quotes lists each quote with its speaker, and filters by speaker', () => {
    const putin = quotes({ speaker: 'vladimir-putin' });
    expect(putin.length).toBeGreaterThan(0);
    for (const q of putin) {
      expect(q.speaker.id).toBe('vladimir-putin');
      expect(q.statement.quotes[q.index]).toBe(q.quote);
    }
    expect(quotes().length).toBe(catalog.statements.reduce((n, s) => n + s.quotes.length, 0));
  });

  it('timeline puts vote events and statements in date order', () => {
    const entries = timeline({ from: '2022', to: '2024' });
    expect(
      entries.some((e) => e.type === 'event' && e.event.id === 'annexation-referendums-2022'),
    ).toBe(true);
    expect(entries.some((e) => e.type === 'event' && e.event.id === 'crimea-referendum-2014')).toBe(
      false,
    );
    const starts = entries.map((e) => e.date.padEnd(10, '-01').slice(0, 10));
    expect(starts).toEqual([...starts].sort());
  });

  it('a region code given to statementsAbout is named as one, with the function that takes it', () => {
    expect(() => statementsAbout('UA-65' as never)).toThrow(
      'Unknown event id "UA-65". statementsAbout takes a vote event id; "UA-65" is a region code: use statementsIn("UA-65").',
    );
    expect(() => statementsAbout('referendum-2022' as never)).toThrow(
      'Unknown event id "referendum-2022".',
    );
  });

  it('relations answer from the record', () => {
    expect(statementsAbout('russian-presidential-election-2024').map((s) => s.id)).toContain(
      'ukraine-eu-56-states-2024-03-15',
    );
    expect(statementsBy('melinda-simmons').map((s) => s.id)).toEqual(['cnn-2022-09-23']);
    expect(statementsCiting('un-charter').map((s) => s.id)).toEqual(
      expect.arrayContaining(['nato-2022-09-22', 'bucn-2023-09-07']),
    );
    const { previous, next } = catalog.neighbours('nato-2022-09-22');
    expect(previous && previous.date <= '2022-09-22').toBe(true);
    expect((next?.date ?? '') >= '2022-09-22').toBe(true);
    expect(catalog.neighbours(previous!.id).next?.id).toBe('nato-2022-09-22');
    expect(catalog.neighbours(next!.id).previous?.id).toBe('nato-2022-09-22');
    const nato = catalog.get('nato-2022-09-22');
    for (const other of catalog.related('nato-2022-09-22')) {
      expect(other.id).not.toBe(nato.id);
      expect(
        other.events.some((e) => nato.events.includes(e)) ||
          other.themes.some((t) => nato.themes.includes(t)),
      ).toBe(true);
    }
  });
});
