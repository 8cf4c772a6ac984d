/**
 * The elements reference (`/docs/elements/`): every custom element of the widgets package with
 * its attributes, properties, events, slots, CSS parts and custom properties, read at build time
 * from the package's `custom-elements.json` (which the analyzer writes from the elements' doc
 * comments), so that the page and the elements cannot drift apart. The descriptions are the
 * package's, in English; the Ukrainian page says so.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Html, html } from '../html.js';
import type { Lang } from '../i18n/index.js';
import { link, type Page } from '../layout.js';
import { pageHeader } from './parts.js';

/** The site path of the reference. */
export const ELEMENTS_PATH = '/docs/elements/';

interface Entry {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
  attribute?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
}

/** A custom element's declaration in the manifest (the fields this page shows). */
export interface ElementDeclaration {
  tagName: string;
  name: string;
  summary?: string;
  description?: string;
  attributes?: Entry[];
  members?: Entry[];
  events?: Entry[];
  slots?: Entry[];
  cssParts?: Entry[];
  cssProperties?: Entry[];
}

/** Every custom element the widgets package declares, in the manifest's order. */
export function customElements(): ElementDeclaration[] {
  const require = createRequire(import.meta.url);
  const file = require.resolve('@null-and-void/widgets/custom-elements.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as {
    modules: { declarations?: (Partial<ElementDeclaration> & { customElement?: boolean })[] }[];
  };
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((d): d is ElementDeclaration => d.customElement === true && Boolean(d.tagName));
}

const LABELS = {
  en: {
    title: 'Elements reference',
    description:
      'Every Null & Void web component with its attributes, properties, events, slots, CSS parts and custom properties.',
    intro:
      'Generated from the widgets package’s custom-elements.json at each build. For the JavaScript API of both packages, see the API reference.',
    api: 'API reference',
    contents: 'Elements',
    attributes: 'Attributes',
    properties: 'Properties',
    events: 'Events',
    slots: 'Slots',
    parts: 'CSS parts',
    cssProperties: 'CSS custom properties',
    defaultSlot: '(default slot)',
    defaultValue: 'default',
    property: 'property',
  },
  uk: {
    title: 'Довідник елементів',
    description:
      'Усі вебкомпоненти Null & Void з їхніми атрибутами, властивостями, подіями, слотами, CSS-частинами та CSS-змінними.',
    intro:
      'Сторінку створено з файла custom-elements.json пакета віджетів під час кожного збирання. Описи елементів — англійською, як у пакеті. Про JavaScript API обох пакетів — у довіднику API (англійською).',
    api: 'Довідник API',
    contents: 'Елементи',
    attributes: 'Атрибути',
    properties: 'Властивості',
    events: 'Події',
    slots: 'Слоти',
    parts: 'CSS-частини',
    cssProperties: 'CSS-змінні',
    defaultSlot: '(типовий слот)',
    defaultValue: 'типово',
    property: 'властивість',
  },
} as const;

type Labels = (typeof LABELS)[Lang];

/** A description with its `code` spans as `<code>`. */
function prose(text = ''): Html {
  return html`${text.split('`').map((part, i) => (i % 2 === 1 ? html`<code>${part}</code>` : part))}`;
}

function entryList(heading: string, entries: readonly Entry[], detail: (e: Entry) => Html): Html {
  if (entries.length === 0) return html``;
  return html`<h3>${heading}</h3>
<dl class="api-entries">${entries.map((e) => html`<dt>${detail(e)}</dt><dd lang="en">${prose(e.description)}</dd>`)}</dl>
`;
}

const typeAndDefault = (e: Entry, t: Labels): Html =>
  html`${e.type ? html` <span class="api-entries__type">${e.type.text}</span>` : ''}${e.default ? html` <span class="api-entries__type">${t.defaultValue}: ${e.default}</span>` : ''}`;

function elementSection(element: ElementDeclaration, t: Labels): Html {
  const properties = (element.members ?? []).filter(
    (m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && m.description,
  );
  return html`<section class="api-element" aria-labelledby="${element.tagName}">
<h2 id="${element.tagName}"><code>&lt;${element.tagName}&gt;</code></h2>
<p class="api-element__summary" lang="en">${prose(element.summary)}</p>
<p lang="en">${prose(element.description)} <code>${element.name}</code></p>
${entryList(t.attributes, element.attributes ?? [], (e) => html`<code>${e.name}</code>${typeAndDefault(e, t)}`)}
${entryList(t.properties, properties, (e) => html`<code>${e.name}</code>${typeAndDefault(e, t)}`)}
${entryList(t.events, element.events ?? [], (e) => html`<code>${e.name}</code>${e.type ? html` <span class="api-entries__type">${e.type.text}</span>` : ''}`)}
${entryList(t.slots, element.slots ?? [], (e) => (e.name ? html`<code>${e.name}</code>` : html`${t.defaultSlot}`))}
${entryList(t.parts, element.cssParts ?? [], (e) => html`<code>::part(${e.name})</code>`)}
${entryList(t.cssProperties, element.cssProperties ?? [], (e) => html`<code>${e.name}</code>`)}
</section>`;
}

export function elementsPage(lang: Lang): Page {
  const t = LABELS[lang];
  return {
    path: ELEMENTS_PATH,
    lang,
    title: t.title,
    description: t.description,
    scripts: ['site'],
    // Read when the page is written, not when it is listed: the share images are rendered from
    // the list of pages beside the widgets' build, before the manifest exists.
    get body() {
      const elements = customElements();
      return html`${pageHeader(t.title, t.intro)}
<p><a href="${link('en', '/docs/api/')}" hreflang="en">${t.api}</a></p>
<nav aria-label="${t.contents}"><ul class="api-contents">${elements.map((e) => html`<li><a href="#${e.tagName}"><code>&lt;${e.tagName}&gt;</code></a></li>`)}</ul></nav>
${elements.map((element) => elementSection(element, t))}`;
    },
  };
}
