import {
  type Catalog,
  type FacetCount,
  filterLabelKey,
  type SetKey,
  SORTS,
  type Sort,
  type StatementFilter,
} from '@null-and-void/statements/engine';
import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { statementsPath } from '../base/credit-url.js';
import { NvFilterChangeEvent } from '../base/events.js';
import { FILTER_ATTRIBUTES, listValues } from '../base/filter-attributes.js';
import { NvFilteredElement } from '../base/filtered-element.js';
import { moreButtonStyles } from '../base/more-button.styles.js';
import { NvElement } from '../base/nv-element.js';
import { own } from '../base/own.js';
import { statementItem } from '../base/statement-item.js';
import { statementItemStyles } from '../base/statement-item.styles.js';
import { notOneOf, WidgetError } from '../data/widget-error.js';
import { fill, formatNumber, plural } from '../i18n/index.js';
import { statementKinds } from '../i18n/kind-labels.js';
import { statementListStyles } from './statement-list.styles.js';

/**
 * Filter keys a list can offer the reader, as selects with a count per value.
 * @example
 * ```ts
 * import { LIST_FILTERS } from '@null-and-void/widgets';
 * import '@null-and-void/widgets/statement-list.js';
 * const list = document.createElement('nv-statement-list');
 * list.setAttribute('filters', LIST_FILTERS.filter((key) => key !== 'event').join(','));
 * document.body.append(list);
 * ```
 */
export const LIST_FILTERS = [
  'event',
  'region',
  'issuerKind',
  'theme',
  'year',
  'kind',
] as const satisfies readonly SetKey[];
/**
 * The filter of a list, from its attributes.
 * @example
 * ```ts
 * import type { ListFilter } from '@null-and-void/widgets';
 * import '@null-and-void/widgets/statement-list.js';
 * const offered: ListFilter[] = ['issuerKind', 'region'];
 * const list = document.createElement('nv-statement-list');
 * list.filters = offered.join(',');
 * document.body.append(list);
 * ```
 */
export type ListFilter = (typeof LIST_FILTERS)[number];

/**
 * A filtered list of statements, newest first: kind, date, title (linking to the source) and
 * issuers of each, with optional filters the reader can change and a "show more" button.
 *
 * The topic filter is the `topic` attribute, not the query API's `theme`: `theme` is already every
 * widget's colour theme (`light`, `dark`, `auto`).
 *
 * @summary A filtered list of statements from the record.
 * @tag nv-statement-list
 * @attr {string} lang - `en` or `uk`; default: the nearest `lang` in the page, else `en`.
 * @slot - Fallback content (e.g. a list of links), shown until the list is ready and whenever it fails.
 * @csspart list - The list's box.
 * @csspart filters - The row of filters the reader can change.
 * @csspart filter - One filter: its label and select.
 * @csspart select - A filter's `<select>`.
 * @csspart clear - The "clear filters" button.
 * @csspart status - The count line ("Showing 10 of 59 statements"), announced politely.
 * @csspart items - The `<ol>` of statements.
 * @csspart item - One statement of the list.
 * @csspart meta - An item's kind and date.
 * @csspart title - An item's title.
 * @csspart link - The title's link to the source.
 * @csspart issuer - An item's issuers.
 * @csspart more - The "show more" button.
 * @csspart credit - The credit line, "Source: Null & Void", last in the box; `no-credit` hides it.
 * @csspart credit-link - The credit's link to the record's page on the site that served the script.
 * @csspart error - The message shown when the list cannot be shown.
 * @csspart skeleton - The placeholder shown while loading without fallback content.
 * @cssprop --nv-accent - Links, focus and hover accents.
 * @cssprop --nv-text - Text colour.
 * @cssprop --nv-muted - Secondary text colour.
 * @cssprop --nv-background - Background of the list and the selects.
 * @cssprop --nv-surface - Buttons and messages background.
 * @cssprop --nv-border - Borders and rules between items.
 * @cssprop --nv-radius - Corner radius of the box.
 * @cssprop --nv-focus - Focus ring colour.
 * @cssprop --nv-danger - Error rule colour.
 * @cssprop --nv-font - Font family (default: inherited from the page).
 * @cssprop --nv-skeleton - Colour of the loading placeholder.
 * @fires {NvSelectEvent} nv-select - The reader chose a statement (clicked it, or pressed Enter on its link): `statementId`. Cancel it to keep the source from opening.
 * @fires {NvFilterChangeEvent} nv-filter-change - The reader changed a filter: `filter` is the filter now applied.
 * @fires {NvErrorEvent} nv-error - The list could not be shown: `code` is `invalid-attribute` (a bad value or an unknown id in the attributes), `load-failed` or `invalid-data`.
 * @example
 * ```ts
 * import '@null-and-void/widgets/statement-list.js';
 * import type { NvStatementList } from '@null-and-void/widgets';
 * const list: NvStatementList = document.createElement('nv-statement-list');
 * list.setAttribute('event', 'crimea-referendum-2014');
 * list.sort = 'date';
 * list.limit = 5;
 * document.body.append(list);
 * ```
 */
