import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { CoverageEngine } from '../analysis/engine/engine.js';
import type { EngineArea } from '../analysis/engine/types.js';
import { ROAD_CLASSES, roadCoverage } from '../analysis/roads.js';
import type { Site } from '../domain/telecom.js';
import { createSite, createSquare, offset } from '../../test/fixtures/analysis.js';
import { roadsHandler, type Schedule } from './roads-handler.js';

const C: [number, number] = [105.85, 21.0];
const WEST = offset(...C, -2500, 0);
const EAST = offset(...C, 2500, 0);

/** Two 5 km square 2025 units side by side (west `U1`, east `U2`), the same as 2019 wards, and a zone over U1. */
function createAreas(): EngineArea[] {
  const [w, e] = [createSquare(...WEST, 5000), createSquare(...EAST, 5000)];
  return [
    { id: 'U1', level: 'unit2025', geometry: w },
    { id: 'U2', level: 'unit2025', geometry: e },
    { id: 'W1', level: 'ward2019', geometry: w },
    { id: 'W2', level: 'ward2019', geometry: e },
    { id: 'Z1', level: 'zone', geometry: w },
  ];
}

/** Roads across both units: a primary road west to east through C, a tertiary one north–south in U1. */
function createRoads(): FeatureCollection {
  const road = (highway: string, coordinates: [number, number][]): Feature => ({
    type: 'Feature',
    properties: { highway },
    geometry: { type: 'LineString', coordinates },
  });
  return {
    type: 'FeatureCollection',
    features: [
      road('primary', [offset(...C, -4500, 100), offset(...C, 4500, 100)]),
      road('tertiary', [offset(...WEST, 300, -2000), offset(...WEST, 300, 2000)]),
    ],
  };
}

const site = (id: string, at: [number, number], rangeM: number, operator: Site['operator'] = 'viettel'): Site =>
  createSite(id, at, rangeM, { operator });

/** Steps run by hand: `flush()` runs every step queued (and those they queue) until none is left. */
function createSchedule() {
  const queue: (() => void)[] = [];
  const schedule: Schedule = (f) => void queue.push(f);
  const flush = async () => {
    for (let i = 0; i < 10_000 && queue.length > 0; i++) {
      queue.shift()!();
      await Promise.resolve();
    }
  };
  return { schedule, queue, flush };
}

function createHandler(sites: Site[], busy = () => false) {
  const engine = new CoverageEngine(createAreas(), []);
  engine.setSites(sites);
  const timer = createSchedule();
  let reads = 0;
  const load = async () => {
    reads++;
    return createRoads();
  };
  const handler = roadsHandler({ sites, requireEngine: () => engine }, async () => {}, load, busy, timer.schedule);
  return { engine, handler, timer, reads: () => reads };
}

/** The handler's answer once every step has run. */
async function answer(
  h: ReturnType<typeof createHandler>,
  ...args: Parameters<ReturnType<typeof createHandler>['handler']> extends [unknown, ...infer A] ? A : never
) {
  const p = h.handler(null, ...args);
  for (let i = 0; i < 50; i++) {
    await h.timer.flush();
    await new Promise((r) => setTimeout(r, 0));
  }
  return p;
}

const fc = (areas: EngineArea[], level: string) => ({
  type: 'FeatureCollection' as const,
  features: areas
    .filter((a) => a.level === level)
    .map((a) => ({ type: 'Feature' as const, properties: { code: a.id }, geometry: a.geometry as Polygon })),
});

