import { catalog } from '@null-and-void/statements';
import { describe, expect, it } from 'vitest';
import { axeViolations, itHasNoAxeViolations } from '../../test/axe.js';
import { itSaysWhatIsWrong } from '../../test/error-cases.js';
import { mount, settled, settledIn, shadowText } from '../../test/helpers.js';
import '../define/quote.js';
import type { NvQuote } from './quote.js';

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
  itSaysWhatIsWrong('nv-quote', '<blockquote>Kept</blockquote>', [
    { what: 'an unknown statement', attributes: 'statement="nato-typo"', code: 'unknown-id' },
  ]);

  itSaysWhatIsWrong('nv-quote statement="nato-2022-09-22"', 'Kept', [
    {
      what: 'a quote that is no index',
      attributes: 'quote="x"',
      message: 'quote must be an index',
    },
    {
      what: 'a quote beyond the last',
      attributes: `quote="${nato.quotes.length}"`,
      message: 'out of range',
    },
    { what: 'an unknown theme', attributes: 'theme="sepia"', message: 'theme must be one of' },
  ]);

  itSaysWhatIsWrong('nv-quote', '', [{ what: 'no statement', attributes: '' }]);
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
  itHasNoAxeViolations(async ({ lang, theme }) => {
    // A pull quote has no box of its own: the dark theme is for a dark page.
    const background = theme === 'dark' ? '#101114' : '#ffffff';
    const el = await settledIn(
      `<div style="background: ${background}"><nv-quote statement="${many.id}" lang="${lang}" theme="${theme}"></nv-quote></div>`,
      'nv-quote',
    );
    expect(await axeViolations(el)).toEqual([]);
  });
});
