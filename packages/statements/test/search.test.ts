import { describe, expect, it } from 'vitest';
import { generateCatalog } from '../bench/generate.js';
import { Catalog, search } from '../src/index.js';
import { fieldTexts } from '../src/search.js';
import { searchKey } from '../src/text.js';

const top = (text: string, n = 3) =>
  search(text)
    .items.slice(0, n)
    .map((h) => h.statement.id);

describe('search keys: spelling, case, accents, apostrophes, stems, scripts', () => {
  it.each([
    ['Zaporizhzhia', 'zaporizhzhia'],
    ['Kyslytsia', 'Kyslytsya'],
    ['Hayday', 'Haidai'],
    ['referendums', 'referendum'],
    ['референдумів', 'референдуми'],
    ['Об’єднаних', "об'єднаних"],
    ['Pejčinović', 'pejcinovic'],
  ])('%s and %s have the same key', (a, b) => {
    expect(searchKey(a)).toBe(searchKey(b));
  });

  it('folds Cyrillic and Latin spellings of a name to the same key', () => {
    expect(searchKey('Херсон')).toBe(searchKey('Kherson'));
    expect(searchKey('Кислиця')).toBe(
      searchKey('kyslytsia')!.slice(0, searchKey('Кислиця')!.length),
    );
  });

  it('drops stop words in both languages', () => {
    expect(searchKey('the')).toBeNull();
    expect(searchKey('та')).toBeNull();
  });
});

describe('search: the bundled record', () => {
  it.each([
    'zaporizhzhia',
    'Zaporizhzhia',
    'Запоріжжя',
    'ZAPORIZHZHIA',
    'Zaporozhye',
    'Zaporizhia',
  ])('%s finds the statements about the Zaporizhzhia region', (text) => {
    const found = search(text).items.map((h) => h.statement.id);
    expect(found).toEqual(
      expect.arrayContaining(['nato-2022-09-22', 'cnn-2022-09-23', 'civilmplus-2022-09']),
    );
  });

  it('Kherson and Херсон find the same statements', () => {
    expect(new Set(top('Kherson', 10))).toEqual(new Set(top('Херсон', 10)));
  });

  it('ranks the statement that says it first: gunpoint, door to door, nuclear', () => {
    expect(top('barrel of a gun')[0]).toBe('cnn-2022-09-23');
    expect(top('nuclear rhetoric')[0]).toBe('nato-2022-09-22');
    expect(top('apotheosis of contempt')[0]).toBe('bucn-2023-09-07');
    expect(top('null and void', 20)).toContain('civilmplus-2022-09');
  });

  it('finds Ukrainian words in Ukrainian summaries, in another case than the query', () => {
    expect(top('паспортів')).toContain('bucn-2023-09-07');
    expect(top('мобілізацію')).toContain('civilmplus-2022-09');
    expect(top('Кислиця')[0]).toBe('ukraine-eu-56-states-2024-03-15');
  });

  it('tolerates one typo and matches prefixes', () => {
    expect(top('Simmonds')).toContain('cnn-2022-09-23');
    expect(top('Andriushch')).toContain('cnn-2022-09-23');
  });

  it.each([
    ['gunpiont', 'two letters swapped'],
    ['gunpint', 'a letter missing'],
    ['gunpoxint', 'a letter too many'],
    ['gunpoant', 'a letter wrong'],
  ])('%s (%s) finds what "gunpoint" finds', (typo) => {
    const ids = (text: string) => search(text).items.map((h) => h.statement.id);
    expect(ids(typo)).toContain('cnn-2022-09-23');
    expect(new Set(ids(typo))).toEqual(new Set(ids('gunpoint')));
  });

  it('allows two edits in a long word that keeps its first three letters', () => {
    // "Херсонської" (of Kherson region) keeps the adjective's suffix after stemming, two edits
    // from "Kherson": it finds statements that only say "Kherson".
    expect(top('Херсонської', 50)).toEqual(
      expect.arrayContaining(['eu-hr-2022-09-20', 'bucn-2023-09-07', 'civilmplus-2022-09']),
    );
    // …but not "Гельсінського" (Helsinki), two edits away with another third letter.
    expect(top('Херсонської', 50)).not.toContain('moldova-mfa-2023-09-09');
    const ids = (text: string) => new Set(search(text).items.map((h) => h.statement.id));
    expect(ids('gunpaont')).toEqual(ids('gunpoint'));
  });

  it('does not stretch a typo to short words, or two edits to short words or the first three letters', () => {
    expect(search('gnupiont').total).toBe(0); // two edits, one of them in the first three letters
    expect(search('Kherzun').total).toBe(0); // two edits in a six-letter key
    expect(search('nulx').total).toBe(0);
  });

  it('finds statements by the names of their issuers and speakers', () => {
    expect(top('Putin')).toContain('cnn-2022-09-23');
    expect(search('North Atlantic Council').items[0]!.statement.issuers).toContain(
      'nato-north-atlantic-council',
    );
  });

  it('returns highlight ranges that cover the matched words', () => {
    const hit = search('gunpoint').items[0]!;
    expect(hit.highlights.length).toBeGreaterThan(0);
    for (const h of hit.highlights) {
      for (const [start, end] of h.ranges)
        expect(h.text.slice(start, end).toLowerCase()).toContain('gunpoint');
    }
    const uk = search('Запоріжжя').items[0]!;
    const words = uk.highlights.flatMap((h) => h.ranges.map(([s, e]) => h.text.slice(s, e)));
    expect(words.some((w) => /^Запор/.test(w))).toBe(true);
  });

  it('applies filters, sort and pages to results', () => {
    const all = search('referendum');
    const filtered = search('referendum', { kind: 'news-report' });
    expect(filtered.items.every((h) => h.statement.kind === 'news-report')).toBe(true);
    expect(filtered.total).toBeLessThan(all.total);
    const scores = all.items.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const byDate = search('referendum', {}, { sort: 'date' }).items.map((h) => h.statement.date);
    expect(byDate).toEqual([...byDate].sort());
    expect(search('referendum', {}, { limit: 1, offset: 1 }).items[0]!.statement.id).toBe(
      all.items[1]!.statement.id,
    );
  });

  it('finds nothing for words that are not there, and says so with total 0', () => {
    expect(search('xylophone quokka')).toEqual({ items: [], total: 0 });
    expect(search('')).toEqual({ items: [], total: 0 });
  });
});

