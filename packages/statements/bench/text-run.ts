/**
 * `pnpm bench:text`: the faceted search job on a corpus like real text (`text-corpus.ts`) at
 * 100,000 statements, against MiniSearch, Orama and FlexSearch, each in its own process so that
 * its heap is its own; then recall on the prefix and typo queries against MiniSearch's hits.
 * Writes its section of bench/results.md. Figures are for comparison within one run.
 *
 *   node --expose-gc --max-old-space-size=16000 --import tsx bench/text-run.ts [--size 100000]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { create, insertMultiple, search as oramaSearch } from '@orama/orama';
import FlexSearch from 'flexsearch';
import MiniSearch from 'minisearch';
import { Catalog } from '../src/catalog.js';
import type { CatalogInput } from '../src/schema.js';
import { SearchIndex } from '../src/search.js';
import { withTextSection } from './results-file.js';
import {
  type BenchQuery,
  generateQueries,
  generateTextCorpus,
  statementTexts,
} from './text-corpus.js';

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '100000' },
    library: { type: 'string' },
    out: { type: 'string' },
  },
});
const SIZE = Number(values.size);
const EVENT = 'annexation-referendums-2022';
const LIBRARIES = ['MiniSearch 7', '@null-and-void/statements', 'FlexSearch 0.8', 'Orama 3'];
/** Orama takes seconds per query at this size: it is timed on the first queries only. */
const ORAMA_QUERIES = 12;
/** A peer "finds many" where it returns at least this many statements. */
const MANY = 10;

interface Measured {
  library: string;
  build: number;
  heap: number;
  /** The faceted job's time per query, in query order. */
  times: number[];
  /** Unfiltered hits per query (as many as were asked). */
  counts: number[];
}

const gc = (globalThis as { gc?: () => void }).gc;
function heap(): number {
  for (let i = 0; i < 3; i++) gc?.();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Flat documents for the peers: the same texts, events and themes. */
function documents(input: CatalogInput) {
  return input.statements.map((s, id) => ({
    id,
    title: `${s.title.en}\n${s.title.uk}`,
    summary: `${s.summary.en}\n${s.summary.uk}`,
    quotes: s.quotes.map((q) => q.text).join('\n'),
    body: (s.body ?? []).join('\n'),
    event: s.events,
    theme: s.themes,
  }));
}
type Doc = ReturnType<typeof documents>[number];

/** Theme counts over the hits, as a user of a library without facets writes them. */
function themeCounts(docs: readonly Doc[], ids: Iterable<number>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of ids) {
    for (const theme of docs[id]!.theme) counts.set(theme, (counts.get(theme) ?? 0) + 1);
  }
  return counts;
}

const inEvent = (docs: readonly Doc[]) =>
  new Set(docs.filter((d) => d.event.includes(EVENT)).map((d) => d.id));

const MINISEARCH_OPTIONS = { prefix: true, fuzzy: 0.2, boost: { title: 3 } };

