/**
 * The fonts of the share images: Noto Serif for titles and quotes and Noto Sans for the rest, the
 * open fonts the site's own font stacks fall back to, from Fontsource's npm packages.
 *
 * Fontsource splits each font into one file per script subset. Satori ignores a second file given
 * under a family name it already has (every Cyrillic letter would then be a box), so each subset
 * is registered under a family name of its own and the three are listed together.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export type Face = 'serif' | 'sans';
export type Weight = 400 | 600 | 700;

const FACES: Record<Face, { pkg: string; family: string; weights: readonly Weight[] }> = {
  serif: { pkg: 'noto-serif', family: 'NV Serif', weights: [400, 700] },
  sans: { pkg: 'noto-sans', family: 'NV Sans', weights: [400, 600] },
};
/** Basic Latin first: satori takes a glyph from the first family in the list that has it. */
const SUBSETS = [
  { subset: 'latin', suffix: '' },
  { subset: 'latin-ext', suffix: ' Ext' },
  { subset: 'cyrillic', suffix: ' Cyrillic' },
] as const;

export interface FontFile {
  face: Face;
  /** The family name satori knows this subset by. */
  family: string;
  weight: Weight;
  path: string;
}

export const FONT_FILES: readonly FontFile[] = (Object.keys(FACES) as Face[]).flatMap((face) => {
  const { pkg, family, weights } = FACES[face];
  return weights.flatMap((weight) =>
    SUBSETS.map(({ subset, suffix }) => ({
      face,
      family: family + suffix,
      weight,
      path: require.resolve(`@fontsource/${pkg}/files/${pkg}-${subset}-${weight}-normal.woff`),
    })),
  );
});

/** The CSS `font-family` of a face: its subsets' families in fallback order. */
export function fontFamily(face: Face): string {
  return SUBSETS.map(({ suffix }) => `"${FACES[face].family}${suffix}"`).join(', ');
}

/** The files' bytes, read once per thread. */
export function readFonts(): { file: FontFile; data: Buffer }[] {
  return FONT_FILES.map((file) => ({ file, data: readFileSync(file.path) }));
}
