/** The full record: coverage, sourcing and the UN votes, checked for every record. */
import { describe, expect, it } from 'vitest';
import { catalog, facets, query, search } from '../src/index.js';

const CYRILLIC = /[А-Яа-яІіЇїЄєҐґ]/;

describe('the full record', () => {
  it('holds at least 120 statements, each with a title and summary in English and Ukrainian', () => {
    expect(catalog.statements.length).toBeGreaterThanOrEqual(120);
    for (const s of catalog.statements) {
      expect(s.summary.en, s.id).toMatch(/[A-Za-z]{3}/);
      expect(s.summary.uk, s.id).toMatch(CYRILLIC);
      expect(s.title.uk, s.id).toMatch(CYRILLIC);
      expect(s.summary.en, s.id).not.toBe(s.summary.uk);
    }
  });

  it('gives every statement an http(s) source address and a read level', () => {
    for (const s of catalog.statements) {
      expect(s.source.url, s.id).toMatch(/^https?:\/\//);
      for (const url of s.source.alsoAt ?? []) expect(url, s.id).toMatch(/^https?:\/\//);
      expect(['full', 'excerpt']).toContain(s.source.read);
      expect(s.source.url, `${s.id}: a mail-link wrapper is never the source`).not.toMatch(
        /safelinks/,
      );
    }
  });

  it('attributes every quote to a known speaker, with words in it', () => {
    const actors = new Set(catalog.actors.map((a) => a.id));
    for (const s of catalog.statements) {
      for (const q of s.quotes) {
        expect(q.text.trim().length, s.id).toBeGreaterThan(3);
        expect(actors.has(q.speaker), `${s.id}: ${q.speaker}`).toBe(true);
      }
    }
  });

  it('says why wherever a date is inferred, and its precision matches its form', () => {
    for (const s of catalog.statements) {
      if (s.dateBasis === 'inferred') expect(s.dateNote, s.id).toBeTruthy();
      expect(s.date.length, s.id).toBe({ day: 10, month: 7, year: 4 }[s.datePrecision]);
    }
  });

  it('spans the votes from Crimea 2014 to the 2026 State Duma vote', () => {
    const events = new Map(facets().event.map((f) => [f.value, f.count]));
    for (const event of catalog.events)
      expect(events.get(event.id) ?? 0, event.id).toBeGreaterThan(0);
    expect(catalog.events).toHaveLength(12);
    expect(query({ event: 'russian-presidential-election-2024' }).total).toBeGreaterThan(20);
  });

  it('gives every actor a kind, and every state a country code', () => {
    for (const actor of catalog.actors) {
      if (actor.kind === 'state') expect(actor.country, actor.id).toMatch(/^[A-Z]{2}$/);
    }
  });
});

describe('UN votes', () => {
  const instrument = (id: Parameters<typeof catalog.instrument>[0]) => catalog.instrument(id);

  it('General Assembly totals add up to the 193 members; Security Council totals to 15', () => {
    for (const i of catalog.instruments) {
      if (!i.votes) continue;
      const sum = i.votes.yes + i.votes.no + i.votes.abstain + (i.votes.absent ?? 0);
      expect(sum, i.id).toBe(i.kind === 'unsc-draft-resolution' ? 15 : 193);
    }
  });

  it('never names more states for a side than its total', () => {
    for (const i of catalog.instruments) {
      const byState = i.votes?.byState;
      if (!byState) continue;
      for (const choice of ['yes', 'no', 'abstain', 'absent'] as const) {
        const named = Object.values(byState).filter((c) => c === choice).length;
        expect(named, `${i.id} ${choice}`).toBeLessThanOrEqual(i.votes![choice] ?? 0);
      }
    }
  });

  it('ES-11/4: 143–5–35, the five against, the 35 abstaining and the ten non-voters named', () => {
    const { votes } = instrument('unga-es-11-4');
    expect(votes).toMatchObject({ yes: 143, no: 5, abstain: 35, absent: 10 });
    const side = (choice: string) =>
      Object.entries(votes!.byState!)
        .filter(([, c]) => c === choice)
        .map(([code]) => code)
        .sort();
    expect(side('no')).toEqual(['BY', 'KP', 'NI', 'RU', 'SY']);
    expect(side('abstain')).toHaveLength(35);
    expect(side('abstain')).toEqual(expect.arrayContaining(['CN', 'IN', 'ZA', 'KZ']));
    // The ten the research README names from the UN record.
    expect(side('absent')).toEqual(['AZ', 'BF', 'CM', 'DJ', 'GQ', 'IR', 'ST', 'SV', 'TM', 'VE']);
  });

  it('68/262: 100–11–58, the eleven against named', () => {
    const { votes } = instrument('unga-68-262');
    expect(votes).toMatchObject({ yes: 100, no: 11, abstain: 58, absent: 24 });
    expect(Object.values(votes!.byState!).filter((c) => c === 'no')).toHaveLength(11);
  });

  it("the two vetoed Security Council drafts record Russia's veto", () => {
    expect(instrument('unsc-draft-2014-03-15').votes).toMatchObject({
      yes: 13,
      no: 1,
      abstain: 1,
      byState: { RU: 'no', CN: 'abstain' },
    });
    expect(instrument('unsc-draft-2022-09-30')).toMatchObject({
      symbol: 'S/2022/720',
      adopted: false,
    });
    expect(instrument('unsc-draft-2022-09-30').votes?.byState).toEqual({
      BR: 'abstain',
      CN: 'abstain',
      GA: 'abstain',
      IN: 'abstain',
      RU: 'no',
    });
  });

  it('country names come from Intl.DisplayNames in both languages', () => {
    const en = new Intl.DisplayNames(['en'], { type: 'region' });
    const uk = new Intl.DisplayNames(['uk'], { type: 'region' });
    for (const code of Object.keys(instrument('unga-es-11-4').votes!.byState!)) {
      expect(en.of(code)).not.toBe(code);
      expect(uk.of(code)).toMatch(CYRILLIC);
    }
  });
});

describe('search over the full record', () => {
  const top = (text: string, n = 5) =>
    search(text, undefined, { limit: n }).items.map((h) => h.statement);
  const textOf = (s: (typeof catalog.statements)[number]) =>
    [s.title.en, s.title.uk, s.summary.en, s.summary.uk, ...s.quotes.map((q) => q.text)].join(' ');

  it.each(['Kherson', 'Херсон'])('"%s" puts statements about the Kherson region first', (text) => {
    for (const s of top(text)) expect(s.regions, s.id).toContain('UA-65');
    expect(search(text).total).toBeGreaterThan(20);
  });

  it('"gunpoint" puts statements that speak of voting at gunpoint first', () => {
    for (const s of top('gunpoint'))
      expect(textOf(s), s.id).toMatch(/gunpoint|дулом|point of a gun|barrel of a gun/i);
  });

  it('"null and void" puts statements that use the phrase first', () => {
    for (const s of top('null and void', 3))
      expect(textOf(s), s.id).toMatch(/null and void|нікчемн/i);
  });

  it('"Crimean Tatar" puts the Mejlis\'s statements first', () => {
    const ids = top('Crimean Tatar', 2).map((s) => s.id);
    expect(ids.every((id) => id.startsWith('mejlis-'))).toBe(true);
    expect(top('кримських татар', 2).map((s) => s.id)).toEqual(ids);
  });
});
