/**
 * A statement as a CSL-JSON item (the Citation Style Language's data format, read by Zotero,
 * Mendeley, citeproc, pandoc and citation-js). This is the one mapping from our record to
 * bibliographic fields; RIS, BibTeX and the plain-text styles are all derived from it.
 */
import type { Catalog, CatalogIds } from './catalog.js';
import type { Statement, StatementKind } from './schema.js';
import type { SOURCE_KINDS } from './vocabulary.js';

/**
 * Languages a citation can be written in (names of authors, publisher and genre).
 * @example
 * ```ts
 * import { type CitationLang, statementToCSL } from '@null-and-void/statements/cite';
 * import { catalog, get } from '@null-and-void/statements';
 * const lang: CitationLang = 'uk';
 * console.log(statementToCSL(catalog, get('nato-2022-09-22'), { lang }).genre);
 * ```
 */
export type CitationLang = 'en' | 'uk';

/**
 * A CSL date: `[year]`, `[year, month]` or `[year, month, day]`.
 * @example
 * ```ts
 * import { type CslDate, statementToCSL } from '@null-and-void/statements/cite';
 * import { catalog, get } from '@null-and-void/statements';
 * const issued: CslDate | undefined = statementToCSL(catalog, get('nato-2022-09-22')).issued;
 * console.log(issued?.['date-parts'][0]);
 * ```
 */
export interface CslDate {
  'date-parts': [[number] | [number, number] | [number, number, number]];
}

/**
 * The CSL-JSON fields a statement fills: a subset of CSL 1.0.2's item schema.
 * @example
 * ```ts
 * import { type CslItem, toCSL } from '@null-and-void/statements/cite';
 * import { catalog, statementsAbout } from '@null-and-void/statements';
 * const items: CslItem[] = toCSL(catalog, statementsAbout('crimea-referendum-2014'));
 * console.log(items.map((item) => item['citation-key']));
 * ```
 */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'webpage';
  title: string;
  /** Issuers are bodies or people named as one string each (CSL "literal" names). */
  author: { literal: string }[];
  issued: CslDate;
  /** The site the statement was published on. */
  publisher: string;
  genre: string;
  language: string;
  URL?: string;
  number?: string;
  accessed?: CslDate;
  note: string;
}

/**
 * What a statement's kind is called in a citation ("[Press release]", "прес-реліз").
 * @example
 * ```ts
 * import { CITATION_GENRES } from '@null-and-void/statements/cite';
 * import { get } from '@null-and-void/statements';
 * const { kind } = get('nato-2022-09-22');
 * console.log(CITATION_GENRES.en[kind], CITATION_GENRES.uk[kind]);
 * ```
 */
export const CITATION_GENRES: Record<CitationLang, Record<StatementKind, string>> = {
  en: {
    'press-release': 'Press release',
    'joint-statement': 'Joint statement',
    appeal: 'Appeal',
    'platform-statement': 'Statement',
    'news-report': 'News report',
    speech: 'Speech',
    resolution: 'Resolution',
    declaration: 'Declaration',
  },
  uk: {
    'press-release': 'прес-реліз',
    'joint-statement': 'спільна заява',
    appeal: 'звернення',
    'platform-statement': 'заява',
    'news-report': 'новинний матеріал',
    speech: 'виступ',
    resolution: 'резолюція',
    declaration: 'декларація',
  },
};

/** What the cited address is, said in the citation's note ("Source: press or agency"). */
export const CITATION_SOURCE_KINDS: Record<
  CitationLang,
  Record<(typeof SOURCE_KINDS)[number], string>
> = {
  en: {
    official: 'official page of the issuer',
    'official-republication': 'official republication',
    press: 'press or agency',
    ngo: 'NGO',
    'social-media': 'social-media post',
    copy: 'copy or aggregator',
    'russian-state-media': 'Russian state media',
  },
  uk: {
    official: 'офіційна сторінка автора',
    'official-republication': 'офіційний передрук',
    press: 'преса або агенція',
    ngo: 'громадська організація',
    'social-media': 'допис у соцмережі',
    copy: 'копія або агрегатор',
    'russian-state-media': 'російські державні медіа',
  },
};

