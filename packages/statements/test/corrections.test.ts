/** The corrections log: every entry names a record, and each record's `updated` date follows it. */
import { describe, expect, it } from 'vitest';
import { catalog, createCatalog, InvalidCatalogError, toCatalogJSON } from '../src/index.js';
import { checkEditorialRules, validateCatalog } from '../src/validate.js';

const document = () => structuredClone(toCatalogJSON(catalog));

describe('catalog.corrections', () => {
  it('lists every entry of every log, newest first, each naming an existing record', () => {
    const total = catalog.correctionLogs.reduce((n, log) => n + log.entries.length, 0);
    expect(catalog.corrections).toHaveLength(total);
    expect(total).toBeGreaterThan(0);
    for (const entry of catalog.corrections) {
      expect(catalog.find(entry.statement), entry.statement).toBeDefined();
    }
    const dates = catalog.corrections.map((c) => c.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('gives each corrected record an updated date equal to its latest correction', () => {
    for (const log of catalog.correctionLogs) {
      const record = catalog.find(log.statement)!;
      expect(record.updated, record.id).toBe(log.entries.at(-1)!.date);
      expect(catalog.correctionsOf(record.id)).toBe(log.entries);
    }
    const corrected = new Set(catalog.correctionLogs.map((log) => log.statement));
    const never = catalog.statements.find((s) => !corrected.has(s.id))!;
    expect(catalog.correctionsOf(never.id)).toEqual([]);
  });

  it('gives every record an updated date on or after the record was first written', () => {
    for (const s of catalog.statements) expect(s.updated, s.id).toMatch(/^2026-11-\d{2}$/);
  });

  it('has the fixes of issue 17 as its first entries, dated 27 November 2026', () => {
    const oldest = catalog.corrections.at(-1)!;
    expect(oldest.date).toBe('2026-11-27');
    for (const id of ['biden-2022-10-12', 'uk-hrc-2024-03-28', 'dicarlo-2022-09-27']) {
      expect(catalog.correctionsOf(id).length, id).toBeGreaterThan(0);
    }
  });

  it('exports a subset with only the logs of its own statements, and it validates', () => {
    const subset = toCatalogJSON(catalog, [catalog.get('biden-2022-10-12')]);
    expect(subset.correctionLogs?.map((log) => log.statement)).toEqual(['biden-2022-10-12']);
    expect(validateCatalog(subset).ok).toBe(true);
  });
});

describe('the data check of corrections', () => {
  it('rejects a log that names no existing record, with a suggestion', () => {
    const input = document();
    input.correctionLogs![0]!.statement = 'biden-2022-10-13';
    const error = (() => {
      try {
        createCatalog(input);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InvalidCatalogError);
    const problems = (error as InvalidCatalogError).problems;
    const problem = problems.find((p) => p.path === 'correctionLogs[0].statement');
    expect(problem?.message).toMatch(
      /^unknown statement id "biden-2022-10-13"; did you mean "biden-2022-10-12"/,
    );
  });

  it("rejects an updated date that is not the record's latest correction", () => {
    const input = document();
    const log = input.correctionLogs![0]!;
    const index = input.statements.findIndex((s) => s.id === log.statement);
    input.statements[index]!.updated = '2026-11-26';
    expect(checkEditorialRules(input).map((p) => [p.path, p.message])).toEqual([
      [
        `statements[${index}].updated`,
        `updated must be ${log.entries.at(-1)!.date}, the date of the record's latest correction`,
      ],
    ]);
    expect(checkEditorialRules(document())).toEqual([]);
  });

  it('rejects a correction without what changed', () => {
    const input = document() as unknown as {
      correctionLogs: { entries: Record<string, unknown>[] }[];
    };
    delete input.correctionLogs[0]!.entries[0]!.what;
    const result = validateCatalog(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]!.path).toBe('correctionLogs[0].entries[0].what');
  });

  it('still accepts a catalog with no corrections at all', () => {
    const input = document();
    delete input.correctionLogs;
    for (const s of input.statements) delete s.updated;
    expect(validateCatalog(input).ok).toBe(true);
  });
});
