import type { Catalog, CatalogIds } from './catalog.js';
import type { CatalogInput, Statement } from './schema.js';

/** The catalog (or the part of it that `statements` is) as one JSON document in the schema's shape. */
export function toCatalogJSON<Ids extends CatalogIds>(
  catalog: Catalog<Ids>,
  statements: readonly Statement[] = catalog.statements,
): CatalogInput {
  return {
    statements: [...statements],
    actors: [...catalog.actors],
    events: [...catalog.events],
    regions: [...catalog.regions],
    instruments: [...catalog.instruments],
    themes: [...catalog.themes],
    callsToAction: [...catalog.callsToAction],
  };
}

/** One statement per line (NDJSON), each line a complete JSON statement. */
export function toNDJSON(statements: readonly Statement[]): string {
  return statements.map((s) => `${JSON.stringify(s)}\n`).join('');
}

/** Columns of the CSV export, in order. */
export const CSV_COLUMNS = [
  'id',
  'date',
  'date_precision',
  'date_basis',
  'date_note',
  'kind',
  'language',
  'title_en',
  'title_uk',
  'original_title',
  'issuers',
  'issuer_names',
  'signatories',
  'unnamed_signatories',
  'events',
  'referenced_events',
  'regions',
  'themes',
  'calls_to_action',
  'legal_refs',
  'summary_en',
  'summary_uk',
  'quote_count',
  'quotes',
  'source_publisher',
  'source_url',
  'source_also_at',
  'source_reference',
  'source_read',
  'notes',
] as const;

function field(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The statements as CSV (RFC 4180: CRLF line ends, fields with a comma, quote or line break
 * quoted, quotes doubled). Lists are joined with "; ", quotes as "speaker: text" joined with " | ".
 */
export function toCSV<Ids extends CatalogIds>(
  catalog: Catalog<Ids>,
  statements: readonly Statement[] = catalog.statements,
): string {
  const name = (id: string) => catalog.actors.find((a) => a.id === id)?.name.en ?? id;
  const rows = statements.map((s) =>
    [
      s.id,
      s.date,
      s.datePrecision,
      s.dateBasis,
      s.dateNote ?? '',
      s.kind,
      s.language,
      s.title.en,
      s.title.uk,
      s.originalTitle ?? '',
      s.issuers.join('; '),
      s.issuers.map(name).join('; '),
      (s.signatories?.actors ?? []).join('; '),
      s.signatories?.unnamed
        ? `${s.signatories.unnamed.count} ${s.signatories.unnamed.label.en}`
        : '',
      s.events.join('; '),
      (s.referencedEvents ?? []).join('; '),
      s.regions.join('; '),
      s.themes.join('; '),
      s.callsToAction.map((c) => c.id).join('; '),
      s.legalRefs.join('; '),
      s.summary.en,
      s.summary.uk,
      s.quotes.length,
      s.quotes.map((q) => `${name(q.speaker)}: ${q.text}`).join(' | '),
      s.source.publisher,
      s.source.url ?? '',
      (s.source.alsoAt ?? []).join('; '),
      s.source.reference ?? '',
      s.source.read,
      (s.notes ?? []).join(' '),
    ]
      .map(field)
      .join(','),
  );
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
