/**
 * The statements page's first script: small, so the page stays fast. The search engine (the
 * whole catalog) loads when the URL already asks for a view, or when the reader first touches
 * the filters or asks for more results. Until then this script lists the first page of the
 * prerendered list (which, without JavaScript, lists every statement).
 */
import { PAGE_SIZE, SHOWN_PARAM } from '../filter-ui.js';
import { runCiteList } from './cite-list.js';

const form = document.querySelector<HTMLFormElement>('#filters');
const citeList = document.querySelector<HTMLElement>('#cite-list');
const results = document.querySelector<HTMLElement>('#results');
const drawer = document.querySelector<HTMLDetailsElement>('#filters-drawer');
const showMore = document.querySelector<HTMLButtonElement>('#show-more');
if (citeList && results) runCiteList(citeList, results);
// Beside the list there is room for the filters; on a phone they wait behind their button.
if (drawer) drawer.open = matchMedia('(min-width: 60rem)').matches;
let started = false;

function start(focusFrom?: number): void {
  if (started || !form) return;
  started = true;
  const status = document.querySelector<HTMLElement>('#results-status');
  if (status?.dataset.loading) status.textContent = status.dataset.loading;
  void import('./statements-engine.js').then(({ runStatementsPage }) =>
    runStatementsPage(form, focusFrom),
  );
}

/** The first page of the whole list, as the engine would list it, before the engine loads. */
function listFirstPage(list: HTMLElement, button: HTMLButtonElement): void {
  const items = list.querySelectorAll<HTMLLIElement>(':scope > li');
  if (items.length <= PAGE_SIZE) return;
  items.forEach((li, i) => {
    li.hidden = i >= PAGE_SIZE;
    li.toggleAttribute('data-paged', li.hidden);
  });
  const status = document.querySelector<HTMLElement>('#results-status');
  if (status?.dataset.listed)
    status.textContent = status.dataset.listed.replace('{shown}', String(PAGE_SIZE));
  button.textContent = (button.dataset.label ?? '').replace(
    '{n}',
    String(Math.min(PAGE_SIZE, items.length - PAGE_SIZE)),
  );
  button.hidden = false;
}

if (form) {
  if (new URLSearchParams(location.search).size > 0) start();
  else if (results && showMore) listFirstPage(results, showMore);
  for (const type of ['focusin', 'pointerdown', 'input'] as const) {
    form.addEventListener(type, () => start(), { once: true });
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    start();
  });
  showMore?.addEventListener('click', () => {
    if (started) return;
    const url = new URL(location.href);
    url.searchParams.set(SHOWN_PARAM, String(2 * PAGE_SIZE));
    history.pushState(null, '', url);
    start(PAGE_SIZE);
  });
}
