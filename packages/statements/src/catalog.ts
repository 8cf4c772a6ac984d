import { checkBoolean, checkCount, checkId, checkList, checkObject } from './arguments.js';
import { Bitset } from './bitset.js';
import { describeValue } from './describe-value.js';
import {
  InvalidArgumentError,
  InvalidCatalogError,
  InvalidFilterError,
  UnknownIdError,
} from './errors.js';
import {
  dateBounds,
  FilterIndex,
  type NormalizedFilter,
  OPTION_KEYS,
  type SetKey,
  type StatementFilter,
} from './filter.js';
import { type Highlight, highlightsOf } from './highlight.js';
import type {
  Actor,
  CallToAction,
  CatalogInput,
  Correction,
  CorrectionEntry,
  CorrectionLog,
  LegalInstrument,
  Quote,
  Region,
  Statement,
  Theme,
  VoteEvent,
} from './schema.js';
import { SearchIndex } from './search.js';
import { suggest } from './suggest.js';
import { validateCatalog } from './validate.js';

/**
 * Id types of a catalog; the default catalog narrows every one to a literal union.
 * @example
 * ```ts
 * import { type CatalogIds, catalog, createCatalog, toCatalogJSON } from '@null-and-void/statements';
 * // The id types of a catalog you bring: plain strings, as `createCatalog` returns it.
 * const yours = createCatalog(toCatalogJSON(catalog));
 * const ids: CatalogIds['statement'][] = yours.statements.map((s) => s.id);
 * console.log(ids.length);
 * ```
 */
export interface CatalogIds {
  statement: string;
  actor: string;
  event: string;
  region: string;
  instrument: string;
  theme: string;
  callToAction: string;
}

/**
 * A statement whose id is typed as one of the catalog's ids.
 * @example
 * ```ts
 * import { type CatalogStatement, type DefaultIds, get } from '@null-and-void/statements';
 * const nato: CatalogStatement<DefaultIds> = get('nato-2022-09-22');
 * console.log(nato.id, nato.date);
 * ```
 */
export type CatalogStatement<Ids extends CatalogIds> = Statement & {
  readonly id: Ids['statement'];
};

/**
 * The orders `query` can sort by: by date either way, or by title.
 * @example
 * ```ts
 * import { query, SORTS } from '@null-and-void/statements';
 * for (const sort of SORTS) console.log(sort, query({}, { sort, limit: 1 }).items[0]?.id);
 * ```
 */
export const SORTS = ['-date', 'date', 'title', '-title'] as const;
/**
 * `date` is oldest first, `-date` newest first (the default), `title` by English title.
 * @example
 * ```ts
 * import { query, type Sort } from '@null-and-void/statements';
 * const oldestFirst: Sort = 'date';
 * console.log(query({ event: 'crimea-referendum-2014' }, { sort: oldestFirst, limit: 1 }).items[0]?.id);
 * ```
 */
export type Sort = (typeof SORTS)[number];

/**
 * The third argument of `query`: order, page and facet counts.
 * @example
 * ```ts
 * import { query, type QueryOptions } from '@null-and-void/statements';
 * const secondPage: QueryOptions = { sort: '-date', offset: 10, limit: 10 };
 * console.log(query({ region: 'UA-43' }, secondPage).items.length);
 * ```
 */
export interface QueryOptions<K extends FacetKey = never> {
  /** `-date` (newest first, the default), `date`, `title` or `-title`. */
  sort?: Sort;
  /** How many items to return; all of them when left out. */
  limit?: number;
  /** How many matching items to skip first. */
  offset?: number;
  /**
   * Facet keys to count over every match (not only the page), returned as `facets`: each key's
   * counts apply every filter but its own, as `facets()` does.
   */
  facets?: readonly K[];
}

/**
 * The third argument of `search`: order, page and facet counts over every hit.
 * @example
 * ```ts
 * import { search, type SearchOptions } from '@null-and-void/statements';
 * const firstFive: SearchOptions<'issuerKind'> = { limit: 5, facets: ['issuerKind'] };
 * console.log(search('referendum', {}, firstFive).facets.issuerKind);
 * ```
 */
