import type { Catalog, SearchHit, SetKey, Statement } from '@null-and-void/statements/engine';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { statementsPath } from '../base/credit-url.js';
import { NvFilterChangeEvent } from '../base/events.js';
import { filterAttributes, listValues, propertyOf } from '../base/filter-attributes.js';
import { NvFilteredElement } from '../base/filtered-element.js';
import { moreButtonStyles } from '../base/more-button.styles.js';
import { NvElement } from '../base/nv-element.js';
import { own } from '../base/own.js';
import { actorName } from '../base/render-helpers.js';
import { statementItem } from '../base/statement-item.js';
import { statementItemStyles } from '../base/statement-item.styles.js';
import type { Records } from '../data/records.js';
import { countryName } from '../i18n/format.js';
import { type AllStrings, fill, formatDate, type Lang, plural } from '../i18n/index.js';
import { statementKinds } from '../i18n/kind-labels.js';
import { excerpt, marked } from './highlight.js';
import { searchStyles } from './search.styles.js';

// Short enough to feel live, long enough that a fast typist's keystrokes share one search.
const DEBOUNCE_MS = 120;
// One letter matches too much to be worth a search of a large catalog.
const MIN_LENGTH = 2;

const idle: (run: () => void) => void =
  typeof requestIdleCallback === 'function'
    ? (run) => requestIdleCallback(run)
    : (run) => setTimeout(run, 1);

/**
 * A search box with live results: matched words highlighted, the count announced, arrow keys to
 * move through the results. Searches titles, summaries, quotes and full texts in English and
 * Ukrainian, whichever the reader types; the filter attributes narrow what is searched.
 *
 * The topic filter is the `topic` attribute, not the query API's `theme`: `theme` is already every
 * widget's colour theme (`light`, `dark`, `auto`).
 *
 * @summary A search box over the record, with live, highlighted results.
 * @tag nv-search
 * @attr {string} lang - `en` or `uk`; default: the nearest `lang` in the page, else `en`.
 * @slot - Fallback content (e.g. a link to a search page), shown until the search is ready and whenever it fails.
 * @csspart search - The search's box.
 * @csspart label - The search box's label.
 * @csspart input - The search box (`<input type="search">`).
 * @csspart clear - The button that clears the search.
 * @csspart scope - The line naming what the filter attributes limit the search to.
 * @csspart status - The result count, announced politely, or what to change when nothing matches.
 * @csspart items - The `<ol>` of results.
 * @csspart item - One result.
 * @csspart meta - A result's kind and date.
 * @csspart title - A result's title.
 * @csspart link - The title's link to the source.
 * @csspart issuer - A result's issuers.
 * @csspart excerpt - The passage of a result that matches.
 * @csspart mark - A matched word (`<mark>`).
 * @csspart more - The "show more" button.
 * @csspart credit - The credit line, "Source: Null & Void", last in the box; `no-credit` hides it.
 * @csspart credit-link - The credit's link to the record's page on the site that served the script.
 * @csspart error - The message shown when the search cannot be used.
 * @csspart skeleton - The placeholder shown while loading without fallback content.
 * @cssprop --nv-accent - Links, focus and hover accents.
 * @cssprop --nv-text - Text colour.
 * @cssprop --nv-muted - Secondary text colour.
 * @cssprop --nv-background - Background of the box and the input.
 * @cssprop --nv-surface - Buttons and messages background.
 * @cssprop --nv-border - Borders and rules between results.
 * @cssprop --nv-radius - Corner radius of the box.
 * @cssprop --nv-focus - Focus ring colour.
 * @cssprop --nv-mark - Background of matched words.
 * @cssprop --nv-danger - Error rule colour.
 * @cssprop --nv-font - Font family (default: inherited from the page).
 * @cssprop --nv-skeleton - Colour of the loading placeholder.
 * @fires {NvSelectEvent} nv-select - The reader chose a result (clicked it, or pressed Enter on it): `statementId`. Cancel it to keep the source from opening.
 * @fires {NvFilterChangeEvent} nv-filter-change - The search changed: `text` is the text searched, `filter` the attributes' filter.
 * @fires {NvErrorEvent} nv-error - The search could not be set up: `code` is `invalid-attribute` (a bad value or an unknown id in the attributes), `load-failed` or `invalid-data`.
 * @example
 * ```ts
 * import '@null-and-void/widgets/search.js';
 * import type { NvSearch } from '@null-and-void/widgets';
 * const search: NvSearch = document.createElement('nv-search');
 * search.placeholder = 'Kherson, Zaporizhzhia…';
 * search.setAttribute('region', 'UA-65');
 * document.body.append(search);
 * ```
 */
