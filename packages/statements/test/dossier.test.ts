/**
 * Every record made from the research dossier is traceable to its entry: the date, each
 * address and each quote appear in that entry exactly, and nothing the entry lacks is claimed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../scripts/load-data.js';
import { readInFull, sourceAddresses } from '../src/sources.js';
import { collapse, dataDir, packageRoot } from './helpers.js';

const loaded = loadData(dataDir);
if (!loaded.ok) throw new Error('data does not load');
const { catalog } = loaded;
const dossier = readFileSync(join(packageRoot, 'sources', 'research', 'statements.md'), 'utf8');
// The official-sources audit found the issuers' own pages and better copies for some records.
const audit = collapse(
  readFileSync(join(packageRoot, 'sources', 'research', 'official-sources.md'), 'utf8'),
);

/** The text of each dossier entry, by number ("S043"). */
const entries = new Map<string, string>();
for (const part of dossier.split(/^### /m).slice(1)) {
  const number = /^(S\d{3})\./.exec(part)?.[1];
  if (number) entries.set(number, part.split(/^## /m)[0]!);
}

const fromDossier = catalog.statements.filter((s) => s.provenance.dossier);

describe('the research dossier', () => {
  it('has 140 numbered entries, and every one is a record or listed in the data notes', () => {
    expect(entries.size).toBe(140);
    const notes = readFileSync(join(packageRoot, 'DATA-NOTES.md'), 'utf8');
    const covered = new Set(fromDossier.map((s) => s.provenance.dossier));
    for (const number of entries.keys()) {
      if (!covered.has(number))
        expect(notes, `${number} is neither a record nor in DATA-NOTES.md`).toMatch(
          new RegExp(`\\b${number}\\b`),
        );
    }
  });

  it('no entry is made into two records', () => {
    const numbers = fromDossier.map((s) => s.provenance.dossier);
    expect(numbers.length).toBe(new Set(numbers).size);
  });
});

describe.each(fromDossier.map((s) => [s.id, s] as const))('%s', (_id, statement) => {
  const entry = entries.get(statement.provenance.dossier!);
  it('names an existing dossier entry', () => {
    expect(entry).toBeDefined();
  });
  const text = collapse(entry ?? '');
  const decoded = (() => {
    try {
      return decodeURIComponent(text);
    } catch {
      return text;
    }
  })();

  // A field the corrections log says was corrected may differ from the entry, for the reason logged.
  const corrected = (field: string) =>
    (catalog.correctionLogs ?? [])
      .find((log) => log.statement === statement.id)
      ?.entries.some((entry) => entry.fields.some((f) => f.startsWith(field))) ?? false;

  it('has the date the entry gives, or a logged correction of it', () => {
    if (!text.includes(statement.date)) expect(corrected('date')).toBe(true);
  });

  it('takes every address from the entry or the official-sources audit', () => {
    if (statement.provenance.seed) return;
    for (const { url } of sourceAddresses(statement.source)) {
      expect(`${text} ${decoded} ${audit}`).toContain(url);
    }
  });

  it("quotes only the entry's verbatim words, exactly", () => {
    if (statement.provenance.seed) return; // seed quotes are checked against the seed text
    statement.quotes.forEach((quote, i) => {
      if (!corrected(`quotes[${i}]`)) expect(text).toContain(collapse(quote.text));
    });
  });

  it("says how much of the source was read, as the entry's confidence line does", () => {
    if (statement.provenance.seed) return;
    const confidence = /confidence:\s*(verified|partial)/.exec(text)?.[1];
    expect(readInFull(statement.source)).toBe(confidence === 'verified');
  });

  it('has no full text (only seeds keep theirs)', () => {
    if (!statement.provenance.seed) expect(statement.body).toBeUndefined();
  });
});
