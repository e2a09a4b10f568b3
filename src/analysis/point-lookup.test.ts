import { describe, expect, it } from 'vitest';
import type { Feature, MultiPolygon, Point } from 'geojson';
import type { LngLat } from '../domain/geo.js';
import type { SpeedTestProps } from '../domain/telecom.js';
import { COVERAGE_DEFAULTS } from './coverage/model.js';
import { CoverageEngine } from './engine/engine.js';
import { importedFootprint, siteFootprints, type Footprint } from './engine/footprints.js';
import { planeOf } from './engine/engine-locate.js';
import { PLANE_UNITS_PER_M } from './planar.js';
import { HANOI_LAEA } from './projection.js';
import { destination } from './geodesy.js';
import { buildPointLookup, footprintContains, lookupPoint, type PointLookupInput } from './point-lookup.js';
import { footprintsFromEngine, pointLookupFromEngine } from './point-lookup-engine.js';
import { createSite, createSquare, offset } from '../../test/fixtures/analysis.js';

const C: LngLat = [105.85, 21.0];

/** Even-odd test of a plane point against a `[lng, lat]` MultiPolygon projected to the plane (no rounding). */
function planeHolds(g: MultiPolygon, x: number, y: number): boolean {
  let inside = false;
  for (const ring of g.coordinates.flat()) {
    const pts = ring.map((p) => HANOI_LAEA.forward([p[0]!, p[1]!]).map((v) => v * PLANE_UNITS_PER_M));
    for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
      const [xi, yi] = pts[i]!;
      const [xj, yj] = pts[j]!;
      if (yi! > y !== yj! > y && x < ((xj! - xi!) * (y - yi!)) / (yj! - yi!) + xi!) inside = !inside;
    }
  }
  return inside;
}

/** A lookup over the given inputs (none by default). */
const createLookup = (input: Partial<PointLookupInput> = {}) =>
  buildPointLookup({ sites: [], footprints: [], speedTests: [], ...input });

/** A Viettel 4G footprint that is a square of `sideM` metres in the plane, centred on C. */
const createSquareFootprint = (sideM: number): Footprint =>
  importedFootprint('square', 'viettel', '4G', createSquare(...C, sideM))!;

/** A speed test record at `at` with `tests` tests (an Ookla-style weight). */
function createRecord(id: string, at: LngLat, over: Partial<SpeedTestProps> = {}): Feature<Point, SpeedTestProps> {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: at },
    properties: {
      id,
      tech: '4G',
      operator: 'viettel',
      downMbps: 100,
      upMbps: 20,
      latencyMs: null,
      date: '2025-06-01',
      tests: 30,
      kind: 'test',
      sample: true,
      ...over,
    },
  };
}

describe('lookupPoint: coverage', () => {
  it('a point inside a 1 km square footprint is covered for its operator and any', () => {
    const lookup = createLookup({ footprints: [createSquareFootprint(1000)] });
    const r = lookupPoint(lookup, offset(...C, 400, -400));
    expect(r.covered['4G'].outdoor.viettel).toBe(true);
    expect(r.covered['4G'].outdoor.any).toBe(true);
    expect(r.covered['4G'].outdoor.vnpt).toBe(false);
    expect(r.covered['5G'].outdoor.viettel).toBe(false);
  });

  it('a point 600 m east of the centre of a 1 km square footprint is not covered', () => {
    const lookup = createLookup({ footprints: [createSquareFootprint(1000)] });
    const r = lookupPoint(lookup, offset(...C, 600, 0));
    expect(r.covered['4G'].outdoor.viettel).toBe(false);
    expect(r.covered['4G'].outdoor.any).toBe(false);
  });

  it("a modelled circle covers 998 m out and not 1,002 m out along a vertex (the 48-gon's vertices are at 1,001.4 m)", () => {
    const footprints = siteFootprints(createSite('s', C, 1000), 'urban', COVERAGE_DEFAULTS);
    const lookup = createLookup({ footprints });
    expect(lookupPoint(lookup, offset(...C, 0, 998)).covered['5G'].outdoor.viettel).toBe(true);
    expect(lookupPoint(lookup, offset(...C, 0, 1002)).covered['5G'].outdoor.viettel).toBe(false);
  });

  it('a modelled circle does not cover its bounding box: 1,005 m to the north-east is out', () => {
    const lookup = createLookup({ footprints: siteFootprints(createSite('s', C, 1000), 'urban', COVERAGE_DEFAULTS) });
    const ne = (m: number) => offset(...C, m * Math.SQRT1_2, m * Math.SQRT1_2);
    expect(lookupPoint(lookup, ne(998)).covered['4G'].outdoor.viettel).toBe(true);
    expect(lookupPoint(lookup, ne(1005)).covered['4G'].outdoor.viettel).toBe(false);
  });

  it('a sector facing east covers 500 m east, not 500 m west', () => {
    const site = createSite('s', C, 1000, { azimuthsDeg: [90] });
    const lookup = createLookup({ footprints: siteFootprints(site, 'urban', COVERAGE_DEFAULTS) });
    expect(lookupPoint(lookup, offset(...C, 500, 0)).covered['4G'].outdoor.viettel).toBe(true);
    expect(lookupPoint(lookup, offset(...C, -500, 0)).covered['4G'].outdoor.viettel).toBe(false);
    // Bearing 10°: inside the wedge's box (it spans north to 866 m), outside the wedge (30°–150°).
    const b = (10 * Math.PI) / 180;
    expect(lookupPoint(lookup, offset(...C, 500 * Math.sin(b), 500 * Math.cos(b))).covered['4G'].outdoor.viettel).toBe(
      false,
    );
  });

  it('a square footprint with a hole leaves the hole uncovered', () => {
    const holed = importedFootprint('h', 'vnpt', '5G', createSquare(...C, 2000, { sideM: 500 }))!;
    const lookup = createLookup({ footprints: [holed] });
    expect(lookupPoint(lookup, C).covered['5G'].outdoor.vnpt).toBe(false);
    expect(lookupPoint(lookup, offset(...C, 600, 0)).covered['5G'].outdoor.vnpt).toBe(true);
  });
});

