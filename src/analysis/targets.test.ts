import { describe, expect, it } from 'vitest';
import type { Feature, LineString, Point, Polygon } from 'geojson';
import { cableByArea, populationTarget, speedByArea, zoneTargets } from './targets.js';
import { CoverageEngine } from './engine/engine.js';
import { HANOI_LAEA } from './projection.js';
import type { SpeedTestProps } from '../domain/telecom.js';

function createSquare(cx: number, cy: number, side: number): Polygon {
  const h = side / 2;
  const ring = [[cx - h, cy - h], [cx + h, cy - h], [cx + h, cy + h], [cx - h, cy + h], [cx - h, cy - h]].map((p) => HANOI_LAEA.inverse(p));
  return { type: 'Polygon', coordinates: [ring] };
}

const site = (id: string, at: number[], rangeM: number) => ({
  id, operator: 'viettel' as const, lng: at[0]!, lat: at[1]!, technologies: ['4G' as const, '5G' as const], bands: ['B3' as const, 'n78' as const],
  heightM: 30, azimuthsDeg: [], onAir: null, onAir5g: null, rangeM, sample: true,
});

describe('plan targets', () => {
  const engine = new CoverageEngine(
    [
      { id: 'Z-in', level: 'zone', geometry: createSquare(0, 0, 200) },
      { id: 'Z-half', level: 'zone', geometry: createSquare(1000, 0, 400) },
      { id: 'U', level: 'unit2025', geometry: createSquare(0, 0, 3000) },
    ],
    [{ id: 'w', population: 1000, geometry: createSquare(0, 0, 3000) }],
  );
  engine.setSites([site('s', HANOI_LAEA.inverse([0, 0]), 1000)]);

  it('puts failing zones first and passes a zone wholly covered by 5G', () => {
    const t = zoneTargets(engine.results('zone'), [
      { id: 'Z-in', name: 'In', category: 'it_park', confidence: 'high' },
      { id: 'Z-half', name: 'Half', category: 'industrial_park', confidence: 'low' },
    ]);
    expect(t.map((z) => [z.id, z.pass])).toEqual([['Z-half', false], ['Z-in', true]]);
    expect(t[0]!.percent5g.any).toBeGreaterThan(40);
    expect(t[0]!.percent5g.any).toBeLessThan(60);
    expect(t[1]!.percent5g.viettel).toBeCloseTo(100, 6);
  });

  it('compares the city 5G population share with 99 %', () => {
    const p = populationTarget(engine.results('city')[0]!);
    expect(p.target).toBe(99);
    expect(p.pass).toBe(false);
    expect(p.value).toBeCloseTo((100 * Math.PI * 1e6) / 9e6, 1);
  });

  it('averages the speed tests inside each area per technology', () => {
    const test = (id: string, tech: '4G' | '5G', downMbps: number): Feature<Point, SpeedTestProps> => ({
      type: 'Feature', geometry: { type: 'Point', coordinates: HANOI_LAEA.inverse([10, 10]) },
      properties: { id, tech, operator: 'viettel', downMbps, date: '2026-01-01', sample: true },
    });
    const s = speedByArea([test('a', '4G', 30), test('b', '4G', 46), test('c', '5G', 150)], (lng, lat) => engine.locate(lng, lat));
    const u = s.get('unit2025|U')!;
    expect(u['4G']).toEqual({ meanMbps: 38, count: 2, target: 40, pass: false });
    expect(u['5G']).toEqual({ meanMbps: 150, count: 1, target: 100, pass: true });
  });

  it('measures cable km inside each area', () => {
    const line: Feature<LineString, { status: 'done' }> = {
      type: 'Feature', geometry: { type: 'LineString', coordinates: [HANOI_LAEA.inverse([-2500, 0]), HANOI_LAEA.inverse([500, 0])] }, properties: { status: 'done' },
    };
    const c = cableByArea([line], (coords) => engine.lineLengthByArea(coords));
    expect(c.get('unit2025|U')!.done).toBeCloseTo(2.0, 4);
    expect(c.get('zone|Z-in')!.done).toBeCloseTo(0.2, 4);
  });
});