export interface SearchOptions<K extends FacetKey = never> {
  /** `relevance` (the default) or a date/title order. */
  sort?: Sort | 'relevance';
  /** How many hits to return; all of them when left out. */
  limit?: number;
  /** How many hits to skip first. */
  offset?: number;
  /**
   * Facet keys to count over every hit of the search (not only the page), returned as `facets`:
   * each key's counts apply the search text and every filter but its own, so that a list of
   * checkboxes beside the results shows what ticking one more value would give.
   */
  facets?: readonly K[];
}

/**
 * A page of matching items and how many match in all.
 * @example
 * ```ts
 * import { type DefaultIds, type CatalogStatement, query, type QueryResult } from '@null-and-void/statements';
 * const page: QueryResult<CatalogStatement<DefaultIds>> = query({ region: 'UA-65' }, { limit: 3 });
 * console.log(`${page.items.length} of ${page.total}`);
 * ```
 */
export interface QueryResult<T> {
  /** The page of matching items. */
  readonly items: readonly T[];
  /** How many items match in all, regardless of `limit` and `offset`. */
  readonly total: number;
}

/**
 * A page of results, with `facets` when the options asked for facet keys.
 * @example
 * ```ts
 * import { type CatalogStatement, type DefaultIds, type FacetedResult, query } from '@null-and-void/statements';
 * const result: FacetedResult<CatalogStatement<DefaultIds>, 'year'> = query({}, { facets: ['year'] });
 * console.log(result.total, result.facets.year);
 * ```
 */
export type FacetedResult<T, K extends FacetKey> = [K] extends [never]
  ? QueryResult<T>
  : QueryResult<T> & { readonly facets: Readonly<Record<K, readonly FacetCount[]>> };

/**
 * One search result: the statement, its relevance score and the ranges that matched.
 * @example
 * ```ts
 * import { type DefaultIds, search, type SearchHit } from '@null-and-void/statements';
 * const hits: readonly SearchHit<DefaultIds>[] = search('Kherson').items;
 * for (const { statement, score } of hits.slice(0, 3)) console.log(statement.id, score.toFixed(2));
 * ```
 */
export interface SearchHit<Ids extends CatalogIds = CatalogIds> {
  readonly statement: CatalogStatement<Ids>;
  readonly score: number;
  readonly highlights: readonly Highlight[];
}

/**
 * Keys `facets()` counts by.
 * @example
 * ```ts
 * import { FACET_KEYS, facets } from '@null-and-void/statements';
 * const counts = facets({ event: 'crimea-referendum-2014' });
 * for (const key of FACET_KEYS) console.log(key, counts[key].length);
 * ```
 */
export const FACET_KEYS = [
  'event',
  'region',
  'issuerKind',
  'country',
  'theme',
  'callToAction',
  'legalRef',
  'year',
  'kind',
  'issuer',
  'signatory',
  'speaker',
  'read',
  'lang',
] as const satisfies readonly SetKey[];
/**
 * A key `facets()` counts by, e.g. `issuerKind`.
 * @example
 * ```ts
 * import { type FacetKey, facets } from '@null-and-void/statements';
 * const key: FacetKey = 'issuerKind';
 * console.log(facets({ region: 'UA-09' }, [key])[key]);
 * ```
 */
export type FacetKey = (typeof FACET_KEYS)[number];
/**
 * How many matching statements have one value of a facet key.
 * @example
 * ```ts
 * import { type FacetCount, facets } from '@null-and-void/statements';
 * const years: readonly FacetCount[] = facets({}, ['year']).year;
 * for (const { value, count } of years) console.log(value, count);
 * ```
 */
export interface FacetCount {
  readonly value: string;
  readonly count: number;
}
/**
 * Counts per value of each key. Each key's counts apply every filter but its own, so that a
 * list of checkboxes shows what ticking one more value would add.
 * @example
 * ```ts
 * import { type Facets, facets } from '@null-and-void/statements';
 * const all: Facets = facets();
 * console.log(all.event.map((e) => e.value));
 * ```
 */
export type Facets = Readonly<Record<FacetKey, readonly FacetCount[]>>;

/**
 * A quote with its place in its statement (`index`), its speaker and its statement.
 * @example
 * ```ts
 * import { type DefaultIds, type QuoteEntry, quotes } from '@null-and-void/statements';
 * const entries: QuoteEntry<DefaultIds>[] = quotes({ event: 'crimea-referendum-2014' });
 * for (const { quote, speaker } of entries.slice(0, 2)) console.log(speaker.name.en, quote.text);
 * ```
 */
