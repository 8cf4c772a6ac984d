import { define } from '../base/define.js';
import { NvSearch } from '../search/search.js';

export { NvSearch };

define('nv-search', NvSearch);
