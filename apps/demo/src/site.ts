/**
 * Where the site lives. One value, `NV_SITE_URL`, gives every absolute URL (canonical links,
 * Open Graph, feeds, sitemap, embed snippets); a path in it (a project page on a shared host)
 * prefixes every internal link.
 */
const configured = process.env.NV_SITE_URL ?? 'http://localhost:4173';
const parsed = new URL(configured.endsWith('/') ? configured : `${configured}/`);

/** The site's origin, e.g. `https://null-and-void.org`. */
export const SITE_ORIGIN = parsed.origin;
/** The path the site is served under, always ending in `/`. */
export const BASE_PATH = parsed.pathname;
export const SITE_NAME = 'Null & Void';

/** A site path (`/statements/x/`) with the base path in front. */
export function href(path: string): string {
  return BASE_PATH + path.replace(/^\//, '');
}

/** The absolute URL of a site path. */
export function absolute(path: string): string {
  return SITE_ORIGIN + href(path);
}
