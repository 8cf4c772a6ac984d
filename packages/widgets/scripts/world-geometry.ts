/**
 * The vote map's geometry, made at build time so that a reader's browser only paints SVG paths:
 * Natural Earth's 110m countries (`world-atlas`), Crimea moved from Russia's shape to Ukraine's,
 * projected (Equal Earth) and written as path strings, one per state, keyed by ISO 3166-1
 * alpha-2 code. UN members too small for the 110m scale get a dot at their point.
 */
import { type GeoPermissibleObjects, geoArea, geoContains, geoEqualEarth, geoPath } from 'd3-geo';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import polygonClipping, { type Geom } from 'polygon-clipping';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { WorldGeometry, WorldShape } from '../src/vote-map/world.js';

/** A country of `world-countries`: the fields the map reads. */
export interface CountryRecord {
  readonly cca2: string;
  readonly ccn3: string;
  readonly unMember: boolean;
  readonly latlng: readonly [number, number];
}

export interface Country {
  readonly id: string;
  readonly geometry: Polygon | MultiPolygon;
}

/** ISO 3166-1 numeric codes of the two shapes the Crimea correction touches. */
const UKRAINE = '804';
const RUSSIA = '643';

/**
 * A quadrilateral around the Crimean peninsula (longitude, latitude): north of it the mainland at
 * the Perekop isthmus, east of it the Kerch Strait, before the Taman peninsula. At 110m no other
 * part of Russia's shape comes within it, so the part of Russia's shape inside it is Crimea.
 */
const CRIMEA_FRAME: Position[] = [
  [32.2, 44.2],
  [36.66, 44.2],
  [36.66, 45.6],
  [35.3, 46.35],
  [33.4, 46.35],
  [32.2, 45.6],
  [32.2, 44.2],
];

/** Natural Earth's features as GeoJSON polygons, keyed by ISO numeric code. */
export function countriesOf(topology: Topology): Country[] {
  const collection = topology.objects.countries as GeometryCollection;
  const { features } = feature(topology, collection);
  return features.flatMap((f) => {
    const geometry = f.geometry;
    if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') return [];
    return [{ id: String(f.id ?? ''), geometry }];
  });
}

const asGeom = (g: Polygon | MultiPolygon): Geom =>
  (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as Geom;

/**
 * polygon-clipping writes rings counter-clockwise, the GeoJSON way; d3-geo reads a polygon on
 * the sphere, where that ring would enclose the rest of the globe. Reversed where it would.
 */
function toSpherical(polygons: Position[][][]): MultiPolygon {
  return {
    type: 'MultiPolygon',
    coordinates: polygons.map((rings) => {
      const polygon: Polygon = { type: 'Polygon', coordinates: rings };
      return geoArea(polygon) > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
    }),
  };
}

/**
 * Crimea drawn as part of Ukraine, as UN General Assembly resolution 68/262 and those after it
 * recognise it: the part of Russia's shape within `CRIMEA_FRAME` is cut from Russia and joined to
 * Ukraine. Throws if Natural Earth's shapes change so that the cut no longer finds Crimea.
 */
export function withCrimeaInUkraine(countries: readonly Country[]): Country[] {
  const ukraine = countries.find((c) => c.id === UKRAINE);
  const russia = countries.find((c) => c.id === RUSSIA);
  if (!ukraine || !russia) throw new Error('world-atlas has no Ukraine (804) or Russia (643)');
  const frame: Geom = [[CRIMEA_FRAME as [number, number][]]];
  const crimea = polygonClipping.intersection(asGeom(russia.geometry), frame);
  if (crimea.length === 0) return [...countries];
  const fixed = new Map([
    [UKRAINE, toSpherical(polygonClipping.union(asGeom(ukraine.geometry), crimea))],
    [RUSSIA, toSpherical(polygonClipping.difference(asGeom(russia.geometry), frame))],
  ]);
  return countries.map((c) => ({ ...c, geometry: fixed.get(c.id) ?? c.geometry }));
}

/** The shape a point (longitude, latitude) falls in, by ISO numeric code. */
export function shapeAt(countries: readonly Country[], point: [number, number]): string[] {
  return countries
    .filter((c) => geoContains(c.geometry as GeoPermissibleObjects, point))
    .map((c) => c.id);
}

/**
 * Members as `world-countries` marks them, less the Holy See, which it marks as a member but
 * which is a non-member observer state of the UN (as is Palestine, which it marks correctly).
 */
export const isUnMember = (record: CountryRecord): boolean =>
  record.unMember && record.cca2 !== 'VA';

/** Map width in SVG units; paths are rounded to 0.1 of a unit, well under a pixel at any size. */
const WIDTH = 960;
/** Radius of the dot drawn for a member too small for the 110m scale. */
const DOT = 2.2;
/** Antarctica: no state, and a third of the map's height. */
const ANTARCTICA = '010';

/** Projects the countries (Antarctica left out) and adds a dot for every UN member without a shape. */
export function toWorldGeometry(
  countries: readonly Country[],
  records: readonly CountryRecord[],
): WorldGeometry {
  const byNumeric = new Map(records.filter((r) => r.ccn3).map((r) => [r.ccn3, r]));
  const drawn = countries.filter((c) => c.id !== ANTARCTICA);
  const collection = {
    type: 'FeatureCollection' as const,
    features: drawn.map((c) => ({
      type: 'Feature' as const,
      properties: {},
      geometry: c.geometry,
    })),
  };
  // Fitted to the width with the top edge at 0; the height follows from the projection.
  const projection = geoEqualEarth().fitWidth(WIDTH, collection);
  const path = geoPath(projection).digits(1);
  const [, [, bottom]] = path.bounds(collection);
  const shapes: WorldShape[] = drawn.map((c) => {
    const record = byNumeric.get(c.id);
    return {
      id: record?.cca2 ?? '',
      un: record ? isUnMember(record) : false,
      d: path(c.geometry) ?? '',
    };
  });
  const withShape = new Set(shapes.map((s) => s.id));
  for (const record of records) {
    if (!isUnMember(record) || withShape.has(record.cca2)) continue;
    const [lat, lng] = record.latlng;
    const [x, y] = projection([lng, lat]) ?? [0, 0];
    shapes.push({ id: record.cca2, un: true, d: dot(x, y) });
  }
  return { width: WIDTH, height: Math.ceil(bottom), shapes };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** A circle as a path: two arcs. */
const dot = (x: number, y: number): string =>
  `M${round(x - DOT)},${round(y)}a${DOT},${DOT} 0 1,0 ${2 * DOT},0a${DOT},${DOT} 0 1,0 ${-2 * DOT},0Z`;