describe('roadsHandler', () => {
  it('answers what roadCoverage (roads.csv) gives for an area and the city', async () => {
    const h = createHandler([site('a', WEST, 1500), site('b', offset(...WEST, 2000, 0), 800, 'mobifone')]);
    const got = await answer(h, 'unit2025', 'U1', '5G', 'viettel', 'outdoor');
    const areas = createAreas();
    const want = roadCoverage(
      createRoads().features,
      { units: fc(areas, 'unit2025'), districts: fc(areas, 'district2019'), wards: fc(areas, 'ward2019') },
      (t, o, l) => h.engine.coveredShapesByTile(t, o, l),
    );
    ROAD_CLASSES.forEach((c, k) => {
      const row = want.areas.find((r) => r.level === 'unit2025' && r.code === 'U1' && r.roadClass === c)!;
      expect(got.area![k]!.roadClass).toBe(c);
      expect(got.area![k]!.km).toBeCloseTo(row.km, 9);
      expect(got.area![k]!.coveredKm).toBeCloseTo(row.covered['5G'].viettel.km, 9);
      expect(got.city[k]!.km).toBeCloseTo(want.city[c].km, 9);
      expect(got.city[k]!.coveredKm).toBeCloseTo(want.city[c].covered['5G'].viettel.km, 9);
    });
    const primary = got.area![ROAD_CLASSES.indexOf('primary')]!;
    expect(primary.km).toBeCloseTo(4.5, 2);
    expect(primary.coveredKm).toBeGreaterThan(2.5);
    expect(primary.percent).toBeCloseTo((100 * primary.coveredKm) / primary.km, 9);
  });

  it('measures zones, and answers null for an area it does not measure', async () => {
    const h = createHandler([site('a', WEST, 1500)]);
    const zone = await answer(h, 'zone', 'Z1', '4G', 'any', 'outdoor');
    const unit = await answer(h, 'unit2025', 'U1', '4G', 'any', 'outdoor');
    expect(zone.area!.map((r) => r.coveredKm)).toEqual(unit.area!.map((r) => r.coveredKm));
    expect((await answer(h, 'h3r8', '88', '4G', 'any', 'outdoor')).area).toBeNull();
  });

  it('measures once per coverage: other choices and areas are read from what was kept', async () => {
    const h = createHandler([site('a', WEST, 1500)]);
    await answer(h, 'unit2025', 'U1', '5G', 'any', 'outdoor');
    const p = h.handler(null, 'ward2019', 'W2', '4G', 'mobifone', 'indoor');
    expect(h.timer.queue).toHaveLength(0);
    expect((await p).area).toHaveLength(ROAD_CLASSES.length);
    expect(h.reads()).toBe(1);
  });

  it('keeps its figures when the engine is moved away and back (a new city result, the same coverage)', async () => {
    const sites = [site('a', WEST, 1500)];
    const h = createHandler(sites);
    await answer(h, 'unit2025', 'U1', '5G', 'any', 'outdoor');
    h.engine.setSites([]);
    h.engine.setSites(sites);
    const p = h.handler(null, 'unit2025', 'U1', '4G', 'any', 'outdoor');
    expect(h.timer.queue).toHaveLength(0);
    expect((await p).area).toHaveLength(ROAD_CLASSES.length);
  });

  it('measures again when the coverage changed, and waits while the engine is held', async () => {
    let held = false;
    const h = createHandler([site('a', WEST, 1500)], () => held);
    const before = await answer(h, 'unit2025', 'U2', '5G', 'any', 'outdoor');
    h.engine.setSites([site('a', WEST, 1500), site('b', EAST, 1500)]);
    held = true;
    const p = h.handler(null, 'unit2025', 'U2', '5G', 'any', 'outdoor');
    await h.timer.flush();
    await new Promise((r) => setTimeout(r, 0));
    expect(h.timer.queue).toHaveLength(1);
    held = false;
    const after = await answer(h, 'unit2025', 'U2', '5G', 'any', 'outdoor');
    const primary = ROAD_CLASSES.indexOf('primary');
    expect(before.area![primary]!.coveredKm).toBeCloseTo(0, 6);
    expect(after.area![primary]!.coveredKm).toBeGreaterThan(2.5);
    expect((await p).area![primary]!.coveredKm).toBeCloseTo(after.area![primary]!.coveredKm, 9);
  });

  it('says it is measuring from the question to the answer (the idle warm-up waits for it)', async () => {
    const h = createHandler([site('a', WEST, 1500)]);
    expect(h.handler.measuring()).toBe(false);
    const p = answer(h, 'unit2025', 'U1', '4G', 'any', 'outdoor');
    await new Promise((r) => setTimeout(r, 0));
    expect(h.handler.measuring()).toBe(true);
    await p;
    expect(h.handler.measuring()).toBe(false);
  });
});
