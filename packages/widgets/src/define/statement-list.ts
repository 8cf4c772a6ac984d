import { define } from '../base/define.js';
import { NvStatementList } from '../statement-list/statement-list.js';

export { NvStatementList };

define('nv-statement-list', NvStatementList);
