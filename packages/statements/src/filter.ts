import { Bitset } from './bitset.js';
import { describeValue } from './describe-value.js';
import { InvalidDateError, InvalidFilterError } from './errors.js';
import { FILTER_KEYS, type SetKey } from './filter-keys.js';
import type { Actor, ActorKind, CatalogInput, Statement, StatementKind } from './schema.js';
import { readInFull } from './sources.js';
import { suggest } from './suggest.js';
import { ACTOR_KINDS, isValidPartialDate, SOURCE_READ, STATEMENT_KINDS } from './vocabulary.js';

type OneOrMany<T> = T | readonly T[];

/** Id types a filter may name; the default catalog narrows them to literal unions. */
export interface FilterIds {
  event: string;
  region: string;
  actor: string;
  theme: string;
  callToAction: string;
  instrument: string;
}

/**
 * Which statements to return. Filters combine with AND; a list within one filter is an OR.
 * Leave a filter out (or `undefined`) to match everything; an empty list is an error.
 * @example
 * ```ts
 * import { createCatalog, type StatementFilter, toSubsetJSON, catalog } from '@null-and-void/statements';
 * const mine = createCatalog(toSubsetJSON(catalog, { events: ['crimea-referendum-2014'] }));
 * const byStates: StatementFilter = { issuerKind: 'state', to: '2014-12-31' };
 * console.log(mine.query(byStates).total);
 * ```
 */
export interface StatementFilter<Ids extends FilterIds = FilterIds> {
  /** Vote events the statement is about. */
  event?: OneOrMany<Ids['event']>;
  /** ISO 3166-2 codes of the regions it concerns. */
  region?: OneOrMany<Ids['region']>;
  issuer?: OneOrMany<Ids['actor']>;
  /** The kind of any of its issuers (`state`, `intergovernmental`, …). */
  issuerKind?: OneOrMany<ActorKind>;
  signatory?: OneOrMany<Ids['actor']>;
  theme?: OneOrMany<Ids['theme']>;
  callToAction?: OneOrMany<Ids['callToAction']>;
  legalRef?: OneOrMany<Ids['instrument']>;
  kind?: OneOrMany<StatementKind>;
  /** Actors quoted in it. */
  speaker?: OneOrMany<Ids['actor']>;
  /** ISO 3166-1 alpha-2 country of any issuer (or the body a person issued it for). */
  country?: OneOrMany<string>;
  /** Language of the original text (`en`, `uk`, …). */
  lang?: OneOrMany<string>;
  /** Whether the record rests on the whole source or an excerpt. */
  read?: OneOrMany<'full' | 'excerpt'>;
  /** Year of the statement. */
  year?: OneOrMany<number | string>;
  /** Earliest date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a statement dated only by month or year matches if its period overlaps. */
  from?: string;
  /** Latest date, same forms as `from`. */
  to?: string;
}

export { FILTER_KEYS, type FilterKey, SET_KEYS, type SetKey } from './filter-keys.js';
/** The options of `query` and `search`, which a caller may put in the filter by mistake. */
export const OPTION_KEYS = ['sort', 'limit', 'offset', 'facets'] as const;

/** A filter after validation: each set key maps to its accepted values. */
export interface NormalizedFilter {
  readonly sets: ReadonlyMap<SetKey, readonly string[]>;
  readonly from?: number;
  readonly to?: number;
}

/** The first and last day (as YYYYMMDD numbers) a partial date can mean. */
export function dateBounds(date: string): [number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (d !== undefined) {
    const day = y * 10000 + m! * 100 + d;
    return [day, day];
  }
  if (m !== undefined) {
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return [y * 10000 + m * 100 + 1, y * 10000 + m * 100 + last];
  }
  return [y * 10000 + 101, y * 10000 + 1231];
}

const LABELS: Record<SetKey, string> = {
  event: 'vote event',
  region: 'region',
  issuer: 'actor',
  issuerKind: 'actor kind',
  signatory: 'actor',
  theme: 'theme',
  callToAction: 'call to action',
  legalRef: 'legal instrument',
  kind: 'statement kind',
  speaker: 'actor',
  country: 'country code',
  lang: 'language',
  read: 'source read value',
  year: 'year',
};

/**
 * Validates filters against one catalog and turns them into bitsets of statement positions.
 * Built once per catalog; each key's index is built the first time it is used.
 */