describe('prepareSearch: building the index ahead, in slices', () => {
  const input = generateCatalog(800, 5);
  const queries = ['Херсон gunpoint', 'referend', 'Zaporizhzhia', 'sanctons'];

  it('gives the same results as the index the first search builds', async () => {
    const eager = new Catalog(input);
    const sliced = new Catalog(input);
    await sliced.prepareSearch({ sliceMs: 1 });
    for (const text of queries) {
      expect(sliced.search(text, { issuerKind: 'state' })).toEqual(
        eager.search(text, { issuerKind: 'state' }),
      );
    }
  });

  it('yields to the event loop between slices', async () => {
    const catalog = new Catalog(input);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    await catalog.prepareSearch({ sliceMs: 1 });
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(1);
  });

  it("stops when aborted, with the signal's reason, and a later search still works", async () => {
    const catalog = new Catalog(input);
    const controller = new AbortController();
    const reason = new Error('left the page');
    const building = catalog.prepareSearch({ signal: controller.signal, sliceMs: 1 });
    controller.abort(reason);
    await expect(building).rejects.toBe(reason);
    expect(catalog.search('gunpoint').total).toBe(new Catalog(input).search('gunpoint').total);
  });
});

describe('search: a large synthetic catalog', () => {
  const big = new Catalog(generateCatalog(3000, 3));

  it('gives every page in the order of the whole ranking, however few it sorts', () => {
    const ids = (items: readonly { statement: { id: string } }[]) =>
      items.map((h) => h.statement.id);
    for (const text of ['Kherson', 'referendum sanctions', 'Запоріжжя']) {
      const all = ids(big.search(text).items);
      expect(all.length).toBeGreaterThan(200);
      for (const [offset, limit] of [
        [0, 1],
        [0, 20],
        [19, 3],
        [150, 40],
        [all.length - 5, 10],
      ] as const) {
        expect(ids(big.search(text, {}, { offset, limit }).items)).toEqual(
          all.slice(offset, offset + limit),
        );
      }
    }
  });

  it('ranks documents with all the words above those with some', () => {
    const result = big.search('Херсон gunpoint');
    expect(result.total).toBeGreaterThan(0);
    const first = result.items[0]!.statement;
    // The names of its issuers count: a statement issued by "Актор … Херсон" has the word.
    const text = fieldTexts(first, new Map(big.actors.map((a) => [a.id, a])))
      .flat()
      .join(' ');
    expect(text).toMatch(/Херсон|Kherson/);
    expect(text).toMatch(/gunpoint/);
  });
});
