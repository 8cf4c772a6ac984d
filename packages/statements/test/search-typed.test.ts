/**
 * Search as a reader types it, on the real catalog: words still being typed, typos, abbreviations,
 * phrases, excluded words, and whose statements come first.
 */
import { describe, expect, it } from 'vitest';
import {
  Catalog,
  type CatalogInput,
  catalog,
  excerpt,
  InvalidFilterError,
  type Statement,
  search,
  toSubsetJSON,
} from '../src/index.js';
import { fieldTexts } from '../src/search.js';

const actors = new Map(catalog.actors.map((a) => [a.id, a]));
const textOf = (s: Statement) => fieldTexts(s, actors).flat().join('\n');
const ids = (text: string) => new Set(search(text).items.map((h) => h.statement.id as string));
const withText = (pattern: RegExp) =>
  new Set(catalog.statements.filter((s) => pattern.test(textOf(s))).map((s) => s.id as string));
const missing = (expected: Set<string>, found: Set<string>) =>
  [...expected].filter((id) => !found.has(id));

describe('a word still being typed finds what the whole word finds', () => {
  it.each([
    ['annexat', 'annexation'],
    ['internatio', 'international'],
    ['referend', 'referendum'],
    ['Запоріж', 'Запоріжжя'],
    ['Херсо', 'Херсон'],
  ])('%s finds every statement %s finds', (prefix, word) => {
    const whole = ids(word);
    expect(whole.size).toBeGreaterThan(0);
    expect(missing(whole, ids(prefix))).toEqual([]);
  });

  it('needs three letters, counted as typed, not as folded', () => {
    // "doo" folds to "do" and "sha" to "sa": the prefix is what the reader typed.
    expect(missing(withText(/\bdoor/i), ids('doo'))).toEqual([]);
    for (const hit of search('doo').items) expect(textOf(hit.statement)).toMatch(/\bdoo/i);
    expect(missing(withText(/\bsham/i), ids('sha'))).toEqual([]);
  });
});

describe('a typo is one edit from the word typed', () => {
  it.each([
    ['реерендум', /референдум/i],
    ['miisters', /\bministers\b/i],
    ['гоосування', /голосування/i],
  ])('%s finds every statement with the word meant', (typo, meant) => {
    const expected = withText(meant);
    expect(expected.size).toBeGreaterThan(0);
    expect(missing(expected, ids(typo))).toEqual([]);
  });

  it('counts a typo in Cyrillic letters as one edit, though transliterated it would be two', () => {
    // "жя" swapped: one edit in Cyrillic, more than two in Latin (zhzhia, zhiazh).
    const whole = ids('Запоріжжя');
    expect(missing(whole, ids('Запоріжяж'))).toEqual([]);
    expect(missing(withText(/Херсон/), ids('Хесрон'))).toEqual([]);
  });

  it('finds the words a lone stop word begins, as when typing the first letters of a longer word', () => {
    const proty = withText(/(?<!\p{L})прот/iu);
    expect(proty.size).toBeGreaterThan(3);
    expect(missing(proty, ids('про'))).toEqual([]);
    expect(search('про').total).toBeGreaterThan(10);
  });

  it('ranks a typo below an exact or prefix match, however often the typo occurs', () => {
    const [a, b] = ['nato-2022-09-22', 'cnn-2022-09-23'] as const;
    const input: CatalogInput = toSubsetJSON(catalog, { statements: [a, b] });
    const statements = input.statements.map((s) =>
      s.id === a
        ? { ...s, title: { en: 'Gunpiont gunpiont gunpiont', uk: 'Gunpiont' }, body: [] }
        : { ...s, body: [...(s.body ?? []), 'It was said once, at gunpoint.'] },
    );
    const found = new Catalog({ ...input, statements }).search('gunpoint');
    expect(found.items.map((h) => h.statement.id)).toEqual([b, a]);
  });

  it('is not allowed in abbreviations typed in capitals: ОБСЄ finds what OSCE finds', () => {
    const osce = ids('OSCE');
    expect(osce.size).toBeGreaterThan(5);
    expect(ids('ОБСЄ')).toEqual(osce);
    expect(ids('НАТО')).toEqual(ids('NATO'));
  });

  it('keeps Mejlis from matching "meekly"', () => {
    const meekly = withText(/\bmeekly\b/i);
    expect(meekly.size).toBeGreaterThan(0);
    const mejlis = ids('Mejlis');
    expect(mejlis.size).toBeGreaterThan(0);
    const only = [...meekly].filter((id) => !withText(/mejlis|меджліс/i).has(id));
    expect(only.filter((id) => mejlis.has(id))).toEqual([]);
  });

  it('keeps finding other spellings and scripts of a name', () => {
    const kherson = withText(/kherson|херсон/i);
    for (const text of ['Kherzon', 'Херсонської', 'Kherson']) {
      expect(missing(kherson, ids(text)), text).toEqual([]);
    }
    const zaporizhzhia = withText(/zaporiz|zaporozh|запоріж|запоріз|запорож/i);
    for (const text of ['Zaporozhye', 'zaporizhzhia', 'Запоріжжя']) {
      expect(missing(zaporizhzhia, ids(text)), text).toEqual([]);
    }
  });
});

