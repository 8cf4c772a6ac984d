/**
 * The security headers the site's server sends, and any host of the built site should send
 * (README, "Security headers"): a Content-Security-Policy the site keeps with no violation
 * (no inline script or style, no markup from strings but through the two named Trusted Types
 * policies), a referrer policy, `nosniff`, and framing allowed only for the iframe embed pages,
 * which news sites frame. The server test checks that the README states what is sent here.
 *
 * The embed pages carry no `frame-ancestors` at all rather than `frame-ancestors *`: Chromium
 * refuses `*` when an ancestor is a sandboxed document (an opaque origin, as in a CMS preview or
 * a sandboxed article frame), as e2e/csp.test.ts shows.
 */
import { createHash } from 'node:crypto';
import { FRAME_STYLE } from './snippets.js';

/** The hash by which `style-src` allows the iframe snippet's one inline style (see snippets.ts). */
const frameStyleHash = `'sha256-${createHash('sha256').update(FRAME_STYLE).digest('base64')}'`;

const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // The builder and the "Embed this" panels preview the iframe snippet as it is pasted.
  `style-src 'self' 'unsafe-hashes' ${frameStyleHash}`,
  "img-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "require-trusted-types-for 'script'",
  // nv-preview: the embed previews' documents (client/preview-frames.ts); lit-html: the
  // widgets'. No page loads two copies of Lit, hence no 'allow-duplicates' (README).
  'trusted-types nv-preview lit-html',
];

/**
 * The API reference (`/docs/api/`) is TypeDoc's own pages, whose script builds the navigation and
 * search with `innerHTML` and its member filters as a `<style>` element: they are served without
 * the Trusted Types requirement and with inline styles allowed (their one inline script is
 * removed at build, see api-docs.ts); scripts stay the site's own files only.
 */
const API_DOCS_PAGE = /^\/docs\/api\//;
const API_DOCS_POLICY = POLICY.filter((directive) => !directive.includes('trusted-types')).map(
  (directive) =>
    directive.startsWith('style-src') ? "style-src 'self' 'unsafe-inline'" : directive,
);

/** The iframe embed pages (`/embed/…`, `/uk/embed/…`), which any page may frame. */
const EMBED_PAGE = /^\/(?:uk\/)?embed\//;

/** The security headers of the response to `sitePath` (the path under the base path). */
export function securityHeaders(sitePath: string): Record<string, string> {
  const framed = EMBED_PAGE.test(sitePath);
  const policy = API_DOCS_PAGE.test(sitePath) ? API_DOCS_POLICY : POLICY;
  return {
    'Content-Security-Policy': (framed ? policy : [...policy, "frame-ancestors 'none'"]).join('; '),
    ...(framed ? {} : { 'X-Frame-Options': 'DENY' }),
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Content-Type-Options': 'nosniff',
  };
}
