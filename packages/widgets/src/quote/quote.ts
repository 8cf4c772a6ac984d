import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { quotePath } from '../base/credit-url.js';
import { NvElement } from '../base/nv-element.js';
import { dateTime, externalLink } from '../base/render-helpers.js';
import type { CardView } from '../data/card-view.js';
import { WidgetError } from '../data/widget-error.js';
import { quoteStyles } from './quote.styles.js';

/**
 * One quote from a statement as a pull quote, with its speaker and a link to the source.
 *
 * @summary A quote from the record, as a pull quote.
 * @tag nv-quote
 * @attr {string} lang - `en` or `uk`; default: the nearest `lang` in the page, else `en`.
 * @slot - Fallback content (e.g. the quote in a `<blockquote>`), shown until the quote is ready and whenever it fails.
 * @csspart quote - The `<figure>` holding the quote.
 * @csspart text - The quoted words (`<blockquote>`), verbatim, in the language they were said in.
 * @csspart caption - Speaker, statement and source.
 * @csspart link - The link to the source.
 * @csspart credit - The credit line, "Source: Null & Void", last in the box; `no-credit` hides it.
 * @csspart credit-link - The credit's link to the record's page on the site that served the script.
 * @csspart error - The message shown when the quote cannot be shown.
 * @csspart skeleton - The placeholder shown while loading without fallback content.
 * @cssprop --nv-accent - The quote's rule and links.
 * @cssprop --nv-text - Text colour.
 * @cssprop --nv-muted - Caption colour.
 * @cssprop --nv-quote-font - Font family of the quote.
 * @cssprop --nv-font - Font family (default: inherited from the page).
 * @cssprop --nv-focus - Focus ring colour.
 * @cssprop --nv-danger - Error rule colour.
 * @fires {NvErrorEvent} nv-error - The quote could not be shown: `code` is `unknown-id`, `invalid-attribute`, `load-failed` or `invalid-data`.
 * @example
 * ```ts
 * import '@null-and-void/widgets/quote.js';
 * import type { NvQuote } from '@null-and-void/widgets';
 * const quote: NvQuote = document.createElement('nv-quote');
 * quote.statement = 'nato-2022-09-22';
 * quote.quote = '0';
 * document.body.append(quote);
 * ```
 */
export class NvQuote extends NvElement {
  static override styles = [...NvElement.styles, quoteStyles];
  static override properties: PropertyDeclarations = { statement: {}, quote: {} };

  /** The id of the statement the quote is from. */
  statement = '';

  /** Which of the statement's quotes, from 0 (the default). */
  quote = '0';

  #view: CardView | undefined;
  #quote: CardView['quotes'][number] | undefined;

  protected override validate(): WidgetError | undefined {
    if (!this.statement) {
      return new WidgetError('invalid-attribute', 'statement must name a statement id.');
    }
    if (!/^\d+$/.test(this.quote)) {
      return new WidgetError(
        'invalid-attribute',
        `quote must be an index (0, 1, …); got "${this.quote}".`,
      );
    }
    return super.validate();
  }

  protected dataKey(): string {
    return `${this.statement}|${this.quote}|${this.theme}`;
  }

  protected async load(): Promise<void> {
    const view = await this.card(this.statement, Number(this.quote) > 0);
    const quote = view.quotes[Number(this.quote)];
    if (!quote) {
      throw new WidgetError(
        'invalid-attribute',
        `quote ${this.quote} is out of range: "${this.statement}" has ${view.quotes.length} quote(s).`,
      );
    }
    this.#view = view;
    this.#quote = quote;
  }

  protected renderReady(): TemplateResult | typeof nothing {
    const s = this.#view;
    const q = this.#quote;
    if (!s || !q) return nothing;
    const lang = this.language;
    return html`<figure part="quote" lang=${lang}>
      <blockquote part="text" lang=${q.language}><p>${q.text}</p></blockquote>
      <figcaption part="caption">
        — <span class="speaker">${q.speaker}</span>${q.context ? html`, ${q.context}` : nothing}.
        ${externalLink(s.source.url, s.title)}, ${s.source.publisher}, ${dateTime(lang, s.date)}
      </figcaption>
      ${this.renderCredit(quotePath(s.id, Number(this.quote)))}
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nv-quote': NvQuote;
  }
}
