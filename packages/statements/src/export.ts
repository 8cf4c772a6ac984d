import { checkBoolean, checkIdList, checkInstance, checkList, checkObject } from './arguments.js';
import { Catalog, type CatalogIds } from './catalog.js';
import { countryName } from './countries.js';
import { InvalidArgumentError } from './errors.js';
import type { CatalogInput, Statement } from './schema.js';

/**
 * Checks the catalog and statements of an exporter: a `Catalog`, and statements of that catalog
 * (as `query` returns them), so that a row is never written from half a record.
 */
function checkExport(call: string, catalog: unknown, statements: unknown): void {
  checkInstance(`catalog of ${call}`, catalog, Catalog, 'a Catalog (createCatalog or catalog)');
  checkList(
    `statements of ${call}`,
    statements,
    'a statement of the catalog',
    (s) =>
      typeof s === 'object' &&
      s !== null &&
      typeof (s as { id?: unknown }).id === 'string' &&
      catalog.find((s as Statement).id) === s,
  );
}

/** The options of a CSV exporter: an object whose `bom`, when given, is true or false. */
export function checkCSVOptions(call: string, options: unknown): void {
  checkObject(`options of ${call}`, options, '{ bom: true }');
  checkBoolean(`bom option of ${call}`, (options as { bom?: unknown } | undefined)?.bom);
}

/**
 * The catalog (or the part of it that `statements` is) as one JSON document in the schema's shape.
 * @example
 * ```ts
 * import { catalog, statementsAbout, toCatalogJSON } from '@null-and-void/statements';
 * const json = JSON.stringify(toCatalogJSON(catalog, statementsAbout('crimea-referendum-2014')));
 * console.log(json.length);
 * ```
 */
export function toCatalogJSON<Ids extends CatalogIds>(
  catalog: Catalog<Ids>,
  statements?: readonly Statement[],
): CatalogInput {
  checkExport('toCatalogJSON(catalog, statements)', catalog, statements);
  return {
    statements: [...(statements ?? catalog.statements)],
    actors: [...catalog.actors],
    events: [...catalog.events],
    regions: [...catalog.regions],
    instruments: [...catalog.instruments],
    themes: [...catalog.themes],
    callsToAction: [...catalog.callsToAction],
    ...correctionsOf(catalog, statements ?? catalog.statements),
  };
}

// A subset carries only its own statements' corrections, so that it validates on its own.
function correctionsOf<Ids extends CatalogIds>(
  catalog: Catalog<Ids>,
  statements: readonly Statement[],
): Pick<CatalogInput, 'correctionLogs'> {
  const ids = new Set(statements.map((s) => s.id));
  const logs = catalog.correctionLogs.filter((log) => ids.has(log.statement));
  return logs.length > 0 ? { correctionLogs: logs } : {};
}

/**
 * One statement per line (NDJSON), each line a complete JSON statement.
 * @example
 * ```ts
 * import { statementsIn, toNDJSON } from '@null-and-void/statements';
 * console.log(toNDJSON(statementsIn('UA-09')).split('\n')[0]);
 * ```
 */
export function toNDJSON(statements: readonly Statement[]): string {
  const call = 'statements of toNDJSON(statements)';
  const list = statements ?? null;
  checkList(call, list, 'a statement object', (s) => typeof s === 'object' && s !== null);
  return list
    .map((s, i) => {
      try {
        return `${JSON.stringify(s)}\n`;
      } catch {
        // A BigInt or a cycle: not a statement of any catalog.
        throw new InvalidArgumentError(`${call}[${i}]`, 'a statement that JSON can hold', s);
      }
    })
    .join('');
}

/**
 * Columns of the CSV export, in order.
 * @example
 * ```ts
 * import { CSV_COLUMNS } from '@null-and-void/statements';
 * CSV_COLUMNS[0]; // "id"
 * ```
 */
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
  'quote_originals',
  'source_publisher',
  'source_url',
  'source_kind',
  'source_also_at',
  'source_also_at_kinds',
  'source_reference',
  'source_read',
  'notes',
] as const;

// A cell a spreadsheet would read as a formula (OWASP, "CSV Injection"): `=`, `+`, `-` or `@`
// first, or a tab or carriage return before one.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell: quoted when RFC 4180 asks, and a text that a spreadsheet would run as a formula
 * prefixed with `'`, which spreadsheets show as text. Numbers are written as they are.
 */
