import { describe, expect, it } from 'vitest';
import type { Feature, LineString, Point, Polygon } from 'geojson';
import {
  cableByArea,
  mergeSpeedFigures,
  MIN_SPEED_TESTS,
  populationTarget,
  quarterEnd,
  speedByArea,
  zoneTargets,
} from './targets.js';
import { CoverageEngine } from './engine/engine.js';
import { HANOI_LAEA } from './projection.js';
import type { SpeedTestProps } from '../domain/telecom.js';

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

const site = (id: string, at: number[], rangeM: number) => ({
  id,
  operator: 'viettel' as const,
  lng: at[0]!,
  lat: at[1]!,
  technologies: ['4G' as const, '5G' as const],
  bands: ['B3' as const, 'n78' as const],
  heightM: 30,
  azimuthsDeg: [],
  onAir: null,
  onAir5g: null,
  rangeM,
  sample: true,
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
    expect(t.map((z) => [z.id, z.pass])).toEqual([
      ['Z-half', false],
      ['Z-in', true],
    ]);
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

  const speedRecord = (
    id: string,
    tech: '4G' | '5G',
    downMbps: number,
    more: Partial<SpeedTestProps> = {},
  ): Feature<Point, SpeedTestProps> => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: HANOI_LAEA.inverse([10, 10]) },
    properties: {
      id,
      tech,
      operator: 'viettel',
      downMbps,
      upMbps: null,
      latencyMs: null,
      date: '2026-01-01',
      tests: 1,
      kind: 'test',
      sample: true,
      ...more,
    },
  });
  const locate = (lng: number, lat: number) => engine.locate(lng, lat);

  it('weights the means by tests: 20 tests at 30, a tile of 40 tests at 45.5, 5G below the minimum', () => {
    const s = speedByArea(
      [
        speedRecord('a', '4G', 30, { tests: 20, upMbps: 10, latencyMs: 40, date: '2026-02-03' }),
        speedRecord('t', '4G', 45.5, {
          tests: 40,
          upMbps: 16,
          latencyMs: 25,
          date: '2025-10-01',
          kind: 'tile',
          operator: null,
          sample: false,
        }),
        speedRecord('c', '5G', 150, { tests: 29 }),
      ],
      locate,
    );
    const u = s.get('unit2025|U')!;
    // (20·30 + 40·45.5) / 60 = 2420 / 60; upload (200 + 640) / 60 = 14; latency (800 + 1000) / 60 = 30.
    expect(u['4G']).toEqual({
      meanMbps: 2420 / 60,
      meanUpMbps: 14,
      meanLatencyMs: 30,
      count: 60,
      tiles: 1,
      minTests: 30,
      target: 40,
      pass: true,
      window: { from: '2025-10-01', to: '2026-02-03' },
      origin: 'mixed',
      sums: { down: 2420, up: 840, upTests: 60, latency: 1800, latencyTests: 60 },
    });
    expect(u['5G']).toMatchObject({
      meanMbps: null,
      meanUpMbps: null,
      count: 29,
      target: 100,
      pass: null,
      window: { from: '2026-01-01', to: '2026-01-01' },
      origin: 'sample',
    });
  });

  it('shows a figure from exactly 30 tests, and none from 29', () => {
    const tests = Array.from({ length: 30 }, (_, i) => speedRecord(`r${i}`, '4G', 38));
    expect(speedByArea(tests, locate).get('unit2025|U')!['4G']).toMatchObject({ meanMbps: 38, count: 30, pass: false });
    expect(speedByArea(tests.slice(1), locate).get('unit2025|U')!['4G']).toMatchObject({
      meanMbps: null,
      count: 29,
      pass: null,
    });
    expect(MIN_SPEED_TESTS).toBe(30);
  });

  it('a tile covers its whole quarter in the window', () => {
    const s = speedByArea([speedRecord('t', '4G', 50, { kind: 'tile', tests: 35, date: '2024-10-01' })], locate);
    expect(s.get('unit2025|U')!['4G'].window).toEqual({ from: '2024-10-01', to: '2024-12-31' });
    expect(['2024-01-01', '2024-04-01', '2024-07-01', '2024-10-01'].map(quarterEnd)).toEqual([
      '2024-03-31',
      '2024-06-30',
      '2024-09-30',
      '2024-12-31',
    ]);
  });

  it('merges areas by their sums: the city from two units is the mean of all their tests', () => {
    const a = speedByArea([speedRecord('a', '4G', 30, { tests: 20 })], locate).get('unit2025|U')!['4G'];
    const b = speedByArea([speedRecord('b', '4G', 60, { tests: 20, date: '2026-03-01', sample: false })], locate).get(
      'unit2025|U',
    )!['4G'];
    expect(a.meanMbps).toBeNull();
    expect(mergeSpeedFigures([a, b], '4G')).toMatchObject({
      meanMbps: 45,
      count: 40,
      pass: true,
      window: { from: '2026-01-01', to: '2026-03-01' },
      origin: 'mixed',
    });
  });

  it('measures cable km inside each area', () => {
    const line: Feature<LineString, { status: 'done' }> = {
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: [HANOI_LAEA.inverse([-2500, 0]), HANOI_LAEA.inverse([500, 0])] },
      properties: { status: 'done' },
    };
    const c = cableByArea([line], (coords) => engine.lineLengthByArea(coords));
    expect(c.get('unit2025|U')!.done).toBeCloseTo(2.0, 4);
    expect(c.get('zone|Z-in')!.done).toBeCloseTo(0.2, 4);
  });
});
