/**
 * `@null-and-void/statements`: the public record of what states, international organisations,
 * civil society and the press said about Russia's so-called referendums and elections in the
 * occupied territories of Ukraine, as typed records with a query API.
 */

import type { FacetKey, FilterIdsOf, QueryOptions, SearchOptions } from './catalog.js';
import { CountryCatalog } from './country-catalog.js';
import type {
  InvalidArgumentError,
  InvalidDateError,
  InvalidFilterError,
  UnknownIdError,
} from './errors.js';
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

/**
 * The literal id types of the bundled data.
 * @example
 * ```ts
 * import { catalog, type DefaultIds } from '@null-and-void/statements';
 * const event: DefaultIds['event'] = 'annexation-referendums-2022';
 * console.log(catalog.event(event).start);
 * ```
 */
export interface DefaultIds {
  statement: StatementId;
  actor: ActorId;
  event: EventId;
  region: RegionCode;
  instrument: InstrumentId;
  theme: ThemeId;
  callToAction: CallToActionId;
}

/**
 * A filter over the bundled data: every id is checked at compile time.
 * @example
 * ```ts
 * import { type DefaultFilter, query } from '@null-and-void/statements';
 * const filter: DefaultFilter = { region: ['UA-14', 'UA-09'], issuerKind: 'intergovernmental' };
 * console.log(query(filter).total);
 * ```
 */
export type DefaultFilter = StatementFilter<FilterIdsOf<DefaultIds>>;

/**
 * The catalog of the bundled data, validated at build time.
 * @example
 * ```ts
 * import { catalog } from '@null-and-void/statements';
 * console.log(catalog.statements.length, catalog.actor('nato').name.en);
 * ```
 */
export const catalog: CountryCatalog<DefaultIds> = new CountryCatalog<DefaultIds>(catalogData);

/**
 * The statement with this id; a typo is a compile error, and an unknown id throws.
 * @param id - A statement id, e.g. `nato-2022-09-22`.
 * @throws {@link UnknownIdError} when no statement has this id (with the nearest ids as suggestions).
 * @example
 * ```ts
 * import { get } from '@null-and-void/statements';
 * console.log(get('nato-2022-09-22').title.en);
 * ```
 */
export const get = (id: StatementId) => catalog.get(id);
/**
 * The statement with this id, or `undefined`: for ids that come from outside (a URL, a form).
 * @param id - Any string; only a statement id finds a statement.
 * @throws {@link InvalidArgumentError} when `id` is not a string.
 * @example
 * ```ts
 * import { find } from '@null-and-void/statements';
 * const statement = find(new URLSearchParams('id=nato-2022-09-22').get('id') ?? '');
 * console.log(statement?.date ?? 'no such statement');
 * ```
 */
export const find = (id: string) => catalog.find(id);
/**
 * Statements matching a filter, one page of them: `{ items, total }`, and `facets` if asked.
 * @param filter - Which statements: e.g. `{ event, region, issuerKind, from, to }`; none for all.
 * @param options - `sort`, `offset`, `limit` and `facets` (the keys to count).
 * @throws {@link InvalidFilterError} for an unknown key or value; {@link InvalidDateError} for a date that is not a calendar date.
 * @example
 * ```ts
 * import { query } from '@null-and-void/statements';
 * const { items, total } = query({ region: 'UA-65' }, { sort: '-date', limit: 3 });
 * console.log(total, items.map((s) => s.id));
 * ```
 */
export const query = <K extends FacetKey = never>(
  filter?: DefaultFilter,
  options?: QueryOptions<K>,
) => catalog.query(filter, options);
/**
 * Ranked full-text search in English and Ukrainian, with highlight ranges, and `facets` if asked.
 * @param text - What the reader typed: words, a "quoted phrase", a typo or an inflected form.
 * @param filter - Limits the search like `query`'s filter.
 * @param options - `limit` (default 20), `offset`, and `facets`: the keys to count over every hit.
 * @returns `{ items, total }`: hits with the statement, its score and highlight ranges.
 * @throws {@link InvalidArgumentError} for text that is not a string or too long; {@link InvalidFilterError} for a bad filter.
 * @example
 * ```ts
 * import { search } from '@null-and-void/statements';
 * const { items, facets } = search('Kherson', { from: '2022' }, { limit: 5, facets: ['issuerKind'] });
 * console.log(items[0]?.statement.id, facets.issuerKind);
 * ```
 */
