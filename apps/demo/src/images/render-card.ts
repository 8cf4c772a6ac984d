/**
 * One card to one PNG, without a browser: satori lays the template out as SVG, resvg paints it.
 * A renderer loads the fonts once and is reused for every card of its thread.
 */
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { cardTemplate, HEIGHT, WIDTH } from './card-template.js';
import { readFonts } from './fonts.js';
import { encodePng } from './png.js';
import type { ShareCard } from './share-card.js';
import { TextMeasure } from './text-fit.js';

/** The site's ∅ mark (public/favicon.svg), the same file the browser tab shows. */
export const MARK_FILE = new URL('../../public/favicon.svg', import.meta.url);

export type CardRenderer = (card: ShareCard) => Promise<Buffer>;

export function createCardRenderer(): CardRenderer {
  const loaded = readFonts();
  const measure = new TextMeasure(loaded);
  const fonts = loaded.map(({ file, data }) => ({
    name: file.family,
    data,
    weight: file.weight,
    style: 'normal' as const,
  }));
  const mark = `data:image/svg+xml;base64,${readFileSync(MARK_FILE).toString('base64')}`;
  return async (card) => {
    // satori's types ask for a React element; the template builds the same plain shape.
    const element = cardTemplate(card, measure, mark) as unknown as Parameters<typeof satori>[0];
    const svg = await satori(element, { width: WIDTH, height: HEIGHT, fonts });
    const image = new Resvg(svg, { fitTo: { mode: 'original' } }).render();
    return encodePng(image.pixels, image.width, image.height);
  };
}
