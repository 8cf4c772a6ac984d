/**
 * Search and filters on the statements page, run in the browser with the catalog's own query
 * API. The view lives in the URL's query string, so that a shared link reopens it; the
 * prerendered list is reordered and hidden in place rather than rebuilt.
 */
import {
  type Catalog,
  catalog,
  excerpt,
  type FacetCount,
  isValidPartialDate,
  type SearchHit,
  type Sort,
  type StatementFilter,
} from '@null-and-void/statements';
import {
  DATE_FILTERS,
  MAX_QUERY_LENGTH,
  QUERY_PARAM,
  SET_FILTERS,
  type SetFilter,
  SORT_PARAM,
} from '../filter-ui.js';
import { formatNumber } from '../format.js';
import { fill, type Lang, plural, strings } from '../i18n/index.js';

const record: Catalog = catalog;
type DateFilter = (typeof DATE_FILTERS)[number];

interface View {
  /** The search words, at most MAX_QUERY_LENGTH characters. */
  q: string;
  /** Whether the words asked for were longer, and cut. */
  cut: boolean;
  /** An order the page offers, or '' for the default. */
  sort: string;
  sets: Map<SetFilter, string[]>;
  dates: Partial<Record<DateFilter, string>>;
}

/** One thing narrowing the view, which a chip shows and a reader can remove. */
type Constraint =
  | { type: 'q' }
  | { type: 'set'; key: SetFilter; value: string }
  | { type: 'date'; key: DateFilter };

/** Search words as the page runs them: trimmed, and cut to the longest search it runs. */
function searchWords(text: string): { q: string; cut: boolean } {
  const words = text.trim();
  if (words.length <= MAX_QUERY_LENGTH) return { q: words, cut: false };
  const cut = words.slice(0, MAX_QUERY_LENGTH);
  // A letter outside the BMP is two code units: never keep half of one.
  const whole = /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
  return { q: whole.trim(), cut: true };
}

