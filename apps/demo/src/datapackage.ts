/**
 * The site's Frictionless Data Package (`/data/datapackage.json`): every download with its
 * format, media type, encoding and licence, and for the two CSV files every column with its type.
 * `e2e/datapackage.test.ts` reads the files the build wrote and checks them against it.
 */
import {
  CSV_COLUMNS,
  dataAsOf,
  MATRIX_CSV_COLUMNS,
  SOURCE_KINDS,
  VOTE_CSV_COLUMNS,
} from '@null-and-void/statements';
import type { Download } from './pages/data.js';
import { record } from './record.js';
import { absolute, SITE_NAME } from './site.js';

/** A Table Schema field: `string`, `integer`, `boolean` or `date`, with an optional pattern or enum. */
export interface TableField {
  name: string;
  type: 'string' | 'integer' | 'boolean' | 'date';
  description: string;
  constraints?: { required?: boolean; pattern?: string; enum?: string[] };
}

const PARTIAL_DATE = '\\d{4}(-\\d{2}(-\\d{2})?)?';
const LIST = 'several values joined with "; "';

const text = (description: string, required = false): Omit<TableField, 'name'> => ({
  type: 'string',
  description,
  ...(required ? { constraints: { required: true } } : {}),
});

/** Each column of `statements.csv`; a column added to `CSV_COLUMNS` must be described here. */
const STATEMENT_FIELDS: Record<(typeof CSV_COLUMNS)[number], Omit<TableField, 'name'>> = {
  id: {
    type: 'string',
    description: 'Record id',
    constraints: { required: true, pattern: '[a-z0-9]+(-[a-z0-9]+)*' },
  },
  date: {
    type: 'string',
    description: 'Date of the statement, as precise as known (YYYY, YYYY-MM or YYYY-MM-DD)',
    constraints: { required: true, pattern: PARTIAL_DATE },
  },
  date_precision: {
    type: 'string',
    description: 'day, month or year',
    constraints: { required: true, enum: ['day', 'month', 'year'] },
  },
  date_basis: {
    type: 'string',
    description: 'stated in the source, or inferred',
    constraints: { required: true, enum: ['stated', 'inferred'] },
  },
  date_note: text(
    'How an inferred date was arrived at, in English (the JSON downloads have both languages)',
  ),
  kind: text('Kind of statement (press-release, joint-statement, speech, …)', true),
  language: text('Language of the original text (BCP 47)', true),
  title_en: text("Title in English, in the project's words", true),
  title_uk: text("Title in Ukrainian, in the project's words", true),
  original_title: text("The source's own title"),
  issuers: text(`Issuing actor ids, ${LIST}`, true),
  issuer_names: text(`Issuers' English names, ${LIST}`, true),
  signatories: text(`Signatory actor ids, ${LIST}`),
  unnamed_signatories: text('Signatories counted but not named, e.g. "56 UN member states"'),
  events: text(`Vote events the statement is about, ${LIST}`),
  referenced_events: text(`Earlier vote events mentioned in passing, ${LIST}`),
  regions: text(`ISO 3166-2 regions, ${LIST}`),
  themes: text(`Theme ids, ${LIST}`),
  calls_to_action: text(`Call-to-action ids, ${LIST}`),
  legal_refs: text(`Legal instrument ids, ${LIST}`),
  summary_en: text("Summary in English, in the project's words", true),
  summary_uk: text("Summary in Ukrainian, in the project's words", true),
  quote_count: {
    type: 'integer',
    description: 'Number of verbatim quotes',
    constraints: { required: true },
  },
  quotes: text('Quotes as "speaker: text", joined with " | "'),
  quote_originals: text(
    'The speaker\'s own words where a quote is a translation, as "speaker (language): text", joined with " | "',
  ),
  source_publisher: text('Publisher actor id of the source', true),
  source_url: text('Address of the source the record cites'),
  source_kind: {
    type: 'string',
    description: "What the cited address is: the issuer's official page, a republication, press, …",
    constraints: { enum: [...SOURCE_KINDS] },
  },
  source_also_at: text(`Other addresses of the same text, ${LIST}`),
  source_also_at_kinds: text(`The kind of each other address, in the same order, ${LIST}`),
  source_reference: text('The publisher\'s own reference, e.g. "PR (2022) 125"'),
  source_read: {
    type: 'string',
    description: 'Whether the record rests on the full text or an excerpt',
    constraints: { required: true, enum: ['full', 'excerpt'] },
  },
  notes: text('Editorial notes in English (the JSON downloads have both languages)'),
};

