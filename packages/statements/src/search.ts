import MiniSearch from 'minisearch';
import type { Bitset } from './bitset.js';
import type { Actor, Statement } from './schema.js';
import { searchKey, tokenize, words } from './text.js';

/** Where a search matched: a field of the statement and `[start, end)` offsets in its text. */
export interface Highlight {
  /** e.g. `title.en`, `summary.uk`, `body[2]`, `quotes[0].text` */
  readonly field: string;
  readonly text: string;
  readonly ranges: readonly (readonly [number, number])[];
}

interface IndexedDocument {
  id: number;
  title: string;
  summary: string;
  quotes: string;
  body: string;
  people: string;
}

const FIELDS = ['title', 'summary', 'quotes', 'body', 'people'] as const;
const BOOST = { title: 3, people: 2, summary: 1.5, quotes: 1.2, body: 1 };

export interface RankedPosition {
  readonly position: number;
  readonly score: number;
  /** Index terms that matched, and the fields they matched in. */
  readonly match: Readonly<Record<string, readonly string[]>>;
}

/** The matched terms of a result, per field, for highlighting. */
export function termsByField(
  match: Readonly<Record<string, readonly string[]>>,
): Map<string, Set<string>> {
  const terms = new Map<string, Set<string>>();
  for (const [term, fields] of Object.entries(match)) {
    for (const field of fields) {
      const set = terms.get(field) ?? new Set<string>();
      set.add(term);
      terms.set(field, set);
    }
  }
  return terms;
}

/** Full-text index of a catalog's statements, over both languages. Built on first use. */
export class SearchIndex {
  readonly #engine: MiniSearch<IndexedDocument>;

  constructor(statements: readonly Statement[], actors: ReadonlyMap<string, Actor>) {
    this.#engine = new MiniSearch<IndexedDocument>({
      fields: [...FIELDS],
      idField: 'id',
      tokenize: words,
      processTerm: (term) => searchKey(term),
    });
    this.#engine.addAll(
      statements.map((s, id) => ({
        id,
        title: [s.title.en, s.title.uk, s.originalTitle ?? ''].join('\n'),
        summary: `${s.summary.en}\n${s.summary.uk}`,
        quotes: s.quotes.map((q) => q.text).join('\n'),
        body: (s.body ?? []).join('\n'),
        people: peopleOf(s, actors).join('\n'),
      })),
    );
  }

  /**
   * Statement positions matching every word of the query (prefix and one-typo tolerant),
   * best first; if no statement has every word, those with any of them.
   */
  search(text: string, allowed: Bitset | null): RankedPosition[] {
    const options = {
      prefix: (term: string) => term.length >= 3,
      fuzzy: (term: string) => (term.length >= 5 ? 1 : false),
      boost: BOOST,
      ...(allowed ? { filter: (result: { id: number }) => allowed.has(result.id) } : {}),
    };
    let results = this.#engine.search(text, { ...options, combineWith: 'AND' });
    if (results.length === 0)
      results = this.#engine.search(text, { ...options, combineWith: 'OR' });
    return results.map((result) => ({
      position: result.id as number,
      score: result.score,
      match: result.match,
    }));
  }
}

/** Names of the issuers and speakers, in both languages, so that "Stoltenberg" finds his words. */
function peopleOf(statement: Statement, actors: ReadonlyMap<string, Actor>): string[] {
  const ids = new Set([...statement.issuers, ...statement.quotes.map((q) => q.speaker)]);
  return [...ids].flatMap((id) => {
    const actor = actors.get(id);
    return actor ? [actor.name.en, actor.name.uk] : [];
  });
}

function rangesIn(text: string, terms: ReadonlySet<string>): [number, number][] {
  const ranges: [number, number][] = [];
  for (const token of tokenize(text)) {
    const key = searchKey(token.word);
    if (key !== null && terms.has(key)) ranges.push([token.start, token.end]);
  }
  return ranges;
}

/** Where the matched terms stand in the statement's texts, field by field. */
export function highlightsOf(
  statement: Statement,
  terms: ReadonlyMap<string, ReadonlySet<string>>,
): Highlight[] {
  const out: Highlight[] = [];
  const add = (
    field: string,
    text: string | undefined,
    matched: ReadonlySet<string> | undefined,
  ) => {
    if (!text || !matched) return;
    const ranges = rangesIn(text, matched);
    if (ranges.length > 0) out.push({ field, text, ranges });
  };
  add('title.en', statement.title.en, terms.get('title'));
  add('title.uk', statement.title.uk, terms.get('title'));
  add('originalTitle', statement.originalTitle, terms.get('title'));
  add('summary.en', statement.summary.en, terms.get('summary'));
  add('summary.uk', statement.summary.uk, terms.get('summary'));
  for (const [i, q] of statement.quotes.entries())
    add(`quotes[${i}].text`, q.text, terms.get('quotes'));
  for (const [i, p] of (statement.body ?? []).entries()) add(`body[${i}]`, p, terms.get('body'));
  return out;
}
