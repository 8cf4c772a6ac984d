import * as v from 'valibot';
import type { CatalogProblem } from './errors.js';
import {
  type CatalogInput,
  CatalogInputSchema,
  type Collection,
  RECORD_SCHEMAS,
  VOTE_CHOICES,
} from './schema.js';
import { suggest } from './suggest.js';

type Result<T> = { ok: true; value: T } | { ok: false; problems: CatalogProblem[] };

function fieldPath(keys: readonly (string | number)[]): string {
  return keys
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`))
    .join('');
}

// Valibot's own wording for missing and unknown keys is terse; say it the way an editor would.
function describe(issue: v.BaseIssue<unknown>): string {
  const last = issue.path?.at(-1);
  if (issue.type === 'strict_object' && last) {
    if (issue.expected === 'never')
      return `unknown field "${String(last.key)}"; check its spelling`;
    if (issue.input === undefined) return `required field "${String(last.key)}" is missing`;
  }
  return issue.message;
}

function issuesToProblems(
  issues: readonly v.BaseIssue<unknown>[],
  prefix: readonly (string | number)[] = [],
): CatalogProblem[] {
  return issues.map((issue) => {
    const keys = [...prefix, ...(issue.path ?? []).map((item) => item.key as string | number)];
    const [collection, index, ...rest] = keys;
    const problem: CatalogProblem = {
      path: fieldPath(keys) || '(root)',
      message: describe(issue),
      ...(typeof collection === 'string' ? { collection } : {}),
      ...(typeof index === 'number' ? { index } : {}),
      ...(rest.length > 0 ? { field: fieldPath(rest) } : {}),
    };
    return problem;
  });
}

/** Validates one record against the schema of its collection; problems name the field. */
export function validateRecord<C extends Collection>(
  collection: C,
  record: unknown,
): Result<v.InferOutput<(typeof RECORD_SCHEMAS)[C]>> {
  const result = v.safeParse(RECORD_SCHEMAS[collection], record);
  if (result.success) return { ok: true, value: result.output as never };
  return { ok: false, problems: issuesToProblems(result.issues) };
}

/**
 * Checks what the schema cannot: unique ids, every cross-reference resolves, and named votes
 * never exceed the totals. Returns every problem found, each with its collection, index and field.
 */
export function checkReferences(catalog: CatalogInput): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const add = (collection: Collection, index: number, field: string, message: string) =>
    problems.push({ path: `${collection}[${index}].${field}`, collection, index, field, message });

  const keyed = {
    statements: catalog.statements.map((r) => r.id),
    actors: catalog.actors.map((r) => r.id),
    events: catalog.events.map((r) => r.id),
    regions: catalog.regions.map((r) => r.code),
    instruments: catalog.instruments.map((r) => r.id),
    themes: catalog.themes.map((r) => r.id),
    callsToAction: catalog.callsToAction.map((r) => r.id),
    correctionLogs: (catalog.correctionLogs ?? []).map((r) => r.statement),
  } satisfies Record<Collection, string[]>;
  const known = {} as Record<Collection, Set<string>>;
  for (const [collection, ids] of Object.entries(keyed) as [Collection, string[]][]) {
    const seen = new Map<string, number>();
    ids.forEach((id, index) => {
      const first = seen.get(id);
      if (first !== undefined) {
        add(
          collection,
          index,
          collection === 'regions' ? 'code' : collection === 'correctionLogs' ? 'statement' : 'id',
          `duplicate id "${id}" (also ${collection}[${first}])`,
        );
      } else seen.set(id, index);
    });
    known[collection] = new Set(ids);
  }

  const labels: Record<Collection, string> = {
    statements: 'statement',
    actors: 'actor',
    events: 'vote event',
    regions: 'region',
    instruments: 'legal instrument',
    themes: 'theme',
    callsToAction: 'call to action',
    correctionLogs: 'corrections log',
  };
  const ref = (
    from: Collection,
    index: number,
    field: string,
    target: Collection,
    id: string | undefined,
  ) => {
    if (id === undefined || known[target].has(id)) return;
    const hints = suggest(id, known[target]);
    const hint =
      hints.length > 0 ? `; did you mean ${hints.map((h) => `"${h}"`).join(' or ')}?` : '';
    add(from, index, field, `unknown ${labels[target]} id "${id}"${hint}`);
  };
  const refs = (
    from: Collection,
    index: number,
    field: string,
    target: Collection,
    ids: readonly string[] | undefined,
  ) => {
    for (const [i, id] of (ids ?? []).entries()) ref(from, index, `${field}[${i}]`, target, id);
  };

  for (const [i, log] of (catalog.correctionLogs ?? []).entries()) {
    ref('correctionLogs', i, 'statement', 'statements', log.statement);
  }
  catalog.statements.forEach((s, i) => {
    refs('statements', i, 'issuers', 'actors', s.issuers);
    refs('statements', i, 'signatories.actors', 'actors', s.signatories?.actors);
    refs('statements', i, 'events', 'events', s.events);
    refs('statements', i, 'referencedEvents', 'events', s.referencedEvents);
    refs('statements', i, 'regions', 'regions', s.regions);
    refs('statements', i, 'themes', 'themes', s.themes);
    for (const [j, c] of s.callsToAction.entries()) {
      ref('statements', i, `callsToAction[${j}].id`, 'callsToAction', c.id);
    }
    refs('statements', i, 'legalRefs', 'instruments', s.legalRefs);
    for (const [j, q] of s.quotes.entries()) {
      ref('statements', i, `quotes[${j}].speaker`, 'actors', q.speaker);
      if (q.original?.language === q.language) {
        add(
          'statements',
          i,
          `quotes[${j}].original.language`,
          `the original is in "${q.language}", the language of the quote itself: keep the words in text and drop original`,
        );
      }
      if (q.translatedFrom !== undefined && (q.original || q.translatedFrom === q.language)) {
        add(
          'statements',
          i,
          `quotes[${j}].translatedFrom`,
          q.original
            ? 'translatedFrom is for a translation whose original was not found; this quote has original, whose language says the same'
            : `translatedFrom "${q.translatedFrom}" is the quote's own language: drop it`,
        );
      }
    }
    ref('statements', i, 'source.publisher', 'actors', s.source.publisher);
  });
  for (const [i, a] of catalog.actors.entries()) {
    refs('actors', i, 'memberOf', 'actors', a.memberOf);
    ref('actors', i, 'officeOf', 'actors', a.officeOf);
    if (a.officeOf !== undefined && a.kind !== 'person') {
      add(
        'actors',
        i,
        'officeOf',
        `officeOf is for people; "${a.id}" is of kind "${a.kind}": use memberOf`,
      );
    }
  }
  catalog.events.forEach((e, i) => {
    refs('events', i, 'regions', 'regions', e.regions);
    ref('events', i, 'organizer', 'actors', e.organizer);
    refs('events', i, 'invalidatedBy', 'instruments', e.invalidatedBy);
    refs('events', i, 'relatedInstruments', 'instruments', e.relatedInstruments);
    if (e.end < e.start) add('events', i, 'end', `end ${e.end} is before start ${e.start}`);
  });
  catalog.instruments.forEach((instrument, i) => {
    const votes = instrument.votes;
    if (!votes?.byState) return;
    for (const choice of VOTE_CHOICES) {
      const named = Object.values(votes.byState).filter((c) => c === choice).length;
      const total = votes[choice];
      if (total === undefined && named > 0) {
        add(
          'instruments',
          i,
          `votes.${choice}`,
          `${named} states are named as "${choice}" but no total is given`,
        );
      } else if (total !== undefined && named > total) {
        add(
          'instruments',
          i,
          'votes.byState',
          `${named} states are named as "${choice}", more than the total of ${total}`,
        );
      }
    }
  });
  return problems;
}

