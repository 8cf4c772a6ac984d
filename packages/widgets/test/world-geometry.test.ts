/**
 * The vote map's geometry: Crimea in Ukraine's shape, the codes and membership of the shapes,
 * and the generated file the widget fetches.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import {
  type CountryRecord,
  countriesOf,
  isUnMember,
  shapeAt,
  toWorldGeometry,
  withCrimeaInUkraine,
} from '../scripts/world-geometry.js';
import type { WorldGeometry } from '../src/vote-map/world.js';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..');
const read = (file: string): unknown => JSON.parse(readFileSync(require.resolve(file), 'utf8'));
const topology = read('world-atlas/countries-110m.json') as Topology;
const records = read('world-countries/countries.json') as CountryRecord[];
const raw = countriesOf(topology);
const fixed = withCrimeaInUkraine(raw);

// Longitude, latitude.
const SIMFEROPOL: [number, number] = [34.1, 44.95];
const SEVASTOPOL: [number, number] = [33.52, 44.62];
const KERCH: [number, number] = [36.45, 45.35];
const KYIV: [number, number] = [30.52, 50.45];
const MOSCOW: [number, number] = [37.62, 55.75];
const KRASNODAR: [number, number] = [38.98, 45.04];
const VLADIVOSTOK: [number, number] = [131.9, 43.12];

describe('Crimea', () => {
  it('is inside Russia in world-atlas as published (what the build corrects)', () => {
    expect(shapeAt(raw, SIMFEROPOL)).toEqual(['643']);
  });

  it('Simferopol, Sevastopol and Kerch fall inside Ukraine and not Russia', () => {
    for (const city of [SIMFEROPOL, SEVASTOPOL, KERCH])
      expect(shapeAt(fixed, city)).toEqual(['804']);
  });

  it('leaves the rest of both states where they were', () => {
    expect(shapeAt(fixed, KYIV)).toEqual(['804']);
    for (const city of [MOSCOW, KRASNODAR, VLADIVOSTOK])
      expect(shapeAt(fixed, city)).toEqual(['643']);
  });
});

describe('the shapes', () => {
  const world = toWorldGeometry(fixed, records);

  it('count 193 UN members, the states of the UN roll calls, each with one shape or dot', () => {
    const members = records.filter(isUnMember).map((r) => r.cca2);
    expect(members).toHaveLength(193);
    const rollCall = readFileSync(
      join(root, '../statements/sources/research/un-roll-calls/A_RES_ES-11_4.csv'),
      'utf8',
    );
    const voters = rollCall
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[0]!);
    expect([...members].sort()).toEqual(voters.sort());
    const drawn = world.shapes.filter((s) => s.un).map((s) => s.id);
    expect([...drawn].sort()).toEqual([...members].sort());
  });

  it('name Ukraine, Russia, Brazil and the states that are not members by their ISO codes', () => {
    const byId = new Map(world.shapes.map((s) => [s.id, s]));
    for (const id of ['UA', 'RU', 'BR', 'US']) expect(byId.get(id)?.un).toBe(true);
    for (const id of ['TW', 'PS', 'XK', 'GL']) expect(byId.get(id)?.un ?? false).toBe(false);
    expect(byId.has('TW')).toBe(true);
  });

  it('are SVG paths within the frame of the map', () => {
    for (const shape of world.shapes) {
      expect(shape.d).toMatch(/^M[-\d.,]+/);
      for (const n of shape.d.match(/-?\d+(\.\d+)?/g)!.map(Number)) {
        expect(Math.abs(n)).toBeLessThanOrEqual(world.width + 1);
      }
    }
  });
});

describe('the generated file', () => {
  it("is the geometry the scripts make from today's inputs", () => {
    const file = JSON.parse(
      readFileSync(join(root, 'src/generated/world-110m.json'), 'utf8'),
    ) as WorldGeometry;
    expect(file.shapes).toEqual(toWorldGeometry(fixed, records).shapes);
  });
});
