import type { LegalInstrument, SourceKind, StatementKind } from '@null-and-void/statements/engine';

// The names of the record's kinds of statement and of instrument, in each language: the one
// table the widgets' string tables and the demo site both take them from (the site imports it
// as `@null-and-void/widgets/kind-labels.js`). One constant per language and vocabulary, so that
// a bundle carries only the labels its string table uses.

type Labels<Kind extends string> = Readonly<Record<Kind, string>>;

/**
 * English names of the kinds of statement.
 * @example
 * ```ts
 * import { statementKindsEn } from '@null-and-void/widgets/kind-labels.js';
 * import { get } from '@null-and-void/statements';
 * console.log(statementKindsEn[get('nato-2022-09-22').kind]);
 * ```
 */
export const statementKindsEn = {
  'press-release': 'Press release',
  'joint-statement': 'Joint statement',
  appeal: 'Appeal',
  'platform-statement': 'Platform statement',
  'news-report': 'News report',
  speech: 'Speech',
  resolution: 'Resolution',
  declaration: 'Declaration',
} satisfies Labels<StatementKind>;

/**
 * Ukrainian names of the kinds of statement.
 * @example
 * ```ts
 * import { statementKindsUk } from '@null-and-void/widgets/kind-labels.js';
 * import { get } from '@null-and-void/statements';
 * console.log(statementKindsUk[get('nato-2022-09-22').kind]);
 * ```
 */
export const statementKindsUk: Labels<StatementKind> = {
  'press-release': 'Прес-реліз',
  'joint-statement': 'Спільна заява',
  appeal: 'Звернення',
  'platform-statement': 'Допис у соцмережі',
  'news-report': 'Новина',
  speech: 'Виступ',
  resolution: 'Резолюція',
  declaration: 'Декларація',
};

/**
 * Both languages' statement kinds: the card's view and the collections name kinds from them.
 * @example
 * ```ts
 * import { statementKinds } from '@null-and-void/widgets/kind-labels.js';
 * import { get } from '@null-and-void/statements';
 * const { kind } = get('unga-2022-10-12');
 * console.log(statementKinds.en[kind], statementKinds.uk[kind]);
 * ```
 */
export const statementKinds = { en: statementKindsEn, uk: statementKindsUk };

/**
 * English names of the kinds of legal instrument.
 * @example
 * ```ts
 * import { instrumentKindsEn } from '@null-and-void/widgets/kind-labels.js';
 * import { catalog } from '@null-and-void/statements';
 * instrumentKindsEn[catalog.instrument('un-charter').kind]; // "Charter"
 * ```
 */
export const instrumentKindsEn = {
  charter: 'Charter',
  'unga-resolution': 'UN General Assembly resolution',
  'unsc-draft-resolution': 'UN Security Council draft resolution',
  treaty: 'Treaty',
  resolution: 'Resolution',
} satisfies Labels<LegalInstrument['kind']>;

/**
 * Ukrainian names of the kinds of legal instrument.
 * @example
 * ```ts
 * import { instrumentKindsUk } from '@null-and-void/widgets/kind-labels.js';
 * import { catalog } from '@null-and-void/statements';
 * instrumentKindsUk[catalog.instrument('un-charter').kind]; // "Статут"
 * ```
 */
export const instrumentKindsUk: Labels<LegalInstrument['kind']> = {
  charter: 'Статут',
  'unga-resolution': 'Резолюція Генеральної Асамблеї ООН',
  'unsc-draft-resolution': 'Проєкт резолюції Ради Безпеки ООН',
  treaty: 'Договір',
  resolution: 'Резолюція',
};

/**
 * What kind of page a source address is, said beside its link ("(press or agency)").
 * @example
 * ```ts
 * import { sourceKindsEn } from '@null-and-void/widgets/kind-labels.js';
 * import { get, sourceAddresses } from '@null-and-void/statements';
 * for (const { url, kind } of sourceAddresses(get('nato-2022-09-22').source))
 *   console.log(`${url} (${sourceKindsEn[kind]})`);
 * ```
 */
