import { describe, expect, it } from 'vitest';
import { catalog, toVotesCSV, VOTE_CSV_COLUMNS } from '../src/index.js';

describe('toVotesCSV', () => {
  const lines = toVotesCSV(catalog).split('\r\n').filter(Boolean);
  const rows = lines.slice(1).map((line) => line.split(','));
  const column = (name: (typeof VOTE_CSV_COLUMNS)[number]) => VOTE_CSV_COLUMNS.indexOf(name);

  it('has one row per state a source names, with its vote', () => {
    expect(lines[0]).toBe(VOTE_CSV_COLUMNS.join(','));
    const es114 = rows.filter((r) => r[0] === 'unga-es-11-4');
    const byState = catalog.instrument('unga-es-11-4').votes!.byState!;
    expect(es114).toHaveLength(Object.keys(byState).length);
    const against = es114
      .filter((r) => r[column('state_vote')] === 'no')
      .map((r) => r[column('state')]);
    expect(against.sort()).toEqual(['BY', 'KP', 'NI', 'RU', 'SY']);
    expect(es114[0]!.slice(4, 8)).toEqual(['143', '5', '35', '10']);
  });

  it('keeps an instrument whose sources name no state, with the state left empty', () => {
    const unnamed = catalog.instruments.filter((i) => i.votes && !i.votes.byState);
    expect(unnamed.map((i) => i.id)).toContain('unga-es-11-1');
    for (const instrument of unnamed) {
      const own = rows.filter((r) => r[0] === instrument.id);
      expect(own).toHaveLength(1);
      expect(own[0]![column('state')]).toBe('');
    }
  });

  it('leaves out instruments without a recorded vote', () => {
    expect(rows.some((r) => r[0] === 'un-charter')).toBe(false);
  });
});
