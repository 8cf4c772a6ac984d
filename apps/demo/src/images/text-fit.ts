/**
 * Line breaking for the share images, done here rather than left to satori, so that a long title
 * can be set smaller or cut at a word with "…", and never runs out of its box: the widths come
 * from the same font files satori draws with.
 */
import opentype from 'opentype.js';
import type { Face, FontFile, Weight } from './fonts.js';

export interface TextStyle {
  face: Face;
  weight: Weight;
  /** Font size in px. */
  size: number;
}

export interface FitOptions {
  face: Face;
  weight: Weight;
  /** The box's width in px. */
  width: number;
  /** Font sizes with the lines allowed at each, to try in turn; the text is cut only at the last. */
  steps: readonly (readonly [size: number, maxLines: number])[];
}

export interface Fitted {
  size: number;
  lines: string[];
  /** True when words were left out (the last line ends in "…"). */
  cut: boolean;
}

/** Measured widths are a shade short of satori's at some sizes: keep this much spare. */
const SLACK = 0.97;
const ELLIPSIS = '…';

export class TextMeasure {
  readonly #fonts = new Map<string, opentype.Font[]>();
  readonly #widths = new Map<string, number>();

  constructor(fonts: readonly { file: FontFile; data: Buffer }[]) {
    for (const { file, data } of fonts) {
      const key = `${file.face} ${file.weight}`;
      const buffer = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
      const list = this.#fonts.get(key) ?? [];
      list.push(opentype.parse(buffer));
      this.#fonts.set(key, list);
    }
  }

  /** The letters of a text that no subset of the face has: satori would draw each as a box. */
  missing(text: string, face: Face, weight: Weight): string[] {
    const fonts = this.#fonts.get(`${face} ${weight}`) ?? [];
    return [...new Set(text)].filter(
      (char) => !/\s/.test(char) && !fonts.some((f) => f.charToGlyphIndex(char) > 0),
    );
  }

  /** The width in px of a text set on one line, each letter from the first subset that has it. */
  width(text: string, style: TextStyle): number {
    const key = `${style.face} ${style.weight}`;
    let perEm = this.#widths.get(`${key}|${text}`);
    if (perEm === undefined) {
      const fonts = this.#fonts.get(key);
      if (!fonts) throw new Error(`No font is loaded for ${key}.`);
      perEm = 0;
      for (const char of text) {
        const font = fonts.find((f) => f.charToGlyphIndex(char) > 0) ?? fonts[0]!;
        perEm += font.getAdvanceWidth(char, 1);
      }
      this.#widths.set(`${key}|${text}`, perEm);
    }
    return perEm * style.size;
  }

  /** Breaks a text into at most `maxLines` lines; cuts it at a word with "…" if it is longer. */
  wrap(text: string, style: TextStyle, width: number, maxLines: number): Omit<Fitted, 'size'> {
    if (maxLines < 1) return { lines: [], cut: text.trim() !== '' };
    const room = width * SLACK;
    const space = this.width(' ', style);
    const lines: string[] = [];
    let line = '';
    let lineWidth = 0;
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const wordWidth = this.width(word, style);
      if (line && lineWidth + space + wordWidth <= room) {
        line += ` ${word}`;
        lineWidth += space + wordWidth;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      lineWidth = wordWidth;
      if (lines.length === maxLines) break;
    }
    if (lines.length < maxLines) return { lines: [...lines, line].filter(Boolean), cut: false };
    return { lines: [...lines.slice(0, -1), this.#cut(lines.at(-1)!, style, room)], cut: true };
  }

  /** Sets the text at the first step at which it fits whole; at the last step, cuts it. */
  fit(text: string, options: FitOptions): Fitted {
    for (const [index, [size, maxLines]] of options.steps.entries()) {
      const style = { face: options.face, weight: options.weight, size };
      const wrapped = this.wrap(text, style, options.width, maxLines);
      if (!wrapped.cut || index === options.steps.length - 1) return { size, ...wrapped };
    }
    throw new Error('fit() needs at least one step (font size and lines).');
  }

  /** The line shortened word by word until it and "…" fit. */
  #cut(line: string, style: TextStyle, room: number): string {
    const words = line.split(' ');
    while (words.length > 1) {
      const candidate = `${words.join(' ').replace(/[\s,;:.—–-]+$/, '')}${ELLIPSIS}`;
      if (this.width(candidate, style) <= room) return candidate;
      words.pop();
    }
    return `${words[0]}${ELLIPSIS}`;
  }
}
