import { define } from '../base/define.js';
import { NvStatement } from '../statement/statement.js';

export { NvStatement };

define('nv-statement', NvStatement);