const problemAt = (collection: Collection, index: number, field: string, message: string) => ({
  path: `${collection}[${index}].${field}`,
  collection,
  index,
  field,
  message,
});

/**
 * The editorial rules of the bundled data, checked by its build (`scripts/load-data.ts`), not
 * by `createCatalog`, so that the widgets' bundles do not carry them: `updated` follows the
 * corrections log, and `beforeVote` follows the dates.
 */
export function checkEditorialRules(catalog: CatalogInput): CatalogProblem[] {
  return [...checkCorrections(catalog), ...checkTiming(catalog)];
}

/** A record's `updated` date is its latest correction's, and corrections come in date order. */
function checkCorrections(catalog: CatalogInput): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const latest = new Map<string, string>();
  for (const [i, log] of (catalog.correctionLogs ?? []).entries()) {
    log.entries.forEach((entry, j) => {
      const before = log.entries[j - 1];
      if (before && entry.date < before.date)
        problems.push(
          problemAt(
            'correctionLogs',
            i,
            `entries[${j}].date`,
            'corrections must be listed oldest first',
          ),
        );
    });
    latest.set(log.statement, log.entries.at(-1)!.date);
  }
  catalog.statements.forEach((s, i) => {
    const last = latest.get(s.id);
    if (last !== undefined && s.updated !== last)
      problems.push(
        problemAt(
          'statements',
          i,
          'updated',
          `updated must be ${last}, the date of the record's latest correction`,
        ),
      );
  });
  return problems;
}

