import type { Catalog, StatementFilter } from '@null-and-void/statements/engine';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { indexRecords, type Records } from '../data/records.js';
import { WidgetError } from '../data/widget-error.js';
import { fill, formatNumber } from '../i18n/index.js';
import { NvCollectionElement } from './collection-element.js';
import { NvSelectEvent } from './events.js';
import {
  attributeOf,
  attributesFilter,
  type FilterProperties,
  filterAttributes,
  propertyOf,
  tooLong,
} from './filter-attributes.js';

// The engine's filter errors, recognised by their stable code rather than `instanceof`: a page's
// own catalog may come from another copy of the data package, whose classes are not ours.
const FILTER_ERROR_CODES = new Set(['INVALID_FILTER', 'INVALID_DATE']);

/**
 * A filter or date the engine refused, as the reader-facing `invalid-attribute` whose message
 * names the attribute (the engine names its filter key); anything else as is.
 */
export function attributeError(error: unknown): unknown {
  const { code, key } = (error ?? {}) as { code?: unknown; key?: unknown };
  if (error instanceof Error && typeof code === 'string' && FILTER_ERROR_CODES.has(code)) {
    const attribute = typeof key === 'string' ? `Attribute "${attributeOf(key)}": ` : '';
    return new WidgetError('invalid-attribute', `${attribute}${error.message}`);
  }
  return error;
}

const recordsByCatalog = new WeakMap<Catalog, Records>();

/**
 * An attribute's whole number, written in decimal digits; anything else (`0x10`, `1e1`, `2.5`,
 * an empty value) is `NaN`, which `validate` refuses, where `Number()` would read a number.
 */
const wholeNumber = (value: string | null): number =>
  value !== null && /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;

// The filter attributes' properties are made from FILTER_ATTRIBUTES at run time; this gives them
// their types, so that the attribute list is written once. The class's constructor sets each one.
export interface NvFilteredElement extends FilterProperties {}

/**
 * What the list and the search share: the filter attributes (one per entry of
 * `FILTER_ATTRIBUTES`, comma-separated lists), a page size, and the whole catalog checked against
 * those filters, so that an unknown id or a bad date fails while loading.
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the constructor sets every property of the interface above.
export abstract class NvFilteredElement extends NvCollectionElement {
  static override properties: PropertyDeclarations = {
    ...Object.fromEntries(
      filterAttributes.map(([attribute]) => [propertyOf(attribute), { attribute }]),
    ),
    from: {},
    to: {},
    limit: { converter: { fromAttribute: wholeNumber } },
  };

  /** Earliest date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  from = '';

  /** Latest date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  to = '';

  /** How many statements one page shows (default 10); "show more" adds as many again. */
  limit = 10;

  /** The catalog, once loaded and the filter attributes checked against it. */
  protected catalogLoaded: Catalog | undefined;

  constructor() {
    super();
    for (const [attribute] of filterAttributes) this[propertyOf(attribute)] = '';
  }

  /** The filter the attributes set; the reader's own choices narrow it further. */
  protected get attributeFilter(): StatementFilter {
    const filter = attributesFilter((attribute) => this[propertyOf(attribute)]);
    if (this.from.trim()) filter.from = this.from.trim();
    if (this.to.trim()) filter.to = this.to.trim();
    return filter;
  }

  /** Lookups of actors, events and themes by id in the loaded catalog. */
  protected get records(): Records | undefined {
    const catalog = this.catalogLoaded;
    if (!catalog) return undefined;
    let records = recordsByCatalog.get(catalog);
    if (!records) {
      records = indexRecords(catalog);
      recordsByCatalog.set(catalog, records);
    }
    return records;
  }

  protected override validate(): WidgetError | undefined {
    for (const [attribute] of filterAttributes) {
      const problem = tooLong(attribute, this[propertyOf(attribute)]);
      if (problem) return new WidgetError('invalid-attribute', problem);
    }
    if (!Number.isInteger(this.limit) || this.limit < 1) {
      return new WidgetError(
        'invalid-attribute',
        `limit must be a whole number of 1 or more; got "${this.getAttribute('limit') ?? this.limit}".`,
      );
    }
    return super.validate();
  }

  protected dataKey(): string {
    const sets = filterAttributes.map(([attribute]) => this[propertyOf(attribute)]);
    return [...sets, this.from, this.to, this.limit].map(String).join('|');
  }

  protected async load(): Promise<void> {
    const catalog = await this.fullCatalog();
    try {
      // Counting nothing still validates every id and date against this catalog.
      catalog.query(this.attributeFilter, { limit: 0 });
    } catch (error) {
      throw attributeError(error);
    }
    this.catalogLoaded = catalog;
  }

  /** The "show N more" button, while `remaining` statements are not shown yet. */
  protected renderShowMore(
    remaining: number,
    showMore: () => void,
  ): TemplateResult | typeof nothing {
    if (remaining <= 0) return nothing;
    const n = formatNumber(this.language, Math.min(this.limit, remaining));
    return html`<button part="more" class="more" type="button" @click=${showMore}>
      ${fill(this.t.showMoreCount, { n })}
    </button>`;
  }

  /** Fires `nv-select` for a chosen statement; a page that cancels it keeps the link from opening. */
  protected selectStatement(event: Event, id: string): void {
    if (!this.dispatchEvent(new NvSelectEvent(id))) event.preventDefault();
  }
}
