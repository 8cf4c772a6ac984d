/**
 * Text from a catalog (titles, field names, ids) made safe to print to a terminal: control
 * characters are shown as `\uXXXX` escapes instead of being obeyed, so that a record cannot
 * retitle, clear or rewrite the reader's terminal (`ESC ]0;…`, `ESC [2J`, a carriage return that
 * overwrites a line), nor reverse the order of what follows (bidirectional overrides). Inside a
 * JSON string the escape means the same character, so JSON output stays equal to the data.
 */

// C0 controls but tab and line feed, DEL, C1 controls (U+009B is a one-character CSI), the line
// and paragraph separators, and the bidirectional embeddings, overrides and isolates.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every character a terminal would act on written as a visible `\uXXXX` escape. */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
