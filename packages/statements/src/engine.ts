/**
 * The query engine without the bundled data: `createCatalog` for a catalog you bring (or fetch),
 * the `Catalog` class, the exporters and the typed errors. A widget that fetches its data at run
 * time imports this entry so that its bundle does not carry the corpus.
 */

export type {
  CatalogIds,
  CatalogStatement,
  FacetCount,
  FacetedResult,
  FacetKey,
  Facets,
  FilterIdsOf,
  QueryOptions,
  QueryResult,
  QuoteEntry,
  SearchHit,
  SearchOptions,
  Sort,
  TimelineEntry,
} from './catalog.js';
export { Catalog, createCatalog, FACET_KEYS, SORTS } from './catalog.js';
// Only the names: the table of UN members is the main entry's (see index.ts), so that code
// loading the engine (the widgets) does not carry it.
export { countryName } from './countries.js';
export { dataAsOf } from './data-as-of.js';
export type { CatalogProblem, ErrorCode } from './errors.js';
export {
  InvalidArgumentError,
  InvalidCatalogError,
  InvalidDateError,
  InvalidFilterError,
  NullAndVoidError,
  UnknownIdError,
} from './errors.js';
export type { Range } from './excerpt.js';
export { excerpt } from './excerpt.js';
export type { CSVOptions, SubsetSelection } from './export.js';
export {
  CSV_COLUMNS,
  toCatalogJSON,
  toCSV,
  toNDJSON,
  toSubsetJSON,
  toVotesCSV,
  VOTE_CSV_COLUMNS,
} from './export.js';
export type { StatementFilter } from './filter.js';
export type { FilterAttributes, FilterKey, FilterLabelKey, SetKey } from './filter-keys.js';
export { FILTER_KEYS, FILTER_TABLE, filterLabelKey, SET_KEYS } from './filter-keys.js';
export type { Highlight } from './highlight.js';
export { firstIssuerKindCounts } from './issuer-kinds.js';
export type {
  Actor,
  ActorKind,
  CallToAction,
  CatalogInput,
  Correction,
  CorrectionEntry,
  CorrectionLog,
  LegalInstrument,
  LocalizedText,
  Quote,
  Region,
  RollCall,
  Source,
  SourceAddress,
  SourceKind,
  Stance,
  Statement,
  StatementKind,
  Theme,
  VoteChoice,
  VoteEvent,
  Votes,
} from './schema.js';
export { onlyCopies, readInFull, sourceAddresses, sourceKindCounts } from './sources.js';
export { validateCatalog } from './validate.js';
export {
  ACTOR_KINDS,
  isValidPartialDate,
  SOURCE_KINDS,
  STANCES,
  STATEMENT_KINDS,
} from './vocabulary.js';