async function child(library: string, out: string): Promise<void> {
  const corpus = generateTextCorpus(SIZE, 42);
  const queries = generateQueries(corpus);
  const docs = documents(corpus.input);
  const event = inEvent(docs);
  const before = heap();
  const start = performance.now();
  let timed: (text: string) => Promise<unknown> | unknown;
  let hits: (text: string) => Promise<number[] | number> | number[] | number;
  let limit = queries.length;
  // The statements with the word a prefix or typo was made from, by MiniSearch without prefix or
  // typos: what the reader meant.
  let intended: ((word: string) => number[]) | undefined;
  if (library === '@null-and-void/statements') {
    const catalog = new Catalog(corpus.input);
    catalog.search('warm', { event: EVENT }, { limit: 1, facets: ['theme'] });
    timed = (text) => catalog.search(text, { event: EVENT }, { limit: 10, facets: ['theme'] });
    // Every hit's position, without highlights: the index the catalog searches with.
    let index: SearchIndex | undefined;
    hits = (text) => {
      index ??= new SearchIndex(
        corpus.input.statements,
        new Map(corpus.input.actors.map((a) => [a.id, a])),
      );
      return [...index.search(text, null, 0).positions];
    };
  } else if (library === 'MiniSearch 7') {
    const mini = new MiniSearch<Doc>({ fields: ['title', 'summary', 'quotes', 'body'] });
    mini.addAll(docs);
    timed = (text) => {
      const found = mini.search(text, { ...MINISEARCH_OPTIONS, filter: (r) => event.has(r.id) });
      return [
        found.slice(0, 10),
        themeCounts(
          docs,
          found.map((r) => r.id as number),
        ),
      ];
    };
    hits = (text) => mini.search(text, MINISEARCH_OPTIONS).map((r) => r.id as number);
    intended = (word) => mini.search(word).map((r) => r.id as number);
  } else if (library === 'FlexSearch 0.8') {
    const { Document } = FlexSearch as unknown as {
      Document: new (
        options: unknown,
      ) => {
        add(doc: Doc): void;
        search(options: unknown): { id: number }[];
      };
    };
    const flex = new Document({
      document: {
        id: 'id',
        index: ['title', 'summary', 'quotes', 'body'].map((field) => ({
          field,
          tokenize: 'forward',
        })),
      },
    });
    for (const doc of docs) flex.add(doc);
    // Every hit, for the counts: FlexSearch has no facets, and its tag filter returned nothing
    // combined with the forward tokenizer, so the event filter is a set lookup here too.
    const all = (text: string) =>
      flex.search({ query: text, limit: SIZE, merge: true }).map((r) => r.id);
    timed = (text) => {
      const found = all(text).filter((id) => event.has(id));
      return [found.slice(0, 10), themeCounts(docs, found)];
    };
    hits = all;
  } else {
    const orama = create({
      schema: {
        title: 'string',
        summary: 'string',
        quotes: 'string',
        body: 'string',
        event: 'enum[]',
        theme: 'enum[]',
      } as const,
    });
    await insertMultiple(orama, docs.map((d) => ({ ...d, id: String(d.id) })) as never, 2000);
    const search = (text: string, filtered: boolean) =>
      oramaSearch(orama, {
        term: text,
        tolerance: 1,
        limit: 10,
        ...(filtered ? { where: { event: { containsAll: [EVENT] } }, facets: { theme: {} } } : {}),
      } as never) as Promise<{ count: number }>;
    timed = (text) => search(text, true);
    hits = async (text) => (await search(text, false)).count;
    limit = ORAMA_QUERIES;
  }
  const build = performance.now() - start;
  const used = heap() - before;
  const subset = queries.slice(0, limit);
  for (const q of subset) await timed(q.text);
  const times: number[] = [];
  for (const q of subset) {
    const t = performance.now();
    await timed(q.text);
    times.push(performance.now() - t);
  }
  const counts: number[] = [];
  const lists: Record<number, number[]> = {};
  const meant: Record<number, number[]> = {};
  for (const [i, q] of subset.entries()) {
    const found = await hits(q.text);
    counts.push(typeof found === 'number' ? found : found.length);
    if (Array.isArray(found) && (q.kind === 'prefix' || q.kind === 'typo')) lists[i] = found;
    if (q.from && intended) meant[i] = intended(q.from);
  }
  const measured: Measured = { library, build, heap: used, times, counts };
  writeFileSync(out, JSON.stringify({ ...measured, lists, meant }));
}

const ms = (value: number) =>
  value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const pct = (share: number) => `${(share * 100).toFixed(1)} %`;

/** Recall of ours against MiniSearch on the prefix and typo queries, per kind and in all. */
function recall(queries: readonly BenchQuery[], ours: Run, mini: Run) {
  const rows: {
    kind: string;
    queries: number;
    mean: number;
    pooled: number;
    lowest: number;
    meant: number;
  }[] = [];
  for (const kind of ['prefix', 'typo', 'prefix or typo'] as const) {
    let found = 0;
    let total = 0;
    let meantFound = 0;
    let meantTotal = 0;
    const shares: number[] = [];
    queries.forEach((q, i) => {
      if (kind === 'prefix or typo' ? q.kind !== 'prefix' && q.kind !== 'typo' : q.kind !== kind) {
        return;
      }
      const theirs = mini.lists[i] ?? [];
      if (theirs.length === 0) return;
      const mine = new Set(ours.lists[i] ?? []);
      const shared = theirs.filter((id) => mine.has(id)).length;
      const meant = mini.meant[i] ?? [];
      meantFound += meant.filter((id) => mine.has(id)).length;
      meantTotal += meant.length;
      found += shared;
      total += theirs.length;
      shares.push(shared / theirs.length);
    });
    rows.push({
      kind,
      queries: shares.length,
      mean: shares.reduce((a, b) => a + b, 0) / (shares.length || 1),
      pooled: found / (total || 1),
      lowest: Math.min(...shares),
      meant: meantFound / (meantTotal || 1),
    });
  }
  return rows;
}

type Run = Measured & { lists: Record<number, number[]>; meant: Record<number, number[]> };

function runChild(library: string): Run {
  const out = join(tmpdir(), `nv-bench-${library.replace(/\W+/g, '-')}.json`);
  console.log(`› ${library}`);
  execFileSync(
    process.execPath,
    [
      ...process.execArgv,
      fileURLToPath(import.meta.url),
      '--library',
      library,
      '--out',
      out,
      '--size',
      String(SIZE),
    ],
    { stdio: 'inherit' },
  );
  return JSON.parse(readFileSync(out, 'utf8')) as Run;
}

