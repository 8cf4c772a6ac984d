import { catalog, createCatalog, onlyCopies, toCatalogJSON } from '@null-and-void/statements';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { axeViolations, LOOKS } from '../../test/axe.js';
import { itSaysWhatIsWrong, srcThat } from '../../test/error-cases.js';
import {
  frames,
  itTakesTheLanguageOfThePage,
  mount,
  mountSettled,
  settled,
  shadowText,
  unseen,
} from '../../test/helpers.js';
import { uniqueUrl } from '../../test/list-helpers.js';
import '../define/statement.js';
import { define } from '../base/define.js';
import { sourceKindsEn, sourceKindsUk } from '../i18n/kind-labels.js';
import { NvStatement } from './statement.js';

const nato = catalog.get('nato-2022-09-22');
const excerpt = catalog.statements.find((s) => s.source.read === 'excerpt')!;
const withBody = catalog.statements.find((s) => (s.body?.length ?? 0) > 0 && s.quotes.length > 1)!;

describe('nv-statement: defaults', () => {
  it('shows the card: kind, date, title, issuer, summary, first quote and source link', async () => {
    const el = mount<NvStatement>('<nv-statement statement="nato-2022-09-22"></nv-statement>');
    await settled(el);
    const text = shadowText(el);
    expect(text).toContain(nato.title.en);
    expect(text).toContain(nato.summary.en);
    expect(text).toContain(nato.quotes[0]!.text);
    expect(text).toContain('Press release');
    expect(text).toContain('22 September 2022');
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="link"]')!;
    expect(link.href).toBe(nato.source.url);
    expect(link.rel).toBe('noopener noreferrer');
    expect(el.getAttribute('theme')).toBe('light');
  });

  it('shows a skeleton while loading when the page gave no fallback', async () => {
    const el = mount<NvStatement>('<nv-statement statement="nato-2022-09-22"></nv-statement>');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="skeleton"]')).not.toBeNull();
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part="skeleton"]')).toBeNull();
  });

  it('says when the summary rests on an excerpt of the source', async () => {
    const el = mount<NvStatement>(`<nv-statement statement="${excerpt.id}"></nv-statement>`);
    await settled(el);
    expect(shadowText(el)).toContain('Summary based on an excerpt of the source.');
    const full = mount<NvStatement>('<nv-statement statement="nato-2022-09-22"></nv-statement>');
    await settled(full);
    expect(shadowText(full)).not.toContain('excerpt of the source');
  });
});

