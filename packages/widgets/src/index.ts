/**
 * `@null-and-void/widgets`: the element classes without registering them. Import
 * `@null-and-void/widgets/<element>.js` to define one, or `all.js` for every element.
 */
export { define } from './base/define.js';
export { NvErrorEvent, NvFilterChangeEvent, NvSelectEvent } from './base/events.js';
export type { Theme } from './base/nv-element.js';
export { NvElement, THEMES } from './base/nv-element.js';
export type { NvErrorCode } from './data/widget-error.js';
export type { Lang, Strings } from './i18n/index.js';
export { LANGS } from './i18n/index.js';
export { NvQuote } from './quote/quote.js';
export { NvSearch } from './search/search.js';
export type { StatementVariant } from './statement/statement.js';
export { NvStatement, VARIANTS } from './statement/statement.js';
export type { ListFilter } from './statement-list/statement-list.js';
export { LIST_FILTERS, NvStatementList } from './statement-list/statement-list.js';
export type { TallySide } from './tally/tally.js';
export { NvTally } from './tally/tally.js';
export { NvTimeline } from './timeline/timeline.js';
export type { MapCategory } from './vote-map/map-votes.js';
export { NvVoteMap } from './vote-map/vote-map.js';
