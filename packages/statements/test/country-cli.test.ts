/** `nv country` and `nv votes`, run as the real bin. */
import { describe, expect, it } from 'vitest';
import { runNv } from './helpers.js';

const nv = (...args: string[]) => runNv(args);

describe('nv country', () => {
  it('prints the votes in words with their sources, and the silences with a date', () => {
    const { code, out } = nv('country', 'br');
    expect(code).toBe(0);
    expect(out).toMatch(/^Brazil \(BR\)/);
    expect(out).toMatch(
      /A\/RES\/ES-11\/4\s+in favour\n\s+source: https:\/\/digitallibrary\.un\.org\/record\/3990400/,
    );
    expect(out).toMatch(/A\/RES\/68\/262\s+abstained/);
    expect(out).toMatch(
      /Annexation "referendums", 2022\n\s+nothing found in the record as of \d{4}-\d{2}/,
    );
  });

  it('speaks Ukrainian with --locale uk and prints the record with --json', () => {
    expect(nv('country', 'UA', '--locale', 'uk').out).toMatch(/^Україна \(UA\)/);
    const json = JSON.parse(nv('country', 'DE', '--json').out);
    expect(json.country.code).toBe('DE');
    expect(json.votes).toHaveLength(6);
  });

  it('rejects an unknown code with the code meant, exit 1', () => {
    const { code, err } = nv('country', 'BRA');
    expect(code).toBe(1);
    expect(err).toBe('nv: Unknown country id "BRA". Did you mean "BR"?\n');
  });
});

describe('nv votes', () => {
  it('groups every state by vote, with counts equal to the totals', () => {
    const { code, out } = nv('votes', 'unga-es-11-4');
    expect(code).toBe(0);
    expect(out).toContain('in favour (143)');
    expect(out).toContain('against (5)\n  Belarus, Nicaragua, North Korea, Russia, Syria');
    expect(out).toContain('abstained (35)');
    expect(out).toContain('did not vote (10)');
  });

  it('filters by vote and writes CSV with each vote’s source', () => {
    const lines = nv('votes', 'unga-68-262', '--vote', 'abstain', '--format', 'csv')
      .out.split('\r\n')
      .filter(Boolean);
    expect(lines).toHaveLength(1 + 58);
    expect(
      lines
        .slice(1)
        .every((l) => l.includes(',abstain,https://digitallibrary.un.org/record/767565')),
    ).toBe(true);
  });

  it('says which instruments have votes, and which votes exist, on bad input (exit 2)', () => {
    const charter = nv('votes', 'un-charter');
    expect(charter.code).toBe(2);
    expect(charter.err).toContain('un-charter has no recorded vote. Instruments with one:');
    const vote = nv('votes', 'unga-es-11-4', '--vote', 'maybe');
    expect(vote.err).toBe('nv: --vote must be one of: yes, no, abstain, absent; got "maybe"\n');
    expect(nv('votes', 'unga-es-11-5').err).toMatch(
      /Unknown instrument id "unga-es-11-5"\. Did you mean/,
    );
  });
});