/** Each column of `un-votes.csv`. */
const VOTE_FIELDS: Record<(typeof VOTE_CSV_COLUMNS)[number], Omit<TableField, 'name'>> = {
  instrument: text('Legal instrument id', true),
  symbol: text('UN document symbol'),
  date: { type: 'date', description: 'Date of the vote', constraints: { required: true } },
  adopted: {
    type: 'boolean',
    description: 'Whether it was adopted',
    constraints: { required: true },
  },
  yes_total: { type: 'integer', description: 'Votes in favour', constraints: { required: true } },
  no_total: { type: 'integer', description: 'Votes against', constraints: { required: true } },
  abstain_total: { type: 'integer', description: 'Abstentions', constraints: { required: true } },
  absent_total: { type: 'integer', description: 'Members not voting, where the source gives it' },
  state: {
    type: 'string',
    description: 'ISO 3166-1 alpha-2 code of a state a source names; empty if none is named',
    constraints: { pattern: '[A-Z]{2}' },
  },
  state_name: text("The state's English name"),
  state_vote: {
    type: 'string',
    description: "That state's vote",
    constraints: { enum: ['yes', 'no', 'abstain', 'absent'] },
  },
  source: text("The vote's record: the UN Digital Library roll call, or the tally's sources"),
  second_source: text("An independent list that names the same state's vote"),
};

/** Each column of `stance-matrix.csv`. */
const MATRIX_FIELDS: Record<(typeof MATRIX_CSV_COLUMNS)[number], Omit<TableField, 'name'>> = {
  state: {
    type: 'string',
    description: 'ISO 3166-1 alpha-2 code of a UN member state',
    constraints: { required: true, pattern: '[A-Z]{2}' },
  },
  state_name: text("The state's English name", true),
  state_name_uk: text("The state's Ukrainian name", true),
  region: text('UN M49 region'),
  subregion: text('UN M49 sub-region'),
  column_type: {
    type: 'string',
    description: 'What the column is: a vote event or a UN vote (instrument)',
    constraints: { required: true },
  },
  column_id: text('Id of the vote event or instrument', true),
  column_date: text('Its date (ISO 8601, as precise as known)'),
  vote: text("The state's vote on the instrument, where a source names it"),
  statements: text(`Ids of the statements its actors made about the event, ${LIST}`),
  nothing_found_as_of: text(
    'Where no statement was found: the date up to which the record holds none',
  ),
  source: text("The vote's record"),
  second_source: text("An independent list that names the state's vote"),
};

function fields<C extends string>(
  columns: readonly C[],
  table: Record<C, Omit<TableField, 'name'>>,
): TableField[] {
  return columns.map((name) => ({ name, ...table[name] }));
}

const DATA_LICENCE = {
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  title: 'Creative Commons Attribution 4.0 International',
};
const CODE_LICENCE = {
  name: 'MIT',
  path: 'https://opensource.org/licenses/MIT',
  title: 'MIT License',
};

/** Table schemas of the CSV downloads, by site path. */
export const TABLE_SCHEMAS: Record<string, { fields: TableField[] }> = {
  '/data/statements.csv': { fields: fields(CSV_COLUMNS, STATEMENT_FIELDS) },
  '/data/un-votes.csv': { fields: fields(VOTE_CSV_COLUMNS, VOTE_FIELDS) },
  '/data/stance-matrix.csv': { fields: fields(MATRIX_CSV_COLUMNS, MATRIX_FIELDS) },
};

/** The Data Package describing `downloads`. Paths are relative to `/data/`, where it is written. */
export function dataPackage(downloads: readonly Download[]): object {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'null-and-void',
    title: `${SITE_NAME}: statements on Russia's so-called referendums and elections in occupied Ukraine`,
    homepage: absolute('/data/'),
    // Not Frictionless's `version` or `created` (those speak of releases and builds): how recent
    // the record is, from the latest date the data holds, as the site footer shows it.
    dataAsOf: dataAsOf(record),
    licenses: [DATA_LICENCE],
    sources: [{ title: 'Each record names its source (source_url)' }],
    keywords: ['ukraine', 'russia', 'referendum', 'elections', 'crimea', 'occupation'],
    resources: downloads.map((d) => {
      const name = d.path.replace(/^\/data\//, '');
      const schema = TABLE_SCHEMAS[d.path];
      return {
        name: name.replace(/[^a-z0-9]+/g, '-').replace(/-$/, ''),
        path: name,
        format: name.split('.').pop(),
        mediatype: d.mediaType,
        encoding: d.bom ? 'utf-8-sig' : 'utf-8',
        bytes: d.bytes,
        licenses: [d.description === 'downloadSchema' ? CODE_LICENCE : DATA_LICENCE],
        ...(schema
          ? { type: 'table', dialect: { header: true, lineTerminator: '\r\n' }, schema }
          : {}),
      };
    }),
  };
}
