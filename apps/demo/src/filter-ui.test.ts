import { SET_KEYS } from '@null-and-void/statements/engine';
import { describe, expect, it } from 'vitest';
import { SET_FILTERS } from './filter-ui.js';

describe("the statements page's filter form", () => {
  it('offers every set filter of the query API once', () => {
    expect([...SET_FILTERS].sort()).toEqual([...SET_KEYS].sort());
    expect(new Set(SET_FILTERS).size).toBe(SET_FILTERS.length);
  });
});