export interface QuoteEntry<Ids extends CatalogIds = CatalogIds> {
  readonly quote: Quote;
  readonly index: number;
  readonly speaker: Actor;
  readonly statement: CatalogStatement<Ids>;
}

/**
 * One entry of a timeline: a vote event or a statement, with its date.
 * @example
 * ```ts
 * import { type DefaultIds, type TimelineEntry, timeline } from '@null-and-void/statements';
 * const line: TimelineEntry<DefaultIds>[] = timeline({ region: 'UA-09' });
 * for (const entry of line.slice(0, 5))
 *   console.log(entry.date, entry.type === 'event' ? entry.event.id : entry.statement.id);
 * ```
 */
export type TimelineEntry<Ids extends CatalogIds = CatalogIds> =
  | { readonly type: 'event'; readonly date: string; readonly event: VoteEvent }
  | {
      readonly type: 'statement';
      readonly date: string;
      readonly statement: CatalogStatement<Ids>;
    };

const COLLECTIONS = [
  'statements',
  'actors',
  'events',
  'regions',
  'instruments',
  'themes',
  'callsToAction',
] as const satisfies readonly (keyof CatalogInput)[];

function byId<T extends { id: string }>(records: readonly T[]): ReadonlyMap<string, T> {
  return new Map(records.map((r) => [r.id, r]));
}

/** Checks the options argument of `query` or `search`, and names what is wrong with it. */
function checkOptions(
  options: unknown,
  sorts: readonly string[],
  call: 'query(filter, options)' | 'search(text, filter, options)',
): asserts options is { limit?: number; offset?: number; sort?: string; facets?: unknown } {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidFilterError(
      'options',
      `The options of ${call} must be an object such as { limit: 20 }; got ${Array.isArray(options) ? 'a list' : String(options)}.`,
    );
  }
  for (const key of Object.keys(options)) {
    if ((OPTION_KEYS as readonly string[]).includes(key)) continue;
    const hints = suggest(key, OPTION_KEYS);
    throw new InvalidFilterError(
      key,
      `Unknown option ${describeValue(key)} of ${call}.${hints.length ? ` Did you mean "${hints[0]}"?` : ''} Options: ${OPTION_KEYS.join(', ')}.`,
    );
  }
  const { facets } = options as { facets?: unknown };
  if (facets !== undefined && !Array.isArray(facets)) {
    throw new InvalidFilterError(
      'facets',
      `Option "facets" takes a list of facet keys such as ["theme", "region"]; got ${describeValue(facets)}.`,
    );
  }
  if (facets) checkFacetKeys(facets);
  checkPaging(options, sorts);
}

/** Checks the options argument of `statementsBy`: `{ includeOffices?: boolean }` or nothing. */
function checkStatementsByOptions(
  options: unknown,
): asserts options is { includeOffices?: boolean } {
  const call = 'statementsBy(actorId, options)';
  checkObject(`options of ${call}`, options, '{ includeOffices: true }');
  for (const [key, value] of Object.entries(options ?? {})) {
    if (key !== 'includeOffices') {
      throw new InvalidArgumentError(
        `options of ${call}`,
        'an object with includeOffices only',
        key,
      );
    }
    checkBoolean(`includeOffices of ${call}`, value);
  }
}

function checkFacetKeys(keys: readonly unknown[]): void {
  for (const key of keys) {
    if (!(FACET_KEYS as readonly unknown[]).includes(key)) {
      const hints = typeof key === 'string' ? suggest(key, FACET_KEYS) : [];
      throw new InvalidFilterError(
        'facets',
        `Unknown facet key ${describeValue(key)}.${hints.length ? ` Did you mean "${hints[0]}"?` : ''} Facet keys: ${FACET_KEYS.join(', ')}.`,
      );
    }
  }
}

function checkPaging(
  options: { limit?: unknown; offset?: unknown; sort?: unknown },
  sorts: readonly string[],
) {
  for (const key of ['limit', 'offset'] as const) {
    const value = options[key];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      throw new InvalidFilterError(
        key,
        `Option "${key}" must be a whole number of 0 or more; got ${describeValue(value)}.`,
      );
    }
  }
  if (options.sort !== undefined && !sorts.includes(options.sort as string)) {
    throw new InvalidFilterError(
      'sort',
      `Option "sort" must be one of: ${sorts.join(', ')}; got ${describeValue(options.sort)}.`,
    );
  }
}

