import { describe, expect, it } from 'vitest';
import { loadData } from '../scripts/load-data.js';
import type { CatalogInput, Statement } from '../src/schema.js';
import { collapse, dataDir, seedText } from './helpers.js';

const loaded = loadData(dataDir);
if (!loaded.ok) throw new Error(`data does not load: ${JSON.stringify(loaded.problems, null, 2)}`);
const catalog: CatalogInput = loaded.catalog;
const statement = (id: string): Statement => {
  const found = catalog.statements.find((s) => s.id === id);
  if (!found) throw new Error(`no statement ${id}`);
  return found;
};

const SEEDS = {
  'civilmplus-2022-09': '000_bc51caf58b4609ef.txt',
  'ukraine-eu-56-states-2024-03-15': '001_8749d3a9142ddeb7.txt',
  'bucn-2023-09-07': '002_ff428e81a5566339.txt',
  'nato-2022-09-22': '003_b7f805381c7b03a8.txt',
  'cnn-2022-09-23': '004_507ebf1fc0807cbc.txt',
} as const;

// Words and shapes that belong to the page around a text, never to the text itself.
const FURNITURE = [
  /click here/i,
  /unsubscribe/i,
  /preferences/i,
  /mailing list/i,
  /you are receiving this email/i,
  /[\w.+-]+@[\w-]+\.[\w.]+/, // an e-mail address
  /(^|\s)@\w+/, // a social-media handle
  /Попередня|Наступна/,
  /^CNN\s+—/,
  /\]\(#\)/, // markdown link leftovers
  /^#+\s/, // markdown headings
  /^\s*(•|\d+\.)\s/, // list markers
];

describe('every record', () => {
  it('loads and validates: ids resolve, dates are real, names are unique', () => {
    expect(catalog.statements.length).toBeGreaterThanOrEqual(5);
    expect(new Set(catalog.statements.map((s) => s.id)).size).toBe(catalog.statements.length);
  });

  it('has the five seeds, each pointing at its source document', () => {
    for (const [id, seed] of Object.entries(SEEDS)) {
      expect(statement(id).provenance.seed).toBe(seed);
    }
  });
});

describe.each(Object.entries(SEEDS))('seed %s', (id, seed) => {
  const record = statement(id);
  const source = seedText(seed);

  it('quotes its voices verbatim', () => {
    expect(record.quotes.length).toBeGreaterThan(0);
    for (const quote of record.quotes) expect(source).toContain(collapse(quote.text));
  });

  it('keeps the original text as clean paragraphs, with no page furniture', () => {
    const body = record.body ?? [];
    expect(body.length).toBeGreaterThan(2);
    for (const paragraph of body) {
      expect(source).toContain(collapse(paragraph));
      for (const pattern of FURNITURE) expect(paragraph).not.toMatch(pattern);
    }
  });

  it('has an English and a Ukrainian title and summary in its own words', () => {
    for (const text of [record.title.en, record.summary.en]) expect(text).toMatch(/[A-Za-z]/);
    for (const text of [record.title.uk, record.summary.uk])
      expect(text).toMatch(/[А-Яа-яІіЇїЄєҐґ]/);
    // A summary is not a copy of a sentence of the source.
    for (const sentence of record.summary.en.split(/(?<=\.)\s+/)) {
      if (sentence.length > 40) expect(source).not.toContain(sentence);
    }
  });

  it('says how its date was arrived at', () => {
    if (record.dateBasis === 'inferred') expect(record.dateNote).toBeTruthy();
  });
});

describe('seed facts', () => {
  it('NATO: dated in its text, issued by the North Atlantic Council, reference PR (2022) 125', () => {
    const nato = statement('nato-2022-09-22');
    const source = seedText(SEEDS['nato-2022-09-22']);
    expect(source).toContain('Issued on 22 September 2022');
    expect(nato).toMatchObject({ date: '2022-09-22', datePrecision: 'day', dateBasis: 'stated' });
    expect(nato.issuers).toEqual(['nato-north-atlantic-council']);
    expect(source).toContain('PR (2022) 125');
    expect(nato.source.reference).toBe('PR (2022) 125');
    expect(nato.legalRefs).toEqual(expect.arrayContaining(['unga-es-11-1', 'un-charter']));
    expect(nato.body).toHaveLength(4);
  });

  it('the 2024 joint statement: Ukraine, the EU and 56 UN member states', () => {
    const joint = statement('ukraine-eu-56-states-2024-03-15');
    expect(seedText(SEEDS['ukraine-eu-56-states-2024-03-15'])).toContain(
      'Ukraine, the European Union, and 56 UN member states',
    );
    expect(joint.signatories?.actors).toEqual(['ukraine', 'european-union']);
    expect(joint.signatories?.unnamed).toMatchObject({ count: 56, kind: 'state' });
    expect(joint.events).toEqual(['russian-presidential-election-2024']);
    expect(joint.legalRefs).toContain('unga-es-11-4');
    expect(joint.regions).toHaveLength(6);
  });

  it('CivilMPlus: September 2022, the four regions, no contact e-mail left', () => {
    const civil = statement('civilmplus-2022-09');
    expect(civil).toMatchObject({ date: '2022-09', datePrecision: 'month', dateBasis: 'inferred' });
    expect(seedText(SEEDS['civilmplus-2022-09'])).toContain('Since September 23, 2022');
    expect(civil.regions.sort()).toEqual(['UA-09', 'UA-14', 'UA-23', 'UA-65']);
    expect(civil.callsToAction.map((c) => c.id)).toEqual(
      expect.arrayContaining([
        'sanctions',
        'non-recognition',
        'accountability',
        'support-for-ukraine',
      ]),
    );
    expect((civil.body ?? []).join(' ')).not.toContain('info@civilmplus.org');
  });

  it('BUCN: an appeal on the 2023 "elections" citing the UN Charter', () => {
    const bucn = statement('bucn-2023-09-07');
    expect(bucn.kind).toBe('appeal');
    expect(bucn.events).toEqual(['occupied-regional-elections-2023']);
    expect(bucn.legalRefs).toEqual(['un-charter']);
    expect(bucn.themes).toEqual(
      expect.arrayContaining(['forced-passportization', 'population-replacement']),
    );
  });

  it('CNN: quotes at least five people, on both sides', () => {
    const cnn = statement('cnn-2022-09-23');
    const speakers = new Set(cnn.quotes.map((q) => q.speaker));
    expect(speakers.size).toBeGreaterThanOrEqual(5);
    const stances = new Set(cnn.quotes.map((q) => q.stance));
    expect(stances).toContain('condemns');
    expect(stances).toContain('supports-vote');
    for (const speaker of speakers) {
      expect(catalog.actors.some((a) => a.id === speaker)).toBe(true);
    }
  });

  it('vote events carry the dates the sources state', () => {
    const event = (id: string) => catalog.events.find((e) => e.id === id);
    expect(event('crimea-referendum-2014')).toMatchObject({
      start: '2014-03-16',
      dateBasis: 'stated',
    });
    expect(event('annexation-referendums-2022')).toMatchObject({
      start: '2022-09-23',
      end: '2022-09-27',
    });
    expect(seedText(SEEDS['ukraine-eu-56-states-2024-03-15'])).toContain('On March 16, 2014');
  });
});
