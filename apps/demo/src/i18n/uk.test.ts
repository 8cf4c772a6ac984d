import { apostrophes, textsOf } from '@null-and-void/testing/ukrainian-texts';
import { describe, expect, it } from 'vitest';
import { uk } from './uk.js';

describe('Ukrainian UI strings', () => {
  const all = [...textsOf(uk, 'uk')];

  it('use the typographic apostrophe (’) inside words, never a typewriter or modifier one', () => {
    const { wrong, typographic } = apostrophes(all);
    expect(wrong).toEqual([]);
    // The check looks where apostrophes are: the table has words that need one.
    expect(typographic).toBeGreaterThan(0);
  });

  it('call a social-media post one, and say "стислий виклад" for a summary', () => {
    expect(uk.statementKinds['platform-statement']).toBe('Допис у соцмережі');
    expect(uk.summary).toBe('Стислий виклад');
    expect(all.filter(([, text]) => /учасник|Підсумок|англ\.\)/u.test(text))).toEqual([]);
  });
});