async function main(): Promise<void> {
  const corpus = generateTextCorpus(SIZE, 42);
  const queries = generateQueries(corpus);
  const statements = corpus.input.statements;
  const wordsPer =
    statements.reduce((n, s) => n + statementTexts(s).join(' ').split(/\s+/).length, 0) /
    statements.length;
  const inEventShare =
    statements.filter((s) => s.events.includes(EVENT)).length / statements.length;
  const runs = LIBRARIES.map(runChild);
  const byName = new Map(runs.map((r) => [r.library, r]));
  const ours = byName.get('@null-and-void/statements')!;
  const mini = byName.get('MiniSearch 7')!;
  const lines = [
    '## The faceted search job on a corpus like real text',
    '',
    `Generated by \`pnpm bench:text\` on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}; one run, each library in its own process.`,
    `Corpus (\`bench/text-corpus.ts\`, seed 42): ${SIZE.toLocaleString('en')} statements of ${wordsPer.toFixed(0)} words on average (titles, summaries, quotes and a two-paragraph body), drawn by Zipf's law (exponent 1.05) from ${corpus.vocabulary.en.length.toLocaleString('en')} English and ${corpus.vocabulary.uk.length.toLocaleString('en')} Ukrainian words: the words of the real record and 5,000 made-up ones per language. ${queries.length} queries: ${['word', 'two words', 'prefix', 'typo'].map((k) => `${queries.filter((q) => q.kind === k).length} ${k === 'word' ? 'whole words' : k === 'typo' ? 'words with one letter deleted, inserted or swapped' : k === 'prefix' ? 'prefixes of 3–9 letters' : 'pairs of words'}`).join(', ')}.`,
    `The job: search, filtered by one event (\`${EVENT}\`, ${pct(inEventShare)} of the statements), the top 10, and theme counts over all the hits. This package: \`search(text, { event }, { limit: 10, facets: ['theme'] })\`. MiniSearch (prefix, fuzzy 0.2, title boost 3) and FlexSearch (forward tokenizer: prefixes, no typos) have no facets: their event filter is a set of ids and the theme counts a loop over every hit, as a user would write them. Orama: its own \`where\` filter and \`facets\`, tolerance 1, timed on the first ${ORAMA_QUERIES} queries only (each takes seconds).`,
    '',
    '| library | build | heap (with array buffers) | faceted job p50 | faceted job p95 | queries timed |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...runs.map(
      (r) =>
        `| ${r.library} | ${(r.build / 1000).toFixed(1)} s | ${mb(r.heap)} | ${ms(percentile(r.times, 50))} ms | ${ms(percentile(r.times, 95))} ms | ${r.times.length} |`,
    ),
    '',
    `Recall on the prefix and typo queries: of the statements MiniSearch returns (prefix and fuzzy 0.2, no filter), the share this package also returns. "Mean" averages the queries' shares, "pooled" counts every hit of every query once, "lowest" is the worst query. The last column is the share this package returns of the statements that have the word the prefix or typo was made from (MiniSearch's hits for that word alone, without prefix or fuzzy): what the reader meant. MiniSearch's fuzzy 0.2 allows one edit in words of 3–7 letters, two in words of 8–12 and three from 13, where this package allows one from 5 letters (and two only in long search keys that keep their first three letters).`,
    '',
    '| queries | with MiniSearch hits | mean | pooled | lowest | statements with the word meant |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...recall(queries, ours, mini).map(
      (r) =>
        `| ${r.kind} | ${r.queries} | ${pct(r.mean)} | ${pct(r.pooled)} | ${pct(r.lowest)} | ${pct(r.meant)} |`,
    ),
    '',
  ];
  const empty = queries.flatMap((q, i) => {
    if (ours.counts[i] !== 0) return [];
    const peers = runs.filter((r) => r !== ours && (r.counts[i] ?? 0) >= MANY);
    return [{ q, peers: peers.map((r) => `${r.library} ${r.counts[i]}`) }];
  });
  const emptyTyped = empty.filter(({ q }) => q.kind === 'prefix' || q.kind === 'typo');
  lines.push(
    `Queries where this package returns nothing: ${empty.length} of ${queries.length}; where a peer returns ${MANY} or more at the same time: ${empty.filter((e) => e.peers.length > 0).length}; among the prefix and typo queries (each a prefix or one edit of an indexed word): ${emptyTyped.length}.`,
    '',
    ...empty.map(
      ({ q, peers }) =>
        `- \`${q.text}\` (${q.kind}${q.from ? ` of \`${q.from}\`` : ''}): ${peers.join(', ') || 'no peer returns many either'}`,
    ),
    '',
  );
  const results = join(here, 'results.md');
  const previous = existsSync(results) ? readFileSync(results, 'utf8') : '# Benchmark results\n';
  writeFileSync(results, withTextSection(previous, lines.join('\n')));
  console.log(lines.join('\n'));
}

if (values.library) await child(values.library, values.out!);
else await main();
