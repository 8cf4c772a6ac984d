/** The script of content pages: copy buttons for citations and snippets. */
import { enableCopyButtons } from './copy.js';

enableCopyButtons();
