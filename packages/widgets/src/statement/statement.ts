import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { statementPath } from '../base/credit-url.js';
import { NvElement } from '../base/nv-element.js';
import { dateTime, externalLink } from '../base/render-helpers.js';
import type { CardView } from '../data/card-view.js';
import { notOneOf, WidgetError } from '../data/widget-error.js';
import { statementStyles } from './statement.styles.js';

/**
 * The card's variants.
 * @example
 * ```ts
 * import '@null-and-void/widgets/statement.js';
 * import { VARIANTS } from '@null-and-void/widgets';
 * for (const variant of VARIANTS) {
 *   const card = document.createElement('nv-statement');
 *   card.statement = 'nato-2022-09-22';
 *   card.variant = variant;
 *   document.body.append(card);
 * }
 * ```
 */
export const VARIANTS = ['card', 'compact', 'full'] as const;
/**
 * One of `VARIANTS`: `card`, `compact` or `full`.
 * @example
 * ```ts
 * import '@null-and-void/widgets/statement.js';
 * import type { StatementVariant } from '@null-and-void/widgets';
 * const variant: StatementVariant = innerWidth < 480 ? 'compact' : 'card';
 * const card = document.createElement('nv-statement');
 * card.statement = 'nato-2022-09-22';
 * card.variant = variant;
 * document.body.append(card);
 * ```
 */
export type StatementVariant = (typeof VARIANTS)[number];

/**
 * One statement as a card: issuer, date, vote, summary, a key quote and the source link.
 *
 * @summary A statement from the record, as a card.
 * @tag nv-statement
 * @attr {string} lang - `en` or `uk`; default: the nearest `lang` in the page, else `en`.
 * @slot - Fallback content (e.g. a `<blockquote>` with the text and a link), shown until the card is ready and whenever it fails.
 * @csspart card - The card's box.
 * @csspart meta - The kind and date line.
 * @csspart title - The statement's title.
 * @csspart issuer - Who issued it.
 * @csspart summary - The summary.
 * @csspart quote - A quote (`<blockquote>`).
 * @csspart note - Editorial notes, e.g. that the summary rests on an excerpt.
 * @csspart footer - The source link and the vote.
 * @csspart link - Links to the source.
 * @csspart credit - The credit line, "Source: Null & Void", last in the box; `no-credit` hides it.
 * @csspart credit-link - The credit's link to the record's page on the site that served the script.
 * @csspart error - The message shown when the statement cannot be shown.
 * @csspart skeleton - The placeholder shown while loading without fallback content.
 * @cssprop --nv-accent - Links and the quote rule.
 * @cssprop --nv-text - Text colour.
 * @cssprop --nv-muted - Secondary text colour.
 * @cssprop --nv-background - Card background.
 * @cssprop --nv-surface - Buttons and messages background.
 * @cssprop --nv-border - Borders and rules.
 * @cssprop --nv-radius - Corner radius of the card.
 * @cssprop --nv-focus - Focus ring colour.
 * @cssprop --nv-danger - Error rule colour.
 * @cssprop --nv-font - Font family (default: inherited from the page).
 * @cssprop --nv-quote-font - Font family of quotes.
 * @cssprop --nv-skeleton - Colour of the loading placeholder.
 * @fires {NvErrorEvent} nv-error - The statement could not be shown: `code` is `unknown-id`, `invalid-attribute`, `load-failed` or `invalid-data`.
 * @example
 * ```ts
 * import '@null-and-void/widgets/statement.js';
 * import type { NvStatement } from '@null-and-void/widgets';
 * const card: NvStatement = document.createElement('nv-statement');
 * card.statement = 'unga-2022-10-12';
 * card.variant = 'full';
 * card.lang = 'uk';
 * document.body.append(card);
 * ```
 */
export class NvStatement extends NvElement {
  static override styles = [...NvElement.styles, statementStyles];
  static override properties: PropertyDeclarations = {
    statement: {},
    variant: { reflect: true },
    quote: {},
  };

  /** The statement's id, e.g. `nato-2022-09-22`. */
  statement = '';

  /** `card` (default), `compact` (title, issuer, date, source) or `full` (every quote and the full text). */
  variant: StatementVariant = 'card';

  /** Index of the quote to feature (default 0, the first), or `none` for no quote. */
  quote = '0';

  #view: CardView | undefined;
  /** The quotes (by index) whose other version the reader has opened. */
  #opened = new Set<number>();

  protected override validate(): WidgetError | undefined {
    if (!this.statement) {
      return new WidgetError('invalid-attribute', 'statement must name a statement id.');
    }
    const variant = notOneOf('variant', VARIANTS, this.variant);
    if (variant) return variant;
    if (this.quote !== 'none' && !/^\d+$/.test(this.quote)) {
      return new WidgetError(
        'invalid-attribute',
        `quote must be a quote index (0, 1, …) or "none"; got "${this.quote}".`,
      );
    }
    return super.validate();
  }

