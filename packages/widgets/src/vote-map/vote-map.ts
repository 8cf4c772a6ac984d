import type { LegalInstrument } from '@null-and-void/statements/engine';
import { html, nothing, type PropertyDeclarations, svg, type TemplateResult } from 'lit';
import { NvCollectionElement } from '../base/collection-element.js';
import { creditUrl, statementsPath, voteMapPath } from '../base/credit-url.js';
import { NvElement } from '../base/nv-element.js';
import { own } from '../base/own.js';
import { externalLink } from '../base/render-helpers.js';
import { voteCaption, voteSources } from '../base/roll-call.js';
import { rollCallStyles } from '../base/roll-call.styles.js';
import { choiceLabel } from '../data/vote-sides.js';
import { WidgetError } from '../data/widget-error.js';
import { countryName } from '../i18n/format.js';
import { fill, formatNumber } from '../i18n/index.js';
import { CATEGORIES, type MapCategory, type MapVotes, mapVotes } from './map-votes.js';
import { voteMapStyles } from './vote-map.styles.js';
import { voteMapStrings } from './vote-map-strings.js';
import { loadWorld, type WorldGeometry, type WorldShape } from './world.js';

interface Loaded {
  readonly instrument: LegalInstrument;
  readonly world: WorldGeometry;
  readonly votes: MapVotes;
  /** Each state's name in the widget's language. */
  readonly names: ReadonlyMap<string, string>;
  /** The shape of each state, by alpha-2 code. */
  readonly shapes: ReadonlyMap<string, WorldShape>;
}

/**
 * A world map coloured by how each state voted on one UN resolution or Security Council draft,
 * with a legend, and the same states grouped by vote as a list: the map's equivalent for the
 * keyboard and screen readers. Pointing at, tapping or focusing a state shows its vote and links
 * to its statements in the record. The geometry (Natural Earth 110m, Crimea drawn as part of
 * Ukraine) is projected at build time and fetched only when a map is on the page.
 *
 * @summary A world map of one UN vote, with the states listed by vote.
 * @tag nv-vote-map
 * @attr {string} lang - `en` or `uk`; default: the nearest `lang` in the page, else `en`.
 * @slot - Fallback content (the states grouped by vote), shown until the map is ready and whenever it fails.
 * @csspart map - The figure's box (`<figure>`).
 * @csspart caption - The instrument, its symbol and date.
 * @csspart world - The map (`<svg>`); the list holds the same in words.
 * @csspart detail - The line that gives the state pointed at, tapped or focused, with its vote.
 * @csspart legend - The colours and what they mean, with each side's count.
 * @csspart states - The states grouped by vote.
 * @csspart state - One state in the list (a button that shows it on the map).
 * @csspart note - What the sources leave out.
 * @csspart sources - The links to where the votes were read.
 * @csspart link - Links to sources and to a state's statements.
 * @csspart credit - The credit line, "Source: Null & Void", last in the box; `no-credit` hides it.
 * @csspart credit-link - The credit's link to the vote's map page on the site that served the script.
 * @csspart error - The message shown when the map cannot be shown.
 * @csspart skeleton - The placeholder shown while loading without fallback content.
 * @cssprop --nv-map-yes - Fill of states in favour.
 * @cssprop --nv-map-no - Fill of states against.
 * @cssprop --nv-map-abstain - Fill of states that abstained.
 * @cssprop --nv-map-absent - Fill of members that did not vote.
 * @cssprop --nv-map-unknown - Fill of members whose vote the sources do not name (hatched).
 * @cssprop --nv-map-other - Fill of states that had no vote.
 * @cssprop --nv-accent - Links.
 * @cssprop --nv-text - Text colour, and the outline of the chosen state.
 * @cssprop --nv-muted - Secondary text colour.
 * @cssprop --nv-background - Figure background, and the borders between states.
 * @cssprop --nv-border - Borders and rules.
 * @cssprop --nv-radius - Corner radius of the figure.
 * @cssprop --nv-focus - Focus ring colour.
 * @cssprop --nv-danger - Error rule colour.
 * @cssprop --nv-font - Font family (default: inherited from the page).
 * @cssprop --nv-skeleton - Colour of the loading placeholder.
 * @fires {NvErrorEvent} nv-error - The map could not be shown: `code` is `unknown-id`, `invalid-attribute`, `load-failed` or `invalid-data`.
 * @example
 * ```ts
 * import '@null-and-void/widgets/vote-map.js';
 * import type { NvVoteMap } from '@null-and-void/widgets';
 * const map: NvVoteMap = document.createElement('nv-vote-map');
 * map.instrument = 'unga-es-11-4';
 * document.body.append(map);
 * ```
 */
