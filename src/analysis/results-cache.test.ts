import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, LineString, Point, Polygon } from 'geojson';
import type { SpeedTestProps } from '../domain/telecom.js';
import { CoverageEngine } from './engine/engine.js';
import { HANOI_LAEA } from './projection.js';
import { TargetsCache } from './results-cache.js';
import { cableByArea, speedByArea } from './targets.js';

function createSquare(cx: number, cy: number, side: number): Polygon {
  const h = side / 2;
  const ring = [
    [cx - h, cy - h],
    [cx + h, cy - h],
    [cx + h, cy + h],
    [cx - h, cy + h],
    [cx - h, cy - h],
  ].map((p) => HANOI_LAEA.inverse(p));
  return { type: 'Polygon', coordinates: [ring] };
}

const createTest = (x: number, tech: '4G' | '5G', downMbps: number): Feature<Point, SpeedTestProps> => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: HANOI_LAEA.inverse([x, 10]) },
  properties: {
    id: `t${x}${tech}${downMbps}`,
    tech,
    operator: 'viettel',
    downMbps,
    upMbps: null,
    latencyMs: null,
    date: '2026-01-01',
    tests: 1,
    kind: 'test',
    sample: true,
  },
});

describe('TargetsCache', () => {
  const engine = new CoverageEngine(
    [
      { id: 'W', level: 'unit2025', geometry: createSquare(-1000, 0, 2000) },
      { id: 'E', level: 'unit2025', geometry: createSquare(1000, 0, 2000) },
      { id: 'Z', level: 'zone', geometry: createSquare(1000, 0, 200) },
    ],
    [],
  );
  const tests = [
    createTest(-500, '4G', 31.7),
    createTest(900, '4G', 47.3),
    createTest(1000, '5G', 150.1),
    createTest(-500, '4G', 12.9),
  ];
  const line = (
    x0: number,
    x1: number,
    status: 'done' | 'planned-2025',
  ): Feature<LineString, { status: 'done' | 'planned-2025' }> => ({
    type: 'Feature',
    geometry: { type: 'LineString', coordinates: [HANOI_LAEA.inverse([x0, 5]), HANOI_LAEA.inverse([x1, 5])] },
    properties: { status },
  });

  it('gives the figures of speedByArea and cableByArea, found again for the same features', () => {
    const cache = new TargetsCache(engine);
    const speeds = cache.speeds(tests);
    expect(speeds).toEqual(Object.fromEntries(speedByArea(tests, (lng, lat) => engine.locate(lng, lat))));
    expect(cache.speeds(tests.slice(1))).toEqual(
      Object.fromEntries(speedByArea(tests.slice(1), (lng, lat) => engine.locate(lng, lat))),
    );
    expect(cache.speeds([...tests])).toBe(speeds);
    const cables = [line(-1500, 1500, 'done'), line(800, 1200, 'planned-2025')];
    expect(cache.cables(cables)).toEqual(Object.fromEntries(cableByArea(cables, (c) => engine.lineLengthByArea(c))));
  });

  it('finds the priority zones in each area once per collection', () => {
    const cache = new TargetsCache(engine);
    const zones: FeatureCollection<Polygon> = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: createSquare(1000, 0, 200),
          properties: { id: 'Z', lng: HANOI_LAEA.inverse([1000, 0])[0], lat: HANOI_LAEA.inverse([1000, 0])[1] },
        },
      ],
    };
    const byArea = cache.zonesInArea(zones);
    expect(byArea).toEqual({ 'unit2025|E': ['Z'] });
    expect(cache.zonesInArea(zones)).toBe(byArea);
    cache.forgetAreas();
    expect(cache.zonesInArea(zones)).not.toBe(byArea);
  });
});
