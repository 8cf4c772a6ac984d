/**
 * Search and filters on the statements page, run in the browser with the catalog's own query
 * API. The view lives in the URL's query string, so that a shared link reopens it; the
 * prerendered list is reordered and hidden in place rather than rebuilt. What a view shows is
 * worked out in `statements-view.ts`; this module reads the page and renders.
 */
import { type Catalog, catalog, excerpt, type SearchHit } from '@null-and-void/statements';
import {
  DATE_FILTERS,
  QUERY_PARAM,
  SET_FILTERS,
  type SetFilter,
  SORT_PARAM,
} from '../filter-ui.js';
import { formatNumber } from '../format.js';
import type { Strings } from '../i18n/en.js';
import { fill, type Lang, plural, strings } from '../i18n/index.js';
import {
  type Constraint,
  checkDates,
  constraintsOf,
  type DateProblem,
  dateProblemText,
  EMPTY_VIEW,
  labelOf,
  loosenings,
  nothingShown,
  type Offer,
  pageOf,
  queryOf,
  type Shown,
  show,
  showMore,
  type View,
  viewFromForm,
  viewFromParams,
  without,
} from './statements-view.js';

const record: Catalog = catalog;

type History = 'push' | 'replace' | 'none';

/** The page's parts the script reads and writes. */
interface Page {
  lang: Lang;
  t: Strings;
  form: HTMLFormElement;
  offer: Offer;
  list: HTMLOListElement;
  items: Map<string, HTMLLIElement>;
  status: HTMLElement;
  chips: HTMLUListElement;
  clear: HTMLButtonElement;
  noResults: HTMLElement;
  noResultsHint: HTMLElement;
  tooLong: HTMLElement;
  langSwitch: HTMLAnchorElement | null;
  langSwitchBase: string;
  drawer: HTMLDetailsElement;
  drawerCount: HTMLElement;
  showMore: HTMLButtonElement;
  /** The view shown now, which "Show more" extends. */
  view: View;
}

/**
 * Runs the page. `focusFrom`: the index of the first result a "Show more" pressed before the
 * engine loaded revealed, which gets the focus once listed.
 */
export function runStatementsPage(form: HTMLFormElement, focusFrom?: number): void {
  const page = readPage(form);
  const fromUrl = () => viewFromParams(new URLSearchParams(location.search), page.offer);
  const fromForm = () => viewFromForm(new FormData(form), page.offer, fromUrl());
  const apply = (view: View, history: History, updateForm = true) =>
    applyView(page, view, history, updateForm, (next) => apply(next, 'push'));

  let typing: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('input', (event) => {
    const target = event.target as HTMLElement;
    if (
      target instanceof HTMLInputElement &&
      (target.type === 'search' || target.name in { from: 1, to: 1 })
    ) {
      clearTimeout(typing);
      typing = setTimeout(() => apply(fromForm(), 'replace', false), 150);
    }
  });
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLElement;
    if (target instanceof HTMLInputElement && target.type !== 'checkbox') return;
    apply(fromForm(), 'push', false);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply(fromForm(), 'push', false);
  });
  page.clear.addEventListener('click', () => {
    apply(EMPTY_VIEW, 'push');
    (form.elements.namedItem(QUERY_PARAM) as HTMLInputElement).focus();
  });
  window.addEventListener('popstate', () => apply(fromUrl(), 'none'));
  page.showMore.addEventListener('click', () => {
    const from = page.view.shown;
    apply(showMore(page.view), 'push', false);
    focusResult(page, from);
  });

  // Opened from a shared link: show its view. Opened by the reader's first touch: whatever they
  // typed or ticked while the engine loaded is in the form, and becomes a step Back can undo.
  const shared = new URLSearchParams(location.search).size > 0;
  apply(shared ? fromUrl() : fromForm(), shared ? 'replace' : 'push', shared);
  if (focusFrom !== undefined) focusResult(page, focusFrom);
}

/** Moves the focus to the link of the result at `index` in the list as shown. */
function focusResult(page: Page, index: number): void {
  const listed = [...page.list.children].filter((li) => !(li as HTMLElement).hidden);
  listed[index]?.querySelector<HTMLAnchorElement>('a')?.focus();
}

function readPage(form: HTMLFormElement): Page {
  const lang = (document.documentElement.lang === 'uk' ? 'uk' : 'en') satisfies Lang;
  const list = document.querySelector<HTMLOListElement>('#results')!;
  const langSwitch = document.querySelector<HTMLAnchorElement>('.lang-switch');
  return {
    lang,
    t: strings(lang),
    form,
    offer: readOffer(form),
    list,
    items: new Map(
      [...list.querySelectorAll<HTMLLIElement>('li[data-id]')].map((li) => [li.dataset.id!, li]),
    ),
    status: document.querySelector<HTMLElement>('#results-status')!,
    chips: document.querySelector<HTMLUListElement>('#active-filters')!,
    clear: document.querySelector<HTMLButtonElement>('#clear-filters')!,
    noResults: document.querySelector<HTMLElement>('#no-results')!,
    noResultsHint: document.querySelector<HTMLElement>('#no-results-hint')!,
    tooLong: document.querySelector<HTMLElement>('#q-too-long')!,
    langSwitch,
    langSwitchBase: langSwitch?.getAttribute('href') ?? '',
    drawer: document.querySelector<HTMLDetailsElement>('#filters-drawer')!,
    drawerCount: document.querySelector<HTMLElement>('#filters-count')!,
    showMore: document.querySelector<HTMLButtonElement>('#show-more')!,
    view: EMPTY_VIEW,
  };
}

