/**
 * The embed builder: reads the form, writes both snippets, and previews each one as it will be
 * pasted (in a bare page, see preview-document.ts; the script from the site's own copy). The builder's state is kept in the
 * URL, without empty or default values.
 */
import { type Catalog, catalog } from '@null-and-void/statements';
import { embedSnippets } from '../embeds.js';
import { MAX_QUERY_LENGTH } from '../filter-ui.js';
import { plural, strings } from '../i18n/index.js';
import { previewDocument } from '../preview-document.js';
import { isWidget, WIDGET_ATTRIBUTES, type Widget } from '../snippets.js';
import { enableCopyButtons } from './copy.js';
import { showPreview } from './preview-frames.js';

interface BuilderData {
  siteUrl: string;
  /** The versioned CDN folder the snippets load the bundles from. */
  scriptBase: string;
  integrity: Partial<Record<Widget, string>>;
}

const record: Catalog = catalog;
const form = document.querySelector<HTMLFormElement>('#builder')!;
const data = JSON.parse(document.querySelector('#builder-data')!.textContent!) as BuilderData;
const preview = document.querySelector<HTMLElement>('#preview')!;
const scriptFrame = document.querySelector<HTMLIFrameElement>('#preview-script')!;
const iframeFrame = document.querySelector<HTMLIFrameElement>('#preview-iframe')!;
const scriptOut = document.querySelector<HTMLElement>('#snippet-script')!;
const iframeOut = document.querySelector<HTMLElement>('#snippet-iframe')!;
const statementSelect = form.elements.namedItem('statement') as HTMLSelectElement;
const statementFind = form.querySelector<HTMLInputElement>('#statement-find')!;
const statementMatches = form.querySelector<HTMLElement>('#statement-matches')!;
const quoteSelect = form.elements.namedItem('quote') as HTMLSelectElement;
const pageLang = document.documentElement.lang === 'uk' ? 'uk' : 'en';
const t = strings(pageLang);
/** The form's defaults, which the URL leaves out. */
const DEFAULTS: Record<string, string> = { widget: 'statement', variant: 'card', theme: 'light' };

function value(name: string): string {
  const element = form.elements.namedItem(name);
  if (element instanceof RadioNodeList) return element.value;
  return (element as HTMLInputElement | HTMLSelectElement | null)?.value.trim() ?? '';
}

function currentWidget(): Widget {
  const widget = value('widget');
  return isWidget(widget) ? widget : 'statement';
}

function checkedFilters(): string[] {
  return [...form.querySelectorAll<HTMLInputElement>('input[name="filters"]:checked')].map(
    (box) => box.value,
  );
}

/** The attributes the form sets for a widget; empty values are left out by the snippet writer. */
function attributesOf(widget: Widget): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const name of WIDGET_ATTRIBUTES[widget]) attributes[name] = value(name);
  attributes.filters = checkedFilters().join(',');
  if (widget === 'tally') {
    if (value('tally-of') === 'event') delete attributes.instrument;
    else delete attributes.event;
  }
  // The widgets' defaults need no attribute.
  if (attributes.variant === 'card') delete attributes.variant;
  if (attributes.sort === '-date') delete attributes.sort;
  attributes.lang = value('lang');
  // Light is the widgets' default: only the other schemes need the attribute.
  if (value('theme') !== 'light') attributes.theme = value('theme');
  if (!(form.elements.namedItem('credit') as HTMLInputElement).checked) {
    attributes['no-credit'] = 'no-credit';
  }
  return attributes;
}

function syncQuotes(): void {
  const statement = record.find(value('statement'));
  const selected = quoteSelect.value;
  quoteSelect.replaceChildren(
    ...(statement?.quotes ?? []).map((quote, i) => {
      const speaker = record.actor(quote.speaker).name[pageLang];
      const text = quote.text.length > 70 ? `${quote.text.slice(0, 70)}…` : quote.text;
      return new Option(`${i + 1}. ${speaker}: ${text}`, i === 0 ? '' : String(i));
    }),
  );
  if ([...quoteSelect.options].some((o) => o.value === selected)) quoteSelect.value = selected;
  quoteSelect.disabled = quoteSelect.options.length === 0;
}

/**
 * Narrows the statement picker to what the words find (the record's own search, in both
 * languages), keeping the chosen statement in the list so the form's value stays valid.
 */
function findStatements(): void {
  // The input holds at most MAX_QUERY_LENGTH characters (its maxlength); a script may set more.
  const text = statementFind.value.trim().slice(0, MAX_QUERY_LENGTH);
  const found = text
    ? new Set(record.search(text, undefined, { limit: 200 }).items.map((hit) => hit.statement.id))
    : undefined;
  let shown = 0;
  for (const option of statementSelect.options) {
    const visible =
      !found ||
      found.has(option.value) ||
      option.value.includes(text.toLowerCase()) ||
      option.selected;
    option.hidden = !visible;
    if (visible && (!option.selected || !found || found.has(option.value))) shown++;
  }
  statementMatches.textContent = found ? `(${plural(pageLang, t.builderMatches, shown)})` : '';
}

