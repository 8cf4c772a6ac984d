/**
 * The closed vocabularies of the record and the partial-date rules, apart from the schema so
 * that the query engine can use them without bundling the validator.
 */

/**
 * `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * @example
 * ```ts
 * import { PARTIAL_DATE } from '@null-and-void/statements/schema';
 * PARTIAL_DATE.exec('2014-03-16')?.[2]; // "03"
 * ```
 */
export const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * True when a partial ISO date (`2022`, `2022-09`, `2022-09-22`) names a real calendar date.
 * @example
 * ```ts
 * import { isValidPartialDate } from '@null-and-void/statements';
 * isValidPartialDate('2022-09'); // true
 * isValidPartialDate('2022-02-30'); // false
 * ```
 */
export function isValidPartialDate(value: string): boolean {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(Number(match[1]), month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/**
 * The precision a partial ISO date is written in.
 * @example
 * ```ts
 * import { precisionOf } from '@null-and-void/statements/schema';
 * precisionOf('2014-03'); // "month"
 * ```
 */
export function precisionOf(value: string): 'day' | 'month' | 'year' {
  return value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year';
}

/**
 * Every kind of statement.
 * @example
 * ```ts
 * import { query } from '@null-and-void/statements';
 * import { STATEMENT_KINDS } from '@null-and-void/statements/schema';
 * for (const kind of STATEMENT_KINDS) console.log(kind, query({ kind }).total);
 * ```
 */
export const STATEMENT_KINDS = [
  'press-release',
  'joint-statement',
  'appeal',
  'platform-statement',
  'news-report',
  'speech',
  'resolution',
  'declaration',
] as const;

/**
 * Every kind of actor.
 * @example
 * ```ts
 * import { query } from '@null-and-void/statements';
 * import { ACTOR_KINDS } from '@null-and-void/statements/schema';
 * for (const issuerKind of ACTOR_KINDS) console.log(issuerKind, query({ issuerKind }).total);
 * ```
 */
export const ACTOR_KINDS = [
  'state',
  'intergovernmental',
  'civil-society',
  'media',
  'person',
  'government-body',
  'occupation-authority',
] as const;

/**
 * Every stance a statement can take on the vote.
 * @example
 * ```ts
 * import { STANCES } from '@null-and-void/statements/schema';
 * STANCES.includes('condemns'); // true
 * ```
 */
export const STANCES = ['condemns', 'supports-vote', 'reports'] as const;
/**
 * How precise a date is: a day, a month or a year.
 * @example
 * ```ts
 * import { get } from '@null-and-void/statements';
 * import { DATE_PRECISIONS } from '@null-and-void/statements/schema';
 * DATE_PRECISIONS.indexOf(get('nato-2022-09-22').datePrecision); // 0
 * ```
 */
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
/**
 * Whether a date is stated by the source or inferred by us.
 * @example
 * ```ts
 * import { catalog } from '@null-and-void/statements';
 * import { DATE_BASES } from '@null-and-void/statements/schema';
 * for (const basis of DATE_BASES) console.log(basis, catalog.statements.filter((s) => s.dateBasis === basis).length);
 * ```
 */
export const DATE_BASES = ['stated', 'inferred'] as const;
/**
 * Whether we read a source in full or only an excerpt.
 * @example
 * ```ts
 * import { query } from '@null-and-void/statements';
 * import { SOURCE_READ } from '@null-and-void/statements/schema';
 * for (const read of SOURCE_READ) console.log(read, query({ read }).total);
 * ```
 */
export const SOURCE_READ = ['full', 'excerpt'] as const;
/**
 * What a source address is: the issuer's own page, another official body's republication, a
 * press or agency page, an NGO's page, a social-media post, a copy or aggregator (or a site
 * whose owner is unknown), or Russian state media.
 * @example
 * ```ts
 * import { catalog, SOURCE_KINDS, sourceKindCounts } from '@null-and-void/statements';
 * const counts = sourceKindCounts(catalog.statements);
 * for (const kind of SOURCE_KINDS) console.log(kind, counts[kind].cited);
 * ```
 */
export const SOURCE_KINDS = [
  'official',
  'official-republication',
  'press',
  'ngo',
  'social-media',
  'copy',
  'russian-state-media',
] as const;
/**
 * Every vote a state can cast.
 * @example
 * ```ts
 * import { catalog } from '@null-and-void/statements';
 * import { VOTE_CHOICES } from '@null-and-void/statements/schema';
 * const votes = catalog.instrument('unga-es-11-4').votes;
 * for (const choice of VOTE_CHOICES) console.log(choice, choice === 'absent' ? votes?.absent : votes?.[choice]);
 * ```
 */
export const VOTE_CHOICES = ['yes', 'no', 'abstain', 'absent'] as const;
/**
 * Every kind of legal instrument.
 * @example
 * ```ts
 * import { catalog } from '@null-and-void/statements';
 * import { INSTRUMENT_KINDS } from '@null-and-void/statements/schema';
 * for (const kind of INSTRUMENT_KINDS) console.log(kind, catalog.instruments.filter((i) => i.kind === kind).length);
 * ```
 */
export const INSTRUMENT_KINDS = [
  'charter',
  'unga-resolution',
  'unsc-draft-resolution',
  'treaty',
  'resolution',
] as const;