/** The values, orders and labels the prerendered form offers. */
function readOffer(form: HTMLFormElement): Offer {
  const values = new Map<SetFilter, Map<string, string>>(
    SET_FILTERS.map((key) => {
      const offered = new Map<string, string>();
      for (const input of form.querySelectorAll<HTMLInputElement>(`input[name="${key}"]`)) {
        offered.set(
          input.value,
          input.closest('label')?.querySelector('.filter__label')?.textContent ?? input.value,
        );
      }
      for (const option of form.querySelectorAll<HTMLOptionElement>(
        `select[name="${key}"] option`,
      )) {
        if (option.value) offered.set(option.value, option.dataset.label ?? option.value);
      }
      return [key, offered];
    }),
  );
  const sorts = new Set(
    [...form.querySelectorAll<HTMLOptionElement>(`select[name="${SORT_PARAM}"] option`)].map(
      (option) => option.value,
    ),
  );
  const filterLabels = new Map<string, string>(
    [...form.querySelectorAll<HTMLElement>('[data-filter]')].map((el) => [
      el.dataset.filter!,
      el.querySelector('legend, label')?.textContent?.trim() ?? el.dataset.filter!,
    ]),
  );
  return { values, sorts, filterLabels };
}

/** Shows a view: the form, the list in its order, the counts, the chips, the URL. */
function applyView(
  page: Page,
  view: View,
  history: History,
  updateForm: boolean,
  go: (view: View) => void,
): void {
  if (updateForm) writeForm(page.form, view);
  page.view = view;
  page.tooLong.textContent = view.cut ? (page.tooLong.dataset.message ?? '') : '';
  const { valid: dates, problems } = checkDates(record, view);
  renderDateProblems(page, view, problems);
  const shown = problems.length ? nothingShown() : show(record, view, dates, undefined, page.lang);
  renderList(page, shown, view.shown);
  // The chips name every date asked for, the wrong ones too, so that each can be removed.
  const constraints = constraintsOf(view, problems.length ? view.dates : dates);
  renderChips(page, view, constraints, go);
  renderCounts(page, shown.facets);
  page.noResults.hidden = shown.ids.length > 0 || problems.length > 0;
  if (problems.length) {
    page.status.textContent = page.t.datesToCorrect;
    // On a phone the fields with the messages are behind the drawer's button: show them.
    page.drawer.open = true;
  } else if (shown.ids.length === 0) renderNoResults(page, view, dates, constraints, go);
  const query = queryOf(view);
  const url = query || location.pathname;
  if (history === 'push' && url !== `${location.pathname}${location.search}`) {
    window.history.pushState(null, '', url);
  } else if (history === 'replace') {
    window.history.replaceState(null, '', url);
  }
  if (page.langSwitch) page.langSwitch.href = `${page.langSwitchBase}${query}`;
}

function writeForm(form: HTMLFormElement, view: View): void {
  (form.elements.namedItem(QUERY_PARAM) as HTMLInputElement).value = view.q;
  (form.elements.namedItem(SORT_PARAM) as HTMLSelectElement).value = view.sort;
  for (const key of DATE_FILTERS) {
    (form.elements.namedItem(key) as HTMLInputElement).value = view.dates[key] ?? '';
  }
  for (const key of SET_FILTERS) {
    const values = view.sets.get(key) ?? [];
    for (const input of form.querySelectorAll<HTMLInputElement>(`input[name="${key}"]`)) {
      input.checked = values.includes(input.value);
    }
    const select = form.querySelector<HTMLSelectElement>(`select[name="${key}"]`);
    if (select) select.value = values[0] ?? '';
  }
  // Open a collapsed group that holds a ticked box, so the reader sees why the list is short.
  for (const details of form.querySelectorAll<HTMLDetailsElement>('details.filter-more')) {
    if (details.querySelector('input:checked')) details.open = true;
  }
}

/** Each date field's message in words, tied to the field, or none. */
function renderDateProblems({ form, t }: Page, view: View, problems: DateProblem[]): void {
  for (const key of DATE_FILTERS) {
    const input = form.elements.namedItem(key) as HTMLInputElement;
    const message = form.querySelector<HTMLElement>(`#${key}-error`)!;
    const own = problems.find((p) => p.key === key);
    message.textContent = own ? dateProblemText(own, view, t) : '';
    message.hidden = !own;
    // A start after the end is wrong in both fields; its message sits under the first.
    const order = problems.find((p) => p.reason === 'order');
    const describedBy = own ? message.id : order ? 'from-error' : '';
    input.setAttribute('aria-invalid', String(Boolean(own || order)));
    input.setAttribute('aria-describedby', `${describedBy} date-hint`.trim());
  }
}

