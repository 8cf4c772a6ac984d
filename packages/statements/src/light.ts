/**
 * The light index: ids, titles, dates, issuers and events of every statement, without the
 * summaries, quotes and bodies. For pickers, links and "latest" lists that must not pay for
 * the corpus. Load one statement in full from `@null-and-void/statements/records/<id>`.
 */

export * from './generated/ids.js';
export { lightIndex } from './generated/light-index.js';
export type { LightStatement } from './light-types.js';
