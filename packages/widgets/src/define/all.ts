import './statement.js';
import './quote.js';