export class FilterIndex {
  readonly #statements: readonly Statement[];
  readonly #actors: ReadonlyMap<string, Actor>;
  readonly #known: Record<SetKey, () => ReadonlySet<string> | null>;
  readonly #indexes = new Map<SetKey, Map<string, Bitset>>();
  #bounds: [Int32Array, Int32Array] | undefined;

  constructor(input: CatalogInput, actors: ReadonlyMap<string, Actor>) {
    this.#statements = input.statements;
    this.#actors = actors;
    const ids = (list: readonly { id: string }[]) => () => new Set(list.map((r) => r.id));
    const actorIds = ids(input.actors);
    this.#known = {
      event: ids(input.events),
      region: () => new Set(input.regions.map((r) => r.code)),
      issuer: actorIds,
      issuerKind: () => new Set(ACTOR_KINDS),
      signatory: actorIds,
      theme: ids(input.themes),
      callToAction: ids(input.callsToAction),
      legalRef: ids(input.instruments),
      kind: () => new Set(STATEMENT_KINDS),
      speaker: actorIds,
      read: () => new Set(SOURCE_READ),
      country: () => null,
      lang: () => null,
      year: () => null,
    };
  }

  get size(): number {
    return this.#statements.length;
  }

  /** The values of one key that a statement has. */
  valuesOf(key: SetKey, statement: Statement): string[] {
    switch (key) {
      case 'event':
        return statement.events;
      case 'region':
        return statement.regions;
      case 'issuer':
        return statement.issuers;
      case 'issuerKind':
        return unique(statement.issuers.map((id) => this.#actors.get(id)?.kind ?? ''));
      case 'signatory':
        return statement.signatories?.actors ?? [];
      case 'theme':
        return statement.themes;
      case 'callToAction':
        return statement.callsToAction.map((c) => c.id);
      case 'legalRef':
        return statement.legalRefs;
      case 'kind':
        return [statement.kind];
      case 'speaker':
        return unique(statement.quotes.map((q) => q.speaker));
      case 'country':
        return unique(statement.issuers.flatMap((id) => this.#countriesOf(id)));
      case 'lang':
        return [statement.language];
      case 'read':
        return [readInFull(statement.source) ? 'full' : 'excerpt'];
      case 'year':
        return [statement.date.slice(0, 4)];
    }
  }

  #countriesOf(actorId: string): string[] {
    const actor = this.#actors.get(actorId);
    if (!actor) return [];
    if (actor.country) return [actor.country];
    return (actor.memberOf ?? []).flatMap((parent) => this.#actors.get(parent)?.country ?? []);
  }

  /** Every value of one key with the statements that have it. */
  index(key: SetKey): ReadonlyMap<string, Bitset> {
    let index = this.#indexes.get(key);
    if (!index) {
      index = new Map();
      const size = this.#statements.length;
      this.#statements.forEach((statement, position) => {
        for (const value of this.valuesOf(key, statement)) {
          let set = index!.get(value);
          if (!set) {
            set = new Bitset(size);
            index!.set(value, set);
          }
          set.add(position);
        }
      });
      this.#indexes.set(key, index);
    }
    return index;
  }

  /** Checks a filter and says exactly what is wrong with it; never ignores a key. */
  normalize(filter: unknown): NormalizedFilter {
    if (filter === undefined || filter === null) return { sets: new Map() };
    if (typeof filter !== 'object' || Array.isArray(filter)) {
      throw new InvalidFilterError(
        'filter',
        `The filter must be an object such as { event: "annexation-referendums-2022" }; got ${describeValue(filter)}.`,
      );
    }
    const sets = new Map<SetKey, string[]>();
    let from: number | undefined;
    let to: number | undefined;
    for (const [key, raw] of Object.entries(filter)) {
      if (raw === undefined) continue;
      if (!(FILTER_KEYS as readonly string[]).includes(key)) {
        if ((OPTION_KEYS as readonly string[]).includes(key)) {
          throw new InvalidFilterError(
            key,
            `"${key}" is an option, not a filter: options come after the filter, as in query(filter, { ${key} }) and search(text, filter, { ${key} }); use {} or undefined for no filter.`,
          );
        }
        const hints = suggest(key, FILTER_KEYS);
        throw new InvalidFilterError(
          key,
          `Unknown filter ${describeValue(key)}.${hints.length ? ` Did you mean "${hints[0]}"?` : ''} Accepted filters: ${FILTER_KEYS.join(', ')}.`,
        );
      }
      if (key === 'from' || key === 'to') {
        if (typeof raw !== 'string' || !isValidPartialDate(raw))
          throw new InvalidDateError(key, raw);
        const [first, last] = dateBounds(raw);
        if (key === 'from') from = first;
        else to = last;
        continue;
      }
      sets.set(key as SetKey, this.#values(key as SetKey, raw));
    }
    if (from !== undefined && to !== undefined && from > to) {
      throw new InvalidFilterError(
        'from',
        `Filter "from" (${String((filter as { from: string }).from)}) is after "to" (${String((filter as { to: string }).to)}); no statement can match.`,
      );
    }
    return { sets, ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
  }

  #values(key: SetKey, raw: unknown): string[] {
    const list = Array.isArray(raw) ? raw : [raw];
    if (list.length === 0) {
      throw new InvalidFilterError(
        key,
        `Filter "${key}" is an empty list, which would match nothing; leave it out to match everything.`,
      );
    }
    const known = this.#known[key]();
    return list.map((value) => {
      if (key === 'year' && typeof value === 'number') value = String(value);
      if (typeof value !== 'string') {
        throw new InvalidFilterError(
          key,
          `Filter "${key}" takes ${/^[aeiou]/.test(LABELS[key]) ? 'an' : 'a'} ${LABELS[key]} or a list of them; got ${describeValue(value)}.`,
        );
      }
      if (known && !known.has(value)) {
        const hints = suggest(value, known);
        const accepted = known.size <= 12 ? ` Accepted: ${[...known].join(', ')}.` : '';
        throw new InvalidFilterError(
          key,
          `Unknown ${LABELS[key]} ${describeValue(value)} in filter "${key}".${hints.length ? ` Did you mean ${hints.map((h) => `"${h}"`).join(' or ')}?` : ''}${accepted}`,
        );
      }
      if (key === 'country' && !/^[A-Z]{2}$/.test(value)) {
        throw new InvalidFilterError(
          key,
          `Filter "country" takes ISO 3166-1 alpha-2 codes such as "UA"; got ${describeValue(value)}.`,
        );
      }
      if (key === 'year' && !/^\d{4}$/.test(value)) {
        throw new InvalidFilterError(
          key,
          `Filter "year" takes a four-digit year such as 2022; got ${describeValue(value)}.`,
        );
      }
      if (key === 'lang' && !/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(value)) {
        throw new InvalidFilterError(
          key,
          `Filter "lang" takes a language code such as "en" or "uk"; got ${describeValue(value)}.`,
        );
      }
      return value;
    });
  }

  /** The statements one key's values select (an OR of the values). */
  setFor(key: SetKey, values: readonly string[]): Bitset {
    const index = this.index(key);
    if (values.length === 1) return index.get(values[0]!) ?? new Bitset(this.size);
    const union = new Bitset(this.size);
    for (const value of values) {
      const set = index.get(value);
      if (set) union.orInPlace(set);
    }
    return union;
  }

  /** First and last day (YYYYMMDD) of each statement's date, by position. */
  bounds(): [Int32Array, Int32Array] {
    if (!this.#bounds) {
      const starts = new Int32Array(this.size);
      const ends = new Int32Array(this.size);
      this.#statements.forEach((s, i) => {
        [starts[i], ends[i]] = dateBounds(s.date);
      });
      this.#bounds = [starts, ends];
    }
    return this.#bounds;
  }

  /** The statements a date range selects: those whose period overlaps it. */
  dateSet(from: number | undefined, to: number | undefined): Bitset {
    const [starts, ends] = this.bounds();
    const set = new Bitset(this.size);
    for (let i = 0; i < this.size; i++) {
      if ((from === undefined || ends[i]! >= from) && (to === undefined || starts[i]! <= to))
        set.add(i);
    }
    return set;
  }

  /** The statements matching a normalized filter, leaving out one key (for facet counts). */
  match(filter: NormalizedFilter, except?: SetKey): Bitset {
    let result: Bitset | undefined;
    for (const [key, values] of filter.sets) {
      if (key === except) continue;
      const set = this.setFor(key, values);
      result = result ? result.and(set) : set;
    }
    if (filter.from !== undefined || filter.to !== undefined) {
      const set = this.dateSet(filter.from, filter.to);
      result = result ? result.and(set) : set;
    }
    return result ?? Bitset.full(this.size);
  }
}

function unique(values: string[]): string[] {
  return values.length < 2 ? values : [...new Set(values)];
}
