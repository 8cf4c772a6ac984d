/** The data page: downloads, schema, licences, how to cite, how to contribute. */
import { CSV_COLUMNS, SOURCE_KINDS, sourceKindCounts } from '@null-and-void/statements';
import { dataAsOfLine } from '../data-as-of-line.js';
import { formatNumber } from '../format.js';
import { type Html, html } from '../html.js';
import { type Lang, strings } from '../i18n/index.js';
import { link, type Page } from '../layout.js';
import { paths } from '../paths.js';
import { record } from '../record.js';
import { absolute, href, SITE_NAME } from '../site.js';
import { breadcrumbs, copyBlock, pageHeader } from './parts.js';

/** How many source addresses of each kind the data cites, as a sentence and a table. */
function sourceKindsSection(lang: Lang): Html {
  const t = strings(lang);
  const counts = sourceKindCounts(record.statements);
  const total = (column: 'cited' | 'alsoAt') =>
    SOURCE_KINDS.reduce((sum, kind) => sum + counts[kind][column], 0);
  const sentence = (column: 'cited' | 'alsoAt') =>
    new Intl.ListFormat(lang, { type: 'unit' }).format(
      SOURCE_KINDS.filter((kind) => counts[kind][column] > 0).map(
        (kind) => `${formatNumber(lang, counts[kind][column])} ${t.sourceKinds[kind]}`,
      ),
    );
  return html`<section aria-labelledby="source-kinds">
  <h2 id="source-kinds">${t.sourceKindsTitle}</h2>
  <p>${t.sourceKindsIntro
    .replace('{cited}', formatNumber(lang, total('cited')))
    .replace('{citedList}', sentence('cited'))
    .replace('{alsoAt}', formatNumber(lang, total('alsoAt')))
    .replace('{alsoAtList}', sentence('alsoAt'))}</p>
  <div class="table-scroll" tabindex="0" role="region" aria-labelledby="source-kinds-caption">
  <table class="table">
    <caption id="source-kinds-caption" class="visually-hidden">${t.sourceKindsTitle}: ${t.sourceKindColumn}, ${t.sourceCitedColumn}, ${t.sourceAlsoAtColumn}</caption>
    <thead><tr><th scope="col">${t.sourceKindColumn}</th><th scope="col" class="num">${t.sourceCitedColumn}</th><th scope="col" class="num">${t.sourceAlsoAtColumn}</th></tr></thead>
    <tbody>${SOURCE_KINDS.map(
      (kind) =>
        html`<tr><th scope="row">${t.sourceKinds[kind]}</th><td class="num">${formatNumber(lang, counts[kind].cited)}</td><td class="num">${formatNumber(lang, counts[kind].alsoAt)}</td></tr>`,
    )}</tbody>
  </table>
  </div>
</section>`;
}

/** A download the build wrote, with its size in bytes. */
export interface Download {
  path: string;
  format: string;
  mediaType: string;
  description:
    | 'downloadJson'
    | 'downloadNdjson'
    | 'downloadCsv'
    | 'downloadVotesCsv'
    | 'downloadMatrixCsv'
    | 'downloadMatrixJson'
    | 'downloadSchema'
    | 'downloadCitations'
    | 'downloadDatapackage';
  bytes: number;
  /** Starts with a UTF-8 byte order mark (the CSV files, for Excel). */
  bom?: boolean;
}

interface JsonSchemaProperty {
  type?: string;
  enum?: readonly string[];
  items?: JsonSchemaProperty;
  properties?: Record<string, JsonSchemaProperty>;
}
export interface StatementSchema {
  properties: Record<string, JsonSchemaProperty>;
  required: readonly string[];
}

function typeOf(property: JsonSchemaProperty): string {
  if (property.enum) return property.enum.join(' | ');
  if (property.type === 'array') return `${property.items ? typeOf(property.items) : 'value'}[]`;
  if (property.type === 'object' && property.properties) {
    return `{ ${Object.keys(property.properties).join(', ')} }`;
  }
  return property.type ?? 'value';
}

function formatBytes(lang: Lang, bytes: number): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'uk-UA', {
    style: 'unit',
    unit: bytes >= 1_000_000 ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: 1,
  }).format(bytes >= 1_000_000 ? bytes / 1_000_000 : bytes / 1000);
}

export function datasetCitation(lang: Lang): string {
  return `${SITE_NAME}. ${strings(lang).datasetCitationTitle}. ${absolute(lang === 'en' ? '/data/' : '/uk/data/')} (CC BY 4.0).`;
}

