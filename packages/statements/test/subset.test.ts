import { describe, expect, it } from 'vitest';
import { catalog, toSubsetJSON, UnknownIdError, validateCatalog } from '../src/index.js';

describe('toSubsetJSON', () => {
  it('holds one statement and every record it refers to, and validates on its own', () => {
    for (const statement of catalog.statements) {
      const subset = toSubsetJSON(catalog, { statements: [statement.id] });
      const result = validateCatalog(subset);
      expect(result.ok, `${statement.id}: ${JSON.stringify(!result.ok && result.problems)}`).toBe(
        true,
      );
      expect(subset.statements).toEqual([statement]);
      const actorIds = subset.actors.map((a) => a.id);
      for (const issuer of statement.issuers) expect(actorIds).toContain(issuer);
      for (const q of statement.quotes) expect(actorIds).toContain(q.speaker);
      expect(subset.events.map((e) => e.id)).toEqual(expect.arrayContaining([...statement.events]));
    }
  });

  it('is much smaller than the whole catalog', () => {
    const one = JSON.stringify(toSubsetJSON(catalog, { statements: ['nato-2022-09-22'] }));
    const all = JSON.stringify(
      toSubsetJSON(catalog, { statements: catalog.statements.map((s) => s.id) }),
    );
    expect(one.length * 20).toBeLessThan(all.length);
  });

  it('takes an instrument or an event alone', () => {
    const subset = toSubsetJSON(catalog, { instruments: ['unga-es-11-4'] });
    expect(subset.statements).toEqual([]);
    expect(subset.instruments.map((i) => i.id)).toEqual(['unga-es-11-4']);
    expect(validateCatalog(subset).ok).toBe(true);
    const byEvent = toSubsetJSON(catalog, { events: ['annexation-referendums-2022'] });
    expect(byEvent.events.map((e) => e.id)).toEqual(['annexation-referendums-2022']);
    expect(validateCatalog(byEvent).ok).toBe(true);
  });

  it('names an unknown id', () => {
    expect(() => toSubsetJSON(catalog, { statements: ['nato-typo'] })).toThrow(UnknownIdError);
    expect(() => toSubsetJSON(catalog, { instruments: ['unga-typo'] })).toThrow(/unga-typo/);
  });
});