export class NvStatementList extends NvFilteredElement {
  static override styles = [
    ...NvElement.styles,
    moreButtonStyles,
    statementItemStyles,
    statementListStyles,
  ];
  static override properties: PropertyDeclarations = {
    sort: {},
    filters: {},
    chosen: { state: true },
    shown: { state: true },
  };

  /** Order: `-date` (newest first, the default), `date`, `title` or `-title` (by English title). */
  sort: Sort = '-date';

  /** Filters the reader may change, comma-separated: `event`, `region`, `issuerKind`, `theme` (or `topic`), `year`, `kind`. */
  filters = '';

  /** The value the reader chose for each filter; none means the attributes' own. */
  private chosen: Partial<Record<ListFilter, string>> = {};
  /** How many statements are shown: `limit`, plus `limit` for each "show more". */
  private shown = 0;

  /** The filter now applied: the attributes' filter, narrowed by the reader's choices. */
  get filter(): StatementFilter {
    const filter = { ...this.attributeFilter };
    for (const [key, value] of Object.entries(this.chosen)) {
      if (value) Object.assign(filter, { [key]: value });
    }
    return filter;
  }

  protected override validate(): WidgetError | undefined {
    const sort = notOneOf('sort', SORTS, this.sort);
    if (sort) return sort;
    const unknown = listValues(this.filters).find((k) => !this.#toKey(k));
    if (unknown !== undefined) {
      return new WidgetError(
        'invalid-attribute',
        `filters takes keys among ${LIST_FILTERS.join(', ')}; got "${unknown}".`,
      );
    }
    return super.validate();
  }

  protected override dataKey(): string {
    return `${super.dataKey()}|${this.sort}|${this.filters}`;
  }

  protected override async load(): Promise<void> {
    await super.load();
    this.chosen = {};
    this.shown = this.limit;
  }

  protected renderReady(): TemplateResult | typeof nothing {
    const catalog = this.catalogLoaded;
    const records = this.records;
    if (!catalog || !records) return nothing;
    const lang = this.language;
    const t = this.t;
    const filter = this.filter;
    // One call for the page and the counts beside the filters, so that they describe one result.
    const { items, total, facets } = catalog.query(filter, {
      sort: this.sort,
      limit: this.shown,
      facets: this.#filterKeys(),
    });
    const remaining = total - items.length;
    const chosenAny = Object.values(this.chosen).some(Boolean);
    // Each option counts what choosing it would leave, so only the attributes can match nothing:
    // "no results" needs no advice on which choice to undo.
    return html`<section part="list" class="list panel" lang=${lang} aria-label=${t.listLabel}>
      ${this.#renderFilters(catalog, facets, chosenAny)}
      <p part="status" class=${total ? 'status' : 'status empty'} role="status">
        ${
          total
            ? fill(t.shownOf, {
                shown: formatNumber(lang, items.length),
                total: plural(lang, t.statementsCount, total),
              })
            : html`<strong>${t.noResults}</strong>`
        }
      </p>
      ${
        items.length
          ? html`<ol part="items" class="items">
              ${items.map(
                (s) =>
                  html`<li part="item" class="item" tabindex="-1" @click=${(e: Event) => this.selectStatement(e, s.id)}>
                    ${statementItem(s, { lang, t, records })}
                  </li>`,
              )}
            </ol>`
          : nothing
      }
      ${this.renderShowMore(remaining, this.#showMore)}
      ${this.renderCredit(statementsPath(filter, '', this.sort))}
    </section>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // A select keeps the reader's last pick even when its option is re-rendered: set it from state.
    for (const select of this.renderRoot.querySelectorAll<HTMLSelectElement>('select')) {
      select.value = this.chosen[select.name as ListFilter] ?? '';
    }
  }

  #renderFilters(
    catalog: Catalog,
    facets: Readonly<Record<ListFilter, readonly FacetCount[]>>,
    chosenAny: boolean,
  ): TemplateResult | typeof nothing {
    const keys = this.#filterKeys();
    if (keys.length === 0) return nothing;
    const t = this.t;
    return html`<div part="filters" class="filters" role="group" aria-label=${t.filters}>
      ${keys.map(
        (key) => html`<label part="filter" class="filter">
          <span>${t[filterLabelKey(key)]}</span>
          <select part="select" name=${key} @change=${this.#change}>
            <option value="">${t.anyValue}</option>
            ${this.#options(catalog, key, facets[key]).map(
              (o) =>
                html`<option value=${o.value}>${o.label} (${formatNumber(this.language, o.count)})</option>`,
            )}
          </select>
        </label>`,
      )}
      ${
        chosenAny
          ? html`<button part="clear" class="clear" type="button" @click=${this.#clear}>
              ${t.clearFilters}
            </button>`
          : nothing
      }
    </div>`;
  }

  /** A filter's values with their counts, within what the attributes allow, labelled in the language. */
  #options(catalog: Catalog, key: ListFilter, counts: readonly FacetCount[]) {
    const lang = this.language;
    const t = this.t;
    const records = this.records;
    const set = this.attributeFilter[key];
    const allowed = set === undefined ? undefined : [set].flat().map(String);
    let options = counts.filter((c) => !allowed || allowed.includes(c.value));
    if (key === 'year') options = [...options].sort((a, b) => b.value.localeCompare(a.value));
    const label = (value: string): string => {
      switch (key) {
        case 'event':
          return records?.event(value)?.name[lang] ?? value;
        case 'region':
          return records?.region(value)?.name[lang] ?? value;
        case 'theme':
          return catalog.themes.find((theme) => theme.id === value)?.name[lang] ?? value;
        case 'issuerKind':
          return own(t.issuerKinds, value) ?? value;
        case 'kind':
          return own(statementKinds[lang], value) ?? value;
        case 'year':
          return value;
      }
    };
    return options.map((o) => ({ ...o, label: label(o.value) }));
  }

  #filterKeys(): ListFilter[] {
    const keys = listValues(this.filters).map((k) => this.#toKey(k));
    return [...new Set(keys.filter((k) => k !== undefined))];
  }

  /** A key of `filters`: the filter key, or the attribute that sets it (`topic`, `issuer-kind`). */
  #toKey(name: string): ListFilter | undefined {
    const key = Object.hasOwn(FILTER_ATTRIBUTES, name)
      ? FILTER_ATTRIBUTES[name as keyof typeof FILTER_ATTRIBUTES]
      : name;
    return (LIST_FILTERS as readonly string[]).includes(key) ? (key as ListFilter) : undefined;
  }

  #change = (event: Event): void => {
    const select = event.target as HTMLSelectElement;
    this.chosen = { ...this.chosen, [select.name]: select.value || undefined };
    this.#filterChanged();
  };

  #clear = (): void => {
    this.chosen = {};
    this.#filterChanged();
    // The button disappears with the choices: keep focus in the filters.
    this.updateComplete.then(() => this.renderRoot.querySelector('select')?.focus());
  };

  #filterChanged(): void {
    this.shown = this.limit;
    this.dispatchEvent(new NvFilterChangeEvent(this.filter));
  }

  #showMore = async (): Promise<void> => {
    const first = this.shown;
    this.shown += this.limit;
    await this.updateComplete;
    // Focus the first new statement, so that the keyboard carries on where reading does.
    const item = this.renderRoot.querySelectorAll<HTMLElement>('.items > li')[first];
    (item?.querySelector<HTMLElement>('a') ?? item)?.focus();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'nv-statement-list': NvStatementList;
  }
}
