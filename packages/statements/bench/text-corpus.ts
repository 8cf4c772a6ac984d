/**
 * A synthetic corpus that reads, to a search engine, like real text: a long-tail vocabulary in
 * each language (the words of the real record plus several thousand made-up ones, drawn by Zipf's
 * law), about 200 words per statement including a body, and the queries readers type into a
 * search box: whole words, two words, prefixes of 3–9 letters, and words with one letter deleted,
 * inserted or two swapped. Seeded: the same size and seed give the same corpus and queries.
 */
import { catalogData } from '../src/generated/catalog-data.js';
import type { CatalogInput, Statement } from '../src/schema.js';
import { words } from '../src/tokenize.js';
import { generateCatalog, random } from './generate.js';

/** Made-up words per language, on top of the real ones. */
const MADE_UP = 5000;
// Zipf's exponent: close to 1 in natural language.
const ZIPF = 1.05;

const CYRILLIC = /[\u0400-\u04ff]/;

type StatementTexts = Pick<Statement, 'title' | 'summary' | 'quotes' | 'body'>;

/** A statement's texts in both languages: title, summary, quotes and body. */
export const statementTexts = (s: StatementTexts): string[] => [
  s.title.en,
  s.title.uk,
  s.summary.en,
  s.summary.uk,
  ...s.quotes.map((q) => q.text),
  ...(s.body ?? []),
];

/** The words of the real record in one script, each spelling once. */
function realWords(cyrillic: boolean): string[] {
  const texts = catalogData.statements.flatMap(statementTexts);
  const found = new Set<string>();
  for (const text of texts) {
    for (const word of words(text)) {
      if (/\d/.test(word) || CYRILLIC.test(word) !== cyrillic) continue;
      found.add(word.toLowerCase());
    }
  }
  return [...found].sort();
}

const LATIN = {
  onsets: [
    'b',
    'c',
    'd',
    'f',
    'g',
    'h',
    'k',
    'l',
    'm',
    'n',
    'p',
    'r',
    's',
    't',
    'v',
    'w',
    'st',
    'tr',
    'pr',
    'cl',
    'gr',
    'br',
    'sh',
    'ch',
  ],
  vowels: ['a', 'e', 'i', 'o', 'u', 'ea', 'ou', 'ai'],
  endings: ['', '', 'tion', 'ment', 'ing', 'ed', 's', 'al', 'ity', 'ness', 'er', 'ous', 'ive'],
};
const UKRAINIAN = {
  onsets: [
    'б',
    'в',
    'г',
    'д',
    'ж',
    'з',
    'к',
    'л',
    'м',
    'н',
    'п',
    'р',
    'с',
    'т',
    'х',
    'ц',
    'ч',
    'ш',
    'пр',
    'ст',
    'кр',
    'зв',
  ],
  vowels: ['а', 'е', 'и', 'і', 'о', 'у', 'я', 'ю', 'ї', 'є'],
  endings: ['', 'ння', 'ів', 'ами', 'ого', 'ська', 'ний', 'ість', 'ти', 'ом', 'ах', 'ець'],
};

/** Made-up words that look like words of a language: 2–4 syllables and an ending. */
function madeUpWords(
  next: () => number,
  parts: typeof LATIN,
  count: number,
  taken: Set<string>,
): string[] {
  const pick = (list: readonly string[]) => list[Math.floor(next() * list.length)]!;
  const out: string[] = [];
  while (out.length < count) {
    let word = '';
    const syllables = 2 + Math.floor(next() * 3);
    for (let i = 0; i < syllables; i++) word += pick(parts.onsets) + pick(parts.vowels);
    word += pick(parts.endings);
    if (taken.has(word)) continue;
    taken.add(word);
    out.push(word);
  }
  return out;
}

/** Draws words by rank with Zipf's law, from a precomputed cumulative distribution. */
function zipfSampler(vocabulary: readonly string[], next: () => number): () => string {
  const cumulative = new Float64Array(vocabulary.length);
  let total = 0;
  for (let rank = 0; rank < vocabulary.length; rank++) {
    total += 1 / (rank + 1) ** ZIPF;
    cumulative[rank] = total;
  }
  return () => {
    const target = next() * total;
    let lo = 0;
    let hi = vocabulary.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return vocabulary[lo]!;
  };
}