export function field(value: string | number): string {
  const text = typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Options of the CSV exports.
 * @example
 * ```ts
 * import { catalog, type CSVOptions, toCSV } from '@null-and-void/statements';
 * const forExcel: CSVOptions = { bom: true };
 * toCSV(catalog, undefined, forExcel).startsWith('\uFEFF'); // true
 * ```
 */
export interface CSVOptions {
  /**
   * Start with a UTF-8 byte order mark, so that Excel opens the file as UTF-8 and Ukrainian text
   * stays readable (Excel reads a CSV without one in the system's legacy code page).
   */
  bom?: boolean;
}

const BOM = '\uFEFF';

/** `csv`, after a byte order mark if `options.bom` asks for one. */
export const withBOM = (options: CSVOptions, csv: string): string =>
  `${options.bom ? BOM : ''}${csv}`;

/**
 * The statements as CSV (RFC 4180: CRLF line ends, fields with a comma, quote or line break
 * quoted, quotes doubled; a text that starts as a formula would, with `'` before it). Lists are joined with "; ", quotes as "speaker: text" joined with " | ", their originals (where a
 * source gives the speaker's own words) as "speaker (language): text".
 * @example
 * ```ts
 * import { catalog, statementsIn, toCSV } from '@null-and-void/statements';
 * console.log(toCSV(catalog, statementsIn('UA-65')).split('\n')[0]);
 * ```
 */
export function toCSV<Ids extends CatalogIds>(
  catalog: Catalog<Ids>,
  statements?: readonly Statement[],
  options: CSVOptions = {},
): string {
  checkExport('toCSV(catalog, statements, options)', catalog, statements);
  checkCSVOptions('toCSV(catalog, statements, options)', options);
  const name = (id: string) => catalog.actors.find((a) => a.id === id)?.name.en ?? id;
  const rows = (statements ?? catalog.statements).map((s) =>
    [
      s.id,
      s.date,
      s.datePrecision,
      s.dateBasis,
      s.dateNote?.en ?? '',
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
      s.quotes
        .flatMap((q) =>
          q.original ? [`${name(q.speaker)} (${q.original.language}): ${q.original.text}`] : [],
        )
        .join(' | '),
      s.source.publisher,
      s.source.url ?? '',
      s.source.kind ?? '',
      (s.source.alsoAt ?? []).map((a) => a.url).join('; '),
      (s.source.alsoAt ?? []).map((a) => a.kind).join('; '),
      s.source.reference ?? '',
      s.source.read,
      (s.notes ?? []).map((note) => note.en).join(' '),
    ]
      .map(field)
      .join(','),
  );
  return withBOM(options, `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`);
}

/**
 * Columns of the UN votes CSV, in order.
 * @example
 * ```ts
 * import { VOTE_CSV_COLUMNS } from '@null-and-void/statements';
 * console.log(VOTE_CSV_COLUMNS.join(','));
 * ```
 */
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
 * States are never filled in by elimination. Country names are English, from `countryName`.
 * @example
 * ```ts
 * import { catalog, toVotesCSV } from '@null-and-void/statements';
 * console.log(toVotesCSV(catalog).split('\n').length);
 * ```
 */
export function toVotesCSV<Ids extends CatalogIds>(
  catalog: Catalog<Ids>,
  options: CSVOptions = {},
): string {
  checkExport('toVotesCSV(catalog, options)', catalog, undefined);
  checkCSVOptions('toVotesCSV(catalog, options)', options);
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
      rows.push([...head, code, countryName(code).en, vote, source, second]);
    }
  }
  const lines = [VOTE_CSV_COLUMNS, ...rows].map((row) => `${row.map(field).join(',')}\r\n`);
  return withBOM(options, lines.join(''));
}

/**
 * What `toSubsetJSON` starts from: ids of statements, vote events and legal instruments.
 * @example
 * ```ts
 * import { catalog, type SubsetSelection, toSubsetJSON } from '@null-and-void/statements';
 * const crimea: SubsetSelection = { events: ['crimea-referendum-2014'] };
 * console.log(toSubsetJSON(catalog, crimea).statements.length);
 * ```
 */
export interface SubsetSelection {
  statements?: readonly string[];
  events?: readonly string[];
  instruments?: readonly string[];
}

/**
 * A complete, valid catalog document holding only the selected records and every record they
 * refer to (issuers, signatories, speakers, publishers, events, regions, themes, calls to
 * action, instruments; an instrument that is only referred to comes without its roll call). A
 * widget showing one card fetches this instead of the corpus.
 * Throws `UnknownIdError` for an id the catalog lacks.
 * @example
 * ```ts
 * import { catalog, toSubsetJSON } from '@null-and-void/statements';
 * const subset = toSubsetJSON(catalog, { statements: ['nato-2022-09-22', 'unga-2022-10-12'] });
 * console.log(subset.statements.length, subset.actors.length);
 * ```
 */
export function toSubsetJSON<Ids extends CatalogIds>(
  catalog: Catalog<Ids>,
  selection: SubsetSelection,
): CatalogInput {
  checkExport('toSubsetJSON(catalog, selection)', catalog, undefined);
  checkObject('selection of toSubsetJSON(catalog, selection)', selection, '{ statements: [id] }');
  if (selection === undefined) {
    throw new InvalidArgumentError(
      'selection of toSubsetJSON(catalog, selection)',
      'an object such as { statements: [id] }',
      selection,
    );
  }
  for (const key of ['statements', 'events', 'instruments'] as const) {
    checkIdList(`${key} of toSubsetJSON(catalog, selection)`, selection[key]);
  }
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
    for (const ref of event.relatedInstruments ?? []) instruments.add(ref);
  }
  for (const id of instruments) catalog.instrument(id as Ids['instrument']);
  // memberOf and officeOf point from actor to actor: follow them until nothing new turns up.
  const queue = [...actors];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    const actor = catalog.actor(id as Ids['actor']);
    for (const parent of [...(actor.memberOf ?? []), ...(actor.officeOf ? [actor.officeOf] : [])]) {
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
    instruments: catalog.instruments
      .filter((i) => instruments.has(i.id))
      // One only referred to comes without its roll call: a card shows totals, not 193 names.
      .map((i) =>
        selection.instruments?.includes(i.id)
          ? i
          : { ...i, votes: i.votes && { ...i.votes, byState: undefined, rollCall: undefined } },
      ),
    themes: catalog.themes.filter((t) => themes.has(t.id)),
    callsToAction: catalog.callsToAction.filter((c) => calls.has(c.id)),
  };
}
