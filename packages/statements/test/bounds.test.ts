/**
 * Bounded work on any input (issue 15, item 2). On main before the fix each of these took from
 * 1.6 s to over 90 s (a long word's one-edit variants were all generated, and "did you mean" ran a
 * full edit distance against every id); the test timeout (20 s) is what they ran into. The
 * figures are measured by `pnpm bench:fuzz`; these tests assert what a caller gets.
 */
import { describe, expect, it } from 'vitest';
import {
  catalog as bundled,
  type Catalog,
  InvalidFilterError,
  toSubsetJSON,
  UnknownIdError,
} from '../src/index.js';
import { MAX_SEARCH_TEXT, MAX_SEARCH_WORDS, parseSearchText } from '../src/search-text.js';
import { suggest } from '../src/suggest.js';

// Ids from outside the bundled data, as plain JavaScript or a URL passes them.
const catalog = bundled as unknown as Catalog;
const long = (n: number) => 'x'.repeat(n);

describe('search on long input', () => {
  it.each([4_000, 8_000, 12_000, 100_000, 1_000_000])(
    'a word of %i letters finds nothing and does not hang',
    (n) => {
      expect(catalog.search(long(n))).toEqual({ items: [], total: 0 });
    },
  );

  it(`reads the first ${MAX_SEARCH_TEXT} characters: a pasted page searches its start`, () => {
    const words = catalog.search('Kherson').total;
    expect(words).toBeGreaterThan(0);
    expect(catalog.search(`Kherson ${'referendum '.repeat(100_000)}`).total).toBeGreaterThan(0);
    expect(catalog.search(`${' '.repeat(MAX_SEARCH_TEXT)}Kherson`).total).toBe(0);
  });

  it(`keeps at most ${MAX_SEARCH_WORDS} words, phrase words included`, () => {
    const many = Array.from({ length: 100 }, (_, i) => `word${i}`).join(' ');
    const parsed = parseSearchText(many);
    expect(parsed.words).toHaveLength(MAX_SEARCH_WORDS);
    const quoted = parseSearchText(`"${many}" kherson`);
    expect(quoted.phrases.flat()).toHaveLength(MAX_SEARCH_WORDS);
    expect(quoted.words).toHaveLength(0);
  });

  it('a typo still finds its word, and a long one too', () => {
    // One letter too many: every statement the word finds.
    expect(catalog.search('Khersonn').total).toBe(catalog.search('Kherson').total);
    expect(catalog.search('referendumss').total).toBeGreaterThan(0);
  });
});

describe('"did you mean" on long ids', () => {
  const ids = catalog.statements.map((s) => s.id);
  it('an id of 200,000 characters is unknown, with no hint and a short message', () => {
    const error = (() => {
      try {
        catalog.get(long(200_000));
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UnknownIdError);
    expect((error as UnknownIdError).suggestions).toEqual([]);
    expect((error as UnknownIdError).id).toHaveLength(200_000);
    expect((error as Error).message.length).toBeLessThan(200);
    expect((error as Error).message).toContain('(200000 characters)');
  });

  it('an id that begins with a known one still suggests it, however long', () => {
    expect(suggest(`nato-2022-09-22${long(200_000)}`, ids)).toEqual(['nato-2022-09-22']);
    expect(suggest('nato-2022-09-2', ids)).toContain('nato-2022-09-22');
  });

  it('statementsBy, query({ issuer }) and toSubsetJSON refuse a long id at once', () => {
    expect(() => catalog.statementsBy(long(200_000))).toThrow(UnknownIdError);
    expect(() => catalog.query({ issuer: long(200_000) })).toThrow(InvalidFilterError);
    expect(() => toSubsetJSON(catalog, { statements: [long(200_000)] })).toThrow(UnknownIdError);
    expect(() => catalog.event(long(200_000))).toThrow(/Unknown event id "x{80}… \(200000/);
  });
});
