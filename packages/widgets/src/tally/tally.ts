import {
  type FacetCount,
  firstIssuerKindCounts,
  type LegalInstrument,
  type VoteChoice,
  type VoteEvent,
} from '@null-and-void/statements/engine';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { NvCollectionElement } from '../base/collection-element.js';
import { eventPath, instrumentPath } from '../base/credit-url.js';
import { NvElement } from '../base/nv-element.js';
import { own } from '../base/own.js';
import { voteCaption, voteSources } from '../base/roll-call.js';
import { rollCallStyles } from '../base/roll-call.styles.js';
import { styleProps } from '../base/style-props.js';
import { choiceLabel, sidesOf, type TallySide } from '../data/vote-sides.js';
import { WidgetError } from '../data/widget-error.js';
import { countryName, formatDateRange } from '../i18n/format.js';
import { fill, formatNumber, plural } from '../i18n/index.js';
import { tallyStyles } from './tally.styles.js';

/** Below this share of the votes a bar segment is too narrow for its number, which the legend still gives. */
const LABEL_MIN_SHARE = 0.08;

export type { TallySide } from '../data/vote-sides.js';
export { sidesOf } from '../data/vote-sides.js';

type Figure =
  | {
      readonly type: 'instrument';
      readonly instrument: LegalInstrument;
      readonly sides: readonly TallySide[];
    }
  | {
      readonly type: 'event';
      readonly event: VoteEvent;
      readonly total: number;
      readonly byKind: readonly FacetCount[];
    };

/**
 * A figure from the record: a vote on a legal instrument (the totals as a bar, and the states the
 * sources name on each side), or how many statements in the record are about a vote event, by
 * who issued them. Set exactly one of `instrument` or `event`.
 *
 * @summary A vote's tally, or the count of statements about a vote.
 * @tag nv-tally
 * @attr {string} lang - `en` or `uk`; default: the nearest `lang` in the page, else `en`.
 * @slot - Fallback content (e.g. a sentence with the figures and a link), shown until the figure is ready and whenever it fails.
 * @csspart tally - The figure's box (`<figure>`).
 * @csspart caption - What is counted: the instrument or event, its date, and the outcome.
 * @csspart outcome - "Adopted" or "Not adopted".
 * @csspart bar - The stacked bar of an instrument's votes (decorative; the legend holds the figures).
 * @csspart segment - One side of the bar; also `segment-yes`, `segment-no`, `segment-abstain`, `segment-absent`.
 * @csspart legend - The list of each side with its number.
 * @csspart states - The states named on each side.
 * @csspart note - What the sources leave out, or how joint statements are counted.
 * @csspart total - The number of statements about an event.
 * @csspart kinds - The statements about an event, by issuer kind.
 * @csspart sources - The links to where the votes were read.
 * @csspart link - Links to sources.
 * @csspart credit - The credit line, "Source: Null & Void", last in the box; `no-credit` hides it.
 * @csspart credit-link - The credit's link to the record's page on the site that served the script.
 * @csspart error - The message shown when the figure cannot be shown.
 * @csspart skeleton - The placeholder shown while loading without fallback content.
 * @cssprop --nv-tally-yes - Fill of the "in favour" side.
 * @cssprop --nv-tally-no - Fill of the "against" side.
 * @cssprop --nv-tally-abstain - Fill of the "abstained" side.
 * @cssprop --nv-tally-absent - Outline of the "did not vote" side, which is drawn hollow.
 * @cssprop --nv-tally-label - Numbers on filled segments; keep a 4.5:1 contrast with the fills.
 * @cssprop --nv-accent - Links and the issuer-kind bars.
 * @cssprop --nv-text - Text colour.
 * @cssprop --nv-muted - Secondary text colour.
 * @cssprop --nv-background - Figure background.
 * @cssprop --nv-surface - Background of the issuer-kind bars' track.
 * @cssprop --nv-border - Borders and rules.
 * @cssprop --nv-radius - Corner radius of the figure.
 * @cssprop --nv-focus - Focus ring colour.
 * @cssprop --nv-danger - Error rule colour.
 * @cssprop --nv-font - Font family (default: inherited from the page).
 * @cssprop --nv-skeleton - Colour of the loading placeholder.
 * @fires {NvErrorEvent} nv-error - The figure could not be shown: `code` is `unknown-id`, `invalid-attribute`, `load-failed` or `invalid-data`.
 * @example
 * ```ts
 * import '@null-and-void/widgets/tally.js';
 * import type { NvTally } from '@null-and-void/widgets';
 * const tally: NvTally = document.createElement('nv-tally');
 * tally.instrument = 'unga-68-262';
 * document.body.append(tally);
 * ```
 */
export class NvTally extends NvCollectionElement {
  static override styles = [...NvElement.styles, rollCallStyles, tallyStyles];
  static override properties: PropertyDeclarations = { instrument: {}, event: {} };

  /** A legal instrument with a recorded vote, e.g. `unga-es-11-4`. */
  instrument = '';

  /** A vote event, e.g. `annexation-referendums-2022`: counts the statements about it. */
  event = '';

  #figure: Figure | undefined;

  protected override validate(): WidgetError | undefined {
    if (!this.instrument === !this.event) {
      return new WidgetError(
        'invalid-attribute',
        'Set exactly one of instrument (a legal instrument id) or event (a vote event id).',
      );
    }
    return super.validate();
  }

  protected dataKey(): string {
    return `${this.instrument}|${this.event}|${this.theme}`;
  }

  protected async load(): Promise<void> {
    this.#figure = this.instrument ? await this.#loadVote() : await this.#loadEvent();
  }

