/**
 * MiniSearch in the place of this package's search index, for the benchmark: the same interface
 * as `src/search.ts`, the same fields and boosts, and the same English/Ukrainian analysis
 * (`searchKey`), so that the Catalog around it keeps every filter, facet, error and highlight.
 * The benchmark bundles the Catalog with this module instead of `src/search.ts`, to measure what
 * choosing MiniSearch would cost the package in bytes and time.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { Bitset } from '../src/bitset.js';
import type { Actor, Statement } from '../src/schema.js';
import {
  BOOST,
  FIELDS,
  FUZZY_WEIGHT,
  fieldTexts,
  MIN_FUZZY,
  MIN_PREFIX,
  PREFIX_WEIGHT,
  type Ranking,
  type SearchField,
} from '../src/search.js';
import { searchKey } from '../src/text.js';
import { words } from '../src/tokenize.js';

export class SearchIndex {
  readonly #statements: readonly Statement[];
  readonly #actors: ReadonlyMap<string, Actor>;
  readonly #mini = new MiniSearch<{ id: number } & Record<SearchField, string>>({
    fields: [...FIELDS],
    tokenize: (text) => words(text),
    processTerm: (term) => searchKey(term) ?? false,
    searchOptions: {
      boost: Object.fromEntries(FIELDS.map((field, i) => [field, BOOST[i]!])),
      prefix: (term) => term.length >= MIN_PREFIX,
      fuzzy: (term) => (term.length >= MIN_FUZZY ? 1 : false),
      weights: { prefix: PREFIX_WEIGHT, fuzzy: FUZZY_WEIGHT },
    },
  });
  #next = 0;

  constructor(statements: readonly Statement[], actors: ReadonlyMap<string, Actor>) {
    this.#statements = statements;
    this.#actors = actors;
  }

  get ready(): boolean {
    return this.#next === this.#statements.length;
  }

  addNext(count: number): boolean {
    const end = Math.min(this.#statements.length, this.#next + count);
    for (; this.#next < end; this.#next++) {
      const texts = fieldTexts(this.#statements[this.#next]!, this.#actors);
      const fields = Object.fromEntries(FIELDS.map((field, i) => [field, texts[i]!.join('\n')]));
      this.#mini.add({ id: this.#next, ...(fields as Record<SearchField, string>) });
    }
    return this.ready;
  }

  /** Every word, or if no statement has them all, any of them; as `src/search.ts` does. */
  search(text: string, allowed: Bitset | null): Ranking {
    this.addNext(Number.POSITIVE_INFINITY);
    const filter = allowed ? (r: SearchResult) => allowed.has(r.id as number) : undefined;
    let results = this.#mini.search(text, { combineWith: 'AND', filter });
    if (results.length === 0) results = this.#mini.search(text, { combineWith: 'OR', filter });
    const byPosition = new Map(results.map((r) => [r.id as number, r]));
    return {
      positions: Uint32Array.from(results, (r) => r.id as number),
      scores: Float64Array.from(results, (r) => r.score),
      ranked: results.length,
      phrases: [],
      matched: (position) => {
        const out = new Map<SearchField, Set<string>>();
        for (const [term, fields] of Object.entries(byPosition.get(position)?.match ?? {})) {
          for (const field of fields as SearchField[]) {
            const set = out.get(field) ?? new Set<string>();
            set.add(term);
            out.set(field, set);
          }
        }
        return out;
      },
    };
  }
}