export const search = <K extends FacetKey = never>(
  text: string,
  filter?: DefaultFilter,
  options?: SearchOptions<K>,
) => catalog.search(text, filter, options);
/**
 * Counts per event, region, issuer kind, country, theme, year, kind… of the matching statements.
 * @param keys - The counts to make; all of them when omitted.
 * @example
 * ```ts
 * import { facets } from '@null-and-void/statements';
 * console.log(facets({ region: 'UA-43' }, ['year']).year);
 * ```
 */
export const facets = <K extends FacetKey = FacetKey>(
  filter?: DefaultFilter,
  keys?: readonly K[],
) => catalog.facets(filter, keys);
/**
 * Every quote of the matching statements, with its speaker and statement, oldest first.
 * @param filter - Which statements' quotes; all of them when omitted.
 * @throws {@link InvalidFilterError} for an unknown key or value.
 * @example
 * ```ts
 * import { quotes } from '@null-and-void/statements';
 * for (const { quote, statement } of quotes({ issuerKind: 'state' }).slice(0, 2))
 *   console.log(statement.id, quote.text);
 * ```
 */
export const quotes = (filter?: DefaultFilter) => catalog.quotes(filter);
/**
 * Vote events and matching statements in date order, for a timeline.
 * @example
 * ```ts
 * import { timeline } from '@null-and-void/statements';
 * console.log(timeline({ region: 'UA-43' }).length);
 * ```
 */
export const timeline = (filter?: DefaultFilter) => catalog.timeline(filter);
/**
 * Statements about a vote event, oldest first.
 * @param eventId - A vote event id (see `EVENT_IDS`), e.g. `annexation-referendums-2022`. Not a
 * region code: for a region's statements use {@link statementsIn}.
 * @throws {@link UnknownIdError} when no event has this id, e.g. `statementsAbout('UA-65')`.
 * @example
 * ```ts
 * import { statementsAbout } from '@null-and-void/statements';
 * console.log(statementsAbout('annexation-referendums-2022').length);
 * ```
 */
export const statementsAbout = (eventId: EventId) => catalog.statementsAbout(eventId);
/**
 * Statements an actor issued, signed or is quoted in, oldest first.
 * @param actorId - An actor id (see `ACTOR_IDS`), e.g. `amnesty-international`.
 * @throws {@link UnknownIdError} when no actor has this id.
 * @example
 * ```ts
 * import { statementsBy } from '@null-and-void/statements';
 * console.log(statementsBy('amnesty-international').map((s) => s.date));
 * ```
 */
export const statementsBy = (actorId: ActorId) => catalog.statementsBy(actorId);
/**
 * Statements citing a legal instrument, oldest first.
 * @param instrumentId - A legal instrument id (see `INSTRUMENT_IDS`), e.g. `un-charter`.
 * @throws {@link UnknownIdError} when no instrument has this id.
 * @example
 * ```ts
 * import { statementsCiting } from '@null-and-void/statements';
 * console.log(statementsCiting('un-charter').length);
 * ```
 */
export const statementsCiting = (instrumentId: InstrumentId) =>
  catalog.statementsCiting(instrumentId);
/**
 * Statements concerning a region, oldest first.
 * @param region - An ISO 3166-2 code (see `REGION_CODES`), e.g. `UA-65` for Kherson oblast.
 * @throws {@link InvalidFilterError} when the code is not one of the catalog's regions.
 * @example
 * ```ts
 * import { statementsIn } from '@null-and-void/statements';
 * console.log(statementsIn('UA-65').length);
 * ```
 */
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