  async #loadVote(): Promise<Figure> {
    // Only this instrument's record: the CDN fetches one small file, not the corpus.
    const input = await this.subset({ instruments: [this.instrument] });
    const instrument = input.instruments.find((i) => i.id === this.instrument);
    if (!instrument) throw new WidgetError('unknown-id', `No instrument "${this.instrument}".`);
    if (!instrument.votes) {
      throw new WidgetError(
        'invalid-attribute',
        `"${this.instrument}" has no recorded vote to tally.`,
      );
    }
    return { type: 'instrument', instrument, sides: sidesOf(instrument.votes, instrument.id) };
  }

  async #loadEvent(): Promise<Figure> {
    const catalog = await this.fullCatalog();
    const event = catalog.events.find((e) => e.id === this.event);
    if (!event) throw new WidgetError('unknown-id', `No vote event "${this.event}".`);
    const about = { event: event.id };
    return {
      type: 'event',
      event,
      total: catalog.query(about, { limit: 0 }).total,
      // Each statement once, under its first issuer's kind: co-issuing people are not a kind of
      // their own above the states and bodies they speak for.
      byKind: firstIssuerKindCounts(catalog, catalog.query(about).items),
    };
  }

  /** The sides of the instrument's vote once loaded: what the figure shows. */
  get sides(): readonly TallySide[] {
    return this.#figure?.type === 'instrument' ? this.#figure.sides : [];
  }

  protected renderReady(): TemplateResult | typeof nothing {
    const figure = this.#figure;
    if (!figure) return nothing;
    return html`<figure part="tally" class="figure panel" lang=${this.language}>
      ${figure.type === 'instrument' ? this.#vote(figure.instrument, figure.sides) : this.#about(figure)}
      ${this.renderCredit(
        figure.type === 'instrument'
          ? instrumentPath(figure.instrument.id)
          : eventPath(figure.event.id),
      )}
    </figure>`;
  }

  #vote(instrument: LegalInstrument, sides: readonly TallySide[]): TemplateResult {
    const lang = this.language;
    const t = this.t;
    const total = sides.reduce((sum, side) => sum + side.count, 0);
    const label = (choice: VoteChoice) => choiceLabel(t, choice);
    const collator = new Intl.Collator(lang);
    const list = new Intl.ListFormat(lang, { type: 'conjunction' });
    return html`
      ${voteCaption(
        instrument,
        { lang, t },
        html`<p part="outcome" class="outcome ${instrument.adopted ? 'adopted' : 'rejected'}">
          ${instrument.adopted ? t.tallyAdopted : t.tallyNotAdopted}
        </p>`,
      )}
      <div part="bar" class="bar" aria-hidden="true">
        ${sides
          .filter((side) => side.count > 0)
          .map(
            (side) => html`<span
              part="segment segment-${side.choice}"
              class="segment ${side.choice}"
              ${styleProps({ 'flex-grow': String(side.count) })}
              >${side.count / total >= LABEL_MIN_SHARE ? formatNumber(lang, side.count) : nothing}</span
            >`,
          )}
      </div>
      <ul part="legend" class="legend" aria-label=${t.tallyVote}>
        ${sides.map(
          (side) => html`<li>
            <span class="swatch ${side.choice}"></span>
            <span class="count">${formatNumber(lang, side.count)}</span>
            <span>${label(side.choice)}</span>
          </li>`,
        )}
      </ul>
      <div part="states" class="states">
        <p class="meta">${t.tallyNamed}</p>
        <dl>
          ${sides
            .filter((side) => side.count > 0)
            .map((side) => {
              const names = side.named
                .map((code) => countryName(lang, code))
                .sort(collator.compare);
              const complete = names.length === side.count;
              return html`<div class="side">
                <dt><span class="swatch ${side.choice}"></span>${label(side.choice)}
                  <span class="muted">· ${formatNumber(lang, side.count)}</span></dt>
                ${names.length ? html`<dd class="names">${list.format(names)}</dd>` : nothing}
                ${
                  complete
                    ? nothing
                    : html`<dd part="note" class="note">
                        ${
                          names.length
                            ? `${fill(t.tallyNamedCount, {
                                named: formatNumber(lang, names.length),
                                total: formatNumber(lang, side.count),
                              })} `
                            : ''
                        }${t.tallyNotNamed}
                      </dd>`
                }
              </div>`;
            })}
        </dl>
      </div>
      ${voteSources(instrument, t)}
    `;
  }

  #about(figure: Extract<Figure, { type: 'event' }>): TemplateResult {
    const lang = this.language;
    const t = this.t;
    const { event, total, byKind } = figure;
    const largest = Math.max(1, ...byKind.map((k) => k.count));
    return html`
      <figcaption part="caption" class="caption">
        <p class="meta"><span>${t.tallyStatementsAbout}</span></p>
        <p class="title">${event.name[lang]}</p>
        <p class="muted">${formatDateRange(lang, event.start, event.end)}</p>
      </figcaption>
      <p part="total" class="total">
        <span class="number">${formatNumber(lang, total)}</span>
        <span>${plural(lang, t.tallyStatementsUnit, total)}</span>
      </p>
      ${
        byKind.length
          ? html`<p class="meta" id="kinds-label">${t.tallyByIssuerKind}</p>
              <ul part="kinds" class="kinds" aria-labelledby="kinds-label">
                ${byKind.map(
                  (kind) => html`<li>
                    <span class="kind">${own(t.issuerKinds, kind.value) ?? kind.value}</span>
                    <span class="kind-count">${formatNumber(lang, kind.count)}</span>
                    <span class="track" aria-hidden="true"
                      ><span class="fill" ${styleProps({ width: `${(100 * kind.count) / largest}%` })}></span
                    ></span>
                  </li>`,
                )}
              </ul>`
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nv-tally': NvTally;
  }
}
