/**
 * The favicon set beside `favicon.svg`: `favicon.ico` (16, 32 and 48 px, for browsers and tools
 * that ask for that file by name) and `apple-touch-icon.png` (180 px), painted from the same SVG.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { MARK_FILE } from './render-card.js';

export const ICO_SIZES = [16, 32, 48] as const;
export const TOUCH_ICON_SIZE = 180;
/** The mark's own background colour: iOS rounds the corners itself, so the square is filled. */
const TOUCH_BACKGROUND = '#1c1b19';

function paint(svg: string, size: number, background?: string): Buffer {
  const options = {
    fitTo: { mode: 'width' as const, value: size },
    ...(background ? { background } : {}),
  };
  return new Resvg(svg, options).render().asPng();
}

/**
 * An ICO file holding PNG images, which every browser since Internet Explorer 9 reads: a 6-byte
 * header, a 16-byte entry per image (size, colour depth, length, offset), then the PNGs.
 */
export function icoFile(images: readonly { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1: icon (2 would be a cursor)
  header.writeUInt16LE(images.length, 4);
  let offset = header.length + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // 0 stands for 256
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((image) => image.png)]);
}

/** Writes `favicon.ico` and `apple-touch-icon.png` into the site's root folder. */
export function writeFavicons(outDir: string): void {
  const svg = readFileSync(MARK_FILE, 'utf8');
  const ico = icoFile(ICO_SIZES.map((size) => ({ size, png: paint(svg, size) })));
  writeFileSync(join(outDir, 'favicon.ico'), ico);
  writeFileSync(
    join(outDir, 'apple-touch-icon.png'),
    paint(svg, TOUCH_ICON_SIZE, TOUCH_BACKGROUND),
  );
}
