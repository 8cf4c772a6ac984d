import { describe, expect, test } from 'vitest';
import { LANGS } from '../i18n/index.js';
import { record } from '../record.js';
import { type Face, readFonts, type Weight } from './fonts.js';
import { shareCardFor } from './share-card.js';
import { TextMeasure } from './text-fit.js';

const measure = new TextMeasure(readFonts());
const TITLE = { face: 'serif', weight: 700 } as const;
const longest = (lang: 'en' | 'uk') =>
  [...record.statements].sort((a, b) => b.title[lang].length - a.title[lang].length)[0]!.title[
    lang
  ];

describe('TextMeasure', () => {
  test('Cyrillic letters are measured from the Cyrillic subset, not as missing glyphs', () => {
    const style = { ...TITLE, size: 50 };
    // A missing glyph has one fixed width; real letters differ from each other.
    expect(measure.width('ш', style)).toBeGreaterThan(measure.width('і', style) * 2);
    expect(measure.missing('Україна, Šefčovič, “Null & Void” — 1200 × 630…', 'sans', 400)).toEqual(
      [],
    );
    expect(measure.missing('中', 'serif', 700)).toEqual(['中']);
  });

  test('every text the cards show has a glyph in the fonts, in both languages', () => {
    const faces: [Face, Weight][] = [
      ['serif', 700],
      ['serif', 400],
      ['sans', 600],
      ['sans', 400],
    ];
    const pages = [
      '/',
      ...record.statements.flatMap((s) => [
        `/statements/${s.id}/`,
        ...s.quotes.map((_, i) => `/statements/${s.id}/quotes/${i + 1}/`),
      ]),
      ...record.actors.map((a) => `/actors/${a.id}/`),
      ...record.events.map((e) => `/events/${e.id}/`),
      ...record.instruments.map((i) => `/instruments/${i.id}/`),
    ];
    const missing = new Set<string>();
    for (const lang of LANGS)
      for (const path of pages) {
        const text = JSON.stringify(shareCardFor(lang, path));
        for (const [face, weight] of faces)
          for (const char of measure.missing(text, face, weight)) missing.add(char);
      }
    expect([...missing]).toEqual([]);
  });

  test('a short title fits whole at the first size', () => {
    const fitted = measure.fit('Territorial integrity of Ukraine', {
      ...TITLE,
      width: 1056,
      steps: [
        [58, 3],
        [42, 3],
      ],
    });
    expect(fitted).toEqual({ size: 58, lines: ['Territorial integrity of Ukraine'], cut: false });
  });

  test.each(LANGS)('the longest %s title is set smaller, whole, within its box', (lang) => {
    const title = longest(lang);
    const fitted = measure.fit(title, {
      ...TITLE,
      width: 1056,
      steps: [
        [58, 3],
        [52, 3],
        [46, 3],
        [42, 3],
        [40, 4],
      ],
    });
    expect(fitted.size).toBeLessThan(58);
    expect(fitted.cut).toBe(false);
    expect(fitted.lines.join(' ')).toBe(title.replace(/\s+/g, ' '));
    for (const line of fitted.lines)
      expect(measure.width(line, { ...TITLE, size: fitted.size })).toBeLessThanOrEqual(1056);
  });

  test.each(LANGS)('a %s text too long for its lines is cut at a word, with "…"', (lang) => {
    const text = record.statements.find((s) => s.summary[lang].length > 600)!.summary[lang];
    const style = { face: 'sans', weight: 400, size: 26 } as const;
    const { lines, cut } = measure.wrap(text, style, 1056, 3);
    expect(cut).toBe(true);
    expect(lines).toHaveLength(3);
    const last = lines.at(-1)!;
    expect(last.endsWith('…')).toBe(true);
    const shown = lines.join(' ').slice(0, -1);
    // What is shown is the text's start, ending where a word ends (bar trailing punctuation).
    expect(text.replace(/\s+/g, ' ').startsWith(shown)).toBe(true);
    expect(text.replace(/\s+/g, ' ')[shown.length]).toMatch(/[\s,;:.—–-]/);
    for (const line of lines) expect(measure.width(line, style)).toBeLessThanOrEqual(1056);
  });

  test('no lines to fill is no text, and said to be cut', () => {
    expect(measure.wrap('Some words', { ...TITLE, size: 20 }, 500, 0)).toEqual({
      lines: [],
      cut: true,
    });
  });
});