/** A language's vocabulary in rank order: real and made-up words shuffled together. */
function vocabularyOf(cyrillic: boolean, next: () => number): string[] {
  const real = realWords(cyrillic);
  const all = [...real, ...madeUpWords(next, cyrillic ? UKRAINIAN : LATIN, MADE_UP, new Set(real))];
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all;
}

export interface TextCorpus {
  readonly input: CatalogInput;
  /** Each language's vocabulary, most frequent first. */
  readonly vocabulary: { readonly en: readonly string[]; readonly uk: readonly string[] };
}

/**
 * The statements of `generateCatalog` (the same issuers, events, themes and dates) with texts of
 * the long-tail vocabulary: titles of 8 words and summaries of 40 in each language, 0–2 quotes of
 * 12 words, and a body of two paragraphs of 45 words in the statement's language.
 */
export function generateTextCorpus(size: number, seed = 42): TextCorpus {
  const base = generateCatalog(size, seed);
  const next = random(seed * 7919);
  const vocabulary = { en: vocabularyOf(false, next), uk: vocabularyOf(true, next) };
  const draw = { en: zipfSampler(vocabulary.en, next), uk: zipfSampler(vocabulary.uk, next) };
  const text = (lang: 'en' | 'uk', n: number) => {
    const out = Array.from({ length: n }, () => draw[lang]());
    out[0] = out[0]!.charAt(0).toUpperCase() + out[0]!.slice(1);
    return out.join(' ');
  };
  const statements: Statement[] = base.statements.map((s) => {
    const lang = s.language === 'uk' ? 'uk' : 'en';
    return {
      ...s,
      title: { en: text('en', 8), uk: text('uk', 8) },
      summary: { en: text('en', 40), uk: text('uk', 40) },
      quotes: s.quotes.slice(0, 2).map((q) => ({ ...q, text: text('en', 12) })),
      body: [text(lang, 45), text(lang, 45)],
    };
  });
  return { input: { ...base, statements }, vocabulary };
}

export type QueryKind = 'word' | 'two words' | 'prefix' | 'typo';
export interface BenchQuery {
  readonly text: string;
  readonly kind: QueryKind;
  /** For prefixes and typos: the word it was made from. */
  readonly from?: string;
}

/**
 * `count` queries, a quarter of each kind, from words a reader would look for: the first few
 * thousand of each vocabulary (neither the commonest words nor ones that occur once), in English
 * three times out of four. Typos delete, insert or swap one letter of a word of 5+ letters.
 */
export function generateQueries(corpus: TextCorpus, count = 200, seed = 7): BenchQuery[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const word = (minLength = 1) => {
    for (;;) {
      const vocabulary = next() < 0.75 ? corpus.vocabulary.en : corpus.vocabulary.uk;
      const candidate = vocabulary[20 + Math.floor(next() * 3000)]!;
      if (candidate.length >= minLength) return candidate;
    }
  };
  const kinds: QueryKind[] = ['word', 'two words', 'prefix', 'typo'];
  return Array.from({ length: count }, (_, i): BenchQuery => {
    const kind = kinds[i % kinds.length]!;
    if (kind === 'word') return { text: word(), kind };
    if (kind === 'two words') return { text: `${word()} ${word()}`, kind };
    if (kind === 'prefix') {
      const from = word(4);
      const length = Math.min(from.length - 1, 3 + Math.floor(next() * 7));
      return { text: from.slice(0, length), kind, from };
    }
    const from = word(5);
    const at = 1 + Math.floor(next() * (from.length - 2));
    const letters = CYRILLIC.test(from) ? 'абвгдежзиклмнопрстуя' : 'abcdefghiklmnoprstu';
    const edit = pick(['delete', 'insert', 'swap'] as const);
    const text =
      edit === 'delete'
        ? from.slice(0, at) + from.slice(at + 1)
        : edit === 'insert'
          ? from.slice(0, at) + pick([...letters]) + from.slice(at)
          : from.slice(0, at) + from[at + 1] + from[at] + from.slice(at + 2);
    return { text, kind, from };
  });
}
