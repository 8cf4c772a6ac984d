import type { Lang } from '../i18n/index.js';

/**
 * What only the vote map writes, in both languages: a few lines, kept in the map's own module so
 * that the all-in-one bundle's string tables do not grow. The vote labels come from the
 * collections' table, as the tally writes them.
 */
export const voteMapStrings: Record<Lang, Readonly<Record<VoteMapString, string>>> = {
  en: {
    mapLabel: 'World map of the vote on {instrument}; the list below names each state',
    byVote: 'States by vote',
    unknown: 'Vote not named in the sources',
    nonMember: 'Not a UN member',
    notVoting: 'Not on the Council, or not named in the sources',
    hint: 'Point at or tap a state on the map, or pick one in the list (arrow keys move through it).',
    statements: 'Statements from this state in the record',
  },
  uk: {
    mapLabel: 'Мапа голосування щодо {instrument}; список нижче називає кожну державу',
    byVote: 'Держави за голосом',
    unknown: 'Голос не названо в джерелах',
    nonMember: 'Не член ООН',
    notVoting: 'Не член Ради або голос не названо в джерелах',
    hint: 'Наведіть курсор на державу на мапі чи торкніться її або виберіть її в списку (стрілки рухають списком).',
    statements: 'Заяви цієї держави в записі',
  },
};

export type VoteMapString =
  | 'mapLabel'
  | 'byVote'
  | 'unknown'
  | 'nonMember'
  | 'notVoting'
  | 'hint'
  | 'statements';