function page<T>(
  items: Iterable<T>,
  total: number,
  options: { limit?: number; offset?: number },
): QueryResult<T> {
  const offset = options.offset ?? 0;
  const end = options.limit === undefined ? Number.POSITIVE_INFINITY : offset + options.limit;
  const out: T[] = [];
  let i = 0;
  for (const item of items) {
    if (i >= end) break;
    if (i >= offset) out.push(item);
    i++;
  }
  return { items: out, total };
}

/**
 * The records of one catalog and every question asked of them. Build one with `createCatalog`
 * (validated) or use the default catalog of the bundled data. Every method is synchronous and
 * pure; indexes are built the first time they are needed.
 * @example
 * ```ts
 * import { type Catalog, catalog, type DefaultIds } from '@null-and-void/statements';
 * const bundled: Catalog<DefaultIds> = catalog;
 * console.log(bundled.statements.length, bundled.event('crimea-referendum-2014').start);
 * ```
 */
export class Catalog<Ids extends CatalogIds = CatalogIds> {
  readonly statements: readonly CatalogStatement<Ids>[];
  readonly actors: readonly Actor[];
  readonly events: readonly VoteEvent[];
  readonly regions: readonly Region[];
  readonly instruments: readonly LegalInstrument[];
  readonly themes: readonly Theme[];
  readonly callsToAction: readonly CallToAction[];
  /** The corrections log of each corrected record, as the data holds them. */
  readonly correctionLogs: readonly CorrectionLog[];
  /** Every correction of every record, newest first, each naming the statement it corrects. */
  readonly corrections: readonly CorrectionEntry[];
  readonly #statementsById: ReadonlyMap<string, CatalogStatement<Ids>>;
  readonly #actorsById: ReadonlyMap<string, Actor>;
  readonly #eventsById: ReadonlyMap<string, VoteEvent>;
  readonly #instrumentsById: ReadonlyMap<string, LegalInstrument>;
  readonly #filters: FilterIndex;
  #search: SearchIndex | undefined;
  readonly #orders = new Map<Sort, Uint32Array>();

  /** Wraps records that are already known to be valid; use `createCatalog` for untrusted input. */
  constructor(input: CatalogInput) {
    checkObject('input of new Catalog(input)', input, '{ statements: [], actors: [], … }');
    for (const key of COLLECTIONS) {
      if (!Array.isArray(input?.[key])) {
        throw new InvalidArgumentError(`${key} of new Catalog(input)`, 'a list', input?.[key]);
      }
    }
    this.statements = input.statements as CatalogStatement<Ids>[];
    this.actors = input.actors;
    this.events = input.events;
    this.regions = input.regions;
    this.instruments = input.instruments;
    this.themes = input.themes;
    this.callsToAction = input.callsToAction;
    this.correctionLogs = input.correctionLogs ?? [];
    this.corrections = this.correctionLogs
      .flatMap((log) => log.entries.map((entry) => ({ ...entry, statement: log.statement })))
      .sort((a, b) => b.date.localeCompare(a.date) || a.statement.localeCompare(b.statement));
    this.#statementsById = byId(this.statements);
    this.#actorsById = byId(this.actors);
    this.#eventsById = byId(this.events);
    this.#instrumentsById = byId(this.instruments);
    this.#filters = new FilterIndex(input, this.#actorsById);
  }

