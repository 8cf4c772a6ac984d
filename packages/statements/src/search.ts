import { Bitset } from './bitset.js';
import type { Actor, Statement } from './schema.js';
import {
  type PhraseWord,
  parseSearchText,
  phraseAt,
  type QueryWord,
  type SearchText,
} from './search-text.js';
import { editDistance } from './suggest.js';
import { wordForms } from './text.js';
import { tokenize, words } from './tokenize.js';

/** The indexed fields of a statement and how much a match in each counts. */
export const FIELDS = ['title', 'summary', 'quotes', 'body', 'people', 'issuer'] as const;
/**
 * The fields of the index: `people` holds the names of the speakers, `issuer` those of the
 * issuers and of the bodies they belong to (NATO for its North Atlantic Council).
 */
export type SearchField = (typeof FIELDS)[number];
export const BOOST = [3, 1.5, 1.2, 1, 2, 2];
const ISSUER = FIELDS.indexOf('issuer');
const FIELD_BITS = 3;
const FIELD_MASK = (1 << FIELD_BITS) - 1;

// BM25 constants, and how much a term that only starts with a word of the query, or is an edit or
// two from it, counts against an exact match.
const K1 = 1.2;
const B = 0.7;
export const PREFIX_WEIGHT = 0.375;
export const FUZZY_WEIGHT = 0.45;
/** Letters a typed word needs to match the words it begins. */
export const MIN_PREFIX = 3;
/** Letters a typed word needs to match a word one typo away. */
export const MIN_FUZZY = 5;
// Edits in the search key of a long word: a transliteration (Zaporozhye for Zaporizhzhia) or a
// case ending the stemmer keeps (Херсонської for Kherson). One edit anywhere, or two among the
// terms that share its first three letters.
const MIN_KEY_EDITS = 8;
const BRACKETS = /\(([^)]*)\)/g;
const CYRILLIC = /[\u0400-\u04ff]/;
const NONE: readonly number[] = [];
// A score's fraction: the BM25 weight `s` as `s / (s + SCALE)`, below the integer rank tiers.
const SCALE = 10;

/**
 * The statements matched by a search and the scores they got: the best `ranked` first, in order,
 * then the rest in no particular order.
 */
export interface Ranking {
  readonly positions: Uint32Array;
  readonly scores: Float64Array;
  /** How many of `positions`, from the first, are in order of score. */
  readonly ranked: number;
  /** The exact phrases of the query, for highlights. */
  readonly phrases: readonly (readonly PhraseWord[])[];
  /** The index terms each field of one matched statement shares with the query, for highlights. */
  matched(position: number): Map<SearchField, Set<string>>;
}

/** One word of a query: the index terms it stands for, with their weights. */
interface Expansion {
  readonly terms: number[];
  readonly weights: number[];
  /** Per term: whether it is only a typo away from the word (it then ranks below the others). */
  readonly typos: boolean[];
  /** A word of a phrase: every match must have it, and it is not highlighted on its own. */
  readonly inPhrase: boolean;
}

