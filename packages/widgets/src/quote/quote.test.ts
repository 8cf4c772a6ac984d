import { catalog } from '@null-and-void/statements';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations } from '../../test/axe.js';
import { cleanup, errorsOf, mount, settled, shadowText } from '../../test/helpers.js';
import '../define/quote.js';
import type { NvQuote } from './quote.js';

afterEach(cleanup);

const nato = catalog.get('nato-2022-09-22');
const many = catalog.statements.find((s) => s.quotes.length > 2)!;
const speakerOf = (id: string) => catalog.actor(id as never);

describe('nv-quote: defaults', () => {
  it('shows the first quote verbatim, in its own language, with speaker, statement and source', async () => {
    const el = mount<NvQuote>('<nv-quote statement="nato-2022-09-22"></nv-quote>');
    await settled(el);
    const text = el.shadowRoot!.querySelector('[part="text"]')!;
    expect(text.textContent?.trim()).toBe(nato.quotes[0]!.text);
    expect(text.getAttribute('lang')).toBe(nato.quotes[0]!.language);
    const caption = el.shadowRoot!.querySelector('[part="caption"]')!.textContent!;
    expect(caption).toContain(speakerOf(nato.quotes[0]!.speaker).name.en);
    expect(caption).toContain('22 September 2022');
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="link"]')!;
    expect(link.href).toBe(nato.source.url);
    expect(link.rel).toBe('noopener noreferrer');
    expect(link.textContent).toBe(nato.title.en);
  });
});

describe('nv-quote: attributes', () => {
  it('quote picks another quote of the statement', async () => {
    const el = mount<NvQuote>(`<nv-quote statement="${many.id}" quote="2"></nv-quote>`);
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part="text"]')?.textContent?.trim()).toBe(
      many.quotes[2]!.text,
    );
    el.quote = '0';
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part="text"]')?.textContent?.trim()).toBe(
      many.quotes[0]!.text,
    );
  });
});

describe('nv-quote: events and errors', () => {
  it('an unknown statement fires unknown-id and keeps the fallback', async () => {
    const el = mount<NvQuote>(
      '<nv-quote statement="nato-typo"><blockquote>Kept</blockquote></nv-quote>',
    );
    const errors = errorsOf(el);
    await settled(el);
    expect(errors.map((e) => e.code)).toEqual(['unknown-id']);
    expect(errors[0]!.bubbles && errors[0]!.composed).toBe(true);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).not.toBeNull();
    expect(el.querySelector('blockquote')?.textContent).toBe('Kept');
  });

  for (const [attrs, said] of [
    ['quote="x"', 'quote must be an index'],
    [`quote="${nato.quotes.length}"`, 'out of range'],
    ['theme="sepia"', 'theme must be one of'],
  ] as const) {
    it(`a bad attribute (${attrs}) is invalid-attribute`, async () => {
      const el = mount<NvQuote>(`<nv-quote statement="nato-2022-09-22" ${attrs}>Kept</nv-quote>`);
      const errors = errorsOf(el);
      await settled(el);
      expect(errors.map((e) => e.code)).toEqual(['invalid-attribute']);
      expect(errors[0]!.message).toContain(said);
      expect(el.textContent).toBe('Kept');
    });
  }

  it('no statement is invalid-attribute', async () => {
    const el = mount<NvQuote>('<nv-quote></nv-quote>');
    const errors = errorsOf(el);
    await settled(el);
    expect(errors.map((e) => e.code)).toEqual(['invalid-attribute']);
  });
});

describe('nv-quote: languages and themes', () => {
  it('writes its caption in Ukrainian and keeps the quote in its own language', async () => {
    const el = mount<NvQuote>('<nv-quote statement="nato-2022-09-22" lang="uk"></nv-quote>');
    await settled(el);
    expect(shadowText(el)).toContain(nato.title.uk);
    expect(shadowText(el)).toContain('22 вересня 2022');
    expect(el.shadowRoot!.querySelector('[part="text"]')?.textContent?.trim()).toBe(
      nato.quotes[0]!.text,
    );
  });

  it('dark theme lightens the text', async () => {
    const el = mount<NvQuote>('<nv-quote statement="nato-2022-09-22" theme="dark"></nv-quote>');
    await settled(el);
    const words = el.shadowRoot!.querySelector('[part="text"]')!;
    expect(getComputedStyle(words).color).toBe('rgb(236, 238, 242)');
  });
});

describe('nv-quote: keyboard', () => {
  it('the source link takes focus', async () => {
    const el = mount<NvQuote>('<nv-quote statement="nato-2022-09-22"></nv-quote>');
    await settled(el);
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="link"]')!;
    link.focus();
    expect(el.shadowRoot!.activeElement).toBe(link);
  });
});

describe('nv-quote: accessibility', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const lang of ['en', 'uk'] as const) {
      it(`has no axe violations (${lang}, ${theme})`, async () => {
        // A pull quote has no box of its own: the dark theme is for a dark page.
        const page = mount<HTMLElement>(
          `<div><nv-quote statement="${many.id}" lang="${lang}" theme="${theme}"></nv-quote></div>`,
        );
        page.style.setProperty('background', theme === 'dark' ? '#101114' : '#ffffff');
        const el = page.querySelector('nv-quote')!;
        await settled(el);
        expect(await axeViolations(el)).toEqual([]);
      });
    }
  }
});
