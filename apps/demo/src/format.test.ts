/** The site writes dates with the widgets' module: the years 0000–0099 are not the 1900s. */
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange } from './format.js';

describe("the site's dates", () => {
  it('writes the years 0000–0099 as themselves, not as 1900–1999', () => {
    expect(formatDate('en', '0050')).toBe('50');
    expect(formatDate('en', '0099-12')).toBe('December 99');
    expect(formatDate('en', '0001-01-01')).toBe('1 January 1');
    expect(formatDate('uk', '0050-03-15')).toMatch(/^15 березня 50/);
    expect(formatDateRange('en', '0050-03-01', '0050-03-05')).toMatch(/^1\s?–\s?5 March 50$/);
  });

  it('writes a date as the widgets do', () => {
    expect(formatDate('en', '2022-09-23')).toBe('23 September 2022');
    expect(formatDate('uk', '2022-09')).toBe('вересень 2022 р.');
  });
});
