import { describe, expect, it } from 'vitest';
import { projectPolygon } from './planar.js';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import {
  ROAD_CLASSES,
  namedRoadCoverage,
  roadCoverage,
  type CoveredOf,
  type RoadAreaRow,
  type RoadFeature,
} from './roads.js';

// WGS84: the length of an arc of a parallel is N(φ)·cos φ·Δλ, N(φ) = a / √(1 − e² sin² φ) (the prime vertical
// radius of curvature). Over a few km a geodesic between two points of a parallel is shorter by micrometres.
const A = 6378137;
const F = 1 / 298.257223563;
const E2 = F * (2 - F);
const parallelM = (latDeg: number, dLngDeg: number) => {
  const phi = (latDeg * Math.PI) / 180;
  return ((A * Math.cos(phi)) / Math.sqrt(1 - E2 * Math.sin(phi) ** 2)) * ((dLngDeg * Math.PI) / 180);
};

const LAT = 21.03;

function createSquare(lng0: number, lat0: number, lng1: number, lat1: number): Polygon {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [lng0, lat0],
        [lng1, lat0],
        [lng1, lat1],
        [lng0, lat1],
        [lng0, lat0],
      ],
    ],
  };
}

function createAreas(polys: [string, Polygon][]): FeatureCollection<Polygon> {
  return {
    type: 'FeatureCollection',
    features: polys.map(([code, geometry]) => ({ type: 'Feature', properties: { code }, geometry })),
  };
}

function createRoad(highway: string, coords: Position[] | Position[][], name?: string): Feature {
  const geometry =
    typeof coords[0]![0] === 'number'
      ? { type: 'LineString' as const, coordinates: coords as Position[] }
      : { type: 'MultiLineString' as const, coordinates: coords as Position[][] };
  return { type: 'Feature', properties: name === undefined ? { highway } : { highway, name }, geometry };
}

/** Units A (west) and B (east) meeting at 105.85° E; one district over both; wards = the units. */
function createInput() {
  const a = createSquare(105.8, 21.0, 105.85, 21.06);
  const b = createSquare(105.85, 21.0, 105.9, 21.06);
  return {
    units: createAreas([
      ['00001', a],
      ['00002', b],
    ]),
    districts: createAreas([['001', createSquare(105.8, 21.0, 105.9, 21.06)]]),
    wards: createAreas([
      ['00010', a],
      ['00020', b],
    ]),
  };
}

/** Coverage for one technology and operator set only ('any' too when `alsoAny`). */
function createCoverage(g: MultiPolygon, tech: '4G' | '5G', op: string, alsoAny = true): CoveredOf {
  const shape = projectPolygon(g);
  return (t, o) => (t === tech && (o === op || (alsoAny && o === 'any')) ? [shape] : []);
}

const square5g: MultiPolygon = {
  type: 'MultiPolygon',
  coordinates: [createSquare(105.84, 21.02, 105.85, 21.04).coordinates],
};

const row = (rows: RoadAreaRow[], level: string, code: string, cls: string) =>
  rows.find((r) => r.level === level && r.code === code && r.roadClass === cls)!;

