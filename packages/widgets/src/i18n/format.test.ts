import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange } from './format.js';

describe('formatDate', () => {
  it('writes a partial date at its own precision, in each language', () => {
    expect(formatDate('en', '2022-09-23')).toBe('23 September 2022');
    expect(formatDate('en', '2022-09')).toBe('September 2022');
    expect(formatDate('en', '2022')).toBe('2022');
    expect(formatDate('uk', '2022-09-23')).toBe('23 вересня 2022 р.');
  });

  it('writes the years 1 to 99 as themselves, not as the 1900s', () => {
    expect(formatDate('en', '0050-09-23')).toBe('23 September 50');
    expect(formatDate('en', '0099')).toBe('99');
    expect(formatDate('en', '0001-01')).toBe('January 1');
    expect(formatDate('uk', '0050-09-23')).toBe('23 вересня 50 р.');
    expect(formatDateRange('en', '0050-09-23', '0050-09-27')).toBe(
      formatDateRange('en', '2022-09-23', '2022-09-27').replace('2022', '50'),
    );
    expect(formatDateRange('en', '0050-09-23', '0050-09-27')).toMatch(/^23.+27 September 50$/);
  });

  it('writes the year 0000 as 1 BC, the year it is, not as the year 1', () => {
    expect(formatDate('en', '0000-03-01')).toBe('1 March 1 BC');
    expect(formatDate('en', '0000')).toBe('1 BC');
  });
});
