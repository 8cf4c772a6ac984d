import type { Bitset } from './bitset.js';
import type { Actor, Statement } from './schema.js';
import { editDistance } from './suggest.js';
import { searchKey, words } from './text.js';

/** The indexed fields of a statement and how much a match in each counts. */
export const FIELDS = ['title', 'summary', 'quotes', 'body', 'people'] as const;
/** The fields of the index: `people` holds the names of the issuers and the speakers. */
export type SearchField = (typeof FIELDS)[number];
export const BOOST = [3, 1.5, 1.2, 1, 2];
const FIELD_BITS = 3;
const FIELD_MASK = (1 << FIELD_BITS) - 1;

// BM25 constants, and how much a term that only starts with a word of the query, or is an edit or
// two from it, counts against an exact match.
const K1 = 1.2;
const B = 0.7;
export const PREFIX_WEIGHT = 0.375;
export const FUZZY_WEIGHT = 0.45;
export const MIN_PREFIX = 3;
export const MIN_FUZZY = 5;
// Two edits in a long word (a transliteration such as Zaporozhye for Zaporizhzhia, or a case
// ending the stemmer keeps), among the terms that share its first three letters.
const MIN_TWO_EDITS = 8;

/**
 * The statements matched by a search and the scores they got: the best `ranked` first, in order,
 * then the rest in no particular order.
 */
export interface Ranking {
  readonly positions: Uint32Array;
  readonly scores: Float64Array;
  /** How many of `positions`, from the first, are in order of score. */
  readonly ranked: number;
  /** The index terms each field of one matched statement shares with the query, for highlights. */
  matched(position: number): Map<SearchField, Set<string>>;
}

/** One word of a query: its key and the index terms it stands for, with their weights. */
interface Expansion {
  readonly terms: readonly number[];
  readonly weights: readonly number[];
}

/**
 * Full-text index of a catalog's statements over both languages: an inverted index of search
 * keys (see `text.ts`) with BM25 scores per field, a sorted vocabulary for prefix matching, and
 * one-edit variants of the query looked up directly for typo tolerance. Postings are typed
 * arrays, so that 100,000 statements fit in a fraction of the heap an object per posting takes.
 *
 * Built in steps (`addNext`) so that a browser can build it between frames; `search` finishes
 * whatever is left.
 */
export class SearchIndex {
  readonly #statements: readonly Statement[];
  readonly #actors: ReadonlyMap<string, Actor>;
  #next = 0;
  #done = false;
  // Per term: its postings `(position << 3 | field)` in position order, how often it occurs in
  // each, how many postings are used of the arrays' capacity, and in how many statements.
  readonly #ids = new Map<string, number>();
  readonly #terms: string[] = [];
  readonly #entries: Int32Array[] = [];
  readonly #counts: Uint16Array[] = [];
  readonly #used: number[] = [];
  readonly #docs: number[] = [];
  // Once built:
  #sorted: Uint32Array = new Uint32Array(0);
  #idf: Float64Array = new Float64Array(0);
  #alphabet = '';
  readonly #lengths: Uint16Array[];
  readonly #average = new Float64Array(FIELDS.length);
  // Scratch space for one search, reused.
  #score: Float64Array = new Float64Array(0);
  #hits: Uint8Array = new Uint8Array(0);
  #seen: Int32Array = new Int32Array(0);

  constructor(statements: readonly Statement[], actors: ReadonlyMap<string, Actor>) {
    this.#statements = statements;
    this.#actors = actors;
    this.#lengths = FIELDS.map(() => new Uint16Array(statements.length));
  }

  /** Whether every statement is indexed. */
  get ready(): boolean {
    return this.#done;
  }

