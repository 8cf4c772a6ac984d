/**
 * Where each page's share image lives: one 1200×630 PNG per page and language, at an address
 * derived from the page's path, so that `og:image`, oEmbed thumbnails and snippets agree.
 */
import type { Lang } from '../i18n/index.js';

/** `/images/en/statements/nato-2022-09-22.png` for `/statements/nato-2022-09-22/`; `/` is `home`. */
export function shareImagePath(lang: Lang, pagePath: string): string {
  const name = pagePath.replace(/^\/|\/$/g, '') || 'home';
  return `/images/${lang}/${name}.png`;
}
