/**
 * The embed builder: reads the form, shows the widget live (as a web component and as an
 * iframe), and writes both snippets. The builder's state is kept in the URL.
 */
import {
  type Fallback,
  framePath,
  iframeSnippet,
  isWidget,
  scriptSnippet,
  WIDGET_ATTRIBUTES,
  type Widget,
  widgetAttributes,
} from '../snippets.js';
import { enableCopyButtons } from './copy.js';

interface BuilderData {
  siteUrl: string;
  integrity: Partial<Record<Widget, string>>;
  statements: Record<
    string,
    { title: string; fallback: Fallback; quotes: string[]; quoteFallbacks: Fallback[] }
  >;
}

const form = document.querySelector<HTMLFormElement>('#builder')!;
const data = JSON.parse(document.querySelector('#builder-data')!.textContent!) as BuilderData;
const preview = document.querySelector<HTMLElement>('#preview')!;
const scriptOut = document.querySelector<HTMLElement>('#snippet-script')!;
const iframeOut = document.querySelector<HTMLElement>('#snippet-iframe')!;
const quoteSelect = form.elements.namedItem('quote') as HTMLSelectElement;
const pageLang = document.documentElement.lang;
const loaded = new Map<Widget, Promise<unknown>>();

function value(name: string): string {
  const element = form.elements.namedItem(name);
  if (element instanceof RadioNodeList) return element.value;
  return (element as HTMLInputElement | HTMLSelectElement | null)?.value.trim() ?? '';
}

function currentWidget(): Widget {
  const widget = value('widget');
  return isWidget(widget) ? widget : 'statement';
}

/** The attributes the form sets for a widget; empty values are left out by the snippet writer. */
function attributesOf(widget: Widget): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const name of WIDGET_ATTRIBUTES[widget]) attributes[name] = value(name);
  if ((form.elements.namedItem('filters') as HTMLInputElement).checked)
    attributes.filters = 'filters';
  else delete attributes.filters;
  if (widget === 'tally') {
    if (value('tally-of') === 'event') delete attributes.instrument;
    else delete attributes.event;
  }
  if (widget === 'statement' && attributes.variant === 'card') delete attributes.variant;
  attributes.lang = value('lang');
  // Light is the widgets' default: only the other schemes need the attribute.
  if (value('theme') !== 'light') attributes.theme = value('theme');
  return attributes;
}

function syncQuotes(): void {
  const statement = data.statements[value('statement')];
  const selected = quoteSelect.value;
  quoteSelect.replaceChildren(
    ...(statement?.quotes ?? []).map(
      (label, i) => new Option(`${i + 1}. ${label}`, i === 0 ? '' : String(i)),
    ),
  );
  if ([...quoteSelect.options].some((o) => o.value === selected)) quoteSelect.value = selected;
  quoteSelect.disabled = quoteSelect.options.length === 0;
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

function loadBundle(widget: Widget): Promise<unknown> {
  let promise = loaded.get(widget);
  if (!promise) {
    promise = import(/* @vite-ignore */ `${data.siteUrl}widgets/${widget}.js`);
    loaded.set(widget, promise);
  }
  return promise;
}

function renderPreview(widget: Widget, attributes: Record<string, string>, frameSrc: string): void {
  preview.replaceChildren();
  if (!data.integrity[widget]) {
    const note = document.createElement('p');
    note.className = 'notice';
    note.textContent = preview.dataset.unavailable ?? '';
    preview.append(note);
    return;
  }
  const element = document.createElement(`nv-${widget}`);
  for (const [name, attributeValue] of widgetAttributes(widget, attributes)) {
    element.setAttribute(name, attributeValue);
  }
  const frame = document.createElement('iframe');
  frame.src = frameSrc;
  frame.title = `Null & Void: ${widget}`;
  frame.dataset.nvEmbed = '';
  frame.className = 'preview__frame';
  frame.height = '300';
  // Both forms side by side, each named, so an editor sees what either snippet gives.
  const caption = (text: string | undefined) => {
    const label = document.createElement('p');
    label.className = 'preview__label';
    label.textContent = text ?? '';
    return label;
  };
  preview.append(
    caption(preview.dataset.asScript),
    element,
    caption(preview.dataset.asFrame),
    frame,
  );
  void loadBundle(widget);
}

function update(): void {
  const widget = currentWidget();
  showFields(widget);
  syncQuotes();
  const attributes = attributesOf(widget);
  const statement = data.statements[attributes.statement ?? ''];
  const lang = attributes.lang === 'uk' ? 'uk' : 'en';
  const integrity = data.integrity[widget];
  // What shows before the widget loads: the quote itself for a pull quote, else the title.
  const fallback =
    widget === 'quote'
      ? statement?.quoteFallbacks[Number(attributes.quote || 0)]
      : widget === 'statement'
        ? statement?.fallback
        : undefined;
  scriptOut.textContent = scriptSnippet({
    widget,
    attributes,
    siteUrl: data.siteUrl,
    ...(integrity ? { integrity } : {}),
    ...(fallback ? { fallback } : {}),
  });
  const frameId = randomFrameId();
  iframeOut.textContent = iframeSnippet({
    widget,
    attributes,
    siteUrl: data.siteUrl,
    langPrefix: lang === 'uk' ? 'uk/' : '',
    frameId,
    title: `Null & Void: ${statement?.title ?? widget}`,
    height: widget === 'tally' || widget === 'quote' ? 260 : 420,
  });
  renderPreview(
    widget,
    attributes,
    `${data.siteUrl}${lang === 'uk' ? 'uk/' : ''}${framePath(widget, attributes, frameId)}`,
  );
  const params = new URLSearchParams({ widget, ...attributes });
  if (params.get('lang') === pageLang) params.delete('lang');
  history.replaceState(null, '', `?${params.toString()}`);
}

/** Opens the builder on the widget and attributes a link asks for (e.g. from a statement page). */
function restore(): void {
  const params = new URLSearchParams(location.search);
  // The statement first: its quotes fill the quote picker.
  const statement = params.get('statement');
  if (statement) (form.elements.namedItem('statement') as HTMLSelectElement).value = statement;
  syncQuotes();
  for (const [name, paramValue] of params) {
    if (name === 'filters') {
      const chosen = paramValue.split(',');
      for (const box of form.querySelectorAll<HTMLInputElement>('input[name="filters"]')) {
        box.checked = chosen.includes(box.value);
      }
      continue;
    }
    const element = form.elements.namedItem(name);
    if (element instanceof RadioNodeList) element.value = paramValue;
    else if (element instanceof HTMLInputElement || element instanceof HTMLSelectElement) {
      element.value = paramValue;
    }
  }
  if (params.has('event') && currentWidget() === 'tally') {
    (form.elements.namedItem('tally-of') as RadioNodeList).value = 'event';
  }
  if (!params.has('lang')) (form.elements.namedItem('lang') as HTMLSelectElement).value = pageLang;
}

restore();
update();
form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());
enableCopyButtons();
