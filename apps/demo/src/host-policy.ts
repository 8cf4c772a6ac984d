/**
 * The Content-Security-Policy a news site's page needs to run the widgets, as the embed builder
 * states it (and `packages/widgets/README.md` documents it): scripts and data from the site that
 * serves the bundles, Trusted Types on, and Lit's `lit-html` policy allowed, more than once since
 * each element script carries its own copy of Lit.
 */
import { SITE_ORIGIN } from './site.js';

/** The policy for a page that serves the widget bundles and their data from its own origin. */
export const SELF_HOSTED_POLICY =
  "default-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

/** The policy for a page that loads the bundles from `origin` (this site, by default). */
export function hostPolicy(origin: string = SITE_ORIGIN): string {
  return `default-src 'self'; script-src 'self' ${origin}; connect-src 'self' ${origin}; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'`;
}