/** The first and last day a partial date (`2022`, `2022-09`, `2022-09-22`) can stand for. */
function dayRange(date: string): [string, string] {
  if (date.length === 10) return [date, date];
  if (date.length === 7) return [`${date}-01`, `${date}-31`];
  return [`${date}-01-01`, `${date}-12-31`];
}

/**
 * `beforeVote` lists exactly the events whose voting began after the statement: every event
 * that begins after the statement's last possible day, and none that began by its first day.
 * (A month-precision date that straddles the start may go either way.)
 */
function checkTiming(catalog: CatalogInput): CatalogProblem[] {
  const starts = new Map(catalog.events.map((e) => [e.id, dayRange(e.start)[0]]));
  const problems: CatalogProblem[] = [];
  catalog.statements.forEach((s, i) => {
    const [first, last] = dayRange(s.date);
    const listed = new Set(s.beforeVote ?? []);
    for (const id of listed) {
      if (!s.events.includes(id))
        problems.push(problemAt('statements', i, 'beforeVote', `"${id}" is not one of events`));
    }
    for (const id of s.events) {
      const start = starts.get(id);
      if (start === undefined) continue;
      if (last < start && !listed.has(id))
        problems.push(
          problemAt(
            'statements',
            i,
            'beforeVote',
            `beforeVote must list "${id}": the statement (${s.date}) comes before voting began (${start})`,
          ),
        );
      if (first >= start && listed.has(id))
        problems.push(
          problemAt(
            'statements',
            i,
            'beforeVote',
            `beforeVote must not list "${id}": voting began (${start}) before the statement (${s.date})`,
          ),
        );
    }
  });
  return problems;
}

/**
 * Validates a whole catalog: the schema first, then references. Lists every problem. The valid
 * catalog is made of the input's own objects wherever validation changed nothing in them (it
 * trims text), so that holding it does not hold a second copy of every record.
 * @example
 * ```ts
 * import { catalog, toSubsetJSON, validateCatalog } from '@null-and-void/statements';
 * const input = toSubsetJSON(catalog, { statements: ['nato-2022-09-22'] });
 * const result = validateCatalog(input);
 * console.log(result.ok ? result.value.statements.length : result.problems);
 * ```
 */
export function validateCatalog(input: unknown): Result<CatalogInput> {
  const result = v.safeParse(CatalogInputSchema, input);
  if (!result.success) return { ok: false, problems: issuesToProblems(result.issues) };
  const problems = checkReferences(result.output);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: unchangedFrom(input, result.output) };
}

/**
 * `output`, with each of its objects and lists replaced by the one at the same place in `input`
 * when the two hold the same values: the validator's copy where it changed something, the
 * input's own objects everywhere else. The copies are the validator's fresh objects, so changing
 * them in place touches nothing of the caller's.
 */
function unchangedFrom<T>(input: unknown, output: T): T {
  if (typeof output !== 'object' || output === null) return output;
  if (typeof input !== 'object' || input === null) return output;
  const from = input as Record<string, unknown>;
  const to = output as Record<string, unknown>;
  const keys = Object.keys(to);
  let same = Array.isArray(from) === Array.isArray(to) && keys.length === Object.keys(from).length;
  for (const key of keys) {
    to[key] = unchangedFrom(from[key], to[key]);
    same &&= to[key] === from[key] && Object.hasOwn(from, key);
  }
  return same ? (input as T) : output;
}