  protected dataKey(): string {
    return `${this.statement}|${this.variant}|${this.quote}|${this.theme}`;
  }

  protected async load(): Promise<void> {
    const featured = this.quote === 'none' ? 0 : Number(this.quote);
    const view = await this.card(this.statement, this.variant === 'full' || featured > 0);
    if (featured > 0 && !view.quotes[featured]) {
      throw new WidgetError(
        'invalid-attribute',
        `quote ${this.quote} is out of range: "${this.statement}" has ${view.quotes.length} quote(s).`,
      );
    }
    this.#view = view;
    this.#opened.clear();
  }

  /**
   * Which version of a quote the card shows ("Translation, as published by …") and a button that
   * shows the other below it ("Original, Ukrainian"), where the record has both (decision 0016).
   * It only adds below what the reader asked for: nothing above it moves.
   */
  #otherVersion(q: CardView['quotes'][number], i: number): TemplateResult | typeof nothing {
    const other = q.other;
    if (!other) return nothing;
    const open = this.#opened.has(i);
    const toggle = () => {
      if (!this.#opened.delete(i)) this.#opened.add(i);
      this.requestUpdate();
    };
    return html`<p part="note" class="note">
        ${q.version} ·
        <button part="version" type="button" aria-expanded=${open} @click=${toggle}>${other.label}</button>
      </p>
      ${open ? html`<blockquote part="quote" lang=${other.language}><p>${other.text}</p></blockquote>` : nothing}`;
  }

  protected renderReady(): TemplateResult | typeof nothing {
    const s = this.#view;
    if (!s) return nothing;
    return html`<article part="card" class="card panel" lang=${this.language} aria-label=${s.title}>
      ${this.#content(s)} ${this.renderCredit(statementPath(s.id))}
    </article>`;
  }

  #content(s: CardView): TemplateResult {
    const lang = this.language;
    const t = this.t;
    const compact = this.variant === 'compact';
    const featured = this.quote === 'none' || compact ? undefined : s.quotes[Number(this.quote)];
    const quotes = this.variant === 'full' ? s.quotes : featured ? [featured] : [];
    return html`
      <p part="meta" class="meta">
        <span>${s.kindLabel}</span><span>${dateTime(lang, s.date)}</span>${
          s.dateBasis ? html`<span>${t.dateInferred}</span>` : nothing
        }
      </p>
      <p part="title" class="title">${compact ? externalLink(s.source.url, s.title) : s.title}</p>
      <p part="issuer" class="issuer">
        ${s.issuers.join(', ')}${
          s.unnamedSignatories
            ? html`<span class="muted"> · ${t.signedBy} ${s.unnamedSignatories}</span>`
            : nothing
        }
      </p>
      ${compact ? nothing : html`<p part="summary" class="summary">${s.summary}</p>`}
      ${quotes.map(
        (q, i) => html`<blockquote part="quote" lang=${q.language}>
            <p>${q.text}</p>
            <footer lang=${lang}>— ${q.speaker}</footer>
          </blockquote>
          ${this.#otherVersion(q, i)}`,
      )}
      ${
        s.body?.length
          ? html`<h4 class="meta">${t.fullText}</h4>
              <div class="text" lang=${s.language}>${s.body.map((p) => html`<p>${p}</p>`)}</div>`
          : nothing
      }
      ${s.source.excerpt && !compact ? html`<p part="note" class="note">${t.excerptNote}</p>` : nothing}
      ${s.source.note && !compact ? html`<p part="note" class="note">${s.source.note}</p>` : nothing}
      ${
        s.source.alsoAt?.length
          ? html`<h4 class="meta">${t.alsoAt}</h4>
              <ul class="links">
                ${s.source.alsoAt.map((a) => html`<li>${linkWithKind(a.url, hostOf(a.url), a.kindLabel)}</li>`)}
              </ul>`
          : nothing
      }
      <p part="footer" class="footer">
        ${linkWithKind(
          s.source.url,
          `${t.source}: ${s.source.publisher}${s.source.reference ? `, ${s.source.reference}` : ''}`,
          s.source.kindLabel,
        )}
        ${s.events.map((name) => html`<span class="muted">${t.voteEvent}: ${name}</span>`)}
        ${
          this.variant === 'full' && s.namedSignatories
            ? html`<span class="muted">${t.signedBy}: ${s.namedSignatories}</span>`
            : nothing
        }
      </p>
    `;
  }
}

/** A source link and, beside it, what kind of page it is, as the site shows it: "… (press or agency)". */
function linkWithKind(url: string | undefined, label: string, kind: string | undefined) {
  return html`<span>${externalLink(url, label)}${kind ? html` <span class="muted">(${kind})</span>` : nothing}</span>`;
}

/** The host name of a URL, for a short link label. */
function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nv-statement': NvStatement;
  }
}