describe('lookupPoint: nearest sites', () => {
  // 0.01° of latitude from 21.00°N to 21.01°N on WGS84: the meridian arc ∫ a(1−e²)/(1−e² sin²φ)^{3/2} dφ,
  // by Simpson's rule with 10,000 steps (1,107.1709 m; 0.01° × 110,574 m/° at the equator would be 1,105.7 m).
  const MERIDIAN_ARC_M = 1107.1709;

  it('gives the geodesic distance to a site 0.01° of latitude north', () => {
    const site = createSite('n', [C[0], 21.01], 500);
    const r = lookupPoint(createLookup({ sites: [site] }), C);
    expect(r.nearest).toHaveLength(1);
    expect(r.nearest[0]!.id).toBe('n');
    expect(r.nearest[0]!.distanceM).toBeCloseTo(MERIDIAN_ARC_M, 3);
  });

  it('lists the 3 nearest of 5 sites, nearest first, the equal ones by id', () => {
    const at = (m: number) => destination(C, 45, m) as LngLat;
    const sites = [
      createSite('far', at(9000), 500),
      createSite('b', at(2000), 500),
      createSite('a', at(2000), 500),
      createSite('near', at(300), 500, { operator: 'mobifone', technologies: ['4G'] }),
      createSite('mid', at(5000), 500),
    ];
    const r = lookupPoint(createLookup({ sites }), C);
    expect(r.nearest.map((s) => s.id)).toEqual(['near', 'a', 'b']);
    expect(r.nearest[0]!.distanceM).toBeCloseTo(300, 6);
    expect(r.nearest[0]!.operator).toBe('mobifone');
    expect(r.nearest[0]!.technologies).toEqual(['4G']);
  });

  it('finds the nearest site of each operator and technology, and null where there is none', () => {
    const sites = [
      createSite('v', destination(C, 0, 800) as LngLat, 500),
      createSite('m4', destination(C, 90, 40_000) as LngLat, 500, { operator: 'mobifone', technologies: ['4G'] }),
    ];
    const r = lookupPoint(createLookup({ sites }), C);
    expect(r.nearestByOperator['5G'].viettel?.id).toBe('v');
    expect(r.nearestByOperator['4G'].mobifone?.distanceM).toBeCloseTo(40_000, 6);
    expect(r.nearestByOperator['5G'].mobifone).toBeNull();
    expect(r.nearestByOperator['4G'].vnpt).toBeNull();
  });

  it('lists no site when there is none', () => {
    expect(lookupPoint(createLookup(), C).nearest).toEqual([]);
  });
});