export function dataPage(
  lang: Lang,
  downloads: readonly Download[],
  schema: StatementSchema,
): Page {
  const t = strings(lang);
  const fields = Object.entries(schema.properties);
  return {
    path: '/data/',
    lang,
    title: t.dataTitle,
    description: t.dataDescription,
    section: 'data',
    scripts: ['site'],
    jsonLd: [
      {
        '@context': 'https://schema.org',
        '@type': 'Dataset',
        name: SITE_NAME,
        description: t.homeDescription,
        url: absolute(lang === 'en' ? '/data/' : '/uk/data/'),
        license: 'https://creativecommons.org/licenses/by/4.0/',
        isAccessibleForFree: true,
        inLanguage: ['en', 'uk'],
        temporalCoverage: `${record.statements.map((s) => s.date).sort()[0]}/..`,
        spatialCoverage: record.regions.map((r) => ({ '@type': 'Place', name: r.name.en })),
        distribution: downloads.map((d) => ({
          '@type': 'DataDownload',
          encodingFormat: d.mediaType,
          contentUrl: absolute(d.path),
        })),
      },
      breadcrumbs(lang, [[t.dataTitle, '/data/']]),
    ],
    body: html`${pageHeader(t.dataTitle, t.dataIntro)}
<section aria-labelledby="downloads">
  <h2 id="downloads">${t.downloads}</h2>
  <div class="table-scroll" tabindex="0" role="region" aria-labelledby="downloads-caption">
  <table class="table">
    <caption id="downloads-caption" class="visually-hidden">${t.downloads}: ${t.fileFormat}, ${t.fileContents}, ${t.fileSize}</caption>
    <thead><tr><th scope="col">${t.fileFormat}</th><th scope="col">${t.fileContents}</th><th scope="col">${t.fileSize}</th></tr></thead>
    <tbody>${downloads.map(
      (d) =>
        html`<tr><th scope="row"><a href="${href(d.path)}" download>${d.format}</a></th><td>${t[d.description]}</td><td class="nowrap">${formatBytes(lang, d.bytes)}</td></tr>`,
    )}</tbody>
  </table>
  </div>
  <p>${t.dataCounts
    .replace('{statements}', formatNumber(lang, record.statements.length))
    .replace('{actors}', formatNumber(lang, record.actors.length))
    .replace('{events}', formatNumber(lang, record.events.length))
    .replace('{instruments}', formatNumber(lang, record.instruments.length))}</p>
  <p>${dataAsOfLine(lang)}</p>
  <p>${t.dataFeeds} <a href="${link(lang, '/feed.json')}">JSON Feed</a> · <a href="${link(lang, '/feed.xml')}">RSS</a></p>
  <p><a href="${link(lang, paths.corrections)}">${t.correctionsLink}</a> · <a href="${link(lang, '/corrections.xml')}">${t.correctionsFeed}</a></p>
</section>
${sourceKindsSection(lang)}
<section aria-labelledby="code">
  <h2 id="code">${t.useInCode}</h2>
  <p>${t.useInCodeIntro}</p>
  <pre class="code" tabindex="0"><code>npm install @null-and-void/statements</code></pre>
  <pre class="code" tabindex="0"><code>import { query, search, get } from '@null-and-void/statements';

query({ event: 'annexation-referendums-2022', issuerKind: 'state' }, { limit: 10 });
search('Kherson', { theme: 'coercion-at-gunpoint' });
get('nato-2022-09-22').source.url;</code></pre>
  <pre class="code" tabindex="0"><code>npx @null-and-void/statements list --event crimea-referendum-2014
npx @null-and-void/statements export --format csv --out statements.csv</code></pre>
</section>
<section aria-labelledby="schema">
  <h2 id="schema">${t.schemaTitle}</h2>
  <p>${t.schemaIntro} <a href="${href('/data/catalog.schema.json')}">catalog.schema.json</a></p>
  <div class="table-scroll" tabindex="0" role="region" aria-labelledby="schema-caption">
  <table class="table table--schema">
    <caption id="schema-caption" class="visually-hidden">${t.schemaTitle}: ${t.schemaField}, ${t.schemaType}, ${t.schemaMeaning}</caption>
    <thead><tr><th scope="col">${t.schemaField}</th><th scope="col">${t.schemaType}</th><th scope="col">${t.schemaMeaning}</th></tr></thead>
    <tbody>${fields.map(
      ([name, property]) =>
        html`<tr><th scope="row"><code>${name}</code>${schema.required.includes(name) ? '' : html` <span class="hint">(${t.schemaOptional})</span>`}</th><td><code>${typeOf(property)}</code></td><td>${t.fieldDescriptions[name as keyof typeof t.fieldDescriptions] ?? ''}</td></tr>`,
    )}</tbody>
  </table>
  </div>
  <h3>${t.csvColumns}</h3>
  <p class="columns">${CSV_COLUMNS.map((c, i) => html`${i ? ', ' : ''}<code>${c}</code>`)}</p>
</section>
<section aria-labelledby="licences">
  <h2 id="licences">${t.licences}</h2>
  <ul>
    <li>${t.licenceCode} <a href="${href('/data/LICENSE.txt')}">${t.readLicence}</a></li>
    <li>${t.licenceData} <a href="${href('/data/LICENSE-DATA.txt')}">${t.readLicence}</a></li>
  </ul>
</section>
<section aria-labelledby="cite-record">
  <h2 id="cite-record">${t.howToCite}</h2>
  <p>${t.howToCiteIntro}</p>
  ${copyBlock(lang, 'cite-dataset', t.citePlain, datasetCitation(lang), 'text')}
</section>
<section aria-labelledby="add">
  <h2 id="add">${t.howToAdd}</h2>
  <ol class="steps">${t.howToAddSteps.map((step) => html`<li>${codeSpans(step)}</li>`)}</ol>
</section>`,
  };
}

/** A step's text with the parts between backticks (paths and commands) set as code. */
function codeSpans(text: string): Html {
  return html`${text.split('`').map((part, i) => (i % 2 ? html`<code>${part}</code>` : part))}`;
}