describe('nv-statement: what kind of page each link is', () => {
  const copiesOnly = catalog.statements.find((s) => onlyCopies(s.source))!;
  const withAlsoAt = catalog.statements.find(
    (s) => (s.source.alsoAt?.length ?? 0) > 1 && !onlyCopies(s.source),
  )!;
  const footer = (el: NvStatement) => el.shadowRoot!.querySelector('[part="footer"]')!;

  it('says beside the source link what kind of page it is, as the site does (en, uk)', async () => {
    const official = catalog.statements.find((s) => s.source.kind === 'official' && s.source.url)!;
    const en = await mountSettled<NvStatement>(
      `<nv-statement statement="${official.id}"></nv-statement>`,
    );
    expect(footer(en).textContent).toMatch(/\(the issuer’s own page\)/);
    const kind = footer(en).querySelector('.muted')!;
    expect(kind.textContent).toBe(`(${sourceKindsEn.official})`);
    expect(unseen(en, kind, en.shadowRoot!.querySelector('[part="card"]')!)).toEqual([]);
    const uk = await mountSettled<NvStatement>(
      `<nv-statement statement="${official.id}" lang="uk"></nv-statement>`,
    );
    expect(footer(uk).textContent).toContain(`(${sourceKindsUk.official})`);
    expect(footer(uk).textContent).toContain('(офіційна сторінка автора)');
    // NATO's PR (2022) 125 is cited from a copy, and says so beside its link.
    const copy = await mountSettled<NvStatement>(
      '<nv-statement statement="nato-2022-09-22"></nv-statement>',
    );
    expect(footer(copy).textContent).toMatch(
      /Source: NATO, PR \(2022\) 125\s*\(copy or aggregator\)/,
    );
  });

  it('says so when every known address of the record is a copy', async () => {
    expect(copiesOnly.source.kind).toMatch(/copy|russian-state-media/);
    const el = await mountSettled<NvStatement>(
      `<nv-statement statement="${copiesOnly.id}"></nv-statement>`,
    );
    const note = [...el.shadowRoot!.querySelectorAll('[part="note"]')].find((p) =>
      p.textContent!.startsWith('Only copies of this statement were found'),
    )!;
    expect(note).toBeDefined();
    expect(unseen(el, note, el.shadowRoot!.querySelector('[part="card"]')!)).toEqual([]);
    const uk = await mountSettled<NvStatement>(
      `<nv-statement statement="${copiesOnly.id}" lang="uk"></nv-statement>`,
    );
    expect(shadowText(uk)).toContain('Знайдено лише копії цієї заяви');
    const own = await mountSettled<NvStatement>(
      `<nv-statement statement="${withAlsoAt.id}"></nv-statement>`,
    );
    expect(shadowText(own)).not.toContain('Only copies');
  });

  it('variant="full" gives each further address its kind', async () => {
    const el = await mountSettled<NvStatement>(
      `<nv-statement statement="${withAlsoAt.id}" variant="full"></nv-statement>`,
    );
    const items = [...el.shadowRoot!.querySelectorAll('ul.links li')];
    expect(items.map((li) => li.textContent!.replace(/\s+/g, ' ').trim())).toEqual(
      withAlsoAt.source.alsoAt!.map((a) => `${new URL(a.url).hostname} (${sourceKindsEn[a.kind]})`),
    );
  });
});

describe('nv-statement: a quote in its own words and in translation', () => {
  const withOriginal = catalog.statements.find((s) => s.quotes[0]?.original?.language === 'uk')!;
  const quote = withOriginal.quotes[0]!;
  const toggle = (el: NvStatement) =>
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="version"]')!;
  const quotes = (el: NvStatement) =>
    [...el.shadowRoot!.querySelectorAll('blockquote')].map((b) => ({
      text: b.querySelector('p')!.textContent,
      lang: b.getAttribute('lang'),
    }));

  it('in Ukrainian shows the speaker’s Ukrainian words, the translation a click away', async () => {
    const el = await mountSettled<NvStatement>(
      `<nv-statement statement="${withOriginal.id}" lang="uk"></nv-statement>`,
    );
    expect(quotes(el)).toEqual([{ text: quote.original!.text, lang: 'uk' }]);
    expect(shadowText(el)).toContain('Оригінал, українська');
    const button = toggle(el);
    expect(button.textContent).toMatch(/^Переклад, як його опублікувало джерело: /);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    const card = el.shadowRoot!.querySelector('[part="card"]')!;
    expect(unseen(el, button, card)).toEqual([]);
    const above = el.shadowRoot!.querySelector('blockquote')!.getBoundingClientRect().top;
    await userEvent.click(button);
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(quotes(el)).toEqual([
      { text: quote.original!.text, lang: 'uk' },
      { text: quote.text, lang: 'en' },
    ]);
    const other = el.shadowRoot!.querySelectorAll('blockquote')[1]!;
    expect(unseen(el, other, card)).toEqual([]);
    // What was above the button stays where it was.
    expect(el.shadowRoot!.querySelector('blockquote')!.getBoundingClientRect().top).toBe(above);
    expect(await axeViolations(el)).toEqual([]);
    await userEvent.click(button);
    await el.updateComplete;
    expect(quotes(el)).toHaveLength(1);
  });

  it('in English shows the source’s words, labelled a translation, the original a click away', async () => {
    const el = await mountSettled<NvStatement>(
      `<nv-statement statement="${withOriginal.id}"></nv-statement>`,
    );
    expect(quotes(el)).toEqual([{ text: quote.text, lang: 'en' }]);
    expect(shadowText(el)).toMatch(/Translation, as published by .+ · Original, Ukrainian/);
    // From the keyboard: Tab to the button, Enter opens it.
    toggle(el).focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(quotes(el)[1]).toEqual({ text: quote.original!.text, lang: 'uk' });
  });

  it('a quote without an original has no button (fixture catalog: one with, one without)', async () => {
    const input = toCatalogJSON(catalog);
    const fixture = structuredClone(input.statements.find((s) => s.id === 'nato-2022-09-22')!);
    const words = 'Die Scheinreferenden sind null und nichtig.';
    fixture.quotes[0]!.original = { text: words, language: 'de', url: 'https://example.org/de' };
    const own = createCatalog({
      ...input,
      statements: input.statements.map((s) => (s.id === fixture.id ? fixture : s)),
    });
    const el = mount<NvStatement>('<nv-statement statement="nato-2022-09-22"></nv-statement>');
    el.catalog = own;
    await settled(el);
    expect(quotes(el)).toEqual([{ text: nato.quotes[0]!.text, lang: 'en' }]);
    expect(toggle(el).textContent).toBe('Original, German');
    await userEvent.click(toggle(el));
    await el.updateComplete;
    expect(quotes(el)[1]).toEqual({ text: words, lang: 'de' });
    const plain = await mountSettled<NvStatement>(
      '<nv-statement statement="nato-2022-09-22"></nv-statement>',
    );
    expect(plain.shadowRoot!.querySelector('button')).toBeNull();
  });
});

