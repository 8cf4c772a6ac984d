import type { Quote, Statement } from '@null-and-void/statements/engine';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { NvElement } from '../base/nv-element.js';
import { actorName, dateTime, externalLink, speakerLine } from '../base/render-helpers.js';
import { indexRecords, type Records } from '../data/records.js';
import { WidgetError } from '../data/widget-error.js';
import { quoteStyles } from './quote.styles.js';

/**
 * One quote from a statement as a pull quote, with its speaker and a link to the source.
 *
 * @summary A quote from the record, as a pull quote.
 * @tag nv-quote
 * @attr lang - `en` or `uk`; default: the nearest `lang` in the page, else `en`.
 * @slot - Fallback content (e.g. the quote in a `<blockquote>`), shown until the quote is ready and whenever it fails.
 * @csspart quote - The `<figure>` holding the quote.
 * @csspart text - The quoted words (`<blockquote>`), verbatim, in the language they were said in.
 * @csspart caption - Speaker, statement and source.
 * @csspart link - The link to the source.
 * @csspart error - The message shown when the quote cannot be shown.
 * @csspart skeleton - The placeholder shown while loading without fallback content.
 * @cssprop --nv-accent - The quote's rule and links.
 * @cssprop --nv-text - Text colour.
 * @cssprop --nv-muted - Caption colour.
 * @cssprop --nv-quote-font - Font family of the quote.
 * @cssprop --nv-font - Font family (default: inherited from the page).
 * @cssprop --nv-focus - Focus ring colour.
 * @cssprop --nv-danger - Error rule colour.
 * @fires nv-error - The quote could not be shown: `code` is `unknown-id`, `invalid-attribute`, `load-failed` or `invalid-data`.
 */
export class NvQuote extends NvElement {
  static override styles = [...NvElement.styles, quoteStyles];

  /** The id of the statement the quote is from. */
  @property() statement = '';

  /** Which of the statement's quotes, from 0 (the default). */
  @property() quote = '0';

  #records: Records | undefined;
  #statement: Statement | undefined;
  #quote: Quote | undefined;

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
    const input = await this.subset({ statements: [this.statement] });
    const statement = input.statements.find((s) => s.id === this.statement);
    if (!statement) throw new WidgetError('unknown-id', `No statement "${this.statement}".`);
    const quote = statement.quotes[Number(this.quote)];
    if (!quote) {
      throw new WidgetError(
        'invalid-attribute',
        `quote ${this.quote} is out of range: "${this.statement}" has ${statement.quotes.length} quote(s).`,
      );
    }
    this.#records = indexRecords(input);
    this.#statement = statement;
    this.#quote = quote;
  }

  protected renderReady(): TemplateResult | typeof nothing {
    const s = this.#statement;
    const q = this.#quote;
    const records = this.#records;
    if (!s || !q || !records) return nothing;
    const lang = this.language;
    const speaker = records.actor(q.speaker);
    return html`<figure part="quote" lang=${lang}>
      <blockquote part="text" lang=${q.language}><p>${q.text}</p></blockquote>
      <figcaption part="caption">
        — <span class="speaker">${speakerLine(speaker, q.speaker, lang)}</span>${
          q.context ? html`, ${q.context[lang]}` : nothing
        }.
        ${externalLink(s.source.url, s.title[lang])},
        ${actorName(records, s.source.publisher, lang)}, ${dateTime(lang, s.date)}
      </figcaption>
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nv-quote': NvQuote;
  }
}