export class NvVoteMap extends NvCollectionElement {
  static override styles = [...NvElement.styles, rollCallStyles, voteMapStyles];
  static override properties: PropertyDeclarations = {
    instrument: {},
    selected: { state: true },
  };

  /** A legal instrument with a recorded vote, e.g. `unga-es-11-4`. */
  instrument = '';

  /** The state shown in the detail line and outlined on the map (alpha-2), or ''. */
  private selected = '';

  #loaded: Loaded | undefined;

  protected override validate(): WidgetError | undefined {
    if (!this.instrument) {
      return new WidgetError('invalid-attribute', 'Set instrument (a legal instrument id).');
    }
    return super.validate();
  }

  protected dataKey(): string {
    return `${this.instrument}|${this.theme}`;
  }

  protected async load(): Promise<void> {
    const [input, world] = await Promise.all([
      this.subset({ instruments: [this.instrument] }),
      loadWorld(),
    ]);
    const instrument = input.instruments.find((i) => i.id === this.instrument);
    if (!instrument) throw new WidgetError('unknown-id', `No instrument "${this.instrument}".`);
    const votes = mapVotes(instrument, world);
    const lang = this.language;
    const names = new Map([...votes.byState.keys()].map((code) => [code, countryName(lang, code)]));
    const shapes = new Map(world.shapes.filter((s) => s.id).map((s) => [s.id, s]));
    this.selected = '';
    this.#loaded = { instrument, world, votes, names, shapes };
  }

  /** Each state's category on the map once loaded, by alpha-2 code. */
  get states(): ReadonlyMap<string, MapCategory> {
    return this.#loaded?.votes.byState ?? new Map();
  }

  protected renderReady(): TemplateResult | typeof nothing {
    const loaded = this.#loaded;
    if (!loaded) return nothing;
    const { instrument } = loaded;
    const t = this.t;
    const lang = this.language;
    return html`<figure part="map" class="figure panel" lang=${lang}>
      ${voteCaption(instrument, { lang, t })}
      ${this.#map(loaded)}
      <p part="detail" class="detail" aria-live="polite">${this.#detail(loaded)}</p>
      ${this.#legend(loaded.votes)}
      ${this.#list(loaded)}
      ${voteSources(instrument, t)}
      ${this.renderCredit(voteMapPath(instrument.id))}
    </figure>`;
  }