  /** Indexes up to `count` more statements; returns whether the index is complete. */
  addNext(count: number): boolean {
    const end = Math.min(this.#statements.length, this.#next + count);
    for (; this.#next < end; this.#next++) this.#add(this.#next);
    if (this.#next === this.#statements.length && !this.#done) this.#finish();
    return this.#done;
  }

  #add(position: number): void {
    fieldTexts(this.#statements[position]!, this.#actors).forEach((parts, field) => {
      const counts = new Map<string, number>();
      let length = 0;
      for (const part of parts) {
        for (const word of words(part)) {
          const key = searchKey(word);
          if (key === null) continue;
          length++;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      }
      this.#lengths[field]![position] = Math.min(length, 0xffff);
      this.#average[field]! += length;
      for (const [key, count] of counts) {
        let id = this.#ids.get(key);
        if (id === undefined) {
          id = this.#terms.length;
          this.#ids.set(key, id);
          this.#terms.push(key);
          this.#entries.push(new Int32Array(4));
          this.#counts.push(new Uint16Array(4));
          this.#used.push(0);
          this.#docs.push(0);
        }
        const used = this.#used[id]!;
        let entries = this.#entries[id]!;
        if (used === entries.length) {
          entries = grow(entries, new Int32Array(used * 2));
          this.#entries[id] = entries;
          this.#counts[id] = grow(this.#counts[id]!, new Uint16Array(used * 2));
        }
        // A term's postings for one statement are added together, so a new statement shows as a
        // position different from the last posting's.
        if (used === 0 || entries[used - 1]! >> FIELD_BITS !== position) this.#docs[id]!++;
        entries[used] = (position << FIELD_BITS) | field;
        this.#counts[id]![used] = Math.min(count, 0xffff);
        this.#used[id] = used + 1;
      }
    });
  }

  #finish(): void {
    this.#done = true;
    const n = this.#statements.length;
    for (let f = 0; f < FIELDS.length; f++) this.#average[f] = this.#average[f]! / (n || 1) || 1;
    const terms = this.#terms;
    this.#idf = Float64Array.from(this.#docs, (docs) =>
      Math.log(1 + (n - docs + 0.5) / (docs + 0.5)),
    );
    this.#alphabet = [...new Set(terms.join(''))].join('');
    this.#sorted = Uint32Array.from(terms.keys()).sort((a, b) =>
      terms[a]! < terms[b]! ? -1 : terms[a]! > terms[b]! ? 1 : 0,
    );
    this.#score = new Float64Array(n);
    this.#hits = new Uint8Array(n);
    this.#seen = new Int32Array(n).fill(-1);
  }

  /**
   * Statement positions matching every word of the query (prefix and typo tolerant), best
   * first; if no statement has every word, those with any of them. `allowed` restricts the
   * positions considered. Only the best `need` are put in order (at least; all by default):
   * a page of 20 out of thousands of matches need not sort the thousands.
   */
  search(text: string, allowed: Bitset | null, need = Number.POSITIVE_INFINITY): Ranking {
    this.addNext(Number.POSITIVE_INFINITY);
    const keys = [...new Set(words(text).map(searchKey))].filter(
      (key): key is string => key !== null,
    );
    const expansions = keys.map((key) => this.#expand(key)).slice(0, 255);
    const score = this.#score;
    const hits = this.#hits;
    const seen = this.#seen;
    const touched: number[] = [];
    expansions.forEach(({ terms, weights }, word) => {
      for (let i = 0; i < terms.length; i++) {
        const term = terms[i]!;
        const weight = weights[i]! * this.#idf[term]!;
        const entries = this.#entries[term]!;
        const counts = this.#counts[term]!;
        const used = this.#used[term]!;
        for (let e = 0; e < used; e++) {
          const entry = entries[e]!;
          const position = entry >> FIELD_BITS;
          if (allowed !== null && !allowed.has(position)) continue;
          const field = entry & FIELD_MASK;
          const tf = counts[e]!;
          const norm = 1 - B + (B * this.#lengths[field]![position]!) / this.#average[field]!;
          if (hits[position] === 0 && seen[position] !== word) touched.push(position);
          if (seen[position] !== word) {
            seen[position] = word;
            hits[position]!++;
          }
          score[position]! += (weight * BOOST[field]! * tf * (K1 + 1)) / (tf + K1 * norm);
        }
      }
    });
    const all = expansions.length;
    let matching = touched.filter((position) => hits[position] === all);
    if (matching.length === 0) matching = touched;
    const [positions, ranked] = bestFirst(Uint32Array.from(matching), score, need);
    const scores = Float64Array.from(positions, (position) => score[position]!);
    for (const position of touched) {
      score[position] = 0;
      hits[position] = 0;
      seen[position] = -1;
    }
    return {
      positions,
      scores,
      ranked,
      matched: (position) => this.#matched(position, expansions),
    };
  }

  /**
   * The index terms a query word stands for: itself, words it begins, words one edit from it,
   * and in a long word, words two edits from it that begin with the same three letters.
   */
  #expand(key: string): Expansion {
    const terms: number[] = [];
    const weights: number[] = [];
    const add = (term: number | undefined, weight: number) => {
      if (term === undefined || terms.includes(term)) return;
      terms.push(term);
      weights.push(weight);
    };
    add(this.#ids.get(key), 1);
    if (key.length >= MIN_PREFIX) {
      for (const term of this.#startingWith(key)) {
        add(term, (PREFIX_WEIGHT * key.length) / this.#terms[term]!.length);
      }
    }
    if (key.length >= MIN_FUZZY) {
      for (const variant of oneEditFrom(key, this.#alphabet)) {
        add(this.#ids.get(variant), (FUZZY_WEIGHT * key.length) / (key.length + 1));
      }
    }
    if (key.length >= MIN_TWO_EDITS) {
      for (const term of this.#startingWith(key.slice(0, 3))) {
        const text = this.#terms[term]!;
        if (Math.abs(text.length - key.length) > 2) continue;
        const distance = editDistance(key, text);
        if (distance <= 2) add(term, (FUZZY_WEIGHT * key.length) / (key.length + distance));
      }
    }
    return { terms, weights };
  }

  /** The terms that begin with `prefix`, from the sorted vocabulary. */
  *#startingWith(prefix: string): Generator<number> {
    const sorted = this.#sorted;
    const terms = this.#terms;
    let i = firstNotBefore(sorted.length, (at) => terms[sorted[at]!]! < prefix);
    for (; i < sorted.length && terms[sorted[i]!]!.startsWith(prefix); i++) yield sorted[i]!;
  }

  #matched(position: number, expansions: readonly Expansion[]): Map<SearchField, Set<string>> {
    const out = new Map<SearchField, Set<string>>();
    for (const { terms } of expansions) {
      for (const term of terms) {
        const entries = this.#entries[term]!;
        // Postings are in position order, fields ascending within one position.
        const used = this.#used[term]!;
        const start = position << FIELD_BITS;
        const first = firstNotBefore(used, (e) => entries[e]! < start);
        for (let e = first; e < used && entries[e]! >> FIELD_BITS === position; e++) {
          const field = FIELDS[entries[e]! & FIELD_MASK]!;
          const set = out.get(field) ?? new Set<string>();
          set.add(this.#terms[term]!);
          out.set(field, set);
        }
      }
    }
    return out;
  }
}

/**
 * Puts at least the `need` best positions first, best first (ties by position), and says how many
 * are in order. With few needed out of many, it finds the score of the `need`-th best with a
 * numeric sort of the scores alone, and sorts only the positions that reach it.
 */
function bestFirst(
  positions: Uint32Array,
  score: Float64Array,
  need: number,
): [Uint32Array, number] {
  const order = (a: number, b: number) => score[b]! - score[a]! || a - b;
  if (need <= 0) return [positions, 0];
  if (need * 4 >= positions.length) return [positions.sort(order), positions.length];
  const scores = Float64Array.from(positions, (position) => score[position]!).sort();
  const threshold = scores[scores.length - need]!;
  const head: number[] = [];
  const tail: number[] = [];
  for (const position of positions) (score[position]! >= threshold ? head : tail).push(position);
  head.sort(order);
  return [Uint32Array.from([...head, ...tail]), head.length];
}

/** Binary search: the first index below `length` that `before` is false for (they are sorted). */
function firstNotBefore(length: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function grow<T extends Int32Array | Uint16Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** Every string one deletion, substitution, insertion or transposition away from `word`. */
function* oneEditFrom(word: string, alphabet: string): Generator<string> {
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    if (i < word.length) {
      const tail = word.slice(i + 1);
      yield head + tail;
      if (i + 1 < word.length) yield head + word[i + 1] + word[i] + word.slice(i + 2);
      for (const letter of alphabet) if (letter !== word[i]) yield head + letter + tail;
    }
    for (const letter of alphabet) yield head + letter + word.slice(i);
  }
}

/** The texts of each indexed field of a statement, in the order of `FIELDS`. */
export function fieldTexts(statement: Statement, actors: ReadonlyMap<string, Actor>): string[][] {
  return [
    [statement.title.en, statement.title.uk, statement.originalTitle ?? ''],
    [statement.summary.en, statement.summary.uk],
    statement.quotes.map((q) => q.text),
    statement.body ?? [],
    peopleOf(statement, actors),
  ];
}

/** Names of the issuers and speakers, in both languages, so that "Stoltenberg" finds his words. */
function peopleOf(statement: Statement, actors: ReadonlyMap<string, Actor>): string[] {
  const ids = new Set([...statement.issuers, ...statement.quotes.map((q) => q.speaker)]);
  return [...ids].flatMap((id) => {
    const actor = actors.get(id);
    return actor ? [actor.name.en, actor.name.uk] : [];
  });
}
