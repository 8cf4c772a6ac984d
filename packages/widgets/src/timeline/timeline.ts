import type { StatementFilter, TimelineEntry } from '@null-and-void/statements/engine';
import {
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { NvCollectionElement } from '../base/collection-element.js';
import { eventPath } from '../base/credit-url.js';
import { NvSelectEvent } from '../base/events.js';
import { tooLong } from '../base/filter-attributes.js';
import { moreButtonStyles } from '../base/more-button.styles.js';
import { NvElement } from '../base/nv-element.js';
import { actorName, dateTime, externalLink } from '../base/render-helpers.js';
import { indexRecords, type Records } from '../data/records.js';
import { WidgetError } from '../data/widget-error.js';
import { formatDateRange } from '../i18n/format.js';
import { fill, plural } from '../i18n/index.js';
import { timelineStyles } from './timeline.styles.js';

/** How many statements a year shows before its "show more" button, unless `limit` says otherwise. */
const DEFAULT_LIMIT = 5;
/** Issuers named on a line before "and N more". */
const ISSUERS_SHOWN = 3;

interface Year {
  readonly year: string;
  readonly entries: readonly TimelineEntry[];
  readonly votes: number;
  readonly statements: number;
}

/**
 * Vote events and the statements about them in date order, grouped by year. Votes are always
 * shown; each year lists its first `limit` statements and offers the rest behind a button.
 *
 * @summary The record as a timeline of votes and statements.
 * @tag nv-timeline
 * @attr {string} lang - `en` or `uk`; default: the nearest `lang` in the page, else `en`.
 * @slot - Fallback content (e.g. a list of links), shown until the timeline is ready and whenever it fails.
 * @csspart timeline - The timeline's box.
 * @csspart year - One year: its label and its entries.
 * @csspart year-label - The year and how many votes and statements it holds.
 * @csspart event - A vote event: name, dates, regions.
 * @csspart statement - A statement: date, title, issuers.
 * @csspart link - A statement's title, linking to its source.
 * @csspart more - A year's "show more" button.
 * @csspart empty - The message shown when nothing falls in the dates.
 * @csspart credit - The credit line, "Source: Null & Void", last in the box; `no-credit` hides it.
 * @csspart credit-link - The credit's link to the record's page on the site that served the script.
 * @csspart error - The message shown when the timeline cannot be shown.
 * @csspart skeleton - The placeholder shown while loading without fallback content.
 * @cssprop --nv-accent - Links, the vote markers and the line.
 * @cssprop --nv-text - Text colour.
 * @cssprop --nv-muted - Dates and issuers.
 * @cssprop --nv-background - Timeline background.
 * @cssprop --nv-surface - Vote events' and buttons' background.
 * @cssprop --nv-border - Borders and the line between entries.
 * @cssprop --nv-radius - Corner radius of the timeline.
 * @cssprop --nv-focus - Focus ring colour.
 * @cssprop --nv-danger - Error rule colour.
 * @cssprop --nv-font - Font family (default: inherited from the page).
 * @cssprop --nv-skeleton - Colour of the loading placeholder.
 * @fires {NvSelectEvent} nv-select - A reader followed a statement's link (click or Enter): `statementId` names it. Cancel it to keep the link from opening.
 * @fires {NvErrorEvent} nv-error - The timeline could not be shown: `code` is `unknown-id`, `invalid-attribute`, `load-failed` or `invalid-data`.
 * @example
 * ```ts
 * import '@null-and-void/widgets/timeline.js';
 * import type { NvTimeline } from '@null-and-void/widgets';
 * const timeline: NvTimeline = document.createElement('nv-timeline');
 * timeline.event = 'annexation-referendums-2022';
 * timeline.from = '2022-09';
 * document.body.append(timeline);
 * ```
 */
export class NvTimeline extends NvCollectionElement {
  static override styles = [...NvElement.styles, moreButtonStyles, timelineStyles];
  static override properties: PropertyDeclarations = {
    event: {},
    from: {},
    to: {},
    limit: {},
    expanded: { state: true },
  };

  /** Only this vote event and the statements about it, e.g. `annexation-referendums-2022`. */
  event = '';

  /** The earliest date shown: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  from = '';

  /** The latest date shown, in the same forms as `from`. */
  to = '';

  /** How many statements each year shows before a "show more" button (default 5); `0` shows all. */
  limit = '';

  private expanded: ReadonlySet<string> = new Set();
  #records: Records | undefined;
  #years: readonly Year[] = [];
  /** The first entry a "show more" revealed, to move focus to once it is rendered. */
  #focusAfterUpdate: string | undefined;

  protected override validate(): WidgetError | undefined {
    const long = tooLong('event', this.event);
    if (long) return new WidgetError('invalid-attribute', long);
    if (this.limit !== '' && !/^\d+$/.test(this.limit)) {
      return new WidgetError(
        'invalid-attribute',
        `limit must be a whole number (0 for all); got "${this.limit}".`,
      );
    }
    return super.validate();
  }

  protected dataKey(): string {
    return `${this.event}|${this.from}|${this.to}|${this.theme}`;
  }

  protected async load(): Promise<void> {
    const catalog = await this.fullCatalog();
    const filter: StatementFilter = {};
    if (this.event) filter.event = this.event;
    if (this.from) filter.from = this.from;
    if (this.to) filter.to = this.to;
    let entries: TimelineEntry[];
    try {
      entries = catalog.timeline(filter);
    } catch (error) {
      throw toWidgetError(error);
    }
    this.#records = indexRecords(catalog);
    this.#years = byYear(entries);
    this.expanded = new Set();
  }

  /** How many statements a year shows before "show more"; `Infinity` for all. */
  get #limit(): number {
    const limit = this.limit === '' ? DEFAULT_LIMIT : Number(this.limit);
    return limit === 0 ? Number.POSITIVE_INFINITY : limit;
  }

  protected renderReady(): TemplateResult | typeof nothing {
    const lang = this.language;
    if (!this.#records) return nothing;
    // One event's timeline credits that event's page; any other, the site's home.
    const credit = this.renderCredit(this.event ? eventPath(this.event) : '');
    if (this.#years.length === 0) {
      return html`<div part="timeline" class="timeline panel" lang=${lang}>
        <p part="empty" class="empty" role="status">${this.t.timelineEmpty}</p>
        ${credit}
      </div>`;
    }
    return html`<div part="timeline" class="timeline panel" lang=${lang}>
      <ol class="years" aria-label=${this.t.timelineLabel}>
        ${this.#years.map((year) => this.#year(year))}
      </ol>
      ${credit}
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#focusAfterUpdate === undefined) return;
    const entry = this.renderRoot.querySelector<HTMLElement>(
      `[data-entry="${this.#focusAfterUpdate}"]`,
    );
    this.#focusAfterUpdate = undefined;
    if (!entry) return;
    // The button that was pressed is gone: focus goes to the first statement it revealed.
    const link = entry.querySelector<HTMLElement>('a');
    if (!link) entry.tabIndex = -1;
    (link ?? entry).focus();
  }

  #year(year: Year): TemplateResult {
    const lang = this.language;
    const t = this.t;
    const open = this.expanded.has(year.year);
    let statementsShown = 0;
    const shown = year.entries.filter((entry) => {
      if (entry.type === 'event' || open) return true;
      return ++statementsShown <= this.#limit;
    });
    const hidden = year.entries.length - shown.length;
    const counts = [
      year.votes ? plural(lang, t.timelineVotes, year.votes) : '',
      year.statements ? plural(lang, t.statementsCount, year.statements) : '',
    ].filter(Boolean);
    return html`<li part="year" class="year">
      <p part="year-label" class="year-label" id="year-${year.year}">
        <span class="year-number">${year.year}</span>
        <span class="year-counts">${counts.join(' · ')}</span>
      </p>
      <ol class="entries" aria-labelledby="year-${year.year}">
        ${shown.map((entry) => (entry.type === 'event' ? this.#event(entry) : this.#statement(entry)))}
      </ol>
      ${
        // One button, so that the focus stays on it when the reader folds the year back.
        hidden > 0 || (open && year.statements > this.#limit)
          ? html`<button part=${open ? 'less' : 'more'} class="more" type="button" @click=${() => this.#toggleYear(year, open)}>
              ${open ? fill(t.timelineLess, { year: year.year }) : fill(plural(lang, t.timelineMore, hidden), { year: year.year })}
            </button>`
          : nothing
      }
    </li>`;
  }

  #event(entry: Extract<TimelineEntry, { type: 'event' }>): TemplateResult {
    const lang = this.language;
    const t = this.t;
    const records = this.#records!;
    const { event } = entry;
    const list = new Intl.ListFormat(lang, { type: 'conjunction' });
    const regions = list.format(
      event.regions.map((code) => records.region(code)?.name[lang] ?? code),
    );
    const invalidatedBy = (event.invalidatedBy ?? []).map(
      (id) => records.instrument(id)?.symbol ?? id,
    );
    return html`<li part="event" class="entry event" data-entry=${`event:${event.id}`}>
      <p class="when">
        <span class="kicker">${t.voteEvent}</span>
        <span>${formatDateRange(lang, event.start, event.end)}</span>
      </p>
      <div class="what">
        <p class="event-name">${event.name[lang]}</p>
        <p class="regions">${regions}</p>
        ${invalidatedBy.length ? this.#invalidatedBy(list, invalidatedBy) : nothing}
      </div>
    </li>`;
  }

  /** "Declared invalid by A/RES/ES-11/4", each symbol kept whole on a line where it fits. */
  #invalidatedBy(list: Intl.ListFormat, symbols: string[]): TemplateResult {
    const [before = '', after = ''] = this.t.timelineInvalidatedBy.split('{instruments}');
    const parts = list
      .formatToParts(symbols)
      .map((part) =>
        part.type === 'element' ? html`<span class="symbol">${part.value}</span>` : part.value,
      );
    return html`<p class="invalidated">${before}<span class="symbols">${parts}</span>${after}</p>`;
  }

  #statement(entry: Extract<TimelineEntry, { type: 'statement' }>): TemplateResult {
    const lang = this.language;
    const t = this.t;
    const records = this.#records!;
    const { statement } = entry;
    const issuers = statement.issuers.map((id) => actorName(records, id, lang));
    const more = issuers.length - ISSUERS_SHOWN;
    const issuerText =
      more > 1
        ? `${issuers.slice(0, ISSUERS_SHOWN).join(', ')} ${plural(lang, t.moreSignatories, more)}`
        : issuers.join(', ');
    return html`<li part="statement" class="entry statement" data-entry=${`statement:${statement.id}`}>
      <p class="when">
        ${dateTime(lang, statement.date)}${
          statement.dateBasis === 'inferred'
            ? html`<span class="inferred">(${t.dateInferred})</span>`
            : nothing
        }
      </p>
      <div class="what" @click=${(event: Event) => this.#select(event, statement.id)}>
        <p class="title">${externalLink(statement.source.url, statement.title[lang])}</p>
        <p class="issuers">${issuerText}</p>
      </div>
    </li>`;
  }

  #select(event: Event, statementId: string): void {
    // Only following the link chooses the statement; a click on the issuer line does not.
    if (!(event.target instanceof Element && event.target.closest('a'))) return;
    // Built apart from the dispatch: the manifest analyzer would take the id for an event name.
    const choice = new NvSelectEvent(statementId);
    // A page that shows the statement itself cancels the event: then the link stays closed.
    if (!this.dispatchEvent(choice)) event.preventDefault();
  }

  #toggleYear(year: Year, open: boolean): void {
    if (open) this.expanded = new Set([...this.expanded].filter((y) => y !== year.year));
    else this.#showYear(year);
  }

  #showYear(year: Year): void {
    let statementsSeen = 0;
    const firstHidden = year.entries.find(
      (entry) => entry.type === 'statement' && ++statementsSeen > this.#limit,
    );
    if (firstHidden?.type === 'statement') {
      this.#focusAfterUpdate = `statement:${firstHidden.statement.id}`;
    }
    this.expanded = new Set([...this.expanded, year.year]);
  }
}

function byYear(entries: readonly TimelineEntry[]): Year[] {
  const years = new Map<string, TimelineEntry[]>();
  for (const entry of entries) {
    const year = entry.date.slice(0, 4);
    const list = years.get(year) ?? [];
    list.push(entry);
    years.set(year, list);
  }
  return [...years].map(([year, list]) => ({
    year,
    entries: list,
    votes: list.filter((e) => e.type === 'event').length,
    statements: list.filter((e) => e.type === 'statement').length,
  }));
}

/** The engine's errors, as what the reader is told: an unknown vote, or attributes set wrongly. */
function toWidgetError(error: unknown): unknown {
  if (!(error instanceof Error) || !('code' in error)) return error;
  const key = 'key' in error ? error.key : undefined;
  if (error.code === 'UNKNOWN_ID' || (error.code === 'INVALID_FILTER' && key === 'event')) {
    return new WidgetError('unknown-id', error.message);
  }
  if (error.code === 'INVALID_DATE' || error.code === 'INVALID_FILTER') {
    return new WidgetError('invalid-attribute', error.message);
  }
  return error;
}

declare global {
  interface HTMLElementTagNameMap {
    'nv-timeline': NvTimeline;
  }
}
