/**
 * The public map's point answer (src/public/public-point-details.ts) read from the files the build writes
 * (analysis/public-point-files.ts) agrees with the planner's point lookup (`lookupPoint` on the engine's footprints) on the same
 * data: per operator, technology and level at points clearly inside or outside each footprint (the files are
 * simplified by about 9 m), the nearest sites and their distances, and the speeds within 500 m.
 */
import { describe, expect, it } from 'vitest';
import type { Feature, Point } from 'geojson';
import { CoverageService } from '../analysis/coverage-service.js';
import { lookupPoint } from '../analysis/point-lookup.js';
import { pointLookupFromEngine } from '../analysis/point-lookup-engine.js';
import { COVERAGE_LEVELS } from '../domain/coverage-level.js';
import type { LngLat } from '../domain/geo.js';
import { OPERATORS, TECHNOLOGIES, type SpeedTestProps } from '../domain/telecom.js';
import { readFgb } from '../data/fgb-read.js';
import { writeFgb } from '../data/fgb-write.js';
import { publicPointDetails } from './public-point-details.js';
import type { BoxReader } from './public-point.js';
import { at, createInput } from '../../test/support/coverage-service-input.js';
import {
  operatorCoverageFiles,
  pointSitesFile,
  pointSpeedFiles,
  type PointDataFile,
} from '../analysis/public-point-files.js';

const DATA_URL = 'https://example.test/data/';
/** The public build's simplification (`PUBLIC_SIMPLIFY_DEG`, scripts/public/public-data.ts), about 9 m. */
const SIMPLIFY_DEG = 0.00008;

/** Sites of every operator around the test city's centre: `[id, operator, dx, dy, technologies]`. */
const SITES = [
  ['v1', 'viettel', -1000, 0, '4G 5G'],
  ['n1', 'vnpt', 400, 300, '4G 5G'],
  ['m1', 'mobifone', -300, -600, '4G'],
  ['x1', 'vietnamobile', 900, -200, '4G'],
] as const;

/** A speed record `dx`, `dy` metres from the centre. */
function createRecord(
  id: string,
  dx: number,
  dy: number,
  over: Partial<SpeedTestProps>,
): Feature<Point, SpeedTestProps> {
  const props: SpeedTestProps = {
    ...{ id, tech: '4G', operator: 'viettel', downMbps: 50, upMbps: null, latencyMs: null, date: '2026-06-01' },
    ...{ tests: 1, kind: 'test', sample: true },
    ...over,
  } as SpeedTestProps;
  return { type: 'Feature', geometry: { type: 'Point', coordinates: at(dx, dy) }, properties: props };
}

/** 40 4G records at 200 m (20 of 60 Mbit/s, 20 of 40), 5 5G at 300 m, and some too far or too old. */
function createRecords(): Feature<Point, SpeedTestProps>[] {
  const out: Feature<Point, SpeedTestProps>[] = [];
  for (let i = 0; i < 40; i++) out.push(createRecord(`a${i}`, 200, 0, { downMbps: i % 2 ? 60 : 40 }));
  for (let i = 0; i < 5; i++) out.push(createRecord(`b${i}`, 0, 300, { tech: '5G', downMbps: 300, tests: 2 }));
  out.push(createRecord('far', 700, 0, { downMbps: 1 }));
  out.push(createRecord('old', 100, 0, { downMbps: 1, date: '2025-06-01' }));
  out.push(createRecord('new', 3000, 3000, { date: '2026-09-30' }));
  return out;
}

/** The analysis of the test city with the sites and records above, and the files the build writes from it. */
function createFixture() {
  const input = createInput();
  input.siteRows = SITES.map(([id, operator, dx, dy, technologies]) => {
    const [lng, lat] = at(dx, dy);
    return { id, operator, lng, lat, technologies, bands: technologies.includes('5G') ? 'B3 n78' : 'B3' };
  });
  const records = createRecords();
  input.speedTests = { type: 'FeatureCollection', features: records };
  const service = new CoverageService();
  service.init(input);
  const speeds = pointSpeedFiles(records, true);
  const files: PointDataFile[] = [
    ...operatorCoverageFiles(service.drawn, SIMPLIFY_DEG),
    pointSitesFile(service.sites),
    speeds.file,
  ];
  const bytes = new Map(files.map((f) => [DATA_URL + f.file, writeFgb(f.collection)]));
  const read: BoxReader = (url, bbox) => readFgb(bytes.get(url)!, { bbox });
  const lookup = pointLookupFromEngine(service.requireEngine(), service.sites, records);
  return { read, meta: speeds.meta, lookup };
}

describe('the public point answer against the planner lookup', () => {
  const { read, meta, lookup } = createFixture();
  const offsets: [number, number][] = [
    [0, 0],
    [-1000, 0],
    [400, 300],
    [-300, -600],
    [900, -200],
    [1500, 1500],
    [-2500, 800],
    [200, -900],
  ];

  it('says the same per operator, technology and level where the answer holds 30 m around', async () => {
    let compared = 0;
    for (const [dx, dy] of offsets) {
      const point = at(dx, dy);
      const engine = lookupPoint(lookup, point);
      const ring = [-30, 30].flatMap((ex) => [-30, 30].map((ey) => lookupPoint(lookup, at(dx + ex, dy + ey))));
      const details = await publicPointDetails(DATA_URL, point, meta, read);
      for (const tech of TECHNOLOGIES)
        for (const level of COVERAGE_LEVELS)
          for (const op of OPERATORS) {
            const want = engine.covered[tech][level][op];
            if (ring.some((r) => r.covered[tech][level][op] !== want)) continue;
            compared++;
            expect([tech, level, op, details.covered[tech][level][op]]).toEqual([tech, level, op, want]);
          }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('lists the same nearest sites and each operator’s nearest 5G site, within a millimetre', async () => {
    for (const [dx, dy] of offsets) {
      const point: LngLat = at(dx, dy);
      const engine = lookupPoint(lookup, point);
      const details = await publicPointDetails(DATA_URL, point, meta, read);
      expect(details.nearest.map((s) => s.id)).toEqual(engine.nearest.map((s) => s.id));
      details.nearest.forEach((s, i) => expect(s.distanceM).toBeCloseTo(engine.nearest[i]!.distanceM, 3));
      for (const op of OPERATORS)
        expect(details.nearest5g[op]?.id ?? null).toBe(engine.nearestByOperator['5G'][op]?.id ?? null);
    }
  });

  it('counts the same speed tests within 500 m over the same twelve months, with the same means', async () => {
    const point = at(0, 0);
    const engine = lookupPoint(lookup, point);
    const details = await publicPointDetails(DATA_URL, point, meta, read);
    expect(meta.window).toEqual(engine.speeds.window);
    for (const tech of TECHNOLOGIES) {
      expect(details.speeds[tech].count).toBe(engine.speeds.any[tech].count);
      expect(details.speeds[tech].meanMbps ?? -1).toBeCloseTo(engine.speeds.any[tech].meanMbps ?? -1, 9);
    }
    expect(details.speeds['4G']).toEqual({ count: 40, meanMbps: 50 });
    expect(details.speeds['5G']).toEqual({ count: 10, meanMbps: null });
  });
});
