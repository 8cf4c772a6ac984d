/**
 * The statements page's first script: small, so the page stays fast. The search engine (the
 * whole catalog) loads when the URL already asks for a view, or when the reader first touches
 * the filters.
 */
import { runCiteList } from './cite-list.js';

const form = document.querySelector<HTMLFormElement>('#filters');
const citeList = document.querySelector<HTMLElement>('#cite-list');
const results = document.querySelector<HTMLElement>('#results');
if (citeList && results) runCiteList(citeList, results);
let started = false;

function start(): void {
  if (started || !form) return;
  started = true;
  const status = document.querySelector<HTMLElement>('#results-status');
  if (status?.dataset.loading) status.textContent = status.dataset.loading;
  void import('./statements-engine.js').then(({ runStatementsPage }) => runStatementsPage(form));
}

if (form) {
  if (new URLSearchParams(location.search).size > 0) start();
  for (const type of ['focusin', 'pointerdown', 'input'] as const) {
    form.addEventListener(type, start, { once: true });
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    start();
  });
}