describe('nv-statement: attributes', () => {
  it('variant="compact" drops summary and quote and links the title', async () => {
    const el = mount<NvStatement>(
      '<nv-statement statement="nato-2022-09-22" variant="compact"></nv-statement>',
    );
    await settled(el);
    expect(shadowText(el)).not.toContain(nato.summary.en);
    expect(el.shadowRoot!.querySelector('blockquote')).toBeNull();
    expect(el.shadowRoot!.querySelector('[part="title"] a')?.textContent).toBe(nato.title.en);
  });

  it('variant="full" shows every quote and the full text in its own language', async () => {
    const el = mount<NvStatement>(
      `<nv-statement statement="${withBody.id}" variant="full"></nv-statement>`,
    );
    await settled(el);
    expect(el.shadowRoot!.querySelectorAll('blockquote')).toHaveLength(withBody.quotes.length);
    const text = el.shadowRoot!.querySelector('.text')!;
    expect(text.getAttribute('lang')).toBe(withBody.language);
    expect(text.textContent).toContain(withBody.body![0]!.slice(0, 40));
  });

  it('quote picks the featured quote, and "none" hides it', async () => {
    const el = mount<NvStatement>(
      `<nv-statement statement="${withBody.id}" quote="1"></nv-statement>`,
    );
    await settled(el);
    expect(el.shadowRoot!.querySelector('blockquote p')?.textContent).toBe(
      withBody.quotes[1]!.text,
    );
    el.quote = 'none';
    await settled(el);
    expect(el.shadowRoot!.querySelector('blockquote')).toBeNull();
  });

  it('changing statement loads the other statement', async () => {
    const el = mount<NvStatement>('<nv-statement statement="nato-2022-09-22"></nv-statement>');
    await settled(el);
    el.setAttribute('statement', excerpt.id);
    await settled(el);
    expect(shadowText(el)).toContain(excerpt.title.en);
  });
});

describe('nv-statement: events', () => {
  it('fires a composed, bubbling nv-error with a code', async () => {
    const wrapper = mount<HTMLDivElement>(
      '<div><nv-statement statement="nato-typo"></nv-statement></div>',
    );
    const seen: string[] = [];
    wrapper.addEventListener('nv-error', (e) => seen.push(`${e.code}:${e.composed}`));
    await settled(wrapper.firstElementChild as NvStatement);
    expect(seen).toEqual(['unknown-id:true']);
  });
});

