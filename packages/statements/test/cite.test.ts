/**
 * Citations parse back with parsers that share no code with the writer: BibTeX with
 * @retorquere/bibtex-parser (Better BibTeX's), RIS with astrocite-ris, CSL-JSON with citeproc-js
 * (the CSL processor Zotero uses). Title, date, issuers and address must come back equal.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { parse as parseBibTeX } from '@retorquere/bibtex-parser';
import { parse as parseRIS } from 'astrocite-ris';
import { describe, expect, it } from 'vitest';
import { CITATION_FORMATS, cite, statementToCSL } from '../src/cite.js';
import { catalog } from '../src/index.js';
import type { Statement } from '../src/schema.js';

const statements = catalog.statements;
const BIBTEX_MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];

/** What each format must carry back: the cited title, the issuers' names, the date, the address. */
function expected(s: Statement) {
  const item = statementToCSL(catalog, s);
  return {
    title: item.title,
    authors: item.author.map((a) => a.literal),
    date: s.date,
    url: s.source.url,
  };
}

describe('BibTeX', () => {
  const parsed = parseBibTeX(cite(catalog, {}, { format: 'bibtex' })).entries;

  it('gives one entry per statement, keyed by the record id', () => {
    expect(parsed.map((e) => e.key).sort()).toEqual(statements.map((s) => s.id).sort());
  });

  it.each(statements.map((s) => [s.id, s] as const))('%s parses back with its fields', (id, s) => {
    const entry = parsed.find((e) => e.key === id)!;
    const fields = entry.fields as Record<string, unknown>;
    const want = expected(s);
    expect(fields.title).toBe(want.title);
    expect((fields.author as { name: string }[]).map((a) => a.name)).toEqual(want.authors);
    const [month, day] = String(fields.month ?? '').split(' ');
    const date = [
      fields.year,
      // citation-js writes "sep 22" for a day, a bare number for a month alone.
      month
        ? String(/^\d+$/.test(month) ? month : BIBTEX_MONTHS.indexOf(month) + 1).padStart(2, '0')
        : undefined,
      day?.padStart(2, '0'),
    ];
    expect(date.filter(Boolean).join('-')).toBe(want.date);
    expect(fields.url).toBe(want.url);
  });

  it('escapes what LaTeX reserves, and keeps Ukrainian names as they are', () => {
    const uk = cite(catalog, 'nato-2022-09-22', { format: 'bibtex', lang: 'uk' });
    expect(uk).toContain(
      'note = {Null \\& Void record nato-2022-09-22. Джерело: копія або агрегатор.}',
    );
    const [entry] = parseBibTeX(uk).entries;
    expect((entry!.fields.author as { name: string }[])[0]!.name).toBe('Північноатлантична рада');
    expect(entry!.fields.publisher).toEqual(['НАТО']);
  });
});

describe('RIS', () => {
  const text = cite(catalog, {}, { format: 'ris' });
  const parsed = parseRIS(text);

  it('gives one record per statement, each line a single tag (no hard wraps)', () => {
    expect(parsed).toHaveLength(statements.length);
    for (const line of text.split('\r\n').filter(Boolean))
      expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
  });

  it.each(statements.map((s, i) => [s.id, s, i] as const))(
    '%s parses back with its fields',
    (_, s, i) => {
      const record = parsed[i]!;
      const want = expected(s);
      expect(record.title).toBe(want.title);
      // astrocite splits every AU value as a personal name ("Ministry of … Ukraine" comes back as
      // given "Ministry", family "Ukraine"), so each author is checked by the words it kept.
      const authors: { given?: string; family?: string; literal?: string }[] = record.author ?? [];
      expect(authors).toHaveLength(want.authors.length);
      authors.forEach((a, n) => {
        for (const part of [a.given, a.family, a.literal].filter(Boolean))
          expect(want.authors[n]).toContain(part);
      });
      expect(record.publisher).toBe(statementToCSL(catalog, s).publisher);
      expect(record.URL).toBe(want.url);
      expect(record.issued?.['date-parts']?.[0]?.[0]).toBe(s.date.slice(0, 4));
    },
  );

  it('carries the full date in DA, as the standard writes it', () => {
    for (const s of statements) {
      const block = cite(catalog, s.id, { format: 'ris' });
      const da = block.split('\r\n').find((line) => line.startsWith('DA  - '))!;
      // Only TY, DA and ER: PY would overwrite the parsed date with the year alone.
      const [record] = parseRIS(`TY  - ELEC\r\n${da}\r\nER  - \r\n`);
      const parts = (record!.issued!['date-parts']![0] as unknown[]).map(String).filter(Boolean);
      expect(parts.map((p) => p.padStart(2, '0')).join('-')).toBe(s.date);
    }
  });
});

