/**
 * `@null-and-void/statements/cite`: citations researchers import. CSL-JSON is our own mapping
 * (`csl.ts`); RIS and BibTeX are written by citation-js from those items, and the plain-text
 * styles are APA 7 (English) and ДСТУ 8302:2015 (Ukrainian). A separate entry, so that the
 * main one (and every widget bundle) stays free of citation-js.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { Catalog, CatalogIds, FilterIdsOf } from './catalog.js';
import { apaCitation, dstuCitation } from './citation-styles.js';
import { type CitationOptions, type CslItem, toCSL } from './csl.js';
import type { StatementFilter } from './filter.js';
import type { Statement } from './schema.js';

// Keys are record ids as they are (what `nv show` takes; BibTeX allows hyphens). citation-js's
// ASCII-only output drops Cyrillic from some fields, so it writes UTF-8, and the characters
// LaTeX reserves are escaped here, in every field but the address.
const bibtexConfig = plugins.config.get('@bibtex') as { format: Record<string, boolean> };
bibtexConfig.format.useIdAsLabel = true;
bibtexConfig.format.checkLabel = false;
bibtexConfig.format.asciiOnly = false;

const LATEX_RESERVED = /[\\{}&%$#_~^]/g;
const LATEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};
function latex(text: string): string {
  return text.replace(LATEX_RESERVED, (c) => LATEX_ESCAPES[c] ?? `\\${c}`);
}
function forBibTeX(item: CslItem): CslItem {
  return {
    ...item,
    title: latex(item.title),
    author: item.author.map((a) => ({ literal: latex(a.literal) })),
    publisher: latex(item.publisher),
    genre: latex(item.genre),
    ...(item.number ? { number: latex(item.number) } : {}),
    note: latex(item.note),
  };
}

export { apaCitation, dstuCitation } from './citation-styles.js';
export type { CitationLang, CitationOptions, CslDate, CslItem } from './csl.js';
export { CITATION_GENRES, statementToCSL, toCSL } from './csl.js';

/**
 * Formats `cite` writes: three for reference managers, two plain-text styles.
 * @example
 * ```ts
 * import { CITATION_FORMATS, cite } from '@null-and-void/statements/cite';
 * import { catalog } from '@null-and-void/statements';
 * for (const format of CITATION_FORMATS) console.log(cite(catalog, 'nato-2022-09-22', { format }));
 * ```
 */
export const CITATION_FORMATS = ['csl', 'ris', 'bibtex', 'apa', 'dstu'] as const;
/**
 * One of `CITATION_FORMATS`.
 * @example
 * ```ts
 * import { type CitationFormat, cite } from '@null-and-void/statements/cite';
 * import { catalog } from '@null-and-void/statements';
 * const format: CitationFormat = 'bibtex';
 * console.log(cite(catalog, 'unga-2022-10-12', { format }));
 * ```
 */
export type CitationFormat = (typeof CITATION_FORMATS)[number];

/**
 * File extension and media type of each format, for downloads.
 * @example
 * ```ts
 * import { CITATION_FILES, cite } from '@null-and-void/statements/cite';
 * import { catalog } from '@null-and-void/statements';
 * const { extension, mediaType } = CITATION_FILES.ris;
 * const file = new Blob([cite(catalog, 'nato-2022-09-22', { format: 'ris' })], { type: mediaType });
 * console.log(`nato-2022-09-22.${extension}`, file.size);
 * ```
 */
export const CITATION_FILES: Record<CitationFormat, { extension: string; mediaType: string }> = {
  csl: { extension: 'json', mediaType: 'application/vnd.citationstyles.csl+json' },
  ris: { extension: 'ris', mediaType: 'application/x-research-info-systems' },
  bibtex: { extension: 'bib', mediaType: 'application/x-bibtex' },
  apa: { extension: 'txt', mediaType: 'text/plain' },
  dstu: { extension: 'txt', mediaType: 'text/plain' },
};

/**
 * One statement id, a list of ids, or a filter (as `query` takes it).
 * @example
 * ```ts
 * import { type CitationSelection, cite } from '@null-and-void/statements/cite';
 * import { catalog, type DefaultIds } from '@null-and-void/statements';
 * const two: CitationSelection<DefaultIds> = ['nato-2022-09-22', 'unga-2022-10-12'];
 * console.log(cite(catalog, two, { format: 'apa' }));
 * ```
 */
export type CitationSelection<Ids extends CatalogIds> =
  | Ids['statement']
  | readonly Ids['statement'][]
  | StatementFilter<FilterIdsOf<Ids>>;

function select<Ids extends CatalogIds>(
  catalog: Catalog<Ids>,
  selection: CitationSelection<Ids>,
): Statement[] {
  if (typeof selection === 'string') return [catalog.get(selection)];
  if (Array.isArray(selection)) return selection.map((id: Ids['statement']) => catalog.get(id));
  return [...catalog.query(selection as StatementFilter<FilterIdsOf<Ids>>, { sort: 'date' }).items];
}

/** RIS as reference managers read it: one `TAG  - value` line per value, CRLF line ends. */
function risText(entries: readonly Record<string, string | string[]>[]): string {
  // citation-js maps the fields; it also hard-wraps values at 70 characters, which splits
  // words in Zotero's import, so the lines are written here from its tag objects.
  return entries
    .map((entry) => {
      const { TY, ...tags } = entry;
      const lines = [`TY  - ${String(TY)}`];
      for (const [tag, value] of Object.entries(tags))
        for (const one of [value].flat()) lines.push(`${tag}  - ${one.replace(/\s+/g, ' ')}`);
      lines.push('ER  - ');
      return lines.join('\r\n');
    })
    .map((text) => `${text}\r\n`)
    .join('\r\n');
}

/**
 * The selected statements as citations in one format: `csl` (a CSL-JSON array), `ris`, `bibtex`,
 * `apa` (APA 7, English) or `dstu` (ДСТУ 8302:2015, Ukrainian), one citation per line for the
 * last two. A filter selects in date order. Throws `UnknownIdError` for an id the catalog lacks.
 * @example
 * ```ts
 * import { cite } from '@null-and-void/statements/cite';
 * import { catalog } from '@null-and-void/statements';
 * console.log(cite(catalog, 'nato-2022-09-22', { format: 'dstu' }));
 * ```
 */
export function cite<Ids extends CatalogIds>(
  catalog: Catalog<Ids>,
  selection: CitationSelection<Ids>,
  options: CitationOptions & { format: CitationFormat },
): string {
  const { format, ...rest } = options;
  if (!(CITATION_FORMATS as readonly string[]).includes(format))
    throw new RangeError(
      `Unknown citation format ${JSON.stringify(format)}; use one of: ${CITATION_FORMATS.join(', ')}.`,
    );
  const statements = select(catalog, selection);
  if (format === 'apa' || format === 'dstu') {
    const style = format === 'apa' ? apaCitation : dstuCitation;
    return statements.map((s) => `${style(catalog, s, rest)}\n`).join('');
  }
  const items = toCSL(catalog, statements, rest);
  if (format === 'csl') return `${JSON.stringify(items, null, 2)}\n`;
  return format === 'ris'
    ? risText(new Cite(items).format('ris', { format: 'object' }))
    : // One entry at a time: citation-js separates entries unevenly; here a blank line each.
      items
        .map(
          (item) => `${new Cite([forBibTeX(item)]).format('bibtex', { format: 'text' }).trim()}\n`,
        )
        .join('\n');
}
