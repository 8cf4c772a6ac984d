/**
 * The fixes of the official-sources audit and of issue 17's error list stay fixed: official
 * pages are cited, Russian state media only where nothing else exists, dates and words as the
 * official texts give them, the typographic apostrophe in Ukrainian, and pre-vote links marked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { apostrophes, textsOf } from '@null-and-void/testing/ukrainian-texts';
import { describe, expect, it } from 'vitest';
import { catalog, onlyCopies, readInFull, toCatalogJSON } from '../src/index.js';
import { checkEditorialRules } from '../src/validate.js';
import { packageRoot } from './helpers.js';

const get = (id: string) => catalog.find(id)!;

describe('sources', () => {
  it('cites the official pages the audit found', () => {
    expect(get('nato-nac-2014-03-17').source.url).toBe(
      'https://www.nato.int/cps/en/natolive/news_108030.htm?selectedLocale=en',
    );
    expect(get('nato-sg-2022-09-30').source).toMatchObject({ kind: 'official', publisher: 'nato' });
    expect(get('un-sg-2022-09-29').source.url).toBe(
      'https://press.un.org/en/2022/db220929.doc.htm',
    );
  });

  it('no longer cites hyperbros, TASS or Sputnik where another address is known', () => {
    for (const s of catalog.statements) {
      if (s.id === 'japan-2014-03-17') continue;
      expect(s.source.url, s.id).not.toMatch(/hyperbros\.com|tass\.com|urdupoint\.com/);
      expect(s.source.kind, s.id).not.toBe('russian-state-media');
    }
  });

  it('says on the record where Russian state media is the only source', () => {
    const japan = get('japan-2014-03-17');
    expect(japan.source.kind).toBe('russian-state-media');
    expect(onlyCopies(japan.source)).toBe(true);
    expect(japan.notes?.map((note) => note.en).join(' ')).toMatch(
      /TASS, Russian state media, is this record's only source/,
    );
  });

  it('keeps the page that was read in full under alsoAt, and says so of it', () => {
    for (const id of [
      'eu-presidents-2014-03-16',
      'eeas-spokesperson-2020-09-14',
      'nato-sg-2022-09-27',
      'germany-mfa-2023-09-08',
    ]) {
      const { source } = get(id);
      expect(source.read, id).toBe('excerpt');
      expect(
        source.alsoAt?.filter((a) => a.read === 'full'),
        id,
      ).toHaveLength(1);
      expect(readInFull(source), id).toBe(true);
    }
  });

  it('drops addresses that are not copies of the statement', () => {
    const urls = (id: string) => (get(id).source.alsoAt ?? []).map((a) => a.url).join(' ');
    expect(urls('dicarlo-2022-09-27')).not.toContain('securitycouncilreport.org');
    expect(
      get('dicarlo-2022-09-27')
        .notes?.map((note) => note.en)
        .join(' ') ?? '',
    ).not.toContain('Albania');
    expect(urls('eu-hr-2023-12-12')).not.toContain('de.mfa.lt');
    expect(urls('nato-sg-2022-09-30')).not.toContain('swissinfo');
  });
});

describe('dates and words', () => {
  it('gives the dates of the official texts', () => {
    expect(get('uk-hrc-2024-03-28').date).toBe('2024-03-27');
    expect(get('moldova-mfa-2023-09-09').date).toBe('2023-09-08');
    expect(get('baerbock-2022-09-28').date).toBe('2022-09-29');
  });

  it('quotes the official wording', () => {
    expect(get('biden-2022-10-12').quotes[0]!.text).toContain(
      'Russia cannot erase a sovereign state from the map.',
    );
  });

  it('fixes the Ukrainian wording the issue lists', () => {
    expect(get('cnn-2022-09-23').title.uk).toContain('територіях');
    expect(get('cnn-2022-09-23').title.uk).not.toContain('районах');
    expect(get('eeas-spokesperson-2025-09-13').summary.uk).toContain('організовувала');
    expect(catalog.actor('krisjanis-karins').name.uk).toBe('Кріш’яніс Каріньш');
  });

  it("does not put the article's words in the signatories' mouths", () => {
    const joint = get('ukraine-eu-56-states-2024-03-15');
    expect(joint.originalTitle).toBeUndefined();
    expect(joint.summary.en).not.toContain('no validity under international law');
  });

  it('uses the typographic apostrophe in every Ukrainian text of the data', () => {
    const ukrainian = [...textsOf(toCatalogJSON(catalog))].filter(([path]) => path.endsWith('.uk'));
    expect(ukrainian.length).toBeGreaterThan(500);
    const { wrong, typographic } = apostrophes(ukrainian);
    expect(wrong).toEqual([]);
    // The check looks where apostrophes are: the data has words that need one.
    expect(typographic).toBeGreaterThan(0);
  });

  it('no longer says in DATA-NOTES that the 2014 draft resolution record is missing', () => {
    const notes = readFileSync(join(packageRoot, 'DATA-NOTES.md'), 'utf8');
    expect(notes).not.toMatch(/That instrument id is being added by someone/);
    expect(catalog.instrument('unsc-draft-2014-03-15')).toBeDefined();
  });
});

describe('before the vote', () => {
  it('marks every link to a vote that began after the statement', () => {
    const starts = new Map(catalog.events.map((e) => [e.id, e.start]));
    const marked = catalog.statements.filter((s) => s.beforeVote?.length);
    expect(marked.length).toBe(43);
    for (const s of marked) {
      for (const id of s.beforeVote!) {
        expect(s.events, s.id).toContain(id);
        expect(s.date < starts.get(id)!, `${s.id} before ${id}`).toBe(true);
      }
    }
    expect(get('nato-2022-09-22').beforeVote).toEqual(['annexation-referendums-2022']);
    expect(get('unga-2022-10-12').beforeVote).toBeUndefined();
  });

  it('rejects a record whose pre-vote link is missing or wrong', () => {
    const doc = structuredClone(toCatalogJSON(catalog));
    const nato = doc.statements.findIndex((s) => s.id === 'nato-2022-09-22');
    const unga = doc.statements.findIndex((s) => s.id === 'unga-2022-10-12');
    delete doc.statements[nato]!.beforeVote;
    doc.statements[unga]!.beforeVote = ['annexation-referendums-2022'];
    const problems = checkEditorialRules(doc);
    expect(problems.map((p) => p.message)).toEqual([
      'beforeVote must list "annexation-referendums-2022": the statement (2022-09-22) comes before voting began (2022-09-23)',
      'beforeVote must not list "annexation-referendums-2022": voting began (2022-09-23) before the statement (2022-10-12)',
    ]);
  });
});