export const sourceKindsEn = {
  official: 'the issuer’s own page',
  'official-republication': 'official republication',
  press: 'press or agency',
  ngo: 'NGO',
  'social-media': 'social-media post',
  copy: 'copy or aggregator',
  'russian-state-media': 'Russian state media',
} satisfies Labels<SourceKind>;

/**
 * Ukrainian names of what kind of page a source address is.
 * @example
 * ```ts
 * import { sourceKindsUk } from '@null-and-void/widgets/kind-labels.js';
 * sourceKindsUk.official; // "офіційна сторінка автора"
 * ```
 */
export const sourceKindsUk: Labels<SourceKind> = {
  official: 'офіційна сторінка автора',
  'official-republication': 'офіційна републікація',
  press: 'ЗМІ чи агенція',
  ngo: 'громадська організація',
  'social-media': 'допис у соцмережі',
  copy: 'копія чи агрегатор',
  'russian-state-media': 'російські державні ЗМІ',
};

/**
 * Said of a record whose every address is a copy (`onlyCopies` of the statements package): the
 * card says the first half, the site's statement page both.
 * @example
 * ```ts
 * import { onlyCopiesEn } from '@null-and-void/widgets/kind-labels.js';
 * import { catalog, onlyCopies } from '@null-and-void/statements';
 * for (const s of catalog.statements.filter((s) => onlyCopies(s.source))) console.log(s.id, onlyCopiesEn);
 * ```
 */
export const onlyCopiesEn = 'Only copies of this statement were found';
/**
 * Ukrainian of {@link onlyCopiesEn}.
 * @example
 * ```ts
 * import { onlyCopiesUk } from '@null-and-void/widgets/kind-labels.js';
 * import { catalog, onlyCopies } from '@null-and-void/statements';
 * for (const s of catalog.statements.filter((s) => onlyCopies(s.source))) console.log(s.id, onlyCopiesUk);
 * ```
 */
export const onlyCopiesUk = 'Знайдено лише копії цієї заяви';
/**
 * The site's longer note for a record whose every address is a copy, in English.
 * @example
 * ```ts
 * import { onlyCopiesEn, onlyCopiesNoteEn } from '@null-and-void/widgets/kind-labels.js';
 * onlyCopiesNoteEn.startsWith(onlyCopiesEn); // true
 * ```
 */
export const onlyCopiesNoteEn = `${onlyCopiesEn}: no page of its issuer, of another official body, of the press or of an NGO.`;
/**
 * Ukrainian of {@link onlyCopiesNoteEn}.
 * @example
 * ```ts
 * import { onlyCopiesNoteUk, onlyCopiesUk } from '@null-and-void/widgets/kind-labels.js';
 * onlyCopiesNoteUk.startsWith(onlyCopiesUk); // true
 * ```
 */
export const onlyCopiesNoteUk = `${onlyCopiesUk}: ні сторінки її автора, ні іншого офіційного органу, ні ЗМІ, ні громадської організації.`;

/**
 * The labels of a quote's two versions where the record has the speaker's own words as well as
 * the source's translation (decision 0016), on the site's pages and in the card.
 * @example
 * ```ts
 * import { fill, languageName } from '@null-and-void/widgets/format.js';
 * import { quoteVersionsEn } from '@null-and-void/widgets/kind-labels.js';
 * fill(quoteVersionsEn.original, { language: languageName('en', 'fr') }); // "Original, French"
 * ```
 */
export const quoteVersionsEn = {
  original: 'Original, {language}',
  translation: 'Translation, as published by {publisher}',
};
/**
 * Ukrainian labels of a quote's two versions.
 * @example
 * ```ts
 * import { fill } from '@null-and-void/widgets/format.js';
 * import { quoteVersionsUk } from '@null-and-void/widgets/kind-labels.js';
 * console.log(fill(quoteVersionsUk.translation, { publisher: 'NATO' }));
 * ```
 */
export const quoteVersionsUk: typeof quoteVersionsEn = {
  original: 'Оригінал, {language}',
  translation: 'Переклад, як його опублікувало джерело: {publisher}',
};
