/**
 * Plain-text citations of a statement in two named styles: APA 7 (English) and ДСТУ 8302:2015
 * (Ukrainian). Both are built from the CSL item, so they name the same title, issuers, date and
 * address as the CSL-JSON, RIS and BibTeX exports.
 */
import type { Catalog, CatalogIds } from './catalog.js';
import {
  type CitationLang,
  type CitationOptions,
  type CslDate,
  type CslItem,
  citedTitle,
  statementToCSL,
} from './csl.js';
import type { Statement } from './schema.js';

const APA_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "A", "A & B", "A, B, & C": APA's list of authors. */
function apaAuthors(names: readonly string[]): string {
  if (names.length < 2) return names.join('');
  return `${names.slice(0, -1).join(', ')}${names.length > 2 ? ',' : ''} & ${names.at(-1)}`;
}

/** "2022, September 22", "2026, March" or "2022". */
function apaDate({ 'date-parts': [[year, month, day]] }: CslDate): string {
  if (month === undefined) return String(year);
  return `${year}, ${APA_MONTHS[month - 1]}${day === undefined ? '' : ` ${day}`}`;
}

/** The site or paper, unless it is one of the authors (as APA and ДСТУ leave it out then). */
function siteOf(item: CslItem, authors: readonly string[]): string {
  return authors.includes(item.publisher) ? '' : item.publisher;
}

/** Ends a citation element with one full stop, not two; nothing stays nothing. */
function sentence(text: string): string {
  if (!text) return '';
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

/** What a plain-text style cites from: the CSL item in its language, its authors and the title. */
interface Cited {
  readonly item: CslItem;
  readonly authors: readonly string[];
  readonly title: ReturnType<typeof citedTitle>;
}

/**
 * A plain-text citation style: from the CSL item in the style's language, the parts it writes in
 * order; an empty part is left out, the others are joined by spaces.
 */
function citationStyle(lang: CitationLang, parts: (cited: Cited) => readonly string[]) {
  return <Ids extends CatalogIds>(
    catalog: Catalog<Ids>,
    statement: Statement,
    options: Omit<CitationOptions, 'lang'> = {},
  ): string => {
    const item = statementToCSL(catalog, statement, { ...options, lang });
    const authors = item.author.map((a) => a.literal);
    const cited = { item, authors, title: citedTitle(statement, lang) };
    return parts(cited).filter(Boolean).join(' ');
  };
}

/**
 * APA 7, for a web page or news article by a group author: `Author. (Date). Title [Genre].
 * Site. URL`. A title the record supplies (the source's own is not recorded) is in brackets.
 * @example
 * ```ts
 * import { apaCitation } from '@null-and-void/statements/cite';
 * import { catalog, get } from '@null-and-void/statements';
 * console.log(apaCitation(catalog, get('nato-2022-09-22')));
 * ```
 * @function
 */
export const apaCitation = citationStyle('en', ({ item, authors, title }) => [
  sentence(apaAuthors(authors)),
  `(${apaDate(item.issued)}).`,
  title.supplied ? `[${title.text}].` : sentence(`${title.text} [${item.genre}]`),
  sentence(siteOf(item, authors)),
  item.URL ?? '',
]);

/** DD.MM.YYYY, MM.YYYY or YYYY, as ДСТУ 8302:2015 writes dates. */
function dstuDate({ 'date-parts': [parts] }: CslDate): string {
  return parts
    .map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0')))
    .reverse()
    .join('.');
}

/**
 * ДСТУ 8302:2015, for an electronic document by a collective author: `Назва : вид документа /
 * Автор ; Автор. Видавець, ДД.ММ.РРРР. Номер. URL: адреса (дата звернення: ДД.ММ.РРРР).` A title
 * the record supplies is in square brackets; the access date only where the record has one.
 * @example
 * ```ts
 * import { dstuCitation } from '@null-and-void/statements/cite';
 * import { catalog, get } from '@null-and-void/statements';
 * console.log(dstuCitation(catalog, get('nato-2022-09-22')));
 * ```
 * @function
 */
export const dstuCitation = citationStyle('uk', ({ item, authors, title }) => {
  const issued = dstuDate(item.issued);
  const site = siteOf(item, authors);
  return [
    `${title.supplied ? `[${title.text}]` : title.text} : ${item.genre} / ${authors.join(' ; ')}.`,
    site ? `${site}, ${issued}.` : `${issued}.`,
    item.number ? sentence(item.number) : '',
    item.URL
      ? `URL: ${item.URL}${item.accessed ? ` (дата звернення: ${dstuDate(item.accessed)})` : ''}.`
      : '',
  ];
});