  #label(category: MapCategory, council: boolean): string {
    const s = voteMapStrings[this.language];
    if (category === 'unknown') return s.unknown;
    if (category === 'other') return council ? s.notVoting : s.nonMember;
    return choiceLabel(this.t, category);
  }

  #map({ world, votes, shapes, instrument }: Loaded): TemplateResult {
    const name = instrument.symbol ?? instrument.title[this.language];
    const chosen = shapes.get(this.selected);
    // The list below is the map in words; the picture is one image to assistive technology.
    return html`<svg part="world" class="world" viewBox="0 0 ${world.width} ${world.height}"
      role="img" aria-label=${fill(voteMapStrings[this.language].mapLabel, { instrument: name })}
      @pointerover=${this.#onPoint} @click=${this.#onPoint}>
      <defs><pattern id="hatch" width="4" height="4" patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"><rect class="hatch-ground" width="4" height="4"></rect
        ><rect class="hatch-line" width="1.6" height="4"></rect></pattern></defs>
      ${world.shapes.map(
        (shape) =>
          svg`<path class=${votes.byState.get(shape.id) ?? 'other'} data-state=${shape.id} d=${shape.d}></path>`,
      )}
      ${chosen ? svg`<path class="chosen" d=${chosen.d}></path>` : nothing}
    </svg>`;
  }

  #detail({ votes, names }: Loaded): TemplateResult | string {
    const code = this.selected;
    const category = votes.byState.get(code);
    if (!category) return html`<span class="muted">${voteMapStrings[this.language].hint}</span>`;
    return html`<strong>${names.get(code)}</strong> — ${this.#label(category, votes.council)}
      ${this.#statementsLink(code)}`;
  }

  /** A link to the state's statements on the site that served the script, if one did. */
  #statementsLink(code: string): TemplateResult | typeof nothing {
    const url = creditUrl(statementsPath({ country: [code] }), this.language);
    return url ? externalLink(url, voteMapStrings[this.language].statements) : nothing;
  }

  #legend({ groups, council }: MapVotes): TemplateResult {
    const counts = new Map(groups.map((g) => [g.category, g.count]));
    return html`<ul part="legend" class="legend" aria-label=${this.t.tallyVote}>
      ${CATEGORIES.filter((c) => counts.has(c) || c === 'other').map((category) => {
        const count = counts.get(category);
        return html`<li>
          <span class="swatch ${category}"></span>
          ${count === undefined ? nothing : html`<span class="count">${formatNumber(this.language, count)}</span>`}
          <span>${this.#label(category, council)}</span>
        </li>`;
      })}
    </ul>`;
  }

  #list({ votes, names }: Loaded): TemplateResult {
    const t = this.t;
    const lang = this.language;
    const collator = new Intl.Collator(lang);
    const byName = (a: string, b: string) => collator.compare(names.get(a)!, names.get(b)!);
    const groups = votes.groups.map((g) => ({ ...g, states: [...g.states].sort(byName) }));
    const focusable = this.selected || groups.find((g) => g.states.length)?.states[0];
    return html`<div part="states" class="states" @keydown=${this.#onKey} @focusin=${this.#onFocus}>
      <p class="meta">${voteMapStrings[lang].byVote}</p>
      ${groups.map(
        (group) => html`<section class="group" aria-labelledby="group-${group.category}">
          <p class="group-label" id="group-${group.category}">
            <span class="swatch ${group.category}"></span>${this.#label(group.category, votes.council)}
            <span class="muted">· ${formatNumber(lang, group.count)}</span>
          </p>
          ${
            group.states.length
              ? html`<ul class="names">
                  ${group.states.map(
                    (code) => html`<li><button type="button" part="state" class="state"
                      data-state=${code} tabindex=${code === focusable ? 0 : -1}
                      aria-pressed=${code === this.selected ? 'true' : 'false'}>${names.get(code)}</button></li>`,
                  )}
                </ul>`
              : nothing
          }
          ${
            group.states.length < group.count
              ? html`<p part="note" class="note">${
                  group.states.length
                    ? `${fill(t.tallyNamedCount, {
                        named: formatNumber(lang, group.states.length),
                        total: formatNumber(lang, group.count),
                      })} `
                    : ''
                }${t.tallyNotNamed}</p>`
              : nothing
          }
        </section>`,
      )}
    </div>`;
  }

  /** Pointing at or tapping a shape shows its state; shapes without a code say nothing. */
  #onPoint = (event: Event): void => {
    const code = (event.target as Element).getAttribute('data-state');
    if (code && this.#loaded?.votes.byState.has(code)) this.selected = code;
  };

  #onFocus = (event: FocusEvent): void => {
    const code = (event.target as Element).getAttribute('data-state');
    if (code) this.selected = code;
  };

  /** Arrow keys, Home and End move through the list's states: one tab stop for 193 of them. */
  #onKey = (event: KeyboardEvent): void => {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button.state')];
    const at = buttons.indexOf(event.target as HTMLButtonElement);
    if (at < 0) return;
    const step = own(STEPS, event.key);
    if (step === undefined) return;
    event.preventDefault();
    const next = step === 'first' ? 0 : step === 'last' ? buttons.length - 1 : at + step;
    buttons[Math.max(0, Math.min(buttons.length - 1, next))]?.focus();
  };
}

const STEPS: Readonly<Record<string, number | 'first' | 'last'>> = {
  ArrowDown: 1,
  ArrowRight: 1,
  ArrowUp: -1,
  ArrowLeft: -1,
  Home: 'first',
  End: 'last',
};

declare global {
  interface HTMLElementTagNameMap {
    'nv-vote-map': NvVoteMap;
  }
}
