/**
 * What a page that writes embed snippets needs to know of the widgets, without loading Lit: the
 * filter attributes of the list and the search, and the pages of the site the widgets link to.
 * Safe in Node and in browsers (the demo site's prerender and embed builder import it).
 */

export {
  eventPath,
  instrumentPath,
  quotePath,
  statementPath,
  statementsPath,
  voteMapPath,
} from './base/credit-url.js';
export {
  attributesFilter,
  FILTER_ATTRIBUTES,
  type FilterAttribute,
} from './base/filter-attributes.js';
