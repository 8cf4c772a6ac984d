import { describe, expect, it } from 'vitest';
import {
  catalog,
  countryInfo,
  isUnMember,
  MATRIX_CSV_COLUMNS,
  toMatrixCSV,
  UnknownIdError,
  unMembers,
} from '../src/index.js';

describe('countries', () => {
  it('has the 193 UN members, each with an M49 region and sub-region and two names', () => {
    const members = unMembers();
    expect(members).toHaveLength(193);
    for (const c of members) {
      expect(c.region.name.en, c.code).toMatch(/^(Africa|Americas|Asia|Europe|Oceania)$/);
      expect(c.subregion.name.uk, c.code).not.toMatch(/^\d+$/);
      expect(c.name.uk, c.code).toMatch(/\p{Script=Cyrillic}/u);
    }
    expect(countryInfo('BR')).toMatchObject({
      alpha3: 'BRA',
      m49: '076',
      name: { en: 'Brazil', uk: 'Бразилія' },
      region: { code: '019', name: { en: 'Americas', uk: 'Америка' } },
      subregion: { code: '419', name: { en: 'Latin America and the Caribbean' } },
      intermediateRegion: { code: '005', name: { en: 'South America' } },
    });
    expect(countryInfo('ua').subregion.name).toEqual({
      en: 'Eastern Europe',
      uk: 'Східна Європа',
    });
  });

  it('names the two Congos as states, not by their capitals, and keeps ICU where it is right', () => {
    expect(countryInfo('CG').name).toEqual({ en: 'Republic of the Congo', uk: 'Республіка Конго' });
    expect(countryInfo('CD').name.uk).toBe('Демократична Республіка Конго');
    expect(countryInfo('TR').name).toEqual({ en: 'Türkiye', uk: 'Туреччина' });
    expect(countryInfo('CI').name.en).toBe('Côte d’Ivoire');
    expect(countryInfo('BA').name).toEqual({
      en: new Intl.DisplayNames(['en'], { type: 'region' }).of('BA'),
      uk: 'Боснія і Герцеговина',
    });
  });

  it('rejects an unknown code with the code meant', () => {
    expect(isUnMember('XK')).toBe(false);
    const error = (input: string) => {
      try {
        countryInfo(input);
      } catch (e) {
        return e as UnknownIdError;
      }
      throw new Error(`${input} was accepted`);
    };
    expect(error('BRA')).toBeInstanceOf(UnknownIdError);
    expect(error('BRA').suggestions).toEqual(['BR']);
    expect(error('Brazil').message).toBe('Unknown country id "Brazil". Did you mean "BR"?');
    expect(error('Україна').suggestions).toEqual(['UA']);
    expect(() => catalog.country('XK')).toThrow(UnknownIdError);
  });
});

describe('catalog.country', () => {
  it("gives a state's vote on every instrument with a recorded vote, with its source", () => {
    const br = catalog.country('BR');
    const votes = Object.fromEntries(br.votes.map((v) => [v.instrument.id, v.vote]));
    expect(votes).toEqual({
      'unga-68-262': 'abstain',
      'unga-es-11-1': 'yes',
      'unga-es-11-4': 'yes',
      'unga-es-11-6': 'yes',
      'unsc-draft-2022-09-30': 'abstain',
      // Brazil is named by no source on the 2014 draft: left unrecorded, not inferred.
      'unsc-draft-2014-03-15': undefined,
    });
    const es114 = br.votes.find((v) => v.instrument.id === 'unga-es-11-4')!;
    expect(es114.source).toEqual(['https://digitallibrary.un.org/record/3990400']);
  });

  it('says "nothing found" for each vote event where the state said nothing, as of a date', () => {
    const br = catalog.country('BR');
    expect(br.statements).toEqual([]);
    expect(br.events).toHaveLength(catalog.events.length);
    expect(br.events.every((e) => e.silent)).toBe(true);
    expect(br.asOf).toMatch(/^\d{4}-\d{2}/);
    const annexation = br.events.find((e) => e.event.id === 'annexation-referendums-2022')!;
    expect(annexation.votes.map((v) => [v.instrument.id, v.vote])).toEqual([
      ['unga-es-11-4', 'yes'],
      ['unga-es-11-6', 'yes'],
    ]);
  });

  it("gathers what a state's actors issued, signed or were quoted in, and its joint statements", () => {
    const de = catalog.country('DE');
    expect(de.statements.map((s) => s.id)).toContain('germany-mfa-2024-03-17');
    expect(de.statements.map((s) => s.id)).toContain('scholz-2022-09-20');
    const annexation = de.events.find((e) => e.event.id === 'annexation-referendums-2022')!;
    expect(annexation.silent).toBe(false);
    for (const s of de.jointStatements) {
      const ids = new Set(de.actors.map((a) => a.id));
      expect(
        s.signatories!.actors.some((id) => ids.has(id)),
        s.id,
      ).toBe(true);
    }
  });
});

describe('catalog.matrix', () => {
  const matrix = catalog.matrix();

  it('has a row per UN member and a column per vote event and voted instrument', () => {
    expect(matrix.rows).toHaveLength(193);
    const voted = catalog.instruments.filter((i) => i.votes).length;
    expect(matrix.columns).toHaveLength(catalog.events.length + voted);
    for (const row of matrix.rows) expect(row.cells).toHaveLength(matrix.columns.length);
  });

  it('gives every cell its evidence: statements, a vote with its source, or silence', () => {
    for (const row of matrix.rows) {
      for (const cell of row.cells) {
        if (cell.type === 'event') expect(cell.silent).toBe(cell.statements.length === 0);
        else expect(cell.source.length, row.country.code).toBeGreaterThan(0);
      }
    }
    const ua = matrix.rows.find((r) => r.country.code === 'UA')!;
    const at = matrix.columns.findIndex((c) => c.id === 'annexation-referendums-2022');
    expect(ua.cells[at]).toMatchObject({ type: 'event', silent: false });
  });

  it('downloads as CSV with one row per state and column', () => {
    const lines = toMatrixCSV(matrix).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(MATRIX_CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(1 + 193 * matrix.columns.length);
    const br = lines.find((l) => l.startsWith('BR,Brazil,') && l.includes(',unga-es-11-4,'));
    expect(br).toContain(',yes,,,https://digitallibrary.un.org/record/3990400,');
    const silent = lines.find((l) => l.startsWith('BR,') && l.includes(',crimea-referendum-2014,'));
    expect(silent).toContain(`,,,${matrix.asOf},`);
  });

  it('downloads as CSV with a byte order mark on request, Ukrainian names intact', () => {
    const bytes = Buffer.from(toMatrixCSV(matrix, { bom: true }), 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect([...Buffer.from(toMatrixCSV(matrix), 'utf8').subarray(0, 3)]).not.toEqual([
      0xef, 0xbb, 0xbf,
    ]);
    // Decoded as a UTF-8 reader does (the mark dropped), it is the CSV without the mark.
    const text = new TextDecoder('utf-8').decode(bytes);
    expect(text).toBe(toMatrixCSV(matrix));
    const column = MATRIX_CSV_COLUMNS.indexOf('state_name_uk');
    const ua = text.split('\r\n').find((line) => line.startsWith('UA,'))!;
    expect(ua.split(',')[column]).toBe('Україна');
    expect(() => toMatrixCSV(matrix, { bom: 'yes' } as never)).toThrow(
      /bom option of toMatrixCSV\(matrix, options\)/,
    );
  });
});
