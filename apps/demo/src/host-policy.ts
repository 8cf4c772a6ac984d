/**
 * The Content-Security-Policy a news site's page needs to run the widgets, as the embed builder
 * states it (and `packages/widgets/README.md` documents it): scripts and data from the CDN the
 * snippets load the bundles from, Trusted Types on, and Lit's `lit-html` policy allowed, more than once since
 * each element script carries its own copy of Lit.
 */
import { CDN_BASE } from './widget-bundles.js';

/** The policy for a page that serves the widget bundles and their data from its own origin. */
export const SELF_HOSTED_POLICY =
  "default-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

/** The policy for a page that loads the bundles from `origin` (the snippets' CDN, by default). */
export function hostPolicy(origin: string = new URL(CDN_BASE).origin): string {
  return `default-src 'self'; script-src 'self' ${origin}; connect-src 'self' ${origin}; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'`;
}
