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
import { isWidgetError, WidgetError } from '../data/widget-error.js';
import {
  FALLBACK,
  type Lang,
  loadedStrings,
  loadStrings,
  type Strings,
  toLang,
} from '../i18n/index.js';
import { baseStyles } from './base.styles.js';
import { creditUrl } from './credit-url.js';
import { NvErrorEvent } from './events.js';
import { externalLink } from './render-helpers.js';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

type Status = 'loading' | 'ready' | 'error';

/**
 * What every `nv-*` element shares: language, theme, a user catalog from `src`, loading with the
 * page's fallback content kept visible, and errors shown in place and fired as `nv-error`.
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
   * The height the page's fallback content had when the widget replaced it, in px: the widget
   * keeps it as its least height, so that the article below does not move up on the upgrade.
   * 0 when there was none, or once the widget's width has changed (the fallback's height at the
   * old width no longer means anything).
   */
  #reserved = 0;
  #reservedWidth = 0;
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
    if (!(THEMES as readonly string[]).includes(this.theme)) {
      return new WidgetError(
        'invalid-attribute',
        `theme must be one of ${THEMES.join(', ')}; got "${this.theme}".`,
      );
    }
    return undefined;
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
    const problem = this.validate();
    if (problem) {
      this.#fail(problem);
      return;
    }
    this.status = 'loading';
    this.failure = undefined;
    const load = ++this.#loads;
    // The language's table loads alongside the data; an error message waits for it too.
    const strings = this.loadTables(this.language).catch(() => undefined);
    Promise.all([this.load(), strings]).then(
      () => {
        if (load !== this.#loads) return;
        if (this.hasFallback && this.isConnected) this.#reserve();
        this.status = 'ready';
      },
      async (error: unknown) => {
        await strings;
        if (load !== this.#loads) return;
        this.#fail(
          isWidgetError(error)
            ? error
            : new WidgetError(
                'load-failed',
                error instanceof Error ? error.message : String(error),
              ),
        );
      },
    );
  }

  /** Keeps the fallback's height (as the widget now shows it) until the widget's width changes. */
  #reserve(): void {
    const { width, height } = this.getBoundingClientRect();
    this.#reserved = height;
    this.#reservedWidth = width;
    this.#resizes ??= new ResizeObserver(() => {
      if (Math.abs(this.getBoundingClientRect().width - this.#reservedWidth) > 0.5) this.#release();
    });
    this.#resizes.observe(this);
  }

  #release(): void {
    this.#reserved = 0;
    this.#resizes?.disconnect();
    this.#frame()?.style.removeProperty('min-height');
  }

  /** The box around what the widget shows once ready, which holds the reserved height. */
  #frame(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.frame');
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Through the CSSOM: a `style` attribute would break a strict `style-src`.
    if (this.#reserved) this.#frame()?.style.setProperty('min-height', `${this.#reserved}px`);
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

  protected override render(): TemplateResult | typeof nothing {
    if (this.status === 'ready') return html`<div class="frame">${this.renderReady()}</div>`;
    const t = loadedStrings(this.language) ?? FALLBACK;
    if (this.status === 'error' && this.failure) {
      return html`<div class="error" part="error" role="alert">
          ${t.error[this.failure.code]}
        </div>
        <slot></slot>`;
    }
    if (this.hasFallback) return html`<slot aria-busy="true"></slot>`;
    return html`<div class="skeleton" part="skeleton" role="status">
      <span></span><span></span><span></span><span></span>
      <span class="visually-hidden">${t.loading}</span>
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
    const { ownCard } = await import('../data/own-catalog.js');
    return ownCard(this.catalog, this.src, id, this.language, full);
  }
}
