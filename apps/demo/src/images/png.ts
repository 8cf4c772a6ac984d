/**
 * A PNG encoder for opaque images: 8-bit RGB, no per-row filter, zlib at its default level. On
 * the share cards' flat backgrounds and text this gives files about a third smaller than resvg's
 * own `asPng()`, in about the same time (measured: 37 KB against 57 KB, ~14 ms each).
 */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const framed = Buffer.alloc(body.length + 8);
  framed.writeUInt32BE(data.length, 0);
  body.copy(framed, 4);
  framed.writeUInt32BE(crc32(body), body.length + 4);
  return framed;
}

/** Encodes RGBA pixels (straight or premultiplied: the image is opaque) as an RGB PNG. */
export function encodePng(rgba: Uint8Array, width: number, height: number): Buffer {
  if (rgba.length !== width * height * 4)
    throw new Error(`encodePng: ${rgba.length} bytes is not ${width}×${height} RGBA pixels.`);
  const stride = width * 3 + 1;
  const rows = Buffer.alloc(stride * height); // each row starts with filter type 0 (none)
  for (let y = 0; y < height; y++) {
    for (let x = 0, from = y * width * 4, to = y * stride + 1; x < width; x++, from += 4, to += 3) {
      rows[to] = rgba[from]!;
      rows[to + 1] = rgba[from + 1]!;
      rows[to + 2] = rgba[from + 2]!;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, RGB, deflate, no filter choice, no interlace
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
