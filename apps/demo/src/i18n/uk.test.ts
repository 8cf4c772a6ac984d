import { describe, expect, it } from 'vitest';
import { uk } from './uk.js';

/** Every string of a table, however deep, with its path. */
function* texts(value: unknown, path = 'uk'): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) yield* texts(inner, `${path}.${key}`);
  }
}

describe('Ukrainian UI strings', () => {
  const all = [...texts(uk)];

  it('use the typographic apostrophe (’) inside words, never a typewriter or modifier one', () => {
    const wrong = all.filter(([, text]) =>
      /\p{Script=Cyrillic}['ʼ`]\p{Script=Cyrillic}/u.test(text),
    );
    expect(wrong).toEqual([]);
    // The check looks where apostrophes are: the table has words that need one.
    expect(all.some(([, text]) => /\p{Script=Cyrillic}’\p{Script=Cyrillic}/u.test(text))).toBe(
      true,
    );
  });

  it('call a social-media post one, and say "стислий виклад" for a summary', () => {
    expect(uk.statementKinds['platform-statement']).toBe('Допис у соцмережі');
    expect(uk.summary).toBe('Стислий виклад');
    expect(all.filter(([, text]) => /учасник|Підсумок|англ\.\)/u.test(text))).toEqual([]);
  });
});