describe('nv-statement: languages and themes', () => {
  it('writes Ukrainian: title, summary, labels and date', async () => {
    const el = mount<NvStatement>(
      '<nv-statement statement="nato-2022-09-22" lang="uk"></nv-statement>',
    );
    await settled(el);
    const text = shadowText(el);
    expect(text).toContain(nato.title.uk);
    expect(text).toContain(nato.summary.uk);
    expect(text).toContain('Прес-реліз');
    expect(text).toContain('22 вересня 2022');
  });

  // And follows a change of its own.
  itTakesTheLanguageOfThePage(
    '<section lang="uk-UA"><p><nv-statement statement="nato-2022-09-22"></nv-statement></p></section>',
    async (el) => {
      expect(shadowText(el)).toContain(nato.title.uk);
      el.setAttribute('lang', 'en');
      await settled(el);
      expect(shadowText(el)).toContain(nato.title.en);
    },
  );

  it('dark theme changes the colours; auto hands the choice to the colour scheme', async () => {
    const light = mount<NvStatement>('<nv-statement statement="nato-2022-09-22"></nv-statement>');
    const dark = mount<NvStatement>(
      '<nv-statement statement="nato-2022-09-22" theme="dark"></nv-statement>',
    );
    await settled(light);
    await settled(dark);
    const bg = (el: NvStatement) =>
      getComputedStyle(el.shadowRoot!.querySelector('.card')!).backgroundColor;
    expect(bg(light)).toBe('rgb(255, 255, 255)');
    expect(bg(dark)).toBe('rgb(23, 25, 29)');
    const auto = mount<NvStatement>(
      '<nv-statement statement="nato-2022-09-22" theme="auto"></nv-statement>',
    );
    await settled(auto);
    const scheme = (el: NvStatement) =>
      getComputedStyle(el.shadowRoot!.querySelector('.card')!).colorScheme;
    expect(scheme(auto)).toBe('light dark');
    expect(scheme(light)).toBe('light');
    // The test browser prefers light, so auto resolves to the light colours here.
    expect(bg(auto)).toBe(
      matchMedia('(prefers-color-scheme: dark)').matches ? 'rgb(23, 25, 29)' : 'rgb(255, 255, 255)',
    );
  });

  it('takes --nv-* custom properties from the page', async () => {
    const el = mount<NvStatement>('<nv-statement statement="nato-2022-09-22"></nv-statement>');
    el.style.setProperty('--nv-accent', 'rgb(200, 0, 0)');
    await settled(el);
    const link = el.shadowRoot!.querySelector('a[part="link"]')!;
    expect(getComputedStyle(link).color).toBe('rgb(200, 0, 0)');
  });
});

describe('nv-statement: errors', () => {
  itSaysWhatIsWrong('nv-statement', '<blockquote>Fallback text</blockquote>', [
    {
      what: 'an unknown id',
      attributes: 'statement="nato-typo"',
      code: 'unknown-id',
      message: 'nato-typo',
    },
  ]);

  const NATO = 'statement="nato-2022-09-22"';
  itSaysWhatIsWrong('nv-statement', 'Fallback', [
    {
      what: 'an unknown variant',
      attributes: `${NATO} variant="poster"`,
      message: 'variant must be one of card, compact, full',
    },
    {
      what: 'a quote that is no index',
      attributes: `${NATO} quote="first"`,
      message: 'quote must be a quote index',
    },
    { what: 'a quote beyond the last', attributes: `${NATO} quote="9"`, message: 'out of range' },
    {
      what: 'an unknown theme',
      attributes: `${NATO} theme="neon"`,
      message: 'theme must be one of light, dark, auto',
    },
    { what: 'no statement', attributes: '', message: 'statement must name a statement id' },
  ]);

  itSaysWhatIsWrong('nv-statement statement="x"', 'Fallback', [
    {
      what: 'a src that is not there',
      attributes: `src="${location.origin}/no-such-catalog.json"`,
      code: 'load-failed',
    },
    {
      ...srcThat(
        'holds an invalid catalog',
        200,
        JSON.stringify({ statements: [{ id: 1 }] }),
        'invalid-data',
      ),
      message: 'statements',
    },
  ]);

  itSaysWhatIsWrong('nv-statement statement="x"', '', [
    { what: 'a src that is not http(s)', attributes: 'src="javascript:alert(1)"' },
  ]);

  it('renders a source URL that is not http(s) as text, never as a link', async () => {
    const input = structuredClone(toCatalogJSON(catalog));
    const { Catalog } = await import('@null-and-void/statements/engine');
    const target = input.statements.find((s) => s.id === 'nato-2022-09-22')!;
    target.source.url = 'javascript:alert(1)';
    const el = mount<NvStatement>('<nv-statement statement="nato-2022-09-22"></nv-statement>');
    el.catalog = new Catalog(input);
    await settled(el);
    expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).toBeNull();
    expect(shadowText(el)).toContain('Source: NATO');
  });

  it('defining the tag twice is harmless', () => {
    expect(() => define('nv-statement', NvStatement)).not.toThrow();
    class Other extends NvStatement {}
    expect(() => define('nv-statement', Other)).not.toThrow();
    expect(customElements.get('nv-statement')).toBe(NvStatement);
  });
});

