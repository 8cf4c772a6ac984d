import type { Catalog } from '@null-and-void/statements/engine';
import {
  html,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import type { CardView } from '../data/card-view.js';
import { loadCard } from '../data/source.js';
import { isWidgetError, notOneOf, WidgetError } from '../data/widget-error.js';
import {
  FALLBACK_ERROR,
  FALLBACK_LOADING,
  type Lang,
  loadedStrings,
  loadStrings,
  type Strings,
  toLang,
} from '../i18n/index.js';
import { baseStyles } from './base.styles.js';
import { creditUrl } from './credit-url.js';
import { NvErrorEvent } from './events.js';
import { type FallbackBox, measureFallback } from './fallback-box.js';
import { externalLink } from './render-helpers.js';

/**
 * The colour themes of every element: follow the page (`auto`), `light` or `dark`.
 * @example
 * ```ts
 * import { THEMES } from '@null-and-void/widgets';
 * const chosen = new URLSearchParams(location.search).get('theme') ?? '';
 * const theme = (THEMES as readonly string[]).includes(chosen) ? chosen : 'auto';
 * document.querySelector('nv-statement')?.setAttribute('theme', theme);
 * ```
 */
export const THEMES = ['light', 'dark', 'auto'] as const;
/**
 * One of `THEMES`.
 * @example
 * ```ts
 * import '@null-and-void/widgets/statement.js';
 * import type { Theme } from '@null-and-void/widgets';
 * const theme: Theme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
 * const card = document.createElement('nv-statement');
 * card.setAttribute('statement', 'nato-2022-09-22');
 * card.setAttribute('theme', theme);
 * document.body.append(card);
 * ```
 */
export type Theme = (typeof THEMES)[number];

/**
 * How long a widget waits for its data and strings before it says they could not be loaded: a
 * server that never answers must not leave a reader looking at a placeholder.
 */
export const LOAD_TIMEOUT_MS = 15_000;

type Status = 'loading' | 'ready' | 'error';

/**
 * What every `nv-*` element shares: language, theme, a user catalog from `src`, loading with the
 * page's fallback content kept visible, and errors shown in place and fired as `nv-error`.
 * @example
 * ```ts
 * import type { NvElement } from '@null-and-void/widgets';
 * import '@null-and-void/widgets/all.js';
 * // Every widget on the page, whatever its tag: each says which language it writes in.
 * const widgets = [...document.querySelectorAll<NvElement>('nv-statement, nv-quote, nv-statement-list')];
 * for (const widget of widgets) console.log(widget.localName, widget.language);
 * ```
 */
export abstract class NvElement extends LitElement {
  static override styles = [baseStyles];
  // Declared here rather than with decorators: the decorator helpers would add to every card.
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    src: {},
    noCredit: { type: Boolean, attribute: 'no-credit' },
    catalog: { attribute: false },
    status: { state: true },
    failure: { state: true },
  };

  /** `light`, `dark`, or `auto` to follow the reader's `prefers-color-scheme`. */
  theme: Theme = 'light';

  /** URL of a catalog JSON of your own (the shape of the package's `schema.json`) instead of the bundled record. */
  src = '';

  /** Hides the credit line ("Source: Null & Void") at the foot of the widget. */
  noCredit = false;

  /** A `Catalog` of your own, set from script; takes precedence over `src`. */
  catalog: Catalog | undefined;

  protected status: Status = 'loading';
  protected failure: WidgetError | undefined;

  /**
   * The space the page's fallback content took when the widget replaced it: the widget keeps its
   * height as its least height and its margins as its own, so that the article around it does
   * not move on the upgrade. The height goes once the widget's width changes (the fallback's
   * height at the old width no longer means anything).
   */
  #reserved: FallbackBox | undefined;
  #resizes: ResizeObserver | undefined;
  #loadKey: string | undefined;
  #loads = 0;

  static override get observedAttributes(): string[] {
    // biome-ignore lint/complexity/noThisInStatic: `super` keeps `this` the subclass, whose reactive attributes Lit lists; `LitElement.observedAttributes` would list none of them.
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // `lang` is the element's own global attribute, not a Lit property: re-render on change.
    if (name === 'lang') this.requestUpdate();
  }

  /** The language the widget writes in: its own `lang`, else the nearest `lang` in the page, else English. */
  get language(): Lang {
    return toLang(this.closest('[lang]')?.getAttribute('lang'));
  }

  /** The string table of `language`; loaded before the widget renders with data. */
  protected get t(): Strings {
    const table = loadedStrings(this.language);
    if (!table) throw new Error(`strings for "${this.language}" are not loaded`);
    return table;
  }

  /** Whether the page put fallback content inside the element. */
  protected get hasFallback(): boolean {
    return this.childElementCount > 0 || (this.textContent ?? '').trim() !== '';
  }

  /** Loads the string tables the element writes from: a card's, unless a subclass needs more. */
  protected loadTables(lang: Lang): Promise<unknown> {
    return loadStrings(lang);
  }

  /** Checks the attributes; returns the first problem. Subclasses extend it. */
  protected validate(): WidgetError | undefined {
    return notOneOf('theme', THEMES, this.theme);
  }

  /** A string of everything that decides what data to load: a change reloads. */
  protected abstract dataKey(): string;

  /** Loads what the widget shows; throws `WidgetError` for what the reader should be told. */
  protected abstract load(): Promise<void>;

  /** The widget with its data. */
  protected abstract renderReady(): TemplateResult | typeof nothing;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const key = `${this.dataKey()}|${this.language}|${this.src}|${this.catalog ? 'own' : ''}`;
    if (key === this.#loadKey) return;
    this.#loadKey = key;
    this.status = 'loading';
    this.failure = undefined;
    void this.#load(++this.#loads, this.validate());
  }

  /**
   * Loads the data and the language's table, or fails: with the problem of the attributes, what
   * went wrong while loading, or after the timeout. A failure too waits for the table, so that
   * the reader is told in the widget's language.
   */
  async #load(load: number, problem: WidgetError | undefined): Promise<void> {
    const strings = this.loadTables(this.language).catch(() => {});
    // Rejects with the message of the `load-failed` it becomes below.
    const late = new Promise<never>((_, reject) => {
      setTimeout(reject, LOAD_TIMEOUT_MS, `Nothing came in ${LOAD_TIMEOUT_MS / 1000} s.`);
    });
    try {
      if (problem) throw problem;
      await Promise.race([Promise.all([this.load(), strings]), late]);
      if (load !== this.#loads) return;
      const fallback = this.renderRoot.querySelector<HTMLElement>('.fallback');
      this.#reserved = fallback ? measureFallback(fallback) : undefined;
      this.status = 'ready';
    } catch (error: unknown) {
      // In the reader's language, unless its table is what never came.
      await Promise.race([strings, late]).catch(() => {});
      if (load !== this.#loads) return;
      // Anything else is a load that failed: an import, the network, or the timeout's message.
      this.#fail(isWidgetError(error) ? error : new WidgetError('load-failed', String(error)));
    }
  }

  /** Lets the widget take its own height; the margins stay, the page's spacing at any width. */
  #release(): void {
    this.#resizes?.disconnect();
    if (this.#reserved) this.#reserved.style.minHeight = '';
    this.requestUpdate();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const frame = this.renderRoot.querySelector<HTMLElement>('.frame');
    const reserved = this.#reserved;
    if (!frame || !reserved) return;
    // Through the CSSOM: a `style` attribute would break a strict `style-src`.
    Object.assign(frame.style, reserved.style);
    // The frame, not the host: a page may make the host inline, whose size is not observed.
    this.#resizes?.disconnect();
    this.#resizes = new ResizeObserver(() => {
      if (Math.abs(frame.getBoundingClientRect().width - reserved.width) > 0.5) this.#release();
    });
    if (reserved.style.minHeight) this.#resizes.observe(frame);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#release();
  }

  #fail(error: WidgetError): void {
    this.status = 'error';
    this.failure = error;
    // Built apart from `dispatchEvent`: the manifest analyzer would list a nameless event.
    const event = new NvErrorEvent(error.code, error.message);
    this.dispatchEvent(event);
  }

  // Every box the widget draws is dir="ltr", the direction of both languages it writes (LANGS):
  // a right-to-left page must not mirror them.
  protected override render(): TemplateResult | typeof nothing {
    if (this.status === 'ready') {
      return html`<div class="frame" dir="ltr">${this.renderReady()}</div>`;
    }
    const t = loadedStrings(this.language);
    if (this.status === 'error' && this.failure) {
      return html`<div class="error" part="error" role="alert" dir="ltr">
          ${t?.error[this.failure.code] ?? FALLBACK_ERROR}
        </div>
        <slot></slot>`;
    }
    // The fallback as the page lays it out, in a box of no style of its own that measures it.
    if (this.hasFallback) return html`<div class="fallback"><slot aria-busy="true"></slot></div>`;
    return html`<div class="skeleton" part="skeleton" role="status" dir="ltr">
      <span></span><span></span><span></span><span></span>
      <span class="visually-hidden">${t?.loading ?? FALLBACK_LOADING}</span>
    </div>`;
  }

  /**
   * The credit line, last inside the widget's box: "Source: Null & Void", linking to `path` (a
   * page of the site that served the bundle, from `credit-url.ts`) in the widget's language, or
   * plain text where no site of ours served it. `no-credit` hides it.
   */
  protected renderCredit(path: string): TemplateResult | typeof nothing {
    if (this.noCredit) return nothing;
    const lang = this.language;
    return html`<p part="credit" class="credit">
      ${externalLink(creditUrl(path, lang), this.t.credit, 'credit-link')}
    </p>`;
  }

  /** One statement as a card shows it, in the widget's language, from whichever catalog applies. */
  protected async card(id: string, full = false): Promise<CardView> {
    if (!this.catalog && !this.src) return loadCard(id, this.language, full);
    const { pageCard } = await import('../data/page-catalog.js');
    return pageCard(this.catalog, this.src, id, this.language, full);
  }
}
