/**
 * English strings every widget uses (a card needs only these). Plural forms follow
 * `Intl.PluralRules` categories. The lists, search, timeline and tally add `collections-en.ts`.
 * What a card shows of the record's vocabulary (its kind, its sources' kinds) comes written in
 * its card view (`card-labels.ts`), so that a card's table does not carry every label.
 */
export const en = {
  loading: 'Loading…',
  error: {
    'unknown-id': 'This could not be found in the record.',
    'invalid-attribute': 'This widget is set up wrongly.',
    'load-failed': 'The statements could not be loaded.',
    'invalid-data': 'The data for this widget is not valid.',
  },
  source: 'Source',
  credit: 'Source: Null & Void',
  alsoAt: 'Also at',
  excerptNote: 'Summary based on an excerpt of the source.',
  dateInferred: 'date inferred',
  signedBy: 'Signed by',
  fullText: 'Full text',
  voteEvent: 'Vote',
};
