import './statement.js';
import './quote.js';
import './timeline.js';
import './tally.js';
