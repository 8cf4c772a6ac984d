/**
 * The UN roll calls in the data, checked against the research files they were imported from and
 * against the official totals, written here as the UN published them.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROLL_CALLS, readRollCall } from '../scripts/import-roll-calls.js';
import { catalog, toVotesCSV, VOTE_CSV_COLUMNS } from '../src/index.js';
import { packageRoot } from './helpers.js';

/** Official totals: in favour, against, abstaining, not voting. */
const OFFICIAL = {
  'unga-68-262': [100, 11, 58, 24],
  'unga-es-11-1': [141, 5, 35, 12],
  'unga-es-11-4': [143, 5, 35, 10],
  'unga-es-11-6': [141, 7, 32, 13],
} as const;
const CHOICES = ['yes', 'no', 'abstain', 'absent'] as const;
const research = join(packageRoot, 'sources', 'research', 'un-roll-calls');
const rows = toVotesCSV(catalog)
  .split('\r\n')
  .filter(Boolean)
  .slice(1)
  .map((line) => line.split(','));
const col = (name: (typeof VOTE_CSV_COLUMNS)[number]) => VOTE_CSV_COLUMNS.indexOf(name);

describe.each(ROLL_CALLS)('$instrument roll call', ({ instrument, file, record }) => {
  const own = rows.filter((r) => r[0] === instrument);

  it('has 193 rows in toVotesCSV, one per member, each citing the UN record', () => {
    expect(own).toHaveLength(193);
    expect(new Set(own.map((r) => r[col('state')])).size).toBe(193);
    for (const row of own) {
      expect(row[col('source')]).toBe(`https://digitallibrary.un.org/record/${record}`);
    }
  });

  it('counts each vote to the official total', () => {
    const counts = CHOICES.map((c) => own.filter((r) => r[col('state_vote')] === c).length);
    expect(counts).toEqual(OFFICIAL[instrument]);
  });

  it('holds each state as the roll call lists it: nothing added, inferred or left out', () => {
    const listed = readRollCall(join(research, file));
    const byState = catalog.instrument(instrument).votes!.byState!;
    expect(byState).toEqual(Object.fromEntries(listed.map((r) => [r.iso2, r.vote])));
    // Namibia's code is "NA"; a reader that takes it for a missing value would drop it.
    expect(byState.NA).toBeDefined();
  });

  it('names a second source only where the research gives one, for the same state', () => {
    const listed = new Map(readRollCall(join(research, file)).map((r) => [r.iso2, r.second]));
    for (const row of own) {
      expect(row[col('second_source')], row[col('state')]).toBe(listed.get(row[col('state')]!));
    }
  });
});

describe('the two Congos and the vetoed Security Council drafts', () => {
  it('keeps the Republic of the Congo and the DR Congo apart, as the UN record does', () => {
    const vote = (id: keyof typeof OFFICIAL, code: string) =>
      catalog.instrument(id).votes!.byState![code];
    expect([vote('unga-68-262', 'CG'), vote('unga-68-262', 'CD')]).toEqual(['absent', 'yes']);
    expect([vote('unga-es-11-4', 'CG'), vote('unga-es-11-4', 'CD')]).toEqual(['abstain', 'yes']);
  });

  it('names only the Council members a source names, and says the rest are not recorded', () => {
    for (const id of ['unsc-draft-2014-03-15', 'unsc-draft-2022-09-30'] as const) {
      const instrument = catalog.instrument(id);
      expect(instrument.votes!.byState!.RU).toBe('no');
      expect(Object.values(instrument.votes!.byState!)).not.toContain('yes');
      expect(instrument.notes!.map((note) => note.en).join(' ')).toMatch(
        /in favour are not recorded state by state/,
      );
    }
  });

  it('links ES-11/6 to the 2022 votes as a related instrument, not an invalidating one', () => {
    const event = catalog.event('annexation-referendums-2022');
    expect(event.relatedInstruments).toEqual(['unga-es-11-6']);
    expect(event.invalidatedBy).not.toContain('unga-es-11-6');
  });
});
