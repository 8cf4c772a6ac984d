/**
 * The project's public site, where the release workflow deploys the demo site by default
 * (`https://<owner>.github.io/<repository>/` for github.com/null-and-void/null-and-void): the site
 * a widget links to when it is loaded from a package CDN or bundled by an app. Written here, not
 * read from the environment at build time, so that every build of a version is byte for byte the
 * published one and the README's SRI hashes hold for it (docs/decisions/0017).
 */
export const PROJECT_SITE = 'https://null-and-void.github.io/null-and-void/';

/** esbuild's `define` that writes `PROJECT_SITE` into `credit-url.ts`, for every build. */
export const SITE_DEFINE = { __NV_SITE__: JSON.stringify(PROJECT_SITE) };