function renderList(page: Page, { ids, hits }: Shown, shownCount: number): void {
  const byId = new Map(hits.map((h) => [h.statement.id as string, h]));
  const { listed, more } = pageOf(ids, shownCount);
  const visible = new Set(listed);
  const results = new Set(ids);
  for (const [id, li] of page.items) {
    li.hidden = !visible.has(id);
    // In the results, on a later page: what "Cite this list" still cites.
    li.toggleAttribute('data-paged', li.hidden && results.has(id));
    renderSnippet(li, byId.get(id), page.lang);
  }
  page.list.append(...ids.map((id) => page.items.get(id)!));
  const count = plural(page.lang, page.t.resultsCount, ids.length);
  page.status.textContent =
    more > 0
      ? fill(page.t.resultsListed, { count, shown: formatNumber(page.lang, listed.length) })
      : count;
  page.drawerCount.textContent = count;
  page.showMore.hidden = more === 0;
  page.showMore.textContent = fill(page.t.showMore, { n: formatNumber(page.lang, more) });
}

function renderSnippet(li: HTMLLIElement, hit: SearchHit | undefined, lang: Lang): void {
  const slot = li.querySelector<HTMLElement>('.statement-item__match');
  if (!slot) return;
  slot.replaceChildren();
  slot.hidden = true;
  if (!hit) return;
  const other = lang === 'en' ? 'uk' : 'en';
  const shown = hit.highlights.filter(
    (h) => !h.field.endsWith(`.${other}`) && h.field !== `title.${lang}`,
  );
  const highlight = shown.find((h) => h.field === `summary.${lang}`) ?? shown[0];
  if (!highlight || highlight.ranges.length === 0) return;
  // A passage around the first match, cut between words.
  const cut = excerpt(highlight, 220);
  let at = 0;
  for (const [from, to] of cut.ranges) {
    if (from < at) continue;
    slot.append(cut.text.slice(at, from));
    const mark = document.createElement('mark');
    mark.textContent = cut.text.slice(from, to);
    slot.append(mark);
    at = to;
  }
  slot.append(cut.text.slice(at));
  slot.hidden = false;
}

function renderCounts({ form, offer, lang }: Page, facets: Shown['facets']): void {
  for (const key of SET_FILTERS) {
    const counts = new Map(facets[key].map((f) => [f.value, f.count]));
    for (const value of offer.values.get(key)!.keys()) {
      const n = counts.get(value) ?? 0;
      const input = form.querySelector<HTMLInputElement>(
        `input[name="${key}"][value="${CSS.escape(value)}"]`,
      );
      if (input) {
        const label = input.closest('label')!;
        label.querySelector('[data-count]')!.textContent = formatNumber(lang, n);
        label.classList.toggle('is-empty', n === 0 && !input.checked);
      }
      const option = form.querySelector<HTMLOptionElement>(
        `select[name="${key}"] option[value="${CSS.escape(value)}"]`,
      );
      if (option) option.textContent = `${option.dataset.label} (${formatNumber(lang, n)})`;
    }
  }
}

function renderChips(
  page: Page,
  view: View,
  constraints: Constraint[],
  go: (view: View) => void,
): void {
  page.chips.replaceChildren(
    ...constraints.map((constraint) => {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'chip';
      button.append(labelOf(view, constraint, page.t, page.offer));
      const hidden = document.createElement('span');
      hidden.className = 'visually-hidden';
      hidden.textContent = ` (${page.t.removeFilter})`;
      const cross = document.createElement('span');
      cross.setAttribute('aria-hidden', 'true');
      cross.textContent = ' ×';
      button.append(hidden, cross);
      button.addEventListener('click', () => go(without(view, constraint)));
      li.append(button);
      return li;
    }),
  );
  page.chips.hidden = constraints.length === 0;
  page.clear.hidden = constraints.length === 0;
}

function renderNoResults(
  page: Page,
  view: View,
  dates: View['dates'],
  constraints: Constraint[],
  go: (view: View) => void,
): void {
  const hint = page.noResultsHint;
  hint.replaceChildren();
  const loosen = loosenings(record, view, dates, constraints);
  if (loosen.length === 0) {
    hint.textContent = page.t.noResultsNothing;
    return;
  }
  hint.append(page.t.noResultsLoosen);
  loosen.forEach(({ constraint, n }, i) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'link-button';
    button.textContent = fill(page.t.noResultsWithout, {
      label: labelOf(view, constraint, page.t, page.offer),
      n: formatNumber(page.lang, n),
    });
    button.addEventListener('click', () => go(without(view, constraint)));
    if (i > 0) hint.append(' · ');
    hint.append(button);
  });
}
