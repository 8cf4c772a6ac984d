/**
 * What a reference manager reads off a statement page: Highwire Press `citation_*` meta tags
 * (Zotero's "Embedded Metadata" translator, Google Scholar) and a schema.org `Quotation` per
 * quote. The values are the record's CSL item, so a page saved in Zotero and the page's RIS file
 * name the same title, issuers, date and address.
 */
import type { Statement } from '@null-and-void/statements';
import { statementToCSL } from '@null-and-void/statements/cite';
import { actorSchemaType, paths } from './components.js';
import { type Html, html } from './html.js';
import type { Lang } from './i18n/index.js';
import { localPath } from './layout.js';
import { record } from './record.js';
import { absolute } from './site.js';

/** Highwire dates are written with slashes, as precise as the record: 2022/09/22, 2026/03, 2014. */
function highwireDate(date: string): string {
  return date.replaceAll('-', '/');
}

/** The `citation_*` meta tags of a statement, one per value (one `citation_author` per issuer). */
export function scholarTags(lang: Lang, statement: Statement): [name: string, content: string][] {
  const item = statementToCSL(record, statement, { lang });
  return [
    ['citation_title', item.title],
    ...item.author.map((a): [string, string] => ['citation_author', a.literal]),
    ['citation_publication_date', highwireDate(statement.date)],
    ['citation_date', highwireDate(statement.date)],
    ['citation_publisher', item.publisher],
    ['citation_language', item.language],
    ...(item.URL ? [['citation_public_url', item.URL] as [string, string]] : []),
    ...(item.number ? [['citation_technical_report_number', item.number] as [string, string]] : []),
  ];
}

export function scholarMeta(lang: Lang, statement: Statement): Html {
  return html`${scholarTags(lang, statement).map(
    ([name, content]) => html`<meta name="${name}" content="${content}">
`,
  )}`;
}

/** Each quote as a schema.org `Quotation`: its words, language, speaker and place on the page. */
export function quotations(lang: Lang, statement: Statement, canonical: string): object[] {
  return statement.quotes.map((quote, index) => {
    const speaker = record.actor(quote.speaker);
    return {
      '@context': 'https://schema.org',
      '@type': 'Quotation',
      '@id': `${canonical}#quote-${index + 1}`,
      url: absolute(localPath(lang, paths.quote(statement.id, index + 1))),
      text: quote.text,
      inLanguage: quote.language,
      creator: { '@type': actorSchemaType(speaker), name: speaker.name[lang] },
      dateCreated: statement.date,
      isPartOf: { '@id': canonical },
    };
  });
}
