import { define } from '../base/define.js';
import { NvTally } from '../tally/tally.js';

export { NvTally };

define('nv-tally', NvTally);
