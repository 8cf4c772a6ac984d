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

/** Columns of the UN votes CSV, in order. */
export const VOTE_CSV_COLUMNS = [
  'instrument',
  'symbol',
  'date',
  'adopted',
  'yes_total',
  'no_total',
  'abstain_total',
  'absent_total',
  'state',
  'state_name',
  'state_vote',
  'source',
  'second_source',
] as const;

/**
 * The recorded votes as CSV (RFC 4180): one row per state a source names, with the totals
 * repeated and the vote's source (the UN Digital Library record of a roll call) and second
 * source; an instrument whose sources name no state gets one row with the state left empty.
 * States are never filled in by elimination. Country names are English, from `Intl.DisplayNames`.
 */
export function toVotesCSV<Ids extends CatalogIds>(catalog: Catalog<Ids>): string {
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  const rows: (string | number)[][] = [];
  for (const i of catalog.instruments) {
    if (!i.votes) continue;
    const { yes, no, abstain, absent, byState, rollCall, sources } = i.votes;
    const head = [i.id, i.symbol ?? '', i.date, String(i.adopted), yes, no, abstain, absent ?? ''];
    // A roll call's record is the source of each vote; otherwise the sources of the whole tally.
    const source = rollCall?.record ?? (sources ?? []).join(' ');
    const named = Object.entries(byState ?? {}).sort(([a], [b]) => a.localeCompare(b));
    if (named.length === 0) rows.push([...head, '', '', '', source, '']);
    for (const [code, vote] of named) {
      const second = rollCall?.secondSources?.find((s) => s.states.includes(code))?.url ?? '';
      rows.push([...head, code, names.of(code) ?? code, vote, source, second]);
    }
  }
  return [VOTE_CSV_COLUMNS, ...rows].map((row) => `${row.map(field).join(',')}\r\n`).join('');
}

/** What `toSubsetJSON` starts from: ids of statements, vote events and legal instruments. */
export interface SubsetSelection {
  statements?: readonly string[];
  events?: readonly string[];
  instruments?: readonly string[];
}

/**
 * A complete, valid catalog document holding only the selected records and every record they
 * refer to (issuers, signatories, speakers, publishers, events, regions, themes, calls to
 * action, instruments). A widget showing one card fetches this instead of the corpus.
 * Throws `UnknownIdError` for an id the catalog lacks.
 */
export function toSubsetJSON<Ids extends CatalogIds>(
  catalog: Catalog<Ids>,
  selection: SubsetSelection,
): CatalogInput {
  const statements = (selection.statements ?? []).map((id) => catalog.get(id as Ids['statement']));
  const events = new Set<string>(selection.events ?? []);
  const instruments = new Set<string>(selection.instruments ?? []);
  const actors = new Set<string>();
  const regions = new Set<string>();
  const themes = new Set<string>();
  const calls = new Set<string>();
  for (const s of statements) {
    for (const id of s.issuers) actors.add(id);
    for (const id of s.signatories?.actors ?? []) actors.add(id);
    for (const q of s.quotes) actors.add(q.speaker);
    actors.add(s.source.publisher);
    for (const id of [...s.events, ...(s.referencedEvents ?? [])]) events.add(id);
    for (const code of s.regions) regions.add(code);
    for (const id of s.themes) themes.add(id);
    for (const c of s.callsToAction) calls.add(c.id);
    for (const id of s.legalRefs) instruments.add(id);
  }
  for (const id of events) {
    const event = catalog.event(id as Ids['event']);
    for (const code of event.regions) regions.add(code);
    if (event.organizer) actors.add(event.organizer);
    for (const ref of event.invalidatedBy ?? []) instruments.add(ref);
  }
  for (const id of instruments) catalog.instrument(id as Ids['instrument']);
  // memberOf points from actor to actor: follow it until nothing new turns up.
  const queue = [...actors];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    for (const parent of catalog.actor(id as Ids['actor']).memberOf ?? []) {
      if (!actors.has(parent)) {
        actors.add(parent);
        queue.push(parent);
      }
    }
  }
  return {
    statements,
    actors: catalog.actors.filter((a) => actors.has(a.id)),
    events: catalog.events.filter((e) => events.has(e.id)),
    regions: catalog.regions.filter((r) => regions.has(r.code)),
    instruments: catalog.instruments.filter((i) => instruments.has(i.id)),
    themes: catalog.themes.filter((t) => themes.has(t.id)),
    callsToAction: catalog.callsToAction.filter((c) => calls.has(c.id)),
  };
}