describe('phrases and excluded words', () => {
  it('"null and void" in quotes matches the phrase only, and marks it whole', () => {
    const phrase = withText(/null and void/i);
    expect(ids('"null and void"')).toEqual(phrase);
    expect(ids('void and null').size).toBeGreaterThan(0);
    expect(ids('"void and null"').size).toBe(0);
    for (const hit of search('"null and void"').items) {
      const marked = hit.highlights.flatMap((h) => h.ranges.map(([s, e]) => h.text.slice(s, e)));
      expect(marked.length).toBeGreaterThan(0);
      for (const words of marked) expect(words).toMatch(/^null and void$/i);
    }
  });

  it('matches an open phrase as it is typed, its last word as a prefix', () => {
    expect(ids('"null and vo')).toEqual(ids('"null and void"'));
  });

  it('leaves out statements with a word after a minus sign', () => {
    const all = ids('referendum');
    const without = ids('referendum -Crimea');
    expect(without.size).toBeGreaterThan(0);
    expect(without.size).toBeLessThan(all.size);
    for (const id of without) expect(all.has(id)).toBe(true);
    for (const id of without) expect(textOf(catalog.get(id as never))).not.toMatch(/\bcrimea/i);
  });
});

describe('whose statements come first', () => {
  /** Whether an actor is `body` or belongs to it, however many levels down. */
  const within = (id: string, body: string): boolean =>
    id === body || (actors.get(id)?.memberOf ?? []).some((parent) => within(parent, body));

  it('"NATO" puts a North Atlantic Council statement in the first five', () => {
    const first = search('NATO', {}, { limit: 5 }).items.map((h) => h.statement);
    expect(first.some((s) => s.issuers.includes('nato-north-atlantic-council'))).toBe(true);
  });

  it.each([
    ['NATO', 'nato'],
    ['OSCE', 'osce'],
    ['United Nations', 'united-nations'],
  ])('"%s" ranks no statement that only mentions it above its own', (text, body) => {
    const own = search(text).items.map((h) => h.statement.issuers.some((id) => within(id, body)));
    const lastOwn = own.lastIndexOf(true);
    expect(lastOwn).toBeGreaterThan(3);
    expect(own.slice(0, lastOwn + 1).every(Boolean)).toBe(true);
  });

  it('ranks a statement that only mentions the name below its own: OSCE and the UN are named by others', () => {
    for (const [text, body] of [
      ['OSCE', 'osce'],
      ['United Nations', 'united-nations'],
    ] as const) {
      const others = search(text).items.filter(
        (h) => !h.statement.issuers.some((id) => within(id, body)),
      );
      expect(others.length, text).toBeGreaterThan(0);
    }
  });
});

describe('search options', () => {
  it('says that limit is an option, not a filter, when it is passed as the filter', () => {
    expect(() => search('Kherson', { limit: 5 } as never)).toThrow(InvalidFilterError);
    expect(() => search('Kherson', { limit: 5 } as never)).toThrow(
      /"limit" is an option, not a filter: .*search\(text, filter, \{ limit \}\)/,
    );
    expect(search('Kherson', undefined, { limit: 5 }).items).toHaveLength(5);
  });

  it('names an unknown option, a bad facet key and options that are not an object', () => {
    expect(() => search('Kherson', {}, { limt: 5 } as never)).toThrow(
      /Unknown option "limt".*Did you mean "limit"\?/,
    );
    expect(() => search('Kherson', {}, { facets: ['themes'] } as never)).toThrow(
      /Unknown facet key "themes". Did you mean "theme"\?/,
    );
    expect(() => search('Kherson', {}, { facets: 'theme' } as never)).toThrow(
      /takes a list of facet keys/,
    );
    expect(() => search('Kherson', {}, 5 as never)).toThrow(/must be an object/);
  });
});

describe('the passage shown under a result', () => {
  const letter = /[\p{L}\p{N}]/u;

  it('is cut between words, with the matched words still marked', () => {
    let cuts = 0;
    for (const text of ['according', 'annexation', 'Kherson', 'Запоріжжя']) {
      for (const highlight of search(text).items.flatMap((hit) => hit.highlights)) {
        const cut = excerpt(highlight, 120);
        const lead = cut.text.startsWith('…') ? 1 : 0;
        const inner = cut.text.slice(lead, cut.text.endsWith('…') ? -1 : undefined);
        const at = highlight.text.indexOf(inner);
        expect(at, cut.text).toBeGreaterThanOrEqual(0);
        expect(inner.length).toBeLessThanOrEqual(120);
        // Neither end splits a word: a letter at the edge is never next to another outside.
        const before = highlight.text[at - 1] ?? ' ';
        const after = highlight.text[at + inner.length] ?? ' ';
        expect(letter.test(before) && letter.test(inner[0]!), cut.text).toBe(false);
        expect(letter.test(after) && letter.test(inner.at(-1)!), cut.text).toBe(false);
        expect(cut.ranges.length).toBeGreaterThan(0);
        for (const [start, end] of cut.ranges) {
          const source = at - lead;
          expect(cut.text.slice(start, end)).toBe(
            highlight.text.slice(start + source, end + source),
          );
        }
        if (inner.length < highlight.text.length) cuts++;
      }
    }
    expect(cuts).toBeGreaterThan(20);
  });
});