  /** The statement with this id; throws `UnknownIdError` (with suggestions) if there is none. */
  get(id: Ids['statement']): CatalogStatement<Ids> {
    checkId('id of get(id)', id);
    const statement = this.#statementsById.get(id);
    if (!statement)
      throw new UnknownIdError('statement', id, suggest(id, this.#statementsById.keys()));
    return statement;
  }

  /** The statement with this id, or `undefined`. */
  find(id: string): CatalogStatement<Ids> | undefined {
    checkId('id of find(id)', id);
    return this.#statementsById.get(id);
  }
  /** The corrections of one statement, oldest first; empty for a record never corrected. */
  correctionsOf(id: string): readonly Correction[] {
    return this.correctionLogs.find((log) => log.statement === id)?.entries ?? [];
  }

  /** The actor with this id; throws `UnknownIdError` if there is none. */
  actor(id: Ids['actor']): Actor {
    checkId('id of actor(id)', id);
    const actor = this.#actorsById.get(id);
    if (!actor) throw new UnknownIdError('actor', id, suggest(id, this.#actorsById.keys()));
    return actor;
  }

  /** The vote event with this id; throws `UnknownIdError` if there is none. */
  event(id: Ids['event']): VoteEvent {
    checkId('id of event(id)', id);
    const event = this.#eventsById.get(id);
    if (!event) throw new UnknownIdError('event', id, suggest(id, this.#eventsById.keys()));
    return event;
  }

  /** The legal instrument with this id; throws `UnknownIdError` if there is none. */
  instrument(id: Ids['instrument']): LegalInstrument {
    checkId('id of instrument(id)', id);
    const instrument = this.#instrumentsById.get(id);
    if (!instrument) {
      throw new UnknownIdError('instrument', id, suggest(id, this.#instrumentsById.keys()));
    }
    return instrument;
  }

  /**
   * Statements matching the filter, in `sort` order (newest first by default), one page of them;
   * with `facets`, the counts per value of those keys over every match.
   */
  query<K extends FacetKey = never>(
    filter?: StatementFilter<FilterIdsOf<Ids>>,
    options: QueryOptions<K> = {},
  ): FacetedResult<CatalogStatement<Ids>, K> {
    checkOptions(options, SORTS, 'query(filter, options)');
    const normalized = this.#filters.normalize(filter);
    const matches = this.#filters.match(normalized);
    const order = this.#order((options.sort as Sort | undefined) ?? '-date');
    const statements = this.statements;
    function* inOrder() {
      for (const position of order) if (matches.has(position)) yield statements[position]!;
    }
    const result = page(inOrder(), matches.count(), options);
    if (!options.facets) return result as FacetedResult<CatalogStatement<Ids>, K>;
    const facets = this.#countFacets(normalized, options.facets, (except) =>
      except === undefined ? matches : this.#filters.match(normalized, except),
    );
    return { ...result, facets } as FacetedResult<CatalogStatement<Ids>, K>;
  }

  /**
   * Full-text search over titles, summaries, quotes, bodies and the names of issuers and
   * speakers, in English and Ukrainian: case-, accent- and apostrophe-insensitive, stemmed, across
   * scripts and transliterations. A word also finds the words it begins (3+ letters) and, unless
   * typed in capitals, words one typo away (5+ letters); `"exact phrases"` in double quotes, and
   * `-word` leaves out statements with that word. Best match first: every word before some,
   * words without a typo before typos, an issuer's own statements before those that name it.
   * With `facets`, the counts per value of those keys over every hit, not only the page.
   */
  search<K extends FacetKey = never>(
    text: string,
    filter?: StatementFilter<FilterIdsOf<Ids>>,
    options: SearchOptions<K> = {},
  ): FacetedResult<SearchHit<Ids>, K> {
    if (typeof text !== 'string') {
      throw new InvalidArgumentError('text of search(text, filter, options)', 'a string', text);
    }
    checkOptions(options, ['relevance', ...SORTS], 'search(text, filter, options)');
    const normalized = this.#filters.normalize(filter);
    const allowed = isEmpty(normalized) ? null : this.#filters.match(normalized);
    const sort = options.sort ?? 'relevance';
    // By relevance only the page and what comes before it need ordering; by another sort none.
    const need =
      sort === 'relevance'
        ? (options.offset ?? 0) + (options.limit ?? Number.POSITIVE_INFINITY)
        : 0;
    const index = this.#searchIndex();
    const ranking = index.search(text, allowed, need);
    const { positions, scores } = ranking;
    // Indexes into the ranking, in the order asked for: as ranked, or by date or title.
    let order: Iterable<number> = positions.keys();
    if (sort !== 'relevance') {
      const rank = new Uint32Array(this.statements.length);
      this.#order(sort as Sort).forEach((position, i) => {
        rank[position] = i;
      });
      order = Uint32Array.from(positions.keys()).sort(
        (a, b) => rank[positions[a]!]! - rank[positions[b]!]!,
      );
    }
    const result = page(order, positions.length, options);
    const hits: QueryResult<SearchHit<Ids>> = {
      total: result.total,
      items: result.items.map((i) => {
        const statement = this.statements[positions[i]!]!;
        return {
          statement,
          score: scores[i]!,
          highlights: highlightsOf(statement, ranking.matched(positions[i]!), ranking.phrases),
        };
      }),
    };
    if (!options.facets) return hits as FacetedResult<SearchHit<Ids>, K>;
    // A key filtered on counts the hits of the same search under every other filter.
    const facets = this.#countFacets(normalized, options.facets, (except) =>
      this.#bitsetOf(
        except === undefined
          ? positions
          : index.search(text, this.#filters.match(normalized, except), 0).positions,
      ),
    );
    return { ...hits, facets } as FacetedResult<SearchHit<Ids>, K>;
  }

  #bitsetOf(positions: Uint32Array): Bitset {
    const set = new Bitset(this.statements.length);
    for (const position of positions) set.add(position);
    return set;
  }

  /**
   * Builds the full-text index ahead of the first `search`, a slice at a time, yielding to the
   * event loop between slices so that a page stays responsive (each slice takes about
   * `sliceMs`). Without it, the first `search` builds the index at once. Resolves when the
   * index is complete; stops early, and rejects with the signal's reason, if `signal` aborts.
   */
  async prepareSearch(options: { signal?: AbortSignal; sliceMs?: number } = {}): Promise<void> {
    checkObject('options of prepareSearch(options)', options, '{ signal }');
    const { signal, sliceMs: slice } = options as { signal?: unknown; sliceMs?: unknown };
    if (signal !== undefined && !(signal instanceof AbortSignal)) {
      throw new InvalidArgumentError('signal of prepareSearch(options)', 'an AbortSignal', signal);
    }
    if (slice !== undefined && (typeof slice !== 'number' || !(slice > 0) || slice > 1000)) {
      throw new InvalidArgumentError(
        'sliceMs of prepareSearch(options)',
        'a number of milliseconds above 0 and at most 1000',
        slice,
      );
    }
    const index = this.#searchIndex();
    const sliceMs = options.sliceMs ?? 8;
    let step = 16;
    while (!index.ready) {
      options.signal?.throwIfAborted();
      const start = performance.now();
      index.addNext(step);
      const took = performance.now() - start;
      // Aim each slice at sliceMs, whatever this machine's speed and these statements' length.
      step = Math.max(1, Math.min(step * 4, Math.round((step * sliceMs) / Math.max(took, 0.1))));
      if (!index.ready) await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }

  #searchIndex(): SearchIndex {
    this.#search ??= new SearchIndex(this.statements, this.#actorsById);
    return this.#search;
  }

  /**
   * Counts of the statements matching the filter, per value of each facet key (all keys, or
   * those named in `keys`).
   */
  facets<K extends FacetKey = FacetKey>(
    filter?: StatementFilter<FilterIdsOf<Ids>>,
    keys: readonly K[] = FACET_KEYS as readonly FacetKey[] as readonly K[],
  ): Readonly<Record<K, readonly FacetCount[]>> {
    checkList('keys of facets(filter, keys)', keys, 'a facet key', () => true);
    const normalized = this.#filters.normalize(filter);
    return this.#countFacets(normalized, keys, (except) => this.#filters.match(normalized, except));
  }

  /**
   * Counts per value of each key over the statements `base` gives for it: the matches of every
   * filter but the key's own (`except`), or of every filter when the key is not filtered on.
   */
  #countFacets<K extends FacetKey>(
    filter: NormalizedFilter,
    keys: readonly K[],
    base: (except: SetKey | undefined) => Bitset,
  ): Record<K, FacetCount[]> {
    checkFacetKeys(keys);
    const result = {} as Record<K, FacetCount[]>;
    const cache = new Map<SetKey | undefined, Bitset>();
    for (const key of keys) {
      const except = filter.sets.has(key) ? key : undefined;
      let matches = cache.get(except);
      if (!matches) {
        matches = base(except);
        cache.set(except, matches);
      }
      const counts: FacetCount[] = [];
      for (const [value, set] of this.#filters.index(key)) {
        const count = matches.countAnd(set);
        if (count > 0) counts.push({ value, count });
      }
      counts.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
      result[key] = counts;
    }
    return result;
  }

  /** Every quote in the statements matching the filter, oldest statement first. */
  quotes(filter?: StatementFilter<FilterIdsOf<Ids>>): QuoteEntry<Ids>[] {
    const speakers = toList(filter?.speaker);
    return this.query(filter, { sort: 'date' }).items.flatMap((statement) =>
      statement.quotes.flatMap((quote, index) =>
        speakers && !speakers.includes(quote.speaker)
          ? []
          : [{ quote, index, speaker: this.#actorsById.get(quote.speaker)!, statement }],
      ),
    );
  }

  /**
   * Vote events and statements in date order. Events are included when they fall in the
   * date range and match the `event` and `region` filters; statements when they match the filter.
   */
  timeline(filter?: StatementFilter<FilterIdsOf<Ids>>): TimelineEntry<Ids>[] {
    const normalized = this.#filters.normalize(filter);
    const statements = this.query(filter, { sort: 'date' }).items;
    const events = this.events.filter((event) => eventMatches(event, normalized));
    const entries: TimelineEntry<Ids>[] = [
      ...events.map((event) => ({ type: 'event' as const, date: event.start, event })),
      ...statements.map((statement) => ({
        type: 'statement' as const,
        date: statement.date,
        statement,
      })),
    ];
    // Stable: on the same date an event comes before the statements about it.
    return entries.sort(
      (a, b) =>
        dateBounds(a.date)[0] - dateBounds(b.date)[0] ||
        (a.type === b.type ? 0 : a.type === 'event' ? -1 : 1),
    );
  }

  /** Statements about a vote event, oldest first. */
  statementsAbout(eventId: Ids['event']): CatalogStatement<Ids>[] {
    checkId('eventId of statementsAbout(eventId)', eventId);
    // The mistake the id types cannot catch in JavaScript: a region code where an event id goes.
    if (!this.#eventsById.has(eventId) && this.regions.some((r) => r.code === eventId))
      throw new UnknownIdError(
        'event',
        eventId,
        [],
        `statementsAbout takes a vote event id; ${JSON.stringify(eventId)} is a region code: use statementsIn(${JSON.stringify(eventId)}).`,
      );
    this.event(eventId);
    return [
      ...this.query({ event: eventId } as StatementFilter<FilterIdsOf<Ids>>, { sort: 'date' })
        .items,
    ];
  }

  /**
   * Statements an actor issued, signed or is quoted in, oldest first. With `includeOffices`,
   * also the statements issued by its offices and bodies (actors other than people whose
   * `memberOf` leads to it) and by the people holding office in it or in them (`officeOf`):
   * the NATO Secretary General's and Jens Stoltenberg's statements under NATO.
   */
  statementsBy(
    actorId: Ids['actor'],
    options: { includeOffices?: boolean } = {},
  ): CatalogStatement<Ids>[] {
    checkId('actorId of statementsBy(actorId)', actorId);
    checkStatementsByOptions(options);
    this.actor(actorId);
    const offices = options.includeOffices ? new Set(this.officesOf(actorId)) : new Set();
    return this.statements
      .filter(
        (s) =>
          s.issuers.includes(actorId) ||
          (s.signatories?.actors.includes(actorId) ?? false) ||
          s.quotes.some((q) => q.speaker === actorId) ||
          s.issuers.some((issuer) => offices.has(issuer)),
      )
      .sort((a, b) => dateBounds(a.date)[0] - dateBounds(b.date)[0]);
  }

  /**
   * The ids of the actors that speak for this one: its offices and bodies at any depth (by
   * `memberOf`, people left out: a member of a body does not speak for it) and the people who
   * hold office in any of them (`officeOf`).
   */
  officesOf(actorId: Ids['actor']): Ids['actor'][] {
    checkId('actorId of officesOf(actorId)', actorId);
    this.actor(actorId);
    const found = new Set<string>([actorId]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const actor of this.actors) {
        if (found.has(actor.id)) continue;
        const parents = actor.kind === 'person' ? [actor.officeOf] : (actor.memberOf ?? []);
        if (parents.some((parent) => parent !== undefined && found.has(parent))) {
          found.add(actor.id);
          grew = true;
        }
      }
    }
    found.delete(actorId);
    return [...found] as Ids['actor'][];
  }

  /** Statements that cite a legal instrument, oldest first. */
  statementsCiting(instrumentId: Ids['instrument']): CatalogStatement<Ids>[] {
    checkId('instrumentId of statementsCiting(instrumentId)', instrumentId);
    this.instrument(instrumentId);
    return [
      ...this.query({ legalRef: instrumentId } as StatementFilter<FilterIdsOf<Ids>>, {
        sort: 'date',
      }).items,
    ];
  }

  /** Statements concerning a region, oldest first. */
  statementsIn(region: Ids['region']): CatalogStatement<Ids>[] {
    checkId('region of statementsIn(region)', region);
    return [...this.query({ region } as StatementFilter<FilterIdsOf<Ids>>, { sort: 'date' }).items];
  }

  /** The statements before and after one in date order, for "previous / next" links. */
  neighbours(id: Ids['statement']): {
    previous?: CatalogStatement<Ids>;
    next?: CatalogStatement<Ids>;
  } {
    checkId('id of neighbours(id)', id);
    const statement = this.get(id);
    const order = this.#order('date');
    const at = order.indexOf(this.statements.indexOf(statement));
    const previous = at > 0 ? this.statements[order[at - 1]!] : undefined;
    const next = at < order.length - 1 ? this.statements[order[at + 1]!] : undefined;
    return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
  }

  /** Statements sharing the most events and themes with one, best first. */
  related(id: Ids['statement'], limit = 5): CatalogStatement<Ids>[] {
    checkId('id of related(id, limit)', id);
    checkCount('limit of related(id, limit)', limit);
    const statement = this.get(id);
    const scored = this.statements
      .filter((other) => other !== statement)
      .map((other) => ({
        other,
        score:
          3 * other.events.filter((e) => statement.events.includes(e)).length +
          other.themes.filter((t) => statement.themes.includes(t)).length,
      }))
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score || b.other.date.localeCompare(a.other.date));
    return scored.slice(0, limit).map((s) => s.other);
  }

  #order(sort: Sort): Uint32Array {
    let order = this.#orders.get(sort);
    if (!order) {
      const positions = Array.from(this.statements.keys());
      const collator = new Intl.Collator('en');
      const [starts] = this.#filters.bounds();
      const byDate = (a: number, b: number) =>
        starts[a]! - starts[b]! ||
        (this.statements[a]!.id < this.statements[b]!.id
          ? -1
          : this.statements[a]!.id > this.statements[b]!.id
            ? 1
            : 0);
      const byTitle = (a: number, b: number) =>
        collator.compare(this.statements[a]!.title.en, this.statements[b]!.title.en) ||
        byDate(a, b);
      const compare = sort === 'date' || sort === '-date' ? byDate : byTitle;
      positions.sort(sort.startsWith('-') ? (a, b) => compare(b, a) : compare);
      order = Uint32Array.from(positions);
      this.#orders.set(sort, order);
    }
    return order;
  }
}

/**
 * The filter id types that go with a catalog's id types.
 * @example
 * ```ts
 * import type { DefaultIds, FilterIdsOf, StatementFilter } from '@null-and-void/statements';
 * const kherson: StatementFilter<FilterIdsOf<DefaultIds>> = { region: 'UA-65', from: '2022-09' };
 * console.log(kherson);
 * ```
 */
export type FilterIdsOf<Ids extends CatalogIds> = {
  event: Ids['event'];
  region: Ids['region'];
  actor: Ids['actor'];
  theme: Ids['theme'];
  callToAction: Ids['callToAction'];
  instrument: Ids['instrument'];
};

function isEmpty(filter: NormalizedFilter): boolean {
  return filter.sets.size === 0 && filter.from === undefined && filter.to === undefined;
}

function toList(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  return (Array.isArray(value) ? value : [value]) as string[];
}

function eventMatches(event: VoteEvent, filter: NormalizedFilter): boolean {
  const events = filter.sets.get('event');
  if (events && !events.includes(event.id)) return false;
  const regions = filter.sets.get('region');
  if (regions && !event.regions.some((r) => regions.includes(r))) return false;
  const [start] = dateBounds(event.start);
  const [, end] = dateBounds(event.end);
  if (filter.from !== undefined && end < filter.from) return false;
  if (filter.to !== undefined && start > filter.to) return false;
  return true;
}

/**
 * Validates a catalog a user brings (parsed JSON in the shape of `schema.json`) and returns it as
 * a `Catalog`. Throws `InvalidCatalogError` listing every problem with its path.
 * @example
 * ```ts
 * import { createCatalog, toSubsetJSON, catalog } from '@null-and-void/statements';
 * const mine = createCatalog(toSubsetJSON(catalog, { statements: ['nato-2022-09-22'] }));
 * console.log(mine.get('nato-2022-09-22').title.en);
 * ```
 */
export function createCatalog(input: unknown): Catalog {
  const result = validateCatalog(input);
  if (!result.ok) throw new InvalidCatalogError(result.problems);
  return new Catalog(result.value);
}
