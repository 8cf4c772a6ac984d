import { define } from '../base/define.js';
import { NvQuote } from '../quote/quote.js';

export { NvQuote };

define('nv-quote', NvQuote);