/**
 * Full-text index of a catalog's statements over both languages: an inverted index of search
 * keys (see `text.ts`) with BM25 scores per field, and beside it the surface forms of the words
 * (unstemmed, in one script) in a sorted vocabulary, so that a prefix or a typo of what the reader
 * typed finds every form of the word it means. Typos are found by looking up the one-edit
 * variants of the typed word. Postings are typed arrays, so that 100,000 statements fit in a
 * fraction of the heap an object per posting takes.
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
  // Each surface form and its term; the few forms of two terms (two words that transliterate
  // alike) keep the others apart.
  readonly #surfaceTerm = new Map<string, number>();
  readonly #surfaceMore = new Map<string, number[]>();
  // Once built:
  #sortedTerms: string[] = [];
  #surfaces: string[] = [];
  #idf: Float64Array = new Float64Array(0);
  #alphabet = '';
  // The letters of the surface forms, Cyrillic apart: a typo in a word stays in its script.
  #latinLetters = '';
  #cyrillicLetters = '';
  // The longest surface form and search key: a typed word longer than these by more than the
  // edits allowed cannot be a typo of any indexed word, and its variants are not generated.
  #longestSurface = 0;
  #longestTerm = 0;
  readonly #lengths: Uint16Array[];
  // Per field: the total length, then (once built) the average length of the statements that
  // have the field, as Lucene's BM25 takes it: a field most statements lack (a body, quotes,
  // speakers) is not judged against an average dragged down by their zeros.
  readonly #average = new Float64Array(FIELDS.length);
  readonly #having = new Uint32Array(FIELDS.length);
  // Scratch space for one search, reused: score, words matched, words matched without a typo,
  // whether a word is in an issuer's name, phrase words matched, and the last word counted.
  #score: Float64Array = new Float64Array(0);
  #hits: Uint8Array = new Uint8Array(0);
  #exact: Uint8Array = new Uint8Array(0);
  #own: Uint8Array = new Uint8Array(0);
  readonly #nameTerms = new Map<string, number[][]>();
  #inPhrases: Uint8Array = new Uint8Array(0);
  #seen: Int32Array = new Int32Array(0);
  #seenExact: Int32Array = new Int32Array(0);

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
      const surfaces: string[] = [];
      let length = 0;
      for (const part of parts) {
        for (const word of words(part)) {
          const forms = wordForms(word);
          if (forms === null) continue;
          length++;
          counts.set(forms.key, (counts.get(forms.key) ?? 0) + 1);
          for (const surface of [forms.surface, forms.native]) {
            const known = this.#surfaceTerm.get(surface);
            if (known === undefined || this.#terms[known] !== forms.key) {
              surfaces.push(surface, forms.key);
            }
          }
        }
      }
      this.#lengths[field]![position] = Math.min(length, 0xffff);
      this.#average[field]! += length;
      if (length > 0) this.#having[field]!++;
      for (const [key, count] of counts) this.#post(this.#termId(key), position, field, count);
      for (let i = 0; i < surfaces.length; i += 2) {
        this.#addSurface(surfaces[i]!, this.#ids.get(surfaces[i + 1]!)!);
      }
    });
  }

  #termId(key: string): number {
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
    return id;
  }

  #post(id: number, position: number, field: number, count: number): void {
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

  #addSurface(surface: string, term: number): void {
    const first = this.#surfaceTerm.get(surface);
    if (first === undefined) this.#surfaceTerm.set(surface, term);
    else if (first !== term) {
      const more = this.#surfaceMore.get(surface) ?? [];
      if (!more.includes(term)) this.#surfaceMore.set(surface, [...more, term]);
    }
  }

  #finish(): void {
    this.#done = true;
    const n = this.#statements.length;
    for (let f = 0; f < FIELDS.length; f++) {
      this.#average[f] = this.#average[f]! / (this.#having[f] || 1) || 1;
    }
    const terms = this.#terms;
    this.#idf = Float64Array.from(this.#docs, (docs) =>
      Math.log(1 + (n - docs + 0.5) / (docs + 0.5)),
    );
    this.#alphabet = alphabetOf(terms);
    this.#sortedTerms = [...terms].sort();
    this.#surfaces = [...this.#surfaceTerm.keys()].sort();
    const letters = alphabetOf(this.#surfaces);
    this.#cyrillicLetters = letters.replace(/[^\u0400-\u04ff]/g, '');
    this.#latinLetters = letters.replace(/[\u0400-\u04ff]/g, '');
    this.#longestSurface = longest(this.#surfaces);
    this.#longestTerm = longest(terms);
    this.#score = new Float64Array(n);
    this.#hits = new Uint8Array(n);
    this.#exact = new Uint8Array(n);
    this.#own = new Uint8Array(n);
    this.#inPhrases = new Uint8Array(n);
    this.#seen = new Int32Array(n).fill(-1);
    this.#seenExact = new Int32Array(n).fill(-1);
  }

  /**
   * Statement positions matching every word of the query, best first; if no statement has every
   * word, those with any of them. Phrases in double quotes must stand in the text word for word,
   * and words after a minus sign must not be there. `allowed` restricts the positions
   * considered. Only the best `need` are put in order (at least; all by default): a page of 20
   * out of thousands of matches need not sort the thousands.
   *
   * Results rank by how many words they match, then by how many without a typo, then whether the
   * query names their issuer in full (NATO's own statements first for "NATO"), then by BM25; the
   * score's integer part holds the first three, its fraction the last.
   */
  search(text: string, allowed: Bitset | null, need = Number.POSITIVE_INFINITY): Ranking {
    this.addNext(Number.POSITIVE_INFINITY);
    const query = parseSearchText(text);
    const expansions = [
      ...query.phrases.flatMap((phrase) => phrase.map((word) => this.#expandPhraseWord(word))),
      ...query.words.map((word) => this.#expand(word)),
    ].filter((expansion) => expansion !== null);
    const inPhrases = expansions.filter((expansion) => expansion.inPhrase).length;
    const touched = this.#accumulate(expansions, allowed);
    const hits = this.#hits;
    const keep = this.#keeper(query, inPhrases);
    let matching = touched.filter((p) => hits[p] === expansions.length && keep(p));
    if (matching.length === 0 && expansions.length > 1 && inPhrases < expansions.length) {
      matching = touched.filter(keep);
    }
    const rank = this.#rankScores(matching, expansions);
    const [positions, ranked] = bestFirst(Uint32Array.from(matching), rank, need);
    const scores = Float64Array.from(positions, (position) => rank[position]!);
    this.#reset(touched);
    return {
      positions,
      scores,
      ranked,
      phrases: query.phrases,
      matched: (position) =>
        this.#matched(
          position,
          expansions.filter((expansion) => !expansion.inPhrase),
        ),
    };
  }

  /** Adds up every word's BM25 scores; returns the positions any word matched. */
  #accumulate(expansions: readonly Expansion[], allowed: Bitset | null): number[] {
    const score = this.#score;
    const hits = this.#hits;
    const exact = this.#exact;
    const seen = this.#seen;
    const seenExact = this.#seenExact;
    const touched: number[] = [];
    expansions.forEach(({ terms, weights, typos, inPhrase }, word) => {
      for (let i = 0; i < terms.length; i++) {
        const term = terms[i]!;
        const typo = typos[i]!;
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
          if (seen[position] !== word) {
            if (hits[position] === 0) touched.push(position);
            seen[position] = word;
            hits[position]!++;
            if (inPhrase) this.#inPhrases[position]!++;
          }
          if (!typo) {
            if (seenExact[position] !== word) {
              seenExact[position] = word;
              exact[position]!++;
            }
            if (field === ISSUER && !inPhrase) this.#own[position] = 1;
          }
          score[position]! += (weight * BOOST[field]! * tf * (K1 + 1)) / (tf + K1 * norm);
        }
      }
    });
    return touched;
  }

  /** Whether a matched statement has every phrase word, each phrase in order, and no excluded word. */
  #keeper(query: SearchText, inPhrases: number): (position: number) => boolean {
    const excluded = new Bitset(this.#statements.length);
    for (const key of query.excluded) {
      const term = this.#ids.get(key);
      if (term === undefined) continue;
      const entries = this.#entries[term]!;
      for (let e = 0; e < this.#used[term]!; e++) excluded.add(entries[e]! >> FIELD_BITS);
    }
    // A phrase of one whole word is found by its search key alone.
    const phrases = query.phrases.filter((phrase) => phrase.length > 1 || phrase[0]!.prefix);
    return (position) => {
      if (excluded.has(position) || this.#inPhrases[position] !== inPhrases) return false;
      if (phrases.length === 0) return true;
      const tokens = fieldTexts(this.#statements[position]!, this.#actors).flatMap((texts) =>
        texts.map(tokenize),
      );
      return phrases.every((phrase) =>
        tokens.some((list) => list.some((_, at) => phraseAt(list, at, phrase))),
      );
    };
  }

  /** The rank of each matched position, as `search` explains it, in the score array. */
  #rankScores(matching: readonly number[], expansions: readonly Expansion[]): Float64Array {
    const score = this.#score;
    const words = expansions.length;
    const named = new Set<number>();
    for (const { terms, typos, inPhrase } of expansions) {
      if (inPhrase) continue;
      terms.forEach((term, i) => {
        if (!typos[i]) named.add(term);
      });
    }
    for (const position of matching) {
      const own = this.#own[position] === 1 && this.#namesIssuer(position, named) ? 1 : 0;
      const tier = (this.#hits[position]! * (words + 1) + this.#exact[position]!) * 2 + own;
      const weight = score[position]!;
      score[position] = tier + weight / (weight + SCALE);
    }
    return score;
  }

  /**
   * Whether the query names an issuer of the statement, or a body it belongs to, in full: every
   * word of that name is among the query's terms. "NATO" names NATO, the parent of the North
   * Atlantic Council; "OSCE" does not name the "UK Delegation to the OSCE".
   */
  #namesIssuer(position: number, terms: ReadonlySet<number>): boolean {
    for (const id of withParents(this.#statements[position]!.issuers, this.#actors)) {
      const names: number[][] = this.#nameTerms.get(id) ?? this.#termsOfNames(id);
      if (names.some((name) => name.length > 0 && name.every((term) => terms.has(term)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The index terms of each of an actor's names, cached. A part in brackets is a name of its own:
   * "Organization for Security and Co-operation in Europe (OSCE)" is also "OSCE".
   */
  #termsOfNames(id: string): number[][] {
    const actor = this.#actors.get(id);
    const names = (actor ? [actor.name.en, actor.name.uk] : []).flatMap((name) => [
      name.replace(BRACKETS, ' '),
      ...Array.from(name.matchAll(BRACKETS), (match) => match[1]!),
    ]);
    const terms = names.map((name) =>
      words(name).flatMap((word) => {
        const key = wordForms(word)?.key;
        const term = key === undefined ? undefined : this.#ids.get(key);
        return term === undefined ? [] : [term];
      }),
    );
    this.#nameTerms.set(id, terms);
    return terms;
  }

  #reset(touched: readonly number[]): void {
    for (const position of touched) {
      this.#score[position] = 0;
      this.#hits[position] = 0;
      this.#exact[position] = 0;
      this.#own[position] = 0;
      this.#inPhrases[position] = 0;
      this.#seen[position] = -1;
      this.#seenExact[position] = -1;
    }
  }

  /**
   * The index terms a query word stands for: its own search key and surface form, the words it
   * begins, and unless it is short or in capitals, the words a typo away from it (see
   * `MIN_FUZZY`, `MIN_KEY_EDITS`).
   */
  #expand(word: QueryWord): Expansion {
    const expansion: Expansion = { terms: [], weights: [], typos: [], inPhrase: false };
    const add = (term: number | undefined, weight: number, typo: boolean) =>
      addTerm(expansion, term, weight, typo);
    const { key, native } = word;
    // A key folded below three letters ("doo" to "do") is too short to stand for the word.
    if (key.length >= MIN_PREFIX) add(this.#ids.get(key), 1, false);
    // The word as typed, and transliterated, finds words in both scripts.
    for (const surface of new Set([native, word.surface])) {
      for (const term of this.#termsOf(surface)) add(term, 1, false);
      if (surface.length < MIN_PREFIX) continue;
      for (const form of startingWith(this.#surfaces, surface)) {
        for (const term of this.#termsOf(form)) {
          add(term, (PREFIX_WEIGHT * surface.length) / form.length, false);
        }
      }
    }
    if (word.capitals || native.length < MIN_FUZZY) return expansion;
    const typo = (FUZZY_WEIGHT * native.length) / (native.length + 1);
    // In its own script, and transliterated, so that Херсон and Kherson find the same typos.
    for (const surface of new Set([native, word.surface])) {
      if (surface.length > this.#longestSurface + 1) continue;
      const letters = CYRILLIC.test(surface) ? this.#cyrillicLetters : this.#latinLetters;
      for (const variant of oneEditFrom(surface, letters)) {
        for (const term of this.#termsOf(variant)) add(term, typo, true);
      }
    }
    if (key.length >= MIN_KEY_EDITS && key.length <= this.#longestTerm + 2) {
      this.#expandKey(key, add);
    }
    return expansion;
  }

  /** Terms one edit from a long search key, and two edits among those with its first three letters. */
  #expandKey(key: string, add: (term: number | undefined, weight: number, typo: boolean) => void) {
    for (const variant of oneEditFrom(key, this.#alphabet)) {
      add(this.#ids.get(variant), (FUZZY_WEIGHT * key.length) / (key.length + 1), true);
    }
    for (const term of startingWith(this.#sortedTerms, key.slice(0, 3))) {
      if (Math.abs(term.length - key.length) > 2) continue;
      const distance = editDistance(key, term, 2);
      if (distance <= 2) {
        add(this.#ids.get(term), (FUZZY_WEIGHT * key.length) / (key.length + distance), true);
      }
    }
  }

  /** A word of a phrase: its own search key, or the words it begins while its phrase is open. */
  #expandPhraseWord(word: PhraseWord): Expansion | null {
    if (word.key === null) return null;
    const expansion: Expansion = { terms: [], weights: [], typos: [], inPhrase: true };
    addTerm(expansion, this.#ids.get(word.key), 1, false);
    if (word.prefix) {
      for (const form of startingWith(this.#surfaces, word.plain)) {
        for (const term of this.#termsOf(form)) addTerm(expansion, term, PREFIX_WEIGHT, false);
      }
    }
    return expansion;
  }

  /** The terms of a surface form: one, or a few when words of different stems look alike. */
  #termsOf(surface: string): readonly number[] {
    const first = this.#surfaceTerm.get(surface);
    if (first === undefined) return NONE;
    const more = this.#surfaceMore.size > 0 ? this.#surfaceMore.get(surface) : undefined;
    return more ? [first, ...more] : [first];
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

/** Adds a term to a word's expansion, or raises its weight and clears its typo mark if better. */
function addTerm(expansion: Expansion, term: number | undefined, weight: number, typo: boolean) {
  if (term === undefined) return;
  const at = expansion.terms.indexOf(term);
  if (at < 0) {
    expansion.terms.push(term);
    expansion.weights.push(weight);
    expansion.typos.push(typo);
    return;
  }
  expansion.weights[at] = Math.max(expansion.weights[at]!, weight);
  expansion.typos[at] = expansion.typos[at]! && typo;
}

/** The strings of a sorted list that begin with `prefix`. */
function* startingWith(sorted: readonly string[], prefix: string): Generator<string> {
  let i = firstNotBefore(sorted.length, (at) => sorted[at]! < prefix);
  for (; i < sorted.length && sorted[i]!.startsWith(prefix); i++) yield sorted[i]!;
}

/** The length of the longest string. */
function longest(strings: readonly string[]): number {
  let length = 0;
  for (const text of strings) length = Math.max(length, text.length);
  return length;
}

/** Every letter the strings use, once. */
function alphabetOf(strings: readonly string[]): string {
  const letters = new Set<string>();
  for (const text of strings) for (const letter of text) letters.add(letter);
  return [...letters].join('');
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
    statement.quotes.flatMap((q) => (q.original ? [q.text, q.original.text] : [q.text])),
    statement.body ?? [],
    namesOf(new Set(statement.quotes.map((q) => q.speaker)), actors),
    namesOf(withParents(statement.issuers, actors), actors),
  ];
}

/** Names of actors in both languages, so that "Stoltenberg" finds his words. */
function namesOf(ids: ReadonlySet<string>, actors: ReadonlyMap<string, Actor>): string[] {
  return [...ids].flatMap((id) => {
    const actor = actors.get(id);
    return actor ? [actor.name.en, actor.name.uk] : [];
  });
}

/** Actors with the bodies they belong to, and those bodies' own (a cycle is followed once). */
function withParents(ids: readonly string[], actors: ReadonlyMap<string, Actor>): Set<string> {
  const out = new Set<string>();
  const visit = (id: string) => {
    if (out.has(id)) return;
    out.add(id);
    for (const parent of actors.get(id)?.memberOf ?? []) visit(parent);
  };
  ids.forEach(visit);
  return out;
}