describe('nv-statement: progressive enhancement', () => {
  it('shows the fallback until ready and keeps it in the light DOM', async () => {
    const el = mount<NvStatement>(
      `<nv-statement statement="nato-2022-09-22"><blockquote><p>${nato.summary.en}</p></blockquote></nv-statement>`,
    );
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('slot')).not.toBeNull();
    await settled(el);
    expect(el.shadowRoot!.querySelector('slot')).toBeNull();
    expect(el.querySelector('blockquote')).not.toBeNull();
  });

  for (const width of [390, 1280]) {
    it(`shows title, summary and source in full after a one-line fallback (${width} px)`, async () => {
      await page.viewport(width, 800);
      const host = mount<HTMLDivElement>(
        `<div><nv-statement statement="nato-2022-09-22"><p><a href="${nato.source.url}">NATO on the sham referendums</a></p></nv-statement></div>`,
      );
      const el = host.querySelector('nv-statement')!;
      await el.updateComplete;
      const fallback = el.getBoundingClientRect().height;
      await settled(el);
      await frames();
      const card = el.shadowRoot!.querySelector('.card')!;
      expect(card.getBoundingClientRect().height).toBeGreaterThan(fallback + 100);
      const shown = (selector: string) => el.shadowRoot!.querySelector(selector)!;
      expect(shown('.title').textContent).toBe(nato.title.en);
      expect(shown('.summary').textContent).toMatch(
        new RegExp(`^${nato.summary.en.split(' ').slice(0, 5).join(' ')}`),
      );
      for (const selector of ['.title', '.summary', 'blockquote', '.footer a[part="link"]']) {
        expect(unseen(el, shown(selector), card), selector).toEqual([]);
      }
      expect(el.shadowRoot!.querySelector('button')).toBeNull();
      await page.viewport(414, 896);
    });
  }

  it('keeps the height of a taller fallback, with the source line at the bottom', async () => {
    const el = mount<NvStatement>(
      `<nv-statement statement="nato-2022-09-22" variant="compact"><blockquote><p>${nato.summary.en}</p><p>${nato.quotes[0]!.text}</p></blockquote></nv-statement>`,
    );
    await el.updateComplete;
    const fallback = el.getBoundingClientRect().height;
    await settled(el);
    await frames();
    const card = el.shadowRoot!.querySelector('.card')!.getBoundingClientRect();
    expect(card.height).toBeGreaterThanOrEqual(fallback - 0.5);
    const footer = el.shadowRoot!.querySelector('.footer')!.getBoundingClientRect();
    // Below the footer: the gap, the credit line, the card's padding and border; no empty space.
    const credit = el.shadowRoot!.querySelector('[part="credit"]')!.getBoundingClientRect();
    expect(credit.top - footer.bottom).toBeLessThan(12);
    expect(card.bottom - credit.bottom).toBeLessThan(22);
    expect(
      footer.top - el.shadowRoot!.querySelector('.issuer')!.getBoundingClientRect().bottom,
    ).toBeGreaterThan(20);
  });

  /**
   * Mounts an article with the card between two paragraphs, its data held back until the page
   * has painted the fallback; measures the layout shift of the upgrade.
   */
  async function upgradeInArticle(fallback: string) {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    // A URL of its own: the widgets keep each catalog they loaded.
    const url = `${location.origin}${uniqueUrl('held-catalog')}`;
    const original = window.fetch;
    window.fetch = async (input, init) => {
      if (String(input) !== url) return original(input, init);
      await held;
      return new Response(JSON.stringify(toCatalogJSON(catalog)));
    };
    const painted = () =>
      new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    try {
      const article = mount<HTMLElement>(`<article>
        <p>${'An article paragraph before the embed. '.repeat(6)}</p>
        <nv-statement statement="nato-2022-09-22" src="${url}">${fallback}</nv-statement>
        <p id="after">${'An article paragraph after the embed. '.repeat(12)}</p>
      </article>`);
      await painted();
      const shifts: number[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
        })[]) {
          if (!entry.hadRecentInput) shifts.push(entry.value);
        }
      });
      observer.observe({ type: 'layout-shift', buffered: false });
      const el = article.querySelector('nv-statement')!;
      const after = article.querySelector('#after')!;
      const before = {
        card: el.getBoundingClientRect().height,
        after: after.getBoundingClientRect().top,
      };
      release();
      await settled(el);
      await painted();
      observer.disconnect();
      const cls = shifts.reduce((sum, value) => sum + value, 0);
      const card = el.getBoundingClientRect().height;
      console.log(
        `layout shift on upgrade: ${cls.toFixed(4)} (fallback ${before.card}px, card ${card}px)`,
      );
      expect(el.shadowRoot!.querySelector('.card')).not.toBeNull();
      return { cls, before, card, movedBy: after.getBoundingClientRect().top - before.after };
    } finally {
      window.fetch = original;
    }
  }

  const blockquote = (extra = '') => `<blockquote>
    <p><strong>${nato.title.en}</strong></p>
    <p>${nato.summary.en}</p>
    <p>“${nato.quotes[0]!.text}”</p>${extra}
    <footer>— NATO, 22 September 2022. <a href="${nato.source.url}">Source</a></footer>
  </blockquote>`;

  it('shifts no layout when the card replaces a blockquote fallback', async () => {
    // A fallback at least as tall as the card (which says its record has only copies): the card
    // keeps its height, nothing moves.
    const { cls, before, card, movedBy } = await upgradeInArticle(
      blockquote(`<p>${'The Allies will never recognise the illegal annexation. '.repeat(14)}</p>`),
    );
    expect(before.card).toBeGreaterThan(card - 1);
    expect(Math.abs(movedBy)).toBeLessThan(0.5);
    expect(cls).toBeLessThan(0.01);
  });

  it('moves the text below only down, by what the card adds to a shorter fallback', async () => {
    const { before, card, movedBy } = await upgradeInArticle(blockquote());
    expect(card).toBeGreaterThan(before.card);
    expect(movedBy).toBeCloseTo(card - before.card, 0);
  });
});

describe('nv-statement: keyboard', () => {
  it('Tab reaches the source link from the page', async () => {
    const host = mount<HTMLDivElement>(
      '<div><button>Before</button><nv-statement statement="nato-2022-09-22"><p>Short fallback.</p></nv-statement></div>',
    );
    const el = host.querySelector('nv-statement')!;
    await settled(el);
    host.querySelector('button')!.focus();
    await userEvent.keyboard('{Tab}');
    expect(el.shadowRoot!.activeElement).toBe(el.shadowRoot!.querySelector('a[part="link"]'));
  });
});

describe('nv-statement: accessibility', () => {
  for (const { lang, theme } of LOOKS) {
    for (const variant of ['card', 'full'] as const) {
      it(`has no axe violations (${lang}, ${theme}, ${variant})`, async () => {
        const el = await mountSettled<NvStatement>(
          `<nv-statement statement="${withBody.id}" lang="${lang}" theme="${theme}" variant="${variant}"></nv-statement>`,
        );
        expect(await axeViolations(el)).toEqual([]);
      });
    }
  }
});
