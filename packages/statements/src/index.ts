/**
 * `@null-and-void/statements`: the public record of what states, international organisations,
 * civil society and the press said about Russia's so-called referendums and elections in the
 * occupied territories of Ukraine, as typed records with a query API.
 */
import type { FacetKey, FilterIdsOf, QueryOptions, SearchOptions } from './catalog.js';
import { CountryCatalog } from './country-catalog.js';
import type { StatementFilter } from './filter.js';
import { catalogData } from './generated/catalog-data.js';
import type {
  ActorId,
  CallToActionId,
  EventId,
  InstrumentId,
  RegionCode,
  StatementId,
  ThemeId,
} from './generated/ids.js';

/** The literal id types of the bundled data. */
export interface DefaultIds {
  statement: StatementId;
  actor: ActorId;
  event: EventId;
  region: RegionCode;
  instrument: InstrumentId;
  theme: ThemeId;
  callToAction: CallToActionId;
}

/** A filter over the bundled data: every id is checked at compile time. */
export type DefaultFilter = StatementFilter<FilterIdsOf<DefaultIds>>;

/** The catalog of the bundled data, validated at build time. */
export const catalog: CountryCatalog<DefaultIds> = new CountryCatalog<DefaultIds>(catalogData);

/** The statement with this id; a typo is a compile error, and an unknown id throws. */
export const get = (id: StatementId) => catalog.get(id);
/** The statement with this id, or `undefined`. */
export const find = (id: string) => catalog.find(id);
/** Statements matching a filter, one page of them: `{ items, total }`, and `facets` if asked. */
export const query = <K extends FacetKey = never>(
  filter?: DefaultFilter,
  options?: QueryOptions<K>,
) => catalog.query(filter, options);
/** Ranked full-text search in English and Ukrainian, with highlight ranges, and `facets` if asked. */
export const search = <K extends FacetKey = never>(
  text: string,
  filter?: DefaultFilter,
  options?: SearchOptions<K>,
) => catalog.search(text, filter, options);
/** Counts per event, region, issuer kind, country, theme, year, kind… of the matching statements. */
export const facets = <K extends FacetKey = FacetKey>(
  filter?: DefaultFilter,
  keys?: readonly K[],
) => catalog.facets(filter, keys);
/** Every quote of the matching statements, with its speaker. */
export const quotes = (filter?: DefaultFilter) => catalog.quotes(filter);
/** Vote events and matching statements in date order. */
export const timeline = (filter?: DefaultFilter) => catalog.timeline(filter);
/** Statements about a vote event. */
export const statementsAbout = (eventId: EventId) => catalog.statementsAbout(eventId);
/** Statements an actor issued, signed or is quoted in. */
export const statementsBy = (actorId: ActorId) => catalog.statementsBy(actorId);
/** Statements citing a legal instrument. */
export const statementsCiting = (instrumentId: InstrumentId) =>
  catalog.statementsCiting(instrumentId);
/** Statements concerning a region (ISO 3166-2 code). */
export const statementsIn = (region: RegionCode) => catalog.statementsIn(region);

export type { Country, M49Area } from './countries.js';
export { countryInfo, isUnMember, unMembers } from './countries.js';
export { CountryCatalog } from './country-catalog.js';
export type {
  CountryEvent,
  CountryRecord,
  CountryVote,
  MatrixCell,
  MatrixColumn,
  MatrixRow,
  StanceMatrix,
} from './country-record.js';
export { countryRecord, recordAsOf, stanceMatrix, voteOf } from './country-record.js';
export * from './engine.js';
export * from './generated/ids.js';
export { MATRIX_CSV_COLUMNS, toMatrixCSV, toMatrixJSON } from './matrix-export.js';
