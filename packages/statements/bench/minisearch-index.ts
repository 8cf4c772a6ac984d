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
import { peopleOf, type Ranking, type SearchField } from '../src/search.js';
import { searchKey, words } from '../src/text.js';

const FIELDS: SearchField[] = ['title', 'summary', 'quotes', 'body', 'people'];

export class SearchIndex {
  readonly #statements: readonly Statement[];
  readonly #actors: ReadonlyMap<string, Actor>;
  readonly #mini = new MiniSearch<{ id: number } & Record<SearchField, string>>({
    fields: FIELDS,
    tokenize: (text) => words(text),
    processTerm: (term) => searchKey(term) ?? false,
    searchOptions: {
      boost: { title: 3, summary: 1.5, quotes: 1.2, body: 1, people: 2 },
      prefix: (term) => term.length >= 3,
      fuzzy: (term) => (term.length >= 5 ? 1 : false),
      weights: { prefix: 0.375, fuzzy: 0.45 },
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
      const s = this.#statements[this.#next]!;
      this.#mini.add({
        id: this.#next,
        title: [s.title.en, s.title.uk, s.originalTitle ?? ''].join('\n'),
        summary: `${s.summary.en}\n${s.summary.uk}`,
        quotes: s.quotes.map((q) => q.text).join('\n'),
        body: (s.body ?? []).join('\n'),
        people: peopleOf(s, this.#actors).join('\n'),
      });
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
