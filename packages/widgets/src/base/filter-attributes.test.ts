import { FILTER_KEYS } from '@null-and-void/statements/engine';
import { describe, expect, it } from 'vitest';
import {
  attributeOf,
  attributesFilter,
  FILTER_ATTRIBUTES,
  type FilterAttribute,
  propertyOf,
} from './filter-attributes.js';

describe('FILTER_ATTRIBUTES', () => {
  it('gives every set filter of the query API exactly one attribute', () => {
    const setKeys = FILTER_KEYS.filter((key) => key !== 'from' && key !== 'to');
    const keys = Object.values(FILTER_ATTRIBUTES);
    expect([...keys].sort()).toEqual([...setKeys].sort());
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('names the attributes that differ from their key, and their properties', () => {
    expect(attributeOf('theme')).toBe('topic');
    expect(attributeOf('lang')).toBe('text-lang');
    expect(attributeOf('callToAction')).toBe('call-to-action');
    expect(attributeOf('from')).toBe('from');
    expect(propertyOf('call-to-action')).toBe('callToAction');
    expect(propertyOf('text-lang')).toBe('textLang');
    expect(propertyOf('topic')).toBe('topic');
  });

  it('turns comma-separated attribute values into a filter', () => {
    const values: Partial<Record<FilterAttribute, string>> = {
      topic: 'annexation',
      'text-lang': ' de , en ',
      year: '2022',
      issuer: ' ,',
    };
    expect(attributesFilter((attribute) => values[attribute] ?? '')).toEqual({
      theme: 'annexation',
      lang: ['de', 'en'],
      year: '2022',
    });
  });
});