export class NvSearch extends NvFilteredElement {
  static override styles = [
    ...NvElement.styles,
    moreButtonStyles,
    statementItemStyles,
    searchStyles,
  ];
  static override properties: PropertyDeclarations = {
    placeholder: {},
    query: {},
    text: { state: true },
    result: { state: true },
  };

  /** The search box's placeholder; default: a translated example ("Search, e.g. Kherson or null and void"). */
  placeholder = '';

  /** What the reader has typed (at first, the `query` attribute). */
  private text = '';
  /** The results shown, and the text they are for. */
  private result: { text: string; hits: readonly SearchHit[]; total: number } | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The reader has typed since the last search: the pause after it has not run its search yet. */
  #typed = false;
  #announced: string | undefined;
  #lastSearchMs = 0;
  #prepared: Promise<void> | undefined;

  /**
   * The search text: set it (or the `query` attribute) to search for it, e.g. `Kherson`; the
   * results show as soon as the widget is ready and the reader can edit the text. Read, it is the
   * text the results shown are for (after the short pause that follows typing).
   */
  get query(): string {
    return this.result?.text ?? '';
  }
  /** Searches for `text` (see the getter). */
  set query(text: string) {
    this.text = text ?? '';
    clearTimeout(this.#timer);
    // Before the catalog is loaded, `load` searches for the text.
    if (this.catalogLoaded) void this.#search();
  }

  protected override async load(): Promise<void> {
    await super.load();
    this.result = undefined;
    this.#prepared = undefined;
    const catalog = this.catalogLoaded;
    // Build the full-text index while the page is idle, in slices short enough not to hold up a
    // frame, rather than all at once on the reader's first keystroke.
    if (catalog) idle(() => this.#prepare(catalog));
    if (this.text) await this.#search();
  }

  #prepare(catalog: Catalog): Promise<void> {
    // A failure here is the engine's to report on the search itself, which builds what is left.
    this.#prepared ??= catalog.prepareSearch().catch(() => {});
    return this.#prepared;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Taken out of the page (a tab panel, a carousel) before the pause ended: search now.
    if (this.#typed) void this.#search();
  }

  /** Cancels a search still waiting for the reader to stop typing. */
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
  }

  protected renderReady(): TemplateResult | typeof nothing {
    const catalog = this.catalogLoaded;
    const records = this.records;
    if (!catalog || !records) return nothing;
    const lang = this.language;
    const t = this.t;
    const result = this.result;
    const scope = this.#scope(catalog, records);
    const remaining = result ? result.total - result.hits.length : 0;
    return html`<div part="search" class="search panel" role="search" lang=${lang}>
      <label part="label" class="label" for="q">${t.searchLabel}</label>
      <div class="box">
        <input
          part="input"
          id="q"
          type="search"
          autocomplete="off"
          spellcheck="false"
          enterkeyhint="search"
          aria-describedby="help"
          placeholder=${this.placeholder || t.searchPlaceholder}
          .value=${live(this.text)}
          @input=${this.#input}
          @keydown=${this.#inputKey}
        />
        ${
          this.text
            ? html`<button part="clear" class="clear" type="button" aria-label=${t.clearSearch} @click=${this.#clear}>
                <span aria-hidden="true">×</span>
              </button>`
            : nothing
        }
      </div>
      <p id="help" class="visually-hidden">${t.searchHelp}</p>
      ${scope ? html`<p part="scope" class="scope">${fill(t.searchScope, { scope })}</p>` : nothing}
      <p part="status" class=${result && !result.total ? 'status empty' : 'status'} role="status">
        ${
          !result
            ? ''
            : result.total
              ? plural(lang, t.resultsCount, result.total)
              : html`<strong>${t.noResults}</strong> <span>${t.noResultsWords}</span>`
        }
      </p>
      ${
        result?.hits.length
          ? html`<ol part="items" class="items" aria-label=${t.searchResults} @keydown=${this.#resultsKey}>
              ${result.hits.map(
                (
                  hit,
                ) => html`<li part="item" class="item" @click=${(e: Event) => this.selectStatement(e, hit.statement.id)}>
                  ${this.#renderHit(hit, { lang, t, records })}
                </li>`,
              )}
            </ol>`
          : nothing
      }
      ${this.renderShowMore(remaining, this.#showMore)}
      ${this.renderCredit(statementsPath(this.attributeFilter, this.query))}
    </div>`;
  }

  #renderHit(
    hit: SearchHit,
    view: { lang: Lang; t: AllStrings; records: Records },
  ): TemplateResult {
    const s = hit.statement;
    const inTitle = hit.highlights.find((h) => h.field === `title.${view.lang}`);
    const title = inTitle ? html`${marked(inTitle.text, inTitle.ranges)}` : s.title[view.lang];
    const passage = this.#passage(hit);
    const cut = excerpt(passage);
    return statementItem(
      s,
      view,
      title,
      html`<p part="excerpt" class="excerpt" lang=${passage.lang}>${marked(cut.text, cut.ranges)}</p>`,
    );
  }

  /**
   * The passage to show under a result's title: the first match in the reader's language, else
   * in a quote or the full text, else anywhere; with no match outside the title, the summary.
   */
  #passage(hit: SearchHit): {
    text: string;
    ranges: readonly (readonly [number, number])[];
    lang: string;
  } {
    const s = hit.statement;
    const lang = this.language;
    const rank = (field: string): number => {
      if (field === `summary.${lang}`) return 0;
      if (field.startsWith('quotes[')) return 1;
      if (field.startsWith('body[')) return 2;
      if (field.startsWith('summary.')) return 3;
      return 4;
    };
    const passages = hit.highlights
      .filter((h) => h.field !== `title.${lang}`)
      .sort((a, b) => rank(a.field) - rank(b.field));
    const best = passages[0];
    if (!best) return { text: s.summary[lang], ranges: [], lang };
    return { text: best.text, ranges: best.ranges, lang: fieldLanguage(s, best.field) };
  }

  /** What the filter attributes limit the search to, in words; empty when nothing. */
  #scope(catalog: Catalog, records: Records): string {
    const lang = this.language;
    const t = this.t;
    const parts = filterAttributes.flatMap(([attribute, key]) =>
      listValues(this[propertyOf(attribute)]).map((value) =>
        scopeName(key, value, { lang, t, catalog, records }),
      ),
    );
    if (this.from) parts.push(fill(t.filterFrom, { date: formatDate(lang, this.from.trim()) }));
    if (this.to) parts.push(fill(t.filterTo, { date: formatDate(lang, this.to.trim()) }));
    return parts.join('; ');
  }

