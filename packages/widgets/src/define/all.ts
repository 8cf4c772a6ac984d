import './statement.js';
import './quote.js';
import './statement-list.js';
import './search.js';
