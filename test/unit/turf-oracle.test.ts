/**
 * Turf as an independent oracle of the coverage engine: on small hand-made cases, the covered share of an area is
 * computed twice — by the engine (Clipper2 on integer centimetres in the Hà Nội equal-area plane, areas on the
 * WGS84 ellipsoid) and by Turf (`union` of the footprints, `intersect` with the area, `area` of both; polyclip-ts
 * on raw `[lng, lat]` degrees, areas on a sphere of radius 6,371,008.8 m) — and the two must agree.
 *
 * Tolerance: {@link PERCENT_TOLERANCE_PP}. The two sides differ in three ways, none of which moves a share by more
 * than a few thousandths of a percentage point at these sizes (a few km, at 21° N):
 * - sphere vs ellipsoid: the ratio of a spherical to an ellipsoidal area is nearly constant over a few km, so it
 *   cancels in a share (it does not cancel in km², which is why km² are not compared);
 * - edges: a straight edge in the equal-area plane and a straight edge in degrees part by at most a few
 *   centimetres over 4 km;
 * - the engine snaps vertices to whole centimetres.
 * The largest difference seen on these cases is 0.0015 percentage point (the MultiPolygon, whose parts lie 2.5 km
 * either side of the centre). 0.01 point leaves room for that and is still a hundred times smaller than any error
 * that matters: a hole or a part lost, or an overlap counted twice, moves a share by whole points.
 */
import { area as turfArea, feature, featureCollection, intersect, union } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { CoverageEngine, type ImportedCoverage } from '../../src/analysis/engine/engine.js';
import type { EngineArea, OpSet } from '../../src/analysis/engine/types.js';
import type { Technology } from '../../src/domain/telecom.js';
import { createSite, createSquare, offset } from '../fixtures/analysis.js';

/** Largest accepted difference between the engine's and Turf's covered share, percentage points. */
const PERCENT_TOLERANCE_PP = 0.01;
/** A point in central Hà Nội, `[lng, lat]` degrees. */
const C: [number, number] = [105.85, 21.03];
const FINE = { circleVertices: 1440 };

/** A square turned 45°: its corners `halfDiagonalM` metres north, east, south and west of `[lng, lat]`. */
function createDiamond(at: [number, number], halfDiagonalM: number): Polygon {
  const [n, e, s, w] = [
    [0, 1],
    [1, 0],
    [0, -1],
    [-1, 0],
  ].map(([dx, dy]) => offset(...at, dx! * halfDiagonalM, dy! * halfDiagonalM) as Position);
  return { type: 'Polygon', coordinates: [[s!, e!, n!, w!, s!]] };
}

/** Turf's covered share of `area` by the union of `footprints`, percent 0–100. */
function turfPercent(area: Polygon | MultiPolygon, footprints: readonly (Polygon | MultiPolygon)[]): number {
  const cover =
    footprints.length === 1 ? feature(footprints[0]!) : union(featureCollection(footprints.map((g) => feature(g))));
  const inside = cover === null ? null : intersect(featureCollection([feature(area), cover]));
  return inside === null ? 0 : (100 * turfArea(inside)) / turfArea(feature(area));
}

/** The engine's covered share of area `id` (level unit2025), percent 0–100. */
function enginePercent(e: CoverageEngine, id: string, tech: Technology, op: OpSet): number {
  const r = e.results('unit2025').find((a) => a.id === id);
  if (!r) throw new Error(`no result for unit ${id}`);
  return r.coverage[tech][op].percent;
}

/** An engine over one area with the given imported coverage polygons and no sites. */
function createEngine(area: Polygon | MultiPolygon, imported: readonly ImportedCoverage[]): CoverageEngine {
  const areas: EngineArea[] = [{ id: 'A', level: 'unit2025', geometry: area }];
  const e = new CoverageEngine(areas, [], FINE);
  e.setImportedCoverage(imported);
  return e;
}