  #input = (event: Event): void => {
    this.text = (event.target as HTMLInputElement).value;
    this.#typed = true;
    clearTimeout(this.#timer);
    // On a large catalog a search takes long enough to be felt: wait for a longer pause, so that
    // the reader's typing is not held up by searches for words they are still typing.
    this.#timer = setTimeout(
      () => void this.#search(),
      Math.max(DEBOUNCE_MS, 3 * this.#lastSearchMs),
    );
  };

  async #search(): Promise<void> {
    const catalog = this.catalogLoaded;
    if (!catalog) return;
    this.#typed = false;
    await this.#prepare(catalog);
    if (this.catalogLoaded !== catalog) return;
    const text = this.text.trim();
    if (text.length < MIN_LENGTH) {
      this.result = undefined;
    } else {
      const start = performance.now();
      const { items, total } = catalog.search(text, this.attributeFilter, { limit: this.limit });
      this.#lastSearchMs = performance.now() - start;
      this.result = { text, hits: items, total };
    }
    if (text !== this.#announced) {
      this.#announced = text;
      this.dispatchEvent(new NvFilterChangeEvent(this.attributeFilter, text));
    }
  }

  #clear = (): void => {
    clearTimeout(this.#timer);
    this.text = '';
    void this.#search();
    this.updateComplete.then(() => this.#input$()?.focus());
  };

  #showMore = async (): Promise<void> => {
    const result = this.result;
    const catalog = this.catalogLoaded;
    if (!result || !catalog) return;
    const first = result.hits.length;
    const more = catalog.search(result.text, this.attributeFilter, {
      offset: first,
      limit: this.limit,
    });
    this.result = { ...result, hits: [...result.hits, ...more.items] };
    await this.updateComplete;
    // Focus the first new result, so that the keyboard carries on where reading does.
    this.#links()[first]?.focus();
  };

  #inputKey = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown' && this.#links().length) {
      event.preventDefault();
      this.#links()[0]?.focus();
    } else if (event.key === 'Escape' && this.text) {
      event.preventDefault();
      this.#clear();
    }
  };

  #resultsKey = (event: KeyboardEvent): void => {
    const links = this.#links();
    const at = links.indexOf(event.target as HTMLAnchorElement);
    if (at < 0) return;
    const moves: Record<string, () => HTMLElement | undefined> = {
      ArrowDown: () => links[Math.min(at + 1, links.length - 1)],
      ArrowUp: () => (at === 0 ? (this.#input$() ?? undefined) : links[at - 1]),
      Home: () => links[0],
      End: () => links.at(-1),
    };
    if (event.key === 'Escape') {
      event.preventDefault();
      this.#clear();
      return;
    }
    const move = own(moves, event.key);
    if (!move) return;
    event.preventDefault();
    move()?.focus();
  };

  #links(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('.items .title a')];
  }

  #input$(): HTMLInputElement | null {
    return this.renderRoot.querySelector('input');
  }
}

