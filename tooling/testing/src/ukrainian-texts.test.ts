import { describe, expect, it } from 'vitest';
import { apostrophes, textsOf } from './ukrainian-texts.js';

describe('textsOf', () => {
  it('yields every string, however deep, with its path of keys', () => {
    const value = { title: { en: 'Vote', uk: 'Голосування' }, quotes: [{ uk: 'Зʼїзд' }], n: 3 };
    expect([...textsOf(value)]).toEqual([
      ['title.en', 'Vote'],
      ['title.uk', 'Голосування'],
      ['quotes.0.uk', 'Зʼїзд'],
    ]);
    expect([...textsOf({ a: 'б' }, 'uk')]).toEqual([['uk.a', 'б']]);
  });
});

describe('apostrophes', () => {
  it('finds a typewriter, modifier or backtick apostrophe inside a Cyrillic word', () => {
    const texts = ["м'ясо", 'Зʼїзд', 'сім`я', 'пам’ять', "the people's vote", 'Об’єднаних'];
    expect(apostrophes(texts)).toEqual({ wrong: ["м'ясо", 'Зʼїзд', 'сім`я'], typographic: 2 });
  });

  it('reports the pair of a path and its text as given', () => {
    const report = apostrophes([['uk.a', "суб'єкт"] as const]);
    expect(report.wrong).toEqual([['uk.a', "суб'єкт"]]);
  });
});