describe('Turf oracle: covered share of an area, engine vs Turf', () => {
  it('a square footprint half over a square area', () => {
    const area = createSquare(...C, 2000);
    const fp = createSquare(...offset(...C, 1000, 0), 2000);
    const e = createEngine(area, [{ operator: 'viettel', tech: '5G', geometry: fp }]);
    const turf = turfPercent(area, [fp]);
    expect(turf).toBeCloseTo(50, 2);
    expect(Math.abs(enginePercent(e, 'A', '5G', 'viettel') - turf)).toBeLessThan(PERCENT_TOLERANCE_PP);
  });

  it('an area with a hole: the part of the footprint over the hole does not count', () => {
    const area = createSquare(...C, 4000, { sideM: 1000 });
    const fp = createDiamond(offset(...C, 700, 300), 1800);
    const e = createEngine(area, [{ operator: 'vnpt', tech: '4G', geometry: fp }]);
    const turf = turfPercent(area, [fp]);
    // The diamond (6.48 km²) holds the whole 1 km² hole, so at most 5.48 of the area's 15 km² are covered.
    expect(turf).toBeGreaterThan(30);
    expect(turf).toBeLessThan((100 * 5.48) / 15);
    expect(Math.abs(enginePercent(e, 'A', '4G', 'vnpt') - turf)).toBeLessThan(PERCENT_TOLERANCE_PP);
  });

  it('a MultiPolygon area cut by one footprint across both parts', () => {
    const west = createSquare(...offset(...C, -2500, 0), 2000);
    const east = createSquare(...offset(...C, 2500, 0), 2000);
    const area: MultiPolygon = { type: 'MultiPolygon', coordinates: [west.coordinates, east.coordinates] };
    const fp = createDiamond(offset(...C, -400, 200), 3000);
    const e = createEngine(area, [{ operator: 'mobifone', tech: '5G', geometry: fp }]);
    const turf = turfPercent(area, [fp]);
    expect(turf).toBeGreaterThan(5);
    expect(Math.abs(enginePercent(e, 'A', '5G', 'mobifone') - turf)).toBeLessThan(PERCENT_TOLERANCE_PP);
  });

  it('two overlapping footprints of different operators: each its own, "any" their union', () => {
    const area = createSquare(...C, 3000);
    const viettel = createSquare(...offset(...C, -800, -300), 2200);
    const vnpt = createDiamond(offset(...C, 600, 400), 1500);
    const e = createEngine(area, [
      { operator: 'viettel', tech: '4G', geometry: viettel },
      { operator: 'vnpt', tech: '4G', geometry: vnpt },
    ]);
    const any = turfPercent(area, [viettel, vnpt]);
    // The overlap counts once: "any" is less than the sum of the two.
    expect(any).toBeLessThan(turfPercent(area, [viettel]) + turfPercent(area, [vnpt]) - 1);
    expect(Math.abs(enginePercent(e, 'A', '4G', 'viettel') - turfPercent(area, [viettel]))).toBeLessThan(
      PERCENT_TOLERANCE_PP,
    );
    expect(Math.abs(enginePercent(e, 'A', '4G', 'vnpt') - turfPercent(area, [vnpt]))).toBeLessThan(
      PERCENT_TOLERANCE_PP,
    );
    expect(Math.abs(enginePercent(e, 'A', '4G', 'any') - any)).toBeLessThan(PERCENT_TOLERANCE_PP);
  });

  it("two modelled site footprints (the engine's own circles) over a square area", () => {
    const area = createSquare(...C, 3000);
    const e = new CoverageEngine([{ id: 'A', level: 'unit2025', geometry: area }], []);
    e.setSites([
      createSite('a', offset(...C, -900, 0), 1000),
      createSite('b', offset(...C, 700, 500), 900, { operator: 'vnpt' }),
    ]);
    const circles = ['a', 'b'].map((id) => e.footprintsOf(id)!.find((f) => f.tech === '4G')!.geometry);
    const turf = turfPercent(area, circles);
    expect(turf).toBeGreaterThan(40);
    expect(Math.abs(enginePercent(e, 'A', '4G', 'any') - turf)).toBeLessThan(PERCENT_TOLERANCE_PP);
  });
});
