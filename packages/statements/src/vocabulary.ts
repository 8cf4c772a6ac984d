/**
 * The closed vocabularies of the record and the partial-date rules, apart from the schema so
 * that the query engine can use them without bundling the validator.
 */

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when a partial ISO date (`2022`, `2022-09`, `2022-09-22`) names a real calendar date. */
export function isValidPartialDate(value: string): boolean {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(Number(match[1]), month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** The precision a partial ISO date is written in. */
export function precisionOf(value: string): 'day' | 'month' | 'year' {
  return value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year';
}

/** Every kind of statement. */
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

/** Every kind of actor. */
export const ACTOR_KINDS = [
  'state',
  'intergovernmental',
  'civil-society',
  'media',
  'person',
  'government-body',
  'occupation-authority',
] as const;

/** Every stance a statement can take on the vote. */
export const STANCES = ['condemns', 'supports-vote', 'reports'] as const;
/** How precise a date is: a day, a month or a year. */
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
/** Whether a date is stated by the source or inferred by us. */
export const DATE_BASES = ['stated', 'inferred'] as const;
/** Whether we read a source in full or only an excerpt. */
export const SOURCE_READ = ['full', 'excerpt'] as const;
/**
 * What a source address is: the issuer's own page, another official body's republication, a
 * press or agency page, an NGO's page, a social-media post, a copy or aggregator (or a site
 * whose owner is unknown), or Russian state media.
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
/** Every vote a state can cast. */
export const VOTE_CHOICES = ['yes', 'no', 'abstain', 'absent'] as const;
/** Every kind of legal instrument. */
export const INSTRUMENT_KINDS = [
  'charter',
  'unga-resolution',
  'unsc-draft-resolution',
  'treaty',
  'resolution',
] as const;
