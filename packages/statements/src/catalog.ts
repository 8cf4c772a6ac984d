import { InvalidCatalogError, InvalidFilterError, UnknownIdError } from './errors.js';
import {
  dateBounds,
  FilterIndex,
  type NormalizedFilter,
  type SetKey,
  type StatementFilter,
} from './filter.js';
import { type Highlight, highlightsOf } from './highlight.js';
import type {
  Actor,
  CallToAction,
  CatalogInput,
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

/** Id types of a catalog; the default catalog narrows every one to a literal union. */
export interface CatalogIds {
  statement: string;
  actor: string;
  event: string;
  region: string;
  instrument: string;
  theme: string;
  callToAction: string;
}

/** A statement whose id is typed as one of the catalog's ids. */
export type CatalogStatement<Ids extends CatalogIds> = Statement & {
  readonly id: Ids['statement'];
};

export const SORTS = ['-date', 'date', 'title', '-title'] as const;
/** `date` is oldest first, `-date` newest first (the default), `title` by English title. */
export type Sort = (typeof SORTS)[number];

export interface QueryOptions {
  sort?: Sort;
  /** How many items to return; all of them when left out. */
  limit?: number;
  /** How many matching items to skip first. */
  offset?: number;
}

export interface SearchOptions {
  /** `relevance` (the default) or a date/title order. */
  sort?: Sort | 'relevance';
  limit?: number;
  offset?: number;
}

export interface QueryResult<T> {
  /** The page of matching items. */
  readonly items: readonly T[];
  /** How many items match in all, regardless of `limit` and `offset`. */
  readonly total: number;
}

export interface SearchHit<Ids extends CatalogIds = CatalogIds> {
  readonly statement: CatalogStatement<Ids>;
  readonly score: number;
  readonly highlights: readonly Highlight[];
}

/** Keys `facets()` counts by. */
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
  'read',
  'lang',
] as const satisfies readonly SetKey[];
export type FacetKey = (typeof FACET_KEYS)[number];
export interface FacetCount {
  readonly value: string;
  readonly count: number;
}
/**
 * Counts per value of each key. Each key's counts apply every filter but its own, so that a
 * list of checkboxes shows what ticking one more value would add.
 */
export type Facets = Readonly<Record<FacetKey, readonly FacetCount[]>>;

export interface QuoteEntry<Ids extends CatalogIds = CatalogIds> {
  readonly quote: Quote;
  readonly index: number;
  readonly speaker: Actor;
  readonly statement: CatalogStatement<Ids>;
}

export type TimelineEntry<Ids extends CatalogIds = CatalogIds> =
  | { readonly type: 'event'; readonly date: string; readonly event: VoteEvent }
  | {
      readonly type: 'statement';
      readonly date: string;
      readonly statement: CatalogStatement<Ids>;
    };

