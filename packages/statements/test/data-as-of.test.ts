import { describe, expect, it } from 'vitest';
import { createCatalog, dataAsOf, toCatalogJSON } from '../src/engine.js';
import { catalog } from '../src/index.js';

describe('dataAsOf', () => {
  it('is the latest date the bundled records hold, at its own precision', () => {
    const dates = catalog.statements.flatMap((s) => [
      s.date,
      s.updated ?? '',
      s.source.retrieved ?? '',
    ]);
    const asOf = dataAsOf(catalog);
    expect(asOf).toMatch(/^\d{4}(-\d{2}){0,2}$/);
    expect(dates).toContain(asOf);
    for (const d of dates) expect(d <= asOf!).toBe(true);
  });

  it('moves with the data: a later retrieval date or statement becomes the new date', () => {
    const doc = toCatalogJSON(catalog);
    const [first] = doc.statements;
    doc.statements[0] = { ...first!, source: { ...first!.source, retrieved: '2099-01-02' } };
    expect(dataAsOf(createCatalog(doc))).toBe('2099-01-02');
    expect(dataAsOf(createCatalog({ ...doc, statements: [], correctionLogs: [] }))).toBeUndefined();
  });
});
