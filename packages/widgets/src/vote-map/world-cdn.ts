import { fetchJSON } from '../data/fetch-json.js';
import { WidgetError } from '../data/widget-error.js';
import type { WorldGeometry } from './world.js';

export type { WorldGeometry } from './world.js';

function isWorld(value: unknown): value is WorldGeometry {
  const v = value as Partial<Record<keyof WorldGeometry, unknown>> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.width === 'number' &&
    typeof v.height === 'number' &&
    Array.isArray(v.shapes) &&
    v.shapes.every(
      (s: { id?: unknown; d?: unknown }) => typeof s?.id === 'string' && typeof s.d === 'string',
    )
  );
}

/** The CDN build's geometry: `data/world-110m.json` next to the script, fetched once per page. */
export async function loadWorld(): Promise<WorldGeometry> {
  const world = await fetchJSON('world-110m.json', 'load-failed');
  if (!isWorld(world)) throw new WidgetError('invalid-data', 'world-110m.json is not a map.');
  return world;
}
