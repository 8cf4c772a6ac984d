/** One state's outline on the vote map. */
export interface WorldShape {
  /** ISO 3166-1 alpha-2 code; '' where Natural Earth's feature has none (e.g. Somaliland). */
  readonly id: string;
  /** Whether the state is a member of the United Nations. */
  readonly un: boolean;
  /** An SVG path in the map's coordinates, projected at build time. */
  readonly d: string;
}

/** The vote map's geometry: the frame of the map and every shape in it. */
export interface WorldGeometry {
  readonly width: number;
  readonly height: number;
  readonly shapes: readonly WorldShape[];
}

/**
 * The geometry, generated at build time (`scripts/build-geometry.ts`). The npm build imports it
 * lazily, so a bundler puts it in its own chunk that loads only with a map; the CDN build swaps
 * this module for `world-cdn.ts`, which fetches it next to the script.
 */
export async function loadWorld(): Promise<WorldGeometry> {
  return (await import('../generated/world-110m.json')).default;
}
