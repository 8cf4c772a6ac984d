import { formatDate, type Lang } from './index.js';

/**
 * A span between two partial dates: `23–27 September 2022` when both are days, one date when
 * they are equal, else both dates at their own precision.
 */
export function formatDateRange(lang: Lang, start: string, end: string): string {
  if (start === end) return formatDate(lang, start);
  if (start.length === 10 && end.length === 10) {
    const format = new Intl.DateTimeFormat(lang === 'uk' ? 'uk-UA' : 'en-GB', {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    });
    return format.formatRange(new Date(`${start}T00:00Z`), new Date(`${end}T00:00Z`));
  }
  return `${formatDate(lang, start)} – ${formatDate(lang, end)}`;
}