describe('lookupPoint: speeds within 500 m and twelve months', () => {
  const north = (m: number) => destination(C, 0, m) as LngLat;

  it('counts a record 499 m away and leaves out one 501 m away', () => {
    const speedTests = [createRecord('in', north(499)), createRecord('out', north(501), { downMbps: 900 })];
    const s = lookupPoint(createLookup({ speedTests }), C, { asOf: '2025-11-30' }).speeds;
    expect(s.any['4G'].count).toBe(30);
    expect(s.any['4G'].meanMbps).toBe(100);
  });

  it('takes the window after the day a year before up to the day itself', () => {
    const speedTests = [
      createRecord('year-before', C, { date: '2024-11-30', downMbps: 1 }),
      createRecord('first-day', C, { date: '2024-12-01', downMbps: 100 }),
      createRecord('last-day', C, { date: '2025-11-30', downMbps: 200 }),
      createRecord('after', C, { date: '2025-12-01', downMbps: 1 }),
    ];
    const s = lookupPoint(createLookup({ speedTests }), C, { asOf: '2025-11-30' }).speeds;
    expect(s.window).toEqual({ after: '2024-11-30', until: '2025-11-30' });
    expect(s.any['4G'].count).toBe(60);
    expect(s.any['4G'].meanMbps).toBe(150);
    expect(s.any['4G'].window).toEqual({ from: '2024-12-01', to: '2025-11-30' });
  });

  it('without a date, ends the window on the newest record', () => {
    const speedTests = [
      createRecord('old', C, { date: '2024-03-01', downMbps: 1 }),
      createRecord('new', C, { date: '2025-03-01', downMbps: 80 }),
    ];
    const s = lookupPoint(createLookup({ speedTests }), C).speeds;
    expect(s.window).toEqual({ after: '2024-03-01', until: '2025-03-01' });
    expect(s.any['4G'].meanMbps).toBe(80);
  });

  it('weights by tests, averages upload over the tests that measured it, and splits by operator', () => {
    const speedTests = [
      createRecord('v', C, { tests: 10, downMbps: 100, upMbps: 10 }),
      createRecord('tile', C, { tests: 20, downMbps: 250, upMbps: null, operator: null, kind: 'tile' }),
      createRecord('m', C, { tests: 30, downMbps: 400, upMbps: 40, operator: 'mobifone' }),
    ];
    const s = lookupPoint(createLookup({ speedTests }), C, { asOf: '2025-11-30' }).speeds;
    expect(s.any['4G'].count).toBe(60);
    expect(s.any['4G'].meanMbps).toBeCloseTo((1000 + 5000 + 12000) / 60, 9);
    expect(s.any['4G'].meanUpMbps).toBeCloseTo((100 + 1200) / 40, 9);
    expect(s.byOperator.mobifone['4G'].meanMbps).toBe(400);
    // 10 Viettel tests are fewer than the 30 a mean needs: counted, no mean.
    expect(s.byOperator.viettel['4G'].count).toBe(10);
    expect(s.byOperator.viettel['4G'].meanMbps).toBeNull();
    expect(s.byOperator.vnpt['5G'].count).toBe(0);
  });

  it('has no window and no counts without records', () => {
    const s = lookupPoint(createLookup(), C).speeds;
    expect(s.window).toBeNull();
    expect(s.any['5G'].count).toBe(0);
    expect(s.radiusM).toBe(500);
  });
});

describe('pointLookupFromEngine', () => {
  const createEngine = () =>
    new CoverageEngine([{ id: 'U', level: 'unit2025', geometry: createSquare(...C, 10_000) }], []);

  it("rebuilds the engine's footprints of every level to the plane unit", () => {
    const site = createSite('s', C, 1200, { azimuthsDeg: [30, 200] });
    const engine = createEngine();
    engine.setSites([site]);
    const built = footprintsFromEngine(engine, [site]);
    expect(built.map((f) => `${f.tech} ${f.level}`)).toEqual(['4G outdoor', '4G indoor', '5G outdoor', '5G indoor']);
    // Each covers exactly what the engine's own polygon covers, on a 41 × 41 grid over the footprints' box.
    const listed = engine.footprintsOf('s')!;
    const [x0, y0] = planeOf({ lng: C[0], lat: C[1] });
    const reach = 1300 * PLANE_UNITS_PER_M;
    let differ = 0;
    let inside = 0;
    for (let i = 0; i <= 40; i++)
      for (let j = 0; j <= 40; j++) {
        const x = x0 - reach + (i * 2 * reach) / 40 + 0.37;
        const y = y0 - reach + (j * 2 * reach) / 40 + 0.61;
        built.forEach((f, k) => {
          const own = planeHolds(listed[k]!.geometry, x, y);
          if (own) inside++;
          if (footprintContains(f, x, y) !== own) differ++;
        });
      }
    expect(inside).toBeGreaterThan(100);
    expect(differ).toBe(0);
  });

  it('answers coverage from the placed sites and imported coverage, skipping sites not placed', () => {
    const placed = createSite('s', C, 1000, { technologies: ['4G'], bands: ['B3'] });
    const notPlaced = createSite('x', offset(...C, 3000, 0), 1000);
    const engine = createEngine();
    engine.setSites([placed]);
    const coverage = [{ operator: 'vnpt' as const, tech: '5G' as const, geometry: createSquare(...C, 400) }];
    const lookup = pointLookupFromEngine(engine, [placed, notPlaced], [], coverage);
    const here = lookupPoint(lookup, offset(...C, 100, 0)).covered;
    expect(here['4G'].outdoor.viettel).toBe(true);
    expect(here['5G'].outdoor.vnpt).toBe(true);
    expect(here['5G'].outdoor.viettel).toBe(false);
    expect(lookupPoint(lookup, offset(...C, 3000, 0)).covered['5G'].outdoor.viettel).toBe(false);
  });
});