function byId<T extends { id: string }>(records: readonly T[]): ReadonlyMap<string, T> {
  return new Map(records.map((r) => [r.id, r]));
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
        `Option "${key}" must be a whole number of 0 or more; got ${JSON.stringify(value)}.`,
      );
    }
  }
  if (options.sort !== undefined && !sorts.includes(options.sort as string)) {
    throw new InvalidFilterError(
      'sort',
      `Option "sort" must be one of: ${sorts.join(', ')}; got ${JSON.stringify(options.sort)}.`,
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
 */
export class Catalog<Ids extends CatalogIds = CatalogIds> {
  readonly statements: readonly CatalogStatement<Ids>[];
  readonly actors: readonly Actor[];
  readonly events: readonly VoteEvent[];
  readonly regions: readonly Region[];
  readonly instruments: readonly LegalInstrument[];
  readonly themes: readonly Theme[];
  readonly callsToAction: readonly CallToAction[];
  readonly #statementsById: ReadonlyMap<string, CatalogStatement<Ids>>;
  readonly #actorsById: ReadonlyMap<string, Actor>;
  readonly #eventsById: ReadonlyMap<string, VoteEvent>;
  readonly #instrumentsById: ReadonlyMap<string, LegalInstrument>;
  readonly #filters: FilterIndex;
  #search: SearchIndex | undefined;
  readonly #orders = new Map<Sort, Uint32Array>();

  /** Wraps records that are already known to be valid; use `createCatalog` for untrusted input. */
  constructor(input: CatalogInput) {
    this.statements = input.statements as CatalogStatement<Ids>[];
    this.actors = input.actors;
    this.events = input.events;
    this.regions = input.regions;
    this.instruments = input.instruments;
    this.themes = input.themes;
    this.callsToAction = input.callsToAction;
    this.#statementsById = byId(this.statements);
    this.#actorsById = byId(this.actors);
    this.#eventsById = byId(this.events);
    this.#instrumentsById = byId(this.instruments);
    this.#filters = new FilterIndex(input, this.#actorsById);
  }

  /** The statement with this id; throws `UnknownIdError` (with suggestions) if there is none. */
  get(id: Ids['statement']): CatalogStatement<Ids> {
    const statement = this.#statementsById.get(id);
    if (!statement)
      throw new UnknownIdError('statement', id, suggest(id, this.#statementsById.keys()));
    return statement;
  }

  /** The statement with this id, or `undefined`. */
  find(id: string): CatalogStatement<Ids> | undefined {
    return this.#statementsById.get(id);
  }

  /** The actor with this id; throws `UnknownIdError` if there is none. */
  actor(id: Ids['actor']): Actor {
    const actor = this.#actorsById.get(id);
    if (!actor) throw new UnknownIdError('actor', id, suggest(id, this.#actorsById.keys()));
    return actor;
  }

  /** The vote event with this id; throws `UnknownIdError` if there is none. */
  event(id: Ids['event']): VoteEvent {
    const event = this.#eventsById.get(id);
    if (!event) throw new UnknownIdError('event', id, suggest(id, this.#eventsById.keys()));
    return event;
  }

  /** The legal instrument with this id; throws `UnknownIdError` if there is none. */
  instrument(id: Ids['instrument']): LegalInstrument {
    const instrument = this.#instrumentsById.get(id);
    if (!instrument) {
      throw new UnknownIdError('instrument', id, suggest(id, this.#instrumentsById.keys()));
    }
    return instrument;
  }

  /** Statements matching the filter, in `sort` order (newest first by default), one page of them. */
  query(
    filter?: StatementFilter<FilterIdsOf<Ids>>,
    options: QueryOptions = {},
  ): QueryResult<CatalogStatement<Ids>> {
    checkPaging(options, SORTS);
    const matches = this.#filters.match(this.#filters.normalize(filter));
    const order = this.#order(options.sort ?? '-date');
    const statements = this.statements;
    function* inOrder() {
      for (const position of order) if (matches.has(position)) yield statements[position]!;
    }
    return page(inOrder(), matches.count(), options);
  }

  /**
   * Full-text search over titles, summaries, quotes, bodies and the names of issuers and
   * speakers, in English and Ukrainian: case-, accent- and apostrophe-insensitive, stemmed,
   * with prefix matching, one typo allowed in words of 5+ letters and two in words of 8+ letters
   * that keep their first three letters. Best match first.
   */
  search(
    text: string,
    filter?: StatementFilter<FilterIdsOf<Ids>>,
    options: SearchOptions = {},
  ): QueryResult<SearchHit<Ids>> {
    if (typeof text !== 'string') {
      throw new InvalidFilterError('text', `The search text must be a string; got ${typeof text}.`);
    }
    checkPaging(options, ['relevance', ...SORTS]);
    const normalized = this.#filters.normalize(filter);
    const allowed = isEmpty(normalized) ? null : this.#filters.match(normalized);
    const sort = options.sort ?? 'relevance';
    // By relevance only the page and what comes before it need ordering; by another sort none.
    const need =
      sort === 'relevance'
        ? (options.offset ?? 0) + (options.limit ?? Number.POSITIVE_INFINITY)
        : 0;
    const ranking = this.#searchIndex().search(text, allowed, need);
    const { positions, scores } = ranking;
    // Indexes into the ranking, in the order asked for: as ranked, or by date or title.
    let order: Iterable<number> = positions.keys();
    if (sort !== 'relevance') {
      const rank = new Uint32Array(this.statements.length);
      this.#order(sort).forEach((position, i) => {
        rank[position] = i;
      });
      order = Uint32Array.from(positions.keys()).sort(
        (a, b) => rank[positions[a]!]! - rank[positions[b]!]!,
      );
    }
    const result = page(order, positions.length, options);
    return {
      total: result.total,
      items: result.items.map((i) => {
        const statement = this.statements[positions[i]!]!;
        return {
          statement,
          score: scores[i]!,
          highlights: highlightsOf(statement, ranking.matched(positions[i]!)),
        };
      }),
    };
  }

  /**
   * Builds the full-text index ahead of the first `search`, a slice at a time, yielding to the
   * event loop between slices so that a page stays responsive (each slice takes about
   * `sliceMs`). Without it, the first `search` builds the index at once. Resolves when the
   * index is complete; stops early, and rejects with the signal's reason, if `signal` aborts.
   */
  async prepareSearch(options: { signal?: AbortSignal; sliceMs?: number } = {}): Promise<void> {
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
    const normalized = this.#filters.normalize(filter);
    for (const key of keys) {
      if (!(FACET_KEYS as readonly string[]).includes(key)) {
        throw new InvalidFilterError(
          'keys',
          `Unknown facet key "${key}". Facet keys: ${FACET_KEYS.join(', ')}.`,
        );
      }
    }
    const result = {} as Record<K, FacetCount[]>;
    const cache = new Map<SetKey | undefined, ReturnType<FilterIndex['match']>>();
    for (const key of keys) {
      const except = normalized.sets.has(key) ? key : undefined;
      let base = cache.get(except);
      if (!base) {
        base = this.#filters.match(normalized, except);
        cache.set(except, base);
      }
      const counts: FacetCount[] = [];
      for (const [value, set] of this.#filters.index(key)) {
        const count = base.countAnd(set);
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
    this.event(eventId);
    return [
      ...this.query({ event: eventId } as StatementFilter<FilterIdsOf<Ids>>, { sort: 'date' })
        .items,
    ];
  }

  /** Statements an actor issued, signed or is quoted in, oldest first. */
  statementsBy(actorId: Ids['actor']): CatalogStatement<Ids>[] {
    this.actor(actorId);
    return this.statements
      .filter(
        (s) =>
          s.issuers.includes(actorId) ||
          (s.signatories?.actors.includes(actorId) ?? false) ||
          s.quotes.some((q) => q.speaker === actorId),
      )
      .sort((a, b) => dateBounds(a.date)[0] - dateBounds(b.date)[0]);
  }

  /** Statements that cite a legal instrument, oldest first. */
  statementsCiting(instrumentId: Ids['instrument']): CatalogStatement<Ids>[] {
    this.instrument(instrumentId);
    return [
      ...this.query({ legalRef: instrumentId } as StatementFilter<FilterIdsOf<Ids>>, {
        sort: 'date',
      }).items,
    ];
  }

  /** Statements concerning a region, oldest first. */
  statementsIn(region: Ids['region']): CatalogStatement<Ids>[] {
    return [...this.query({ region } as StatementFilter<FilterIdsOf<Ids>>, { sort: 'date' }).items];
  }

  /** The statements before and after one in date order, for "previous / next" links. */
  neighbours(id: Ids['statement']): {
    previous?: CatalogStatement<Ids>;
    next?: CatalogStatement<Ids>;
  } {
    const statement = this.get(id);
    const order = this.#order('date');
    const at = order.indexOf(this.statements.indexOf(statement));
    const previous = at > 0 ? this.statements[order[at - 1]!] : undefined;
    const next = at < order.length - 1 ? this.statements[order[at + 1]!] : undefined;
    return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
  }

  /** Statements sharing the most events and themes with one, best first. */
  related(id: Ids['statement'], limit = 5): CatalogStatement<Ids>[] {
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

/** The filter id types that go with a catalog's id types. */
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
 */
export function createCatalog(input: unknown): Catalog {
  const result = validateCatalog(input);
  if (!result.ok) throw new InvalidCatalogError(result.problems);
  return new Catalog(result.value);
}