describe('roadCoverage', () => {
  it('covers the chord of a straight road through a square footprint, in geodesic metres', () => {
    const road = createRoad('primary', [
      [105.82, LAT],
      [105.845, LAT],
      [105.87, LAT],
    ]);
    const r = roadCoverage([road], createInput(), createCoverage(square5g, '5G', 'viettel'));
    const cityPrimary = r.city.primary;
    expect(cityPrimary.km * 1000).toBeCloseTo(parallelM(LAT, 0.05), 0);
    expect(Math.abs(cityPrimary.covered['5G'].viettel.km * 1000 - parallelM(LAT, 0.01))).toBeLessThan(1);
    expect(cityPrimary.covered['5G'].any.km).toBe(cityPrimary.covered['5G'].viettel.km);
    expect(cityPrimary.covered['5G'].vnpt.km).toBe(0);
    expect(cityPrimary.covered['4G'].any.km).toBe(0);
    expect(cityPrimary.covered['5G'].viettel.percent).toBeCloseTo(20, 2);
  });

  it('measures true geodesic length far from the projection centre, where plane metres are 6 cm off per 10 km', () => {
    const west = createSquare(105.35, 21.0, 105.55, 21.06);
    const input = { units: createAreas([['00001', west]]), districts: createAreas([]), wards: createAreas([]) };
    const road = createRoad('tertiary', [
      [105.4, LAT],
      [105.5, LAT],
    ]);
    const r = roadCoverage([road], input, () => []);
    expect(Math.abs(r.city.tertiary.km * 1000 - parallelM(LAT, 0.1))).toBeLessThan(0.005);
  });

  it('splits a road crossing an area border between the two areas', () => {
    const road = createRoad('trunk', [
      [105.83, LAT],
      [105.87, LAT],
    ]);
    const r = roadCoverage([road], createInput(), createCoverage(square5g, '5G', 'viettel'));
    const west = row(r.areas, 'unit2025', '00001', 'trunk');
    const east = row(r.areas, 'unit2025', '00002', 'trunk');
    expect(Math.abs(west.km * 1000 - parallelM(LAT, 0.02))).toBeLessThan(1);
    expect(Math.abs(east.km * 1000 - parallelM(LAT, 0.02))).toBeLessThan(1);
    // The footprint lies west of the border: all of its chord is in the west unit.
    expect(Math.abs(west.covered['5G'].viettel.km * 1000 - parallelM(LAT, 0.01))).toBeLessThan(1);
    expect(east.covered['5G'].viettel.km).toBe(0);
    expect(row(r.areas, 'district2019', '001', 'trunk').km).toBeCloseTo(west.km + east.km, 9);
    expect(row(r.areas, 'ward2019', '00010', 'trunk').km).toBeCloseTo(west.km, 9);
  });

  it('counts a road running along an area border once, not in both areas', () => {
    const road = createRoad('secondary', [
      [105.85, 21.01],
      [105.85, 21.05],
    ]);
    const r = roadCoverage([road], createInput(), () => []);
    const west = row(r.areas, 'unit2025', '00001', 'secondary').km;
    const east = row(r.areas, 'unit2025', '00002', 'secondary').km;
    // 0.04° of latitude at 21° N is about 4.43 km.
    expect(r.totalKm).toBeGreaterThan(4.4);
    expect(Math.abs(west + east - r.totalKm) * 1000).toBeLessThan(0.01);
    expect(r.city.secondary.km).toBeCloseTo(r.totalKm, 6);
  });

  it('measures every part of a MultiLineString', () => {
    const road = createRoad('motorway', [
      [
        [105.81, LAT],
        [105.82, LAT],
      ],
      [
        [105.86, LAT],
        [105.88, LAT],
      ],
    ]);
    const r = roadCoverage([road], createInput(), () => []);
    expect(Math.abs(row(r.areas, 'unit2025', '00001', 'motorway').km * 1000 - parallelM(LAT, 0.01))).toBeLessThan(1);
    expect(Math.abs(row(r.areas, 'unit2025', '00002', 'motorway').km * 1000 - parallelM(LAT, 0.02))).toBeLessThan(1);
    expect(r.skipped).toEqual({ otherClass: 0, noLine: 0 });
  });

  it('measures only the classes asked for and counts the other features', () => {
    const along = [
      [105.82, LAT],
      [105.83, LAT],
    ];
    const roads = [
      createRoad('motorway', along),
      createRoad('primary', along),
      createRoad('residential', along),
      createRoad('motorway_link', along),
      { type: 'Feature', properties: { highway: 'tertiary' }, geometry: null } as RoadFeature,
    ];
    const r = roadCoverage(roads, createInput(), () => [], ['motorway', 'tertiary']);
    expect(r.skipped).toEqual({ otherClass: 3, noLine: 1 });
    expect(r.city.motorway.km * 1000).toBeCloseTo(parallelM(LAT, 0.01), 0);
    expect(r.city.primary.km).toBe(0);
    expect(r.city.tertiary.km).toBe(0);
  });

  it('has a row for every area and class, and leaves a road outside every unit out of the city', () => {
    const outside = createRoad('tertiary', [
      [106.0, LAT],
      [106.01, LAT],
    ]);
    const r = roadCoverage([outside], createInput(), () => []);
    expect(r.areas).toHaveLength((2 + 1 + 2) * ROAD_CLASSES.length);
    expect(r.areas.every((a) => a.km === 0)).toBe(true);
    expect(r.totalKm * 1000).toBeCloseTo(parallelM(LAT, 0.01), 0);
    expect(r.city.tertiary.km).toBe(0);
  });
});

describe('namedRoadCoverage', () => {
  it('groups the segments of one name, whatever their Unicode form, spacing and case, keeping the diacritics', () => {
    const name = 'Đại lộ Thăng Long';
    const roads = [
      createRoad(
        'motorway',
        [
          [105.81, LAT],
          [105.83, LAT],
        ],
        name,
      ),
      createRoad(
        'trunk',
        [
          [
            [105.86, LAT],
            [105.87, LAT],
          ],
        ],
        ` ${name.normalize('NFD').replace(' ', '  ')} `,
      ),
      createRoad(
        'motorway',
        [
          [105.88, LAT],
          [105.89, LAT],
        ],
        'Đại Lộ Thăng Long',
      ),
      createRoad(
        'primary',
        [
          [105.84, 21.05],
          [105.845, 21.05],
        ],
        'Vành đai 3',
      ),
      createRoad('primary', [
        [105.84, 21.04],
        [105.845, 21.04],
      ]),
    ];
    const named = namedRoadCoverage(roads, createInput(), createCoverage(square5g, '5G', 'viettel'));
    expect(named.map((n) => n.name)).toEqual(['Đại lộ Thăng Long', 'Vành đai 3']);
    const thangLong = named[0]!;
    expect(thangLong.segments).toBe(3);
    expect(thangLong.classes).toEqual(['motorway', 'trunk']);
    expect(Math.abs(thangLong.km * 1000 - parallelM(LAT, 0.04))).toBeLessThan(1);
    expect(thangLong.covered['5G'].viettel.km).toBe(0);
    const ring3 = named[1]!;
    expect(Math.abs(ring3.km * 1000 - parallelM(21.05, 0.005))).toBeLessThan(1);
    expect(ring3.covered['5G'].any.km).toBe(0);
  });
});