/**
 * Options of `toCSL` and `cite`.
 * @example
 * ```ts
 * import { type CitationOptions, toCSL } from '@null-and-void/statements/cite';
 * import { catalog, statementsIn } from '@null-and-void/statements';
 * const ukrainian: CitationOptions = { lang: 'uk' };
 * console.log(JSON.stringify(toCSL(catalog, statementsIn('UA-09'), ukrainian)).length);
 * ```
 */
export interface CitationOptions {
  /** Language of names and genre (titles stay as the source prints them). Default `en`. */
  lang?: CitationLang;
  /** The address of a record's page on a site that shows the record, for the note. */
  recordUrl?: (id: string) => string;
}

export function cslDate(date: string): CslDate {
  const parts = date.split('-').map(Number) as
    | [number]
    | [number, number]
    | [number, number, number];
  return { 'date-parts': [parts] };
}

/** The title a citation gives: the source's own, or the record's in brackets (a supplied title). */
export function citedTitle(
  statement: Statement,
  lang: CitationLang,
): { text: string; supplied: boolean } {
  return statement.originalTitle
    ? { text: statement.originalTitle, supplied: false }
    : { text: statement.title[lang], supplied: true };
}

/**
 * One statement as a CSL-JSON item.
 * @example
 * ```ts
 * import { statementToCSL } from '@null-and-void/statements/cite';
 * import { catalog, get } from '@null-and-void/statements';
 * console.log(JSON.stringify(statementToCSL(catalog, get('unga-2022-10-12')), null, 2));
 * ```
 */
export function statementToCSL<Ids extends CatalogIds>(
  catalog: Catalog<Ids>,
  statement: Statement,
  options: CitationOptions = {},
): CslItem {
  const lang = options.lang ?? 'en';
  const name = (id: string) => catalog.actor(id as Ids['actor']).name[lang];
  const title = citedTitle(statement, lang);
  const { source } = statement;
  const where = options.recordUrl ? `, ${options.recordUrl(statement.id)}` : '';
  const kind = source.kind ? CITATION_SOURCE_KINDS[lang][source.kind] : '';
  const note = [
    `Null & Void record ${statement.id}${where}`,
    kind ? (lang === 'en' ? `Source: ${kind}` : `Джерело: ${kind}`) : '',
    title.supplied ? 'Title supplied by Null & Void' : '',
    source.read === 'excerpt' ? 'Recorded from an excerpt of the source' : '',
  ]
    .filter(Boolean)
    .join('. ');
  return {
    id: statement.id,
    'citation-key': statement.id,
    // Every record, a news report too, is cited as the web page it was read on: citation-js
    // writes no author or full date into RIS for a newspaper article.
    type: 'webpage',
    title: title.text,
    author: statement.issuers.map((id) => ({ literal: name(id) })),
    issued: cslDate(statement.date),
    publisher: name(source.publisher),
    genre: CITATION_GENRES[lang][statement.kind],
    language: statement.language,
    ...(source.url ? { URL: source.url } : {}),
    ...(source.reference ? { number: source.reference } : {}),
    ...(source.retrieved ? { accessed: cslDate(source.retrieved) } : {}),
    note: `${note}.`,
  };
}

/**
 * The statements as CSL-JSON items, in the order given.
 * @example
 * ```ts
 * import { toCSL } from '@null-and-void/statements/cite';
 * import { catalog, statementsCiting } from '@null-and-void/statements';
 * console.log(toCSL(catalog, statementsCiting('unga-68-262')).length);
 * ```
 */
export function toCSL<Ids extends CatalogIds>(
  catalog: Catalog<Ids>,
  statements: readonly Statement[] = catalog.statements,
  options: CitationOptions = {},
): CslItem[] {
  return statements.map((s) => statementToCSL(catalog, s, options));
}
