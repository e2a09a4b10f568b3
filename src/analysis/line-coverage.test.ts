import type { LineString, MultiPolygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { createSquare, offset } from '../../test/fixtures/analysis.js';
import type { Technology } from '../domain/telecom.js';
import type { OpSet } from './engine/types.js';
import { destination, geodesicCircle } from './geodesy.js';
import { CoverIndex, lineAreaSets, lineCoverage, prepareLine } from './line-coverage.js';
import { projectPolygon } from './planar.js';
import { ShapeSet } from './roads-geometry.js';

const C: [number, number] = [105.85, 21.0];

/** A straight line from C eastwards, `m` metres long on the ellipsoid. */
function createLine(m: number): LineString {
  return { type: 'LineString', coordinates: [C, destination(C, 90, m)] };
}

/** A 1 km geodesic circle around C (64 vertices, one due east), as one covered tile. */
function createFootprint(): MultiPolygon {
  return { type: 'MultiPolygon', coordinates: [[geodesicCircle(C, 1000)]] };
}

/** Viettel 4G (and so `any` 4G) covered by `tiles`, nothing else. */
const coverOf =
  (line: ReturnType<typeof prepareLine>, tiles: MultiPolygon[]) =>
  (tech: Technology, op: OpSet): ShapeSet =>
    tech === '4G' && (op === 'viettel' || op === 'any') ? new CoverIndex(tiles).near(line.bbox) : new ShapeSet([]);

describe('lineCoverage', () => {
  it('measures a 2 km line half inside a 1 km circular footprint as 1 km covered, in true metres', () => {
    const line = prepareLine(createLine(2000));
    const r = lineCoverage(line, coverOf(line, [createFootprint()]), 'outdoor', null);
    expect(r.km).toBeCloseTo(2, 6);
    expect(Math.abs(r.covered['4G'].any.km * 1000 - 1000)).toBeLessThan(0.5);
    expect(r.covered['4G'].viettel.percent).toBeCloseTo(50, 1);
    expect(r.covered['4G'].vnpt).toEqual({ km: 0, percent: 0 });
    expect(r.covered['5G'].any.km).toBe(0);
    expect(r.areas).toBeNull();
    expect(r.cityKm).toBeNull();
  });

  it('gives the same figures for the line reversed and for the line cut in two segments', () => {
    const whole = createLine(2000).coordinates;
    const mid = destination(C, 90, 700);
    const forms: Position[][][] = [
      [whole],
      [[...whole].reverse()],
      [
        [C, mid],
        [mid, whole[1]!],
      ],
    ];
    const covered = forms.map((coordinates) => {
      const line = prepareLine({ type: 'MultiLineString', coordinates });
      return lineCoverage(line, coverOf(line, [createFootprint()]), 'outdoor', null).covered['4G'].any.km;
    });
    for (const km of covered) expect(Math.abs(km - covered[0]!) * 1000).toBeLessThan(0.01);
  });

  it('breaks the line down by the areas it crosses, each with its covered part', () => {
    const areas = lineAreaSets([
      { level: 'unit2025', id: 'W', shape: projectPolygon(createSquare(...C, 2000)) },
      { level: 'unit2025', id: 'E', shape: projectPolygon(createSquare(...offset(...C, 2000, 0), 2000)) },
      { level: 'zone', id: 'Z', shape: projectPolygon(createSquare(...C, 4000)) },
    ]);
    const line = prepareLine(createLine(2000));
    const r = lineCoverage(line, coverOf(line, [createFootprint()]), 'indoor', areas);
    expect(r.level).toBe('indoor');
    expect(r.areas!.map((a) => [a.level, a.id])).toEqual([
      ['unit2025', 'E'],
      ['unit2025', 'W'],
    ]);
    const [e, w] = r.areas!;
    expect(Math.abs(w!.km - 1) * 1000).toBeLessThan(0.5);
    expect(Math.abs(e!.km - 1) * 1000).toBeLessThan(0.5);
    expect(w!.covered['4G'].any.percent).toBeCloseTo(100, 1);
    expect(e!.covered['4G'].any.km * 1000).toBeLessThan(0.5);
    expect(r.cityKm).toBeCloseTo(2, 3);
  });

  it('answers zero covered km for a line far from every covered tile', () => {
    const line = prepareLine({ type: 'LineString', coordinates: [offset(...C, 5000, 0), offset(...C, 6000, 0)] });
    const r = lineCoverage(line, coverOf(line, [createFootprint()]), 'outdoor', null);
    expect(r.km).toBeCloseTo(1, 2);
    expect(r.covered['4G'].any).toEqual({ km: 0, percent: 0 });
  });
});
