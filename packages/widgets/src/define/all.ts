import './statement.js';
import './quote.js';
import './timeline.js';
import './tally.js';
import './statement-list.js';
import './search.js';
