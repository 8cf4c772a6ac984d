/**
 * Every string in `value`, however deep, with its path of keys (`statements.3.title.uk`):
 * what a check of the Ukrainian texts of the data or of a string table walks.
 */
export function* textsOf(value: unknown, path = ''): Generator<[path: string, text: string]> {
  if (typeof value === 'string') yield [path, value];
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      yield* textsOf(inner, path ? `${path}.${key}` : key);
    }
  }
}

// Ukrainian writes the apostrophe inside a word as ’ (U+2019); a typewriter ', a modifier ʼ or
// a backtick there comes from a keyboard layout and reads wrong beside the record's other texts.
const WRONG_APOSTROPHE = /\p{Script=Cyrillic}['ʼ`]\p{Script=Cyrillic}/u;
const TYPOGRAPHIC_APOSTROPHE = /\p{Script=Cyrillic}’\p{Script=Cyrillic}/u;

/** What a check of Ukrainian apostrophes found among `texts`. */
export interface ApostropheReport<Text> {
  /** The texts with a typewriter, modifier or backtick apostrophe inside a Cyrillic word. */
  wrong: Text[];
  /** How many texts have the typographic one inside a word: none means the check saw no apostrophes. */
  typographic: number;
}

/** Checks the apostrophes of `texts`, each the text itself or a `[path, text]` pair. */
export function apostrophes<Text extends string | readonly [string, string]>(
  texts: Iterable<Text>,
): ApostropheReport<Text> {
  const report: ApostropheReport<Text> = { wrong: [], typographic: 0 };
  for (const entry of texts) {
    const text = typeof entry === 'string' ? entry : entry[1];
    if (WRONG_APOSTROPHE.test(text)) report.wrong.push(entry);
    if (TYPOGRAPHIC_APOSTROPHE.test(text)) report.typographic += 1;
  }
  return report;
}
