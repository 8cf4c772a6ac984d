import { describe, expect, it } from 'vitest';
import {
  catalog,
  createCatalog,
  toCatalogJSON,
  toVotesCSV,
  VOTE_CSV_COLUMNS,
} from '../src/index.js';

const rowsOf = (csv: string) =>
  csv
    .split('\r\n')
    .filter(Boolean)
    .slice(1)
    .map((line) => line.split(','));
const column = (name: (typeof VOTE_CSV_COLUMNS)[number]) => VOTE_CSV_COLUMNS.indexOf(name);

describe('toVotesCSV', () => {
  const csv = toVotesCSV(catalog);
  const rows = rowsOf(csv);

  it('has one row per state a source names, with its vote and its source', () => {
    expect(csv.split('\r\n')[0]).toBe(VOTE_CSV_COLUMNS.join(','));
    const es114 = rows.filter((r) => r[0] === 'unga-es-11-4');
    const byState = catalog.instrument('unga-es-11-4').votes!.byState!;
    expect(es114).toHaveLength(Object.keys(byState).length);
    const against = es114
      .filter((r) => r[column('state_vote')] === 'no')
      .map((r) => r[column('state')]);
    expect(against.sort()).toEqual(['BY', 'KP', 'NI', 'RU', 'SY']);
    expect(es114[0]!.slice(4, 8)).toEqual(['143', '5', '35', '10']);
    const sources = new Set(es114.map((r) => r[column('source')]));
    expect([...sources]).toEqual(['https://digitallibrary.un.org/record/3990400']);
    const china = es114.find((r) => r[column('state')] === 'CN')!;
    expect(china[column('second_source')]).toBe(
      'https://en.interfax.com.ua/news/general/865264.html',
    );
  });

  it('keeps an instrument whose sources name no state, with the state left empty', () => {
    const input = structuredClone(toCatalogJSON(catalog));
    const es111 = input.instruments.find((i) => i.id === 'unga-es-11-1')!;
    es111.votes = { yes: 141, no: 5, abstain: 35, absent: 12, sources: ['https://example.org/a'] };
    const own = rowsOf(toVotesCSV(createCatalog(input))).filter((r) => r[0] === 'unga-es-11-1');
    expect(own).toHaveLength(1);
    expect(own[0]![column('state')]).toBe('');
    expect(own[0]![column('source')]).toBe('https://example.org/a');
  });

  it('leaves out instruments without a recorded vote', () => {
    expect(rows.some((r) => r[0] === 'un-charter')).toBe(false);
  });
});