/** One value of a filter attribute as the scope line names it, e.g. `signed by Ukraine`. */
function scopeName(
  key: SetKey,
  value: string,
  view: { lang: Lang; t: AllStrings; catalog: Catalog; records: Records },
): string {
  const { lang, t, catalog, records } = view;
  switch (key) {
    case 'event':
      return records.event(value)?.name[lang] ?? value;
    case 'region':
      return records.region(value)?.name[lang] ?? value;
    case 'issuerKind':
      return own(t.issuerKinds, value) ?? value;
    case 'theme':
      return catalog.themes.find((theme) => theme.id === value)?.name[lang] ?? value;
    case 'callToAction':
      return catalog.callsToAction.find((call) => call.id === value)?.name[lang] ?? value;
    case 'issuer':
      return fill(t.filterIssuer, { name: actorName(records, value, lang) });
    case 'signatory':
      return fill(t.filterSignatory, { name: actorName(records, value, lang) });
    case 'speaker':
      return fill(t.filterSpeaker, { name: actorName(records, value, lang) });
    case 'kind':
      return own(statementKinds[lang], value) ?? value;
    case 'legalRef': {
      const instrument = records.instrument(value);
      return fill(t.filterLegalRef, {
        name: instrument?.symbol ?? instrument?.title[lang] ?? value,
      });
    }
    case 'country':
      return fill(t.filterCountry, { name: countryName(lang, value) });
    case 'year':
      return value;
    case 'read':
      return own(t.filterRead, value) ?? value;
    case 'lang':
      return fill(t.filterTextLang, { language: languageName(lang, value) });
  }
}

/** A language's name in the widget's language (`de` → "German"), or the code. */
function languageName(lang: Lang, code: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The language of a highlighted field: `summary.uk` is Ukrainian, a quote is in its own. */
function fieldLanguage(s: Statement, field: string): string {
  const local = /^(?:title|summary)\.(\w+)$/.exec(field);
  if (local) return local[1]!;
  const quote = /^quotes\[(\d+)\]/.exec(field);
  if (quote) return s.quotes[Number(quote[1])]?.language ?? s.language;
  return s.language;
}

declare global {
  interface HTMLElementTagNameMap {
    'nv-search': NvSearch;
  }
}