function showFields(widget: Widget): void {
  for (const field of form.querySelectorAll<HTMLElement>('[data-for]')) {
    field.hidden = !field.dataset.for!.split(' ').includes(widget);
  }
  // A tally shows either a UN vote or a vote event: only the chosen one's picker is shown.
  if (widget === 'tally') {
    const tallyOf = value('tally-of');
    form.querySelector<HTMLElement>('#instrument')!.closest<HTMLElement>('.field')!.hidden =
      tallyOf !== 'instrument';
    form.querySelector<HTMLElement>('#event')!.closest<HTMLElement>('.field')!.hidden =
      tallyOf !== 'event';
  }
}

function randomFrameId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `nv-${[...bytes].map((b) => b.toString(36).padStart(2, '0')).join('')}`;
}

function previewWidth(): string {
  const chosen = document.querySelector<HTMLInputElement>('input[name="preview-width"]:checked');
  return chosen?.value ?? '';
}

/** Shows each snippet in its own bare page, as a reader of the editor's site will see it. */
function renderPreview(
  lang: string,
  theme: string | undefined,
  script: string,
  iframe: string,
  available: boolean,
): void {
  preview.classList.toggle('preview--unavailable', !available);
  for (const [frame, snippet] of [
    [scriptFrame, script],
    [iframeFrame, iframe],
  ] as const) {
    frame.style.maxWidth = previewWidth() ? `${previewWidth()}px` : '';
    if (frame.dataset.snippet === snippet) continue;
    frame.dataset.snippet = snippet;
    showPreview(frame, previewDocument(lang, snippet, theme));
  }
}

/** The builder's state as a query string: only what differs from the defaults. */
function stateQuery(widget: Widget, attributes: Record<string, string>): string {
  const params = new URLSearchParams();
  const state: Record<string, string> = { widget, ...attributes };
  if (widget === 'tally') state['tally-of'] = value('tally-of');
  if (previewWidth()) state['preview-width'] = previewWidth();
  for (const [name, stateValue] of Object.entries(state)) {
    if (!stateValue || DEFAULTS[name] === stateValue) continue;
    if (name === 'lang' && stateValue === pageLang) continue;
    if (name === 'tally-of' && stateValue === 'instrument') continue;
    params.set(name, stateValue);
  }
  return params.toString();
}

/** One id per visit: two frames pasted from two visits are told apart by the host page. */
const frameId = randomFrameId();

function update(): void {
  const widget = currentWidget();
  showFields(widget);
  syncQuotes();
  const attributes = attributesOf(widget);
  const lang = attributes.lang === 'uk' ? 'uk' : 'en';
  const integrity = data.integrity[widget];
  const snippets = embedSnippets(
    { catalog: record, lang, siteUrl: data.siteUrl },
    {
      widget,
      attributes,
      frameId,
      scriptBase: data.scriptBase,
      ...(integrity ? { integrity } : {}),
    },
  );
  scriptOut.textContent = snippets.script;
  iframeOut.textContent = snippets.iframe;
  // The preview loads the site's copy of the same file under the same hash: the version may not
  // be on the CDN yet (a site built before the release is published).
  renderPreview(lang, attributes.theme, snippets.preview, snippets.iframe, Boolean(integrity));
  const query = stateQuery(widget, attributes);
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

/** Opens the builder on the widget and attributes a link asks for (e.g. from a statement page). */
function restore(): void {
  const params = new URLSearchParams(location.search);
  // The statement first: its quotes fill the quote picker.
  const statement = params.get('statement');
  if (statement) statementSelect.value = statement;
  // A list box (`size`) starts with nothing chosen, unlike a menu: without a statement asked
  // for, open on the first (the newest), so the preview and the snippets show a real card.
  else statementSelect.selectedIndex = 0;
  syncQuotes();
  for (const [name, paramValue] of params) {
    if (name === 'filters') {
      const chosen = paramValue.split(',');
      for (const box of form.querySelectorAll<HTMLInputElement>('input[name="filters"]')) {
        box.checked = chosen.includes(box.value);
      }
      continue;
    }
    if (name === 'no-credit') {
      (form.elements.namedItem('credit') as HTMLInputElement).checked = false;
      continue;
    }
    const element = form.elements.namedItem(name);
    if (element instanceof RadioNodeList) element.value = paramValue;
    else if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement) {
      element.value = paramValue;
    }
  }
  if (params.has('event') && currentWidget() === 'tally' && !params.has('instrument')) {
    (form.elements.namedItem('tally-of') as RadioNodeList).value = 'event';
  }
  if (!params.has('lang')) (form.elements.namedItem('lang') as HTMLSelectElement).value = pageLang;
}

restore();
update();
form.addEventListener('input', (event) => {
  if (event.target === statementFind) findStatements();
  else update();
});
form.addEventListener('change', (event) => {
  if (event.target !== statementFind) update();
});
form.addEventListener('submit', (event) => event.preventDefault());
for (const radio of document.querySelectorAll('input[name="preview-width"]')) {
  radio.addEventListener('change', update);
}
enableCopyButtons();
