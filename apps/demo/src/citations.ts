/**
 * The site's citations: the files a reference manager imports (per statement, for the whole
 * record, and per id for a filtered list), the "How to cite" section of a statement page and the
 * "Cite this list" links. Every citation comes from `@null-and-void/statements/cite`.
 */
import type { Statement } from '@null-and-void/statements';
import {
  CITATION_FILES,
  type CitationFormat,
  type CitationOptions,
  cite,
} from '@null-and-void/statements/cite';
import { paths } from './components.js';
import { type Html, html } from './html.js';
import { LANGS, type Lang, strings } from './i18n/index.js';
import { link, localPath } from './layout.js';
import { copyBlock } from './pages/parts.js';
import { record } from './record.js';
import { absolute } from './site.js';

/** The formats offered as files, in the order the buttons show them. */
export const CITATION_DOWNLOADS = ['ris', 'bibtex', 'csl'] as const satisfies CitationFormat[];
type DownloadFormat = (typeof CITATION_DOWNLOADS)[number];

/** What each file format is called on its button. */
export const CITATION_LABELS: Record<DownloadFormat, string> = {
  ris: 'RIS',
  bibtex: 'BibTeX',
  csl: 'CSL-JSON',
};

/** The per-id file a list page joins from; its entries are the texts of the three formats. */
export type CitationsById = Record<string, Record<DownloadFormat, string>>;

function options(lang: Lang): CitationOptions {
  return { lang, recordUrl: (id) => absolute(localPath(lang, paths.statement(id))) };
}

/** Where a statement's citation file is, without the language prefix. */
export function statementCitationPath(id: string, format: DownloadFormat): string {
  return `${paths.statement(id)}citation.${CITATION_FILES[format].extension}`;
}

/** Where the whole record's citation file is, without the language prefix. */
export function listCitationPath(format: DownloadFormat): string {
  return `/data/citations.${CITATION_FILES[format].extension}`;
}

export const CITATIONS_BY_ID_PATH = '/data/citations-by-id.json';

/** Every citation file of the site, in both languages: site path → content. */
export function citationFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const lang of LANGS) {
    const byId: CitationsById = {};
    for (const s of record.statements) {
      const entry = {} as Record<DownloadFormat, string>;
      for (const format of CITATION_DOWNLOADS) {
        entry[format] = cite(record, s.id, { ...options(lang), format });
        files.set(localPath(lang, statementCitationPath(s.id, format)), entry[format]);
      }
      byId[s.id] = entry;
    }
    const all = record.query({}, { sort: 'date' }).items.map((s) => s.id);
    for (const format of CITATION_DOWNLOADS)
      files.set(
        localPath(lang, listCitationPath(format)),
        cite(record, all, { ...options(lang), format }),
      );
    files.set(localPath(lang, CITATIONS_BY_ID_PATH), JSON.stringify(byId));
  }
  return files;
}

function fileLinks(lang: Lang, path: (format: DownloadFormat) => string, name: string): Html {
  return html`<ul class="cite-files" role="list">${CITATION_DOWNLOADS.map(
    (format) =>
      html`<li><a class="button button--small" href="${link(lang, path(format))}" download="${name}.${CITATION_FILES[format].extension}" type="${CITATION_FILES[format].mediaType}" data-cite-format="${format}">${CITATION_LABELS[format]}</a></li>`,
  )}</ul>`;
}

/** A statement page's "How to cite": the plain-text citation in the page's style, the files, BibTeX. */
export function citeSection(lang: Lang, statement: Statement): Html {
  const t = strings(lang);
  const style = lang === 'en' ? 'apa' : 'dstu';
  const plain = cite(record, statement.id, { ...options(lang), format: style }).trimEnd();
  const bibtex = cite(record, statement.id, { ...options(lang), format: 'bibtex' }).trim();
  return html`<section aria-labelledby="cite">
  <h2 id="cite">${t.cite}</h2>
  ${copyBlock(lang, 'cite-plain', `${t.citePlain}: ${t.citeStyle}`, plain, 'text')}
  <p class="hint">${t.citeStyleNote}${statement.originalTitle ? '' : ` ${t.citeSuppliedTitle}`}</p>
  <h3 id="cite-files">${t.citeFiles}</h3>
  ${fileLinks(lang, (format) => statementCitationPath(statement.id, format), statement.id)}
  <p class="hint">${t.citeFilesNote}</p>
  ${copyBlock(lang, 'cite-bibtex', t.citeBibtex, bibtex, 'code')}
</section>`;
}

/** The statements page's "Cite this list": whole-record files, narrowed to the shown list by script. */
export function citeListLinks(lang: Lang): Html {
  const t = strings(lang);
  return html`<div class="cite-list" id="cite-list" data-by-id="${link(lang, CITATIONS_BY_ID_PATH)}">
  <h3 class="cite-list__title">${t.citeList}</h3>
  ${fileLinks(lang, listCitationPath, 'null-and-void-statements')}
  <p class="hint">${t.citeListNote} ${t.citeFilesNote}</p>
</div>`;
}
