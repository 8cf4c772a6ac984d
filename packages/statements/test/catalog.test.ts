import { describe, expect, it } from 'vitest';
import {
  catalog,
  createCatalog,
  find,
  get,
  InvalidCatalogError,
  NullAndVoidError,
  toCatalogJSON,
  UnknownIdError,
} from '../src/index.js';

const input = () => structuredClone(toCatalogJSON(catalog));

describe('get and find', () => {
  it('returns a statement by id', () => {
    expect(get('nato-2022-09-22').source.reference).toBe('PR (2022) 125');
    expect(find('nato-2022-09-22')?.id).toBe('nato-2022-09-22');
  });

  it('find returns undefined for an unknown id', () => {
    expect(find('nato-typo')).toBeUndefined();
  });

  it('get throws UnknownIdError with the nearest ids suggested', () => {
    const error = (() => {
      try {
        get('nato-2022-09-21' as never);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UnknownIdError);
    expect(error).toBeInstanceOf(NullAndVoidError);
    expect(error).toMatchObject({ code: 'UNKNOWN_ID', suggestions: ['nato-2022-09-22'] });
    expect((error as Error).message).toBe(
      'Unknown statement id "nato-2022-09-21". Did you mean "nato-2022-09-22"?',
    );
  });

  it('looks up actors, events and instruments', () => {
    expect(catalog.actor('vladimir-putin').country).toBe('RU');
    expect(catalog.event('crimea-referendum-2014').invalidatedBy).toEqual(['unga-68-262']);
    expect(catalog.instrument('unga-es-11-4').votes).toMatchObject({
      yes: 143,
      no: 5,
      abstain: 35,
    });
    expect(() => catalog.event('crimea-referendum-2015' as never)).toThrow(
      /Unknown vote event id|Unknown event id/,
    );
  });
});

describe('createCatalog', () => {
  it('accepts the bundled data as a user catalog', () => {
    const user = createCatalog(JSON.parse(JSON.stringify(input())));
    expect(user.statements).toHaveLength(catalog.statements.length);
    expect(user.get('cnn-2022-09-23').quotes.length).toBeGreaterThanOrEqual(5);
  });

  it("keeps the caller's records, not the validator's copies, where validation changed nothing", () => {
    const json = input();
    const [first, second] = json.statements as { title: { en: string } }[];
    second!.title.en = `  ${second!.title.en}  `;
    const user = createCatalog(json);
    expect(user.statements[0]).toBe(first);
    expect(user.actors).toBe(json.actors);
    // A trimmed title is the validator's copy of that record alone, sharing what did not change.
    const trimmed = user.statements[1]!;
    expect(trimmed).not.toBe(second);
    expect(trimmed.title.en).toBe(second!.title.en.trim());
    expect(trimmed.quotes).toBe((second as unknown as { quotes: unknown }).quotes);
    expect(second!.title.en.startsWith('  ')).toBe(true);
  });

  it('lists every problem with its path', () => {
    const bad = input();
    (bad.statements[0] as { date: string }).date = '2022-13-01';
    (bad.statements[1] as { issuers: string[] }).issuers = ['nobody'];
    (bad.actors[0] as { kind: string }).kind = 'alien';
    let error: unknown;
    try {
      createCatalog(bad);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidCatalogError);
    const problems = (error as InvalidCatalogError).problems;
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['statements[0].date', 'actors[0].kind']),
    );
    expect((error as InvalidCatalogError).code).toBe('INVALID_CATALOG');
    expect((error as Error).message).toMatch(
      /statements\[0\]\.date: date must be a real calendar date/,
    );
  });

  it('reports unresolved references once the schema holds', () => {
    const bad = input();
    (bad.statements[1] as { issuers: string[] }).issuers = ['natto'];
    expect(() => createCatalog(bad)).toThrow(
      /statements\[1\]\.issuers\[0\]: unknown actor id "natto"; did you mean "nato"\?/,
    );
  });

  it('rejects what is not a catalog at all', () => {
    expect(() => createCatalog(null)).toThrow(InvalidCatalogError);
    expect(() => createCatalog({ statements: [] })).toThrow(/required field "actors" is missing/);
  });

  it('rejects named votes that exceed the totals', () => {
    const bad = input();
    const instrument = bad.instruments.find((i) => i.id === 'unga-es-11-4')!;
    instrument.votes = { yes: 1, no: 0, abstain: 0, byState: { UA: 'yes', PL: 'yes' } };
    expect(() => createCatalog(bad)).toThrow(
      /2 states are named as "yes", more than the total of 1/,
    );
  });
});