describe('CSL-JSON', () => {
  it.each(statements.map((s) => [s.id, s] as const))('%s is read by citeproc-js', (id, s) => {
    const items = JSON.parse(cite(catalog, id, { format: 'csl' }));
    expect(items).toHaveLength(1);
    const rendered = new Cite(items).format('bibliography', {
      template: 'apa',
      format: 'text',
      lang: 'en-US',
    });
    const want = expected(s);
    // citeproc typesets quotation marks and apostrophes; compare without them.
    const plain = (text: string) => text.replace(/[“”"'’‘]/g, '');
    expect(plain(rendered)).toContain(plain(want.title));
    for (const author of want.authors) expect(plain(rendered)).toContain(plain(author));
    expect(rendered).toContain(want.url ?? '');
    expect(rendered).toContain(
      `(${cite(catalog, id, { format: 'apa' }).match(/\((\d{4}[^)]*)\)/)![1]})`,
    );
  });
});

describe('plain-text styles', () => {
  it('APA 7 names the issuers, the date, the title with its genre, the site and the address', () => {
    expect(cite(catalog, 'nato-2022-09-22', { format: 'apa' })).toBe(
      `North Atlantic Council. (2022, September 22). Statement by the North Atlantic Council on the so-called "referenda" in parts of Ukraine [Press release]. NATO. ${catalog.get('nato-2022-09-22').source.url}\n`,
    );
  });

  it('ДСТУ 8302:2015: the known record, exactly', () => {
    expect(cite(catalog, 'nato-2022-09-22', { format: 'dstu' })).toBe(
      `Statement by the North Atlantic Council on the so-called "referenda" in parts of Ukraine : прес-реліз / Північноатлантична рада. НАТО, 22.09.2022. PR (2022) 125. URL: ${catalog.get('nato-2022-09-22').source.url}.\n`,
    );
  });

  // Назва : вид документа / Автор ; Автор. [Видавець, ]ДД.ММ.РРРР.[ Номер.][ URL: адреса.]
  const DSTU = new RegExp(
    [
      '^(?:\\[[^\\]]+\\]|[^\\[].*?) : [а-яіїєґ’ -]+ / [^;]+(?: ; [^;]+)*\\.',
      ' (?:.+, )?(?:\\d{2}\\.){0,2}\\d{4}\\.',
      '(?: [^ ].*?\\.)?',
      '(?: URL: https?://\\S+\\.)?$',
    ].join(''),
    'u',
  );
  it.each(statements.map((s) => [s.id] as const))('%s in ДСТУ follows the pattern', (id) => {
    const line = cite(catalog, id, { format: 'dstu' }).trimEnd();
    expect(line).toMatch(DSTU);
  });

  it('brackets a title the record supplies, in both styles', () => {
    const s = statements.find((x) => !x.originalTitle)!;
    expect(cite(catalog, s.id, { format: 'apa' })).toContain(`[${s.title.en}].`);
    expect(cite(catalog, s.id, { format: 'dstu' })).toMatch(
      new RegExp(`^\\[${s.title.uk.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\] : `),
    );
  });
});

describe('selection and errors', () => {
  it('cites a list of ids in order and a filter in date order', () => {
    const ids = ['nato-2022-09-22', 'cnn-2022-09-23'] as const;
    const lines = cite(catalog, [...ids], { format: 'apa' })
      .trimEnd()
      .split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^CNN\./);
    const filtered = JSON.parse(cite(catalog, { year: ['2014'] }, { format: 'csl' })) as {
      id: string;
    }[];
    expect(filtered.map((i) => i.id)).toEqual(
      catalog.query({ year: ['2014'] }, { sort: 'date' }).items.map((s) => s.id),
    );
  });

  it('names the unknown id and the unknown format', () => {
    expect(() => cite(catalog, 'nato-2022-09-2' as never, { format: 'ris' })).toThrow(
      /Unknown statement id "nato-2022-09-2"/,
    );
    expect(() => cite(catalog, 'nato-2022-09-22', { format: 'endnote' as never })).toThrow(
      `Unknown citation format "endnote"; use one of: ${CITATION_FORMATS.join(', ')}.`,
    );
  });
});