export function runStatementsPage(form: HTMLFormElement): void {
  const lang = (document.documentElement.lang === 'uk' ? 'uk' : 'en') satisfies Lang;
  const t = strings(lang);
  const list = document.querySelector<HTMLOListElement>('#results')!;
  const status = document.querySelector<HTMLElement>('#results-status')!;
  const chips = document.querySelector<HTMLUListElement>('#active-filters')!;
  const clear = document.querySelector<HTMLButtonElement>('#clear-filters')!;
  const noResults = document.querySelector<HTMLElement>('#no-results')!;
  const noResultsHint = document.querySelector<HTMLElement>('#no-results-hint')!;
  const tooLong = document.querySelector<HTMLElement>('#q-too-long')!;
  const langSwitch = document.querySelector<HTMLAnchorElement>('.lang-switch');
  const langSwitchBase = langSwitch?.getAttribute('href') ?? '';
  const items = new Map(
    [...list.querySelectorAll<HTMLLIElement>('li[data-id]')].map((li) => [li.dataset.id!, li]),
  );

  /** The values each filter offers on this page, with their labels, read from the form. */
  const options = new Map<SetFilter, Map<string, string>>(
    SET_FILTERS.map((key) => {
      const values = new Map<string, string>();
      for (const input of form.querySelectorAll<HTMLInputElement>(`input[name="${key}"]`)) {
        values.set(
          input.value,
          input.closest('label')?.querySelector('.filter__label')?.textContent ?? input.value,
        );
      }
      for (const option of form.querySelectorAll<HTMLOptionElement>(
        `select[name="${key}"] option`,
      )) {
        if (option.value) values.set(option.value, option.dataset.label ?? option.value);
      }
      return [key, values];
    }),
  );
  /** The orders the page offers: another one in a shared link falls back to the default. */
  const sorts = new Set(
    [...form.querySelectorAll<HTMLOptionElement>(`select[name="${SORT_PARAM}"] option`)].map(
      (option) => option.value,
    ),
  );
  const sortOf = (value: string) => (sorts.has(value) ? value : '');
  const filterLabels = new Map<string, string>(
    [...form.querySelectorAll<HTMLElement>('[data-filter]')].map((el) => [
      el.dataset.filter!,
      el.querySelector('legend, label')?.textContent?.trim() ?? el.dataset.filter!,
    ]),
  );

  function viewFromUrl(): View {
    const params = new URLSearchParams(location.search);
    const sets = new Map<SetFilter, string[]>();
    for (const key of SET_FILTERS) {
      // Values this page does not offer (a mistyped id in a shared link) are dropped.
      const values = params.getAll(key).filter((v) => options.get(key)!.has(v));
      if (values.length) sets.set(key, [...new Set(values)]);
    }
    const dates: View['dates'] = {};
    for (const key of DATE_FILTERS) {
      const value = params.get(key)?.trim();
      if (value) dates[key] = value;
    }
    return {
      ...searchWords(params.get(QUERY_PARAM) ?? ''),
      sort: sortOf(params.get(SORT_PARAM) ?? ''),
      sets,
      dates,
    };
  }

  function viewFromForm(): View {
    const data = new FormData(form);
    const sets = new Map<SetFilter, string[]>();
    const current = viewFromUrl();
    for (const key of SET_FILTERS) {
      const values = data.getAll(key).map(String).filter(Boolean);
      const select = form.querySelector<HTMLSelectElement>(`select[name="${key}"]`);
      // A select shows one value; keep the others a shared link carried while it shows the first.
      const carried = current.sets.get(key);
      const kept = select && carried && values[0] === carried[0] ? carried : values;
      if (kept.length) sets.set(key, kept);
    }
    const dates: View['dates'] = {};
    for (const key of DATE_FILTERS) {
      const value = String(data.get(key) ?? '').trim();
      if (value) dates[key] = value;
    }
    return {
      ...searchWords(String(data.get(QUERY_PARAM) ?? '')),
      sort: sortOf(String(data.get(SORT_PARAM) ?? '')),
      sets,
      dates,
    };
  }

  function writeForm(view: View): void {
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
    for (const details of form.querySelectorAll('details')) {
      if (details.querySelector('input:checked')) details.open = true;
    }
  }

  function urlOf(view: View): string {
    const params = new URLSearchParams();
    if (view.q) params.set(QUERY_PARAM, view.q);
    for (const [key, values] of view.sets) for (const value of values) params.append(key, value);
    for (const key of DATE_FILTERS) if (view.dates[key]) params.set(key, view.dates[key]);
    if (view.sort) params.set(SORT_PARAM, view.sort);
    const query = params.toString();
    return query ? `?${query}` : location.pathname;
  }

  /** The valid dates of a view; a malformed one is flagged on its input and ignored. */
  function validDates(view: View): View['dates'] {
    const valid: View['dates'] = {};
    for (const key of DATE_FILTERS) {
      const value = view.dates[key];
      const input = form.elements.namedItem(key) as HTMLInputElement;
      let ok = value === undefined;
      if (value !== undefined && isValidPartialDate(value)) {
        try {
          record.query({ [key]: value }, { limit: 0 });
          ok = true;
          valid[key] = value;
        } catch {
          ok = false;
        }
      }
      input.setAttribute('aria-invalid', String(!ok));
    }
    if (valid.from && valid.to && valid.from > valid.to) return {};
    return valid;
  }

  function filterOf(view: View, dates: View['dates'], without?: Constraint): StatementFilter {
    const filter: Record<string, string[] | string> = {};
    for (const [key, values] of view.sets) {
      const kept =
        without?.type === 'set' && without.key === key
          ? values.filter((v) => v !== without.value)
          : values;
      if (kept.length) filter[key] = kept;
    }
    for (const key of DATE_FILTERS) {
      if (dates[key] && !(without?.type === 'date' && without.key === key))
        filter[key] = dates[key];
    }
    return filter as StatementFilter;
  }

  /**
   * The statements of a view, in order, with the counts beside the filters from the same call:
   * each filter's counts apply the words and every other filter (what ticking would add).
   */
  function search(view: View, dates: View['dates'], without?: Constraint) {
    const filter = filterOf(view, dates, without);
    const q = without?.type === 'q' ? '' : view.q;
    if (q) {
      const sort = (view.sort || 'relevance') as Sort | 'relevance';
      const result = record.search(q, filter, { sort, facets: SET_FILTERS });
      const ids = result.items.map((h) => h.statement.id);
      return { ids, hits: result.items, facets: result.facets };
    }
    const sort = (view.sort && view.sort !== 'relevance' ? view.sort : '-date') as Sort;
    const result = record.query(filter, { sort, facets: SET_FILTERS });
    return { ids: result.items.map((s) => s.id), hits: [] as SearchHit[], facets: result.facets };
  }

  function constraintsOf(view: View, dates: View['dates']): Constraint[] {
    return [
      ...(view.q ? [{ type: 'q' } as const] : []),
      ...[...view.sets].flatMap(([key, values]) =>
        values.map((value) => ({ type: 'set', key, value }) as const),
      ),
      ...DATE_FILTERS.filter((key) => dates[key]).map((key) => ({ type: 'date', key }) as const),
    ];
  }

  function labelOf(view: View, constraint: Constraint): string {
    if (constraint.type === 'q') return `${t.filterQuery}: ${view.q}`;
    if (constraint.type === 'date') {
      return `${constraint.key === 'from' ? t.fromLabel : t.toLabel}: ${view.dates[constraint.key]}`;
    }
    return `${filterLabels.get(constraint.key)}: ${options.get(constraint.key)?.get(constraint.value) ?? constraint.value}`;
  }

  function without(view: View, constraint: Constraint): View {
    if (constraint.type === 'q') return { ...view, q: '', cut: false };
    if (constraint.type === 'date') {
      const dates = { ...view.dates };
      delete dates[constraint.key];
      return { ...view, dates };
    }
    const sets = new Map(view.sets);
    const rest = (sets.get(constraint.key) ?? []).filter((v) => v !== constraint.value);
    if (rest.length) sets.set(constraint.key, rest);
    else sets.delete(constraint.key);
    return { ...view, sets };
  }

  function renderSnippet(li: HTMLLIElement, hit: SearchHit | undefined): void {
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

  function renderCounts(facets: Readonly<Record<SetFilter, readonly FacetCount[]>>): void {
    for (const key of SET_FILTERS) {
      const counts = new Map(facets[key].map((f) => [f.value, f.count]));
      for (const value of options.get(key)!.keys()) {
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

  function renderChips(view: View, constraints: Constraint[]): void {
    chips.replaceChildren(
      ...constraints.map((constraint) => {
        const li = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'chip';
        button.append(labelOf(view, constraint));
        const hidden = document.createElement('span');
        hidden.className = 'visually-hidden';
        hidden.textContent = ` (${t.removeFilter})`;
        const cross = document.createElement('span');
        cross.setAttribute('aria-hidden', 'true');
        cross.textContent = ' ×';
        button.append(hidden, cross);
        button.addEventListener('click', () => apply(without(view, constraint), 'push'));
        li.append(button);
        return li;
      }),
    );
    chips.hidden = constraints.length === 0;
    clear.hidden = constraints.length === 0;
  }

  function renderNoResults(view: View, dates: View['dates'], constraints: Constraint[]): void {
    noResultsHint.replaceChildren();
    const loosen = constraints
      .map((constraint) => ({ constraint, n: search(view, dates, constraint).ids.length }))
      .filter((s) => s.n > 0)
      .sort((a, b) => b.n - a.n)
      .slice(0, 4);
    if (loosen.length === 0) {
      noResultsHint.textContent = t.noResultsNothing;
      return;
    }
    noResultsHint.append(t.noResultsLoosen);
    loosen.forEach(({ constraint, n }, i) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'link-button';
      button.textContent = fill(t.noResultsWithout, {
        label: labelOf(view, constraint),
        n: formatNumber(lang, n),
      });
      button.addEventListener('click', () => apply(without(view, constraint), 'push'));
      if (i > 0) noResultsHint.append(' · ');
      noResultsHint.append(button);
    });
  }

  function apply(view: View, history: 'push' | 'replace' | 'none', updateForm = true): void {
    if (updateForm) writeForm(view);
    tooLong.textContent = view.cut ? (tooLong.dataset.message ?? '') : '';
    const dates = validDates(view);
    const { ids, hits, facets } = search(view, dates);
    const byId = new Map(hits.map((h) => [h.statement.id as string, h]));
    const shown = new Set(ids);
    for (const [id, li] of items) {
      li.hidden = !shown.has(id);
      renderSnippet(li, byId.get(id));
    }
    list.append(...ids.map((id) => items.get(id)!));
    status.textContent = plural(lang, t.resultsCount, ids.length);
    const constraints = constraintsOf(view, dates);
    renderChips(view, constraints);
    renderCounts(facets);
    noResults.hidden = ids.length > 0;
    if (ids.length === 0) renderNoResults(view, dates, constraints);
    const url = urlOf(view);
    if (history === 'push' && url !== `${location.pathname}${location.search}`) {
      window.history.pushState(null, '', url);
    } else if (history === 'replace') {
      window.history.replaceState(null, '', url);
    }
    if (langSwitch) langSwitch.href = `${langSwitchBase}${url.startsWith('?') ? url : ''}`;
  }

  let typing: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('input', (event) => {
    const target = event.target as HTMLElement;
    if (
      target instanceof HTMLInputElement &&
      (target.type === 'search' || target.name in { from: 1, to: 1 })
    ) {
      clearTimeout(typing);
      typing = setTimeout(() => apply(viewFromForm(), 'replace', false), 150);
    }
  });
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLElement;
    if (target instanceof HTMLInputElement && target.type !== 'checkbox') return;
    apply(viewFromForm(), 'push', false);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply(viewFromForm(), 'push', false);
  });
  clear.addEventListener('click', () => {
    apply({ q: '', cut: false, sort: '', sets: new Map(), dates: {} }, 'push');
    (form.elements.namedItem(QUERY_PARAM) as HTMLInputElement).focus();
  });
  window.addEventListener('popstate', () => apply(viewFromUrl(), 'none'));

  // Opened from a shared link: show its view. Opened by the reader's first touch: whatever they
  // typed or ticked while the engine loaded is in the form, and becomes a step Back can undo.
  const fromUrl = new URLSearchParams(location.search).size > 0;
  apply(fromUrl ? viewFromUrl() : viewFromForm(), fromUrl ? 'replace' : 'push', fromUrl);
}
