/**
 * Typed errors only (issue 15, item 4): each argument of the wrong kind ends in the package's
 * `InvalidArgumentError` (code `INVALID_ARGUMENT`), or its filter and date errors, with a message
 * that names the argument and what it takes. Before, each of these was a `TypeError`.
 */
import { describe, expect, it } from 'vitest';
import {
  Catalog,
  catalog,
  excerpt,
  InvalidArgumentError,
  InvalidDateError,
  NullAndVoidError,
  toCatalogJSON,
  toCSV,
  toNDJSON,
  toSubsetJSON,
  toVotesCSV,
} from '../src/index.js';

const id = catalog.statements[0]!.id;
// Plain JavaScript callers and URLs pass what the types forbid.
const loose = catalog as unknown as Record<string, (...args: unknown[]) => unknown>;
const call =
  (name: string, ...args: unknown[]) =>
  () =>
    loose[name]!.apply(catalog, args);

function caught(fn: () => unknown): NullAndVoidError {
  try {
    fn();
  } catch (error) {
    if (error instanceof NullAndVoidError) return error;
    throw new Error(`expected a typed error, got ${String(error)}`);
  }
  throw new Error('expected an error, got a result');
}

describe('arguments of the wrong kind', () => {
  it.each([
    ['get(undefined)', call('get', undefined), 'id of get(id) must be an id string'],
    ['get({})', call('get', {}), 'id of get(id) must be an id string; got an object'],
    ['find(1)', call('find', 1), 'id of find(id) must be an id string; got 1.'],
    ['event(null)', call('event', null), 'id of event(id) must be an id string; got null'],
    ['actor(Symbol)', call('actor', Symbol('x')), 'id of actor(id) must be an id string'],
    ['instrument([])', call('instrument', ['a']), 'id of instrument(id) must be an id string'],
    ['statementsBy(1n)', call('statementsBy', 1n), 'actorId of statementsBy(actorId)'],
    [
      'statementsBy(id, null)',
      call('statementsBy', 'nato', null),
      'options of statementsBy(actorId, options) must be an object such as { includeOffices: true }; got null.',
    ],
    [
      'statementsBy(id, { offices })',
      call('statementsBy', 'nato', { offices: true }),
      'options of statementsBy(actorId, options) must be an object with includeOffices only; got "offices".',
    ],
    [
      'statementsBy(id, { includeOffices: "yes" })',
      call('statementsBy', 'nato', { includeOffices: 'yes' }),
      'includeOffices of statementsBy(actorId, options) must be true or false; got "yes".',
    ],
    ['statementsAbout()', call('statementsAbout'), 'eventId of statementsAbout(eventId)'],
    ['statementsCiting({})', call('statementsCiting', {}), 'instrumentId of statementsCiting'],
    ['statementsIn(null)', call('statementsIn', null), 'region of statementsIn(region)'],
    ['neighbours(7)', call('neighbours', 7), 'id of neighbours(id)'],
    ['related(id, -1)', call('related', id, -1), 'limit of related(id, limit) must be a whole'],
    ['related(id, 1.5)', call('related', id, 1.5), 'limit of related(id, limit)'],
    ['related(id, "3")', call('related', id, '3'), 'limit of related(id, limit)'],
    ['search(1n)', call('search', 1n), 'text of search(text, filter, options) must be a string'],
    ['facets({}, null)', call('facets', {}, null), 'keys of facets(filter, keys) must be a list'],
    ['facets({}, "event")', call('facets', {}, 'event'), 'keys of facets(filter, keys)'],
    [
      'toSubsetJSON(c, { statements: "id" })',
      () => toSubsetJSON(catalog, { statements: 'id' as unknown as string[] }),
      'statements of toSubsetJSON(catalog, selection) must be a list',
    ],
    [
      'toSubsetJSON(c, null)',
      () => toSubsetJSON(catalog, null as never),
      'selection of toSubsetJSON(catalog, selection) must be an object',
    ],
    [
      'toSubsetJSON({}, {})',
      () => toSubsetJSON({} as never, {}),
      'catalog of toSubsetJSON(catalog, selection) must be a Catalog',
    ],
    ['toCSV(c, null)', () => toCSV(catalog, null as never), 'statements of toCSV'],
    [
      'toCSV(c, [{}])',
      () => toCSV(catalog, [{}] as never),
      'statements of toCSV(catalog, statements, options)[0] must be a statement of the catalog',
    ],
    ['toCatalogJSON(null)', () => toCatalogJSON(null as never), 'catalog of toCatalogJSON'],
    [
      'toVotesCSV(null)',
      () => toVotesCSV(null as never),
      'catalog of toVotesCSV(catalog, options)',
    ],
    ['toNDJSON(null)', () => toNDJSON(null as never), 'statements of toNDJSON(statements)'],
    ['toNDJSON([1n])', () => toNDJSON([{ id: 1n }] as never), 'toNDJSON(statements)[0]'],
    ['excerpt(null)', () => excerpt(null as never), 'passage of excerpt(passage, length)'],
    [
      'excerpt({ text: 1 })',
      () => excerpt({ text: 1 } as never),
      'text of excerpt(passage, length) must be a string',
    ],
    [
      'excerpt bad range',
      () => excerpt({ text: 'abc', ranges: [[2, 1]] }),
      'ranges of excerpt(passage, length)[0]',
    ],
    ['new Catalog(null)', () => new Catalog(null as never), 'input of new Catalog(input)'],
    ['new Catalog({})', () => new Catalog({} as never), 'statements of new Catalog(input)'],
  ])('%s', (_, fn, message) => {
    const error = caught(fn);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.message).toContain(message);
  });

  it('prepareSearch(null) rejects with the typed error, and so does a bad signal', async () => {
    await expect(catalog.prepareSearch(null as never)).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: expect.stringContaining('options of prepareSearch(options) must be an object'),
    });
    await expect(catalog.prepareSearch({ signal: {} as AbortSignal })).rejects.toBeInstanceOf(
      InvalidArgumentError,
    );
  });

  it('filters and options keep their own typed errors', () => {
    expect(caught(call('query', {}, null)).code).toBe('INVALID_FILTER');
    expect(caught(call('search', 'x', {}, null)).code).toBe('INVALID_FILTER');
    const date = caught(call('query', { from: 1n }));
    expect(date).toBeInstanceOf(InvalidDateError);
    expect(date.message).toContain('Invalid date for "from": 1n.');
    expect(caught(call('query', { constructor: 'x' })).code).toBe('INVALID_FILTER');
    expect(caught(call('facets', {}, ['__proto__'])).code).toBe('INVALID_FILTER');
  });

  it('right arguments still give results', () => {
    expect(catalog.related(id, 0)).toEqual([]);
    expect(catalog.related(id, 2)).toHaveLength(2);
    expect(catalog.find('nope')).toBeUndefined();
    expect(excerpt({ text: 'short', ranges: [[0, 5]] })).toEqual({
      text: 'short',
      ranges: [[0, 5]],
    });
  });
});
