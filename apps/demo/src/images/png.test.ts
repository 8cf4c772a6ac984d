import { Resvg } from '@resvg/resvg-js';
import { describe, expect, test } from 'vitest';
import { icoFile } from './favicons.js';
import { encodePng } from './png.js';

/** Decodes a PNG by drawing it with resvg, an independent reader. */
function decode(png: Buffer, width: number, height: number): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${png.toString('base64')}" style="image-rendering:pixelated"/></svg>`;
  return new Resvg(svg).render().pixels;
}

describe('encodePng', () => {
  test('writes the pixels it is given, as an RGB PNG', () => {
    const colours = [
      [0xf8, 0xf6, 0xf1],
      [0x1c, 0x1b, 0x19],
      [0x9e, 0x1b, 0x1b],
      [0x1f, 0x6f, 0x43],
      [0x8a, 0x6d, 0x12],
      [0x6b, 0x6b, 0x6b],
    ];
    const rgba = Buffer.from(colours.flatMap((c) => [...c, 255]));
    const png = encodePng(rgba, 3, 2);
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20), png[24], png[25]]).toEqual([3, 2, 8, 2]);
    expect([...decode(png, 3, 2)]).toEqual([...rgba]);
  });

  test('refuses pixels that do not match the size', () => {
    expect(() => encodePng(new Uint8Array(10), 2, 2)).toThrow(
      'encodePng: 10 bytes is not 2×2 RGBA pixels.',
    );
  });
});

describe('icoFile', () => {
  test('holds each PNG behind a directory entry with its size and place', () => {
    const images = [16, 32, 48].map((size) => ({
      size,
      png: encodePng(new Uint8Array(size * size * 4).fill(200), size, size),
    }));
    const ico = icoFile(images);
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 3]);
    images.forEach(({ size, png }, i) => {
      const entry = 6 + 16 * i;
      expect([ico[entry], ico[entry + 1], ico.readUInt16LE(entry + 6)]).toEqual([size, size, 32]);
      const [length, offset] = [ico.readUInt32LE(entry + 8), ico.readUInt32LE(entry + 12)];
      expect(ico.subarray(offset, offset + length).equals(png)).toBe(true);
    });
  });
});
