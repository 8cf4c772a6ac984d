/**
 * Every public function of the package, callable with arguments of any kind, and the values a
 * fuzzer feeds them: random and hostile strings, numbers, BigInt, null, lists, objects with
 * prototype keys, and strings of 100,000 characters. Shared by the property test
 * (`test/fuzz.test.ts`, which checks the kind of each answer) and `pnpm bench:fuzz` (which times
 * the worst case of each function).
 */
import fc from 'fast-check';
import * as api from '../src/index.js';
import { generateCatalog } from './generate.js';

type Catalog = api.Catalog;

/** The bundled catalog and a generated one, so that ids of either kind come up. */
export const CATALOGS: readonly Catalog[] = [
  api.catalog as unknown as Catalog,
  api.createCatalog(generateCatalog(40, 7)),
];

/** The longest inputs: 100,000 characters of one letter, of words, of Cyrillic, of an id. */
export const LONG_STRINGS: readonly string[] = [
  'x'.repeat(100_000),
  'referendum Kherson '.repeat(5_264).slice(0, 100_000),
  'Запоріжжя '.repeat(10_000),
  `${api.catalog.statements[0]!.id}${'-'.repeat(100_000 - api.catalog.statements[0]!.id.length)}`,
  '"'.repeat(50_000) + '-'.repeat(50_000),
  '\u202e\u0000\u001b[2J'.repeat(25_000),
];

const PROTOTYPE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'then',
] as const;

function knownIds(catalog: Catalog): string[] {
  return [
    ...catalog.statements.map((s) => s.id),
    ...catalog.actors.map((a) => a.id),
    ...catalog.events.map((e) => e.id),
    ...catalog.instruments.map((i) => i.id),
    ...catalog.regions.map((r) => r.code),
  ];
}

const ids = fc.constantFrom(...new Set(CATALOGS.flatMap(knownIds)));
const keys = fc.oneof(
  fc.constantFrom(...api.FILTER_KEYS, ...api.FACET_KEYS, 'sort', 'limit', 'offset', 'facets'),
  fc.constantFrom(...PROTOTYPE_KEYS),
  fc.string(),
);

/** One argument of any kind, with real ids and filter keys often enough to reach deep code. */
export const anyValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { weight: 4, arbitrary: fc.string() },
    { weight: 2, arbitrary: fc.string({ unit: 'binary' }) },
    { weight: 4, arbitrary: ids },
    { weight: 2, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS) },
    { weight: 1, arbitrary: fc.constantFrom(...LONG_STRINGS) },
    { weight: 2, arbitrary: fc.integer() },
    { weight: 1, arbitrary: fc.double() },
    { weight: 1, arbitrary: fc.bigInt() },
    { weight: 2, arbitrary: fc.constantFrom(null, undefined, true, false, 0, -1, Number.NaN) },
    { weight: 2, arbitrary: fc.array(tie('value'), { maxLength: 3 }) },
    { weight: 3, arbitrary: fc.dictionary(keys, tie('value'), { maxKeys: 3 }) },
    {
      weight: 1,
      arbitrary: fc.dictionary(keys, tie('value'), { maxKeys: 2, noNullPrototype: false }),
    },
    { weight: 1, arbitrary: fc.constantFrom(Symbol('x'), () => 1, new Date(0), /x/) },
  ),
})).value;

/** A public function, called with the fuzzer's arguments, and what kind of answer it gives. */
export interface PublicCall {
  readonly name: string;
  call(args: readonly unknown[], catalog: Catalog): unknown;
  /** Whether the answer is of the kind the function promises. */
  isAnswer(result: unknown): boolean;
}

const isList = Array.isArray;
const isObject = (value: unknown) => typeof value === 'object' && value !== null;
const isPage = (value: unknown) =>
  isObject(value) &&
  isList((value as { items: unknown }).items) &&
  Number.isInteger((value as { total: unknown }).total);
const isRecord = (value: unknown) =>
  isObject(value) && typeof (value as { id?: unknown }).id === 'string';
const isString = (value: unknown) => typeof value === 'string';

// Plain JavaScript callers pass what the types forbid: the fuzzer calls through `unknown`.
function method(name: string, isAnswer: (result: unknown) => boolean): PublicCall {
  return {
    name: `catalog.${name}`,
    call: (args, catalog) =>
      (catalog as unknown as Record<string, (...a: unknown[]) => unknown>)[name]!(...args),
    isAnswer,
  };
}
function free(name: string, fn: (...a: never[]) => unknown, isAnswer: (r: unknown) => boolean) {
  return {
    name,
    call: (args: readonly unknown[]) => (fn as (...a: unknown[]) => unknown)(...args),
    isAnswer,
  };
}

type IsAnswer = PublicCall['isAnswer'];
type Both = keyof Catalog & keyof typeof api;
/** The catalog's methods that are also free functions (of the bundled catalog), and their answers. */
const METHOD_AND_FREE: { readonly [K in Both]?: readonly [(typeof api)[K], IsAnswer] } = {
  get: [api.get, isRecord],
  find: [api.find, (r) => r === undefined || isRecord(r)],
  query: [api.query, isPage],
  search: [api.search, isPage],
  facets: [api.facets, isObject],
  quotes: [api.quotes, isList],
  timeline: [api.timeline, isList],
  statementsAbout: [api.statementsAbout, isList],
  statementsBy: [api.statementsBy, isList],
  statementsCiting: [api.statementsCiting, isList],
  statementsIn: [api.statementsIn, isList],
};
const methodAndFree = Object.entries(METHOD_AND_FREE) as [
  Both,
  readonly [(...a: never[]) => unknown, IsAnswer],
][];

/** Every public function; `prepareSearch` is async and is fuzzed apart. */
export const PUBLIC_CALLS: readonly PublicCall[] = [
  ...methodAndFree.map(([name, [, isAnswer]]) => method(name, isAnswer)),
  method('actor', isRecord),
  method('event', isRecord),
  method('instrument', isRecord),
  method('neighbours', isObject),
  method('related', isList),
  ...methodAndFree.map(([name, [fn, isAnswer]]) => free(name, fn, isAnswer)),
  {
    name: 'toCatalogJSON',
    call: ([a], catalog) => api.toCatalogJSON(catalog, a as never),
    isAnswer: isObject,
  },
  {
    name: 'toCSV',
    call: ([a, b], catalog) => api.toCSV(catalog, a as never, b as never),
    isAnswer: isString,
  },
  free('toNDJSON', api.toNDJSON, isString),
  free('toVotesCSV', api.toVotesCSV, isString),
  {
    name: 'toVotesCSV (options)',
    call: ([a], catalog) => api.toVotesCSV(catalog, a as never),
    isAnswer: isString,
  },
  {
    name: 'toSubsetJSON',
    call: ([a], catalog) => api.toSubsetJSON(catalog, a as never),
    isAnswer: isObject,
  },
  free('excerpt', api.excerpt, (r) => isObject(r) && isString((r as { text: unknown }).text)),
  free('createCatalog', api.createCatalog, (r) => r instanceof api.Catalog),
  free('validateCatalog', api.validateCatalog, isObject),
  free(
    'new Catalog',
    (input: never) => new api.Catalog(input),
    (r) => r instanceof api.Catalog,
  ),
];
