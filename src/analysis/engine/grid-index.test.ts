import { describe, expect, it } from 'vitest';
import type { Polygon, Position } from 'geojson';
import { Clipper, FillRule, type Path64 } from 'clipper2-ts';
import { POLYGON_TO_CELLS_FLAGS, cellToBoundary, polygonToCellsExperimental } from 'h3-js';
import type { Site } from '../../domain/telecom.js';
import { HANOI_LAEA } from '../projection.js';
import { CoverageEngine } from './engine.js';
import { clipToConvex } from './convex-clip.js';
import type { EngineArea } from './types.js';

const C: [number, number] = [105.85, 21.03];

/** A ring of plane offsets (metres from C) as `[lng, lat]` positions, closed. */
function ring(offsets: [number, number][]): Position[] {
  const [cx, cy] = HANOI_LAEA.forward(C);
  const pts = offsets.map(([dx, dy]) => HANOI_LAEA.inverse([cx + dx, cy + dy]));
  return [...pts, pts[0]!];
}

/** An L-shaped unit with a square hole, and a square unit beside it: concave, holed, two tiles wide. */
const UNITS: EngineArea[] = [
  {
    id: 'L',
    level: 'unit2025',
    geometry: {
      type: 'Polygon',
      coordinates: [
        ring([
          [-1500, -1500],
          [1500, -1500],
          [1500, 0],
          [0, 0],
          [0, 1500],
          [-1500, 1500],
        ]),
        ring([
          [-900, -900],
          [-900, -300],
          [-300, -300],
          [-300, -900],
        ]),
      ],
    },
  },
  {
    id: 'S',
    level: 'unit2025',
    geometry: {
      type: 'Polygon',
      coordinates: [
        ring([
          [0, 0],
          [1500, 0],
          [1500, 1500],
          [0, 1500],
        ]),
      ],
    },
  },
];
/** Two census wards splitting the city east–west, with different densities. */
const WARDS = [
  {
    id: 'w1',
    population: 20_000,
    geometry: {
      type: 'Polygon',
      coordinates: [
        ring([
          [-1600, -1600],
          [200, -1600],
          [200, 1600],
          [-1600, 1600],
        ]),
      ],
    } as Polygon,
  },
  {
    id: 'w2',
    population: 5_000,
    geometry: {
      type: 'Polygon',
      coordinates: [
        ring([
          [200, -1600],
          [1600, -1600],
          [1600, 1600],
          [200, 1600],
        ]),
      ],
    } as Polygon,
  },
];

/** The H3 cells of resolution `res` over a box a little larger than the city (some fall wholly outside it). */
function cells(res: 8 | 9, level: 'h3r8' | 'h3r9'): EngineArea[] {
  const box = ring([
    [-2200, -2200],
    [2200, -2200],
    [2200, 2200],
    [-2200, 2200],
  ]);
  return polygonToCellsExperimental([box], res, POLYGON_TO_CELLS_FLAGS.containmentOverlapping, true)
    .sort()
    .map((id) => ({
      id,
      level,
      geometry: { type: 'Polygon', coordinates: [cellToBoundary(id, true)] },
    }));
}

function site(id: string, dx: number, dy: number, rangeM: number, over: Partial<Site> = {}): Site {
  const [cx, cy] = HANOI_LAEA.forward(C);
  const [lng, lat] = HANOI_LAEA.inverse([cx + dx, cy + dy]);
  return {
    id,
    operator: 'viettel',
    lng,
    lat,
    technologies: ['4G', '5G'],
    bands: ['B3', 'n78'],
    heightM: 30,
    azimuthsDeg: [],
    onAir: null,
    onAir5g: null,
    rangeM,
    sample: true,
    ...over,
  };
}

const SITES: Site[] = [
  site('a', -1100, -1100, 700),
  site('b', 900, 700, 500, { operator: 'vnpt' }),
  site('c', -1200, 1200, 400, { azimuthsDeg: [0, 120, 240] }),
  site('d', 1400, -1400, 900, { operator: 'mobifone', technologies: ['4G'], bands: ['B3'] }),
];

const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

describe('grid cells in the coverage engine', () => {
  it('cells partition the city: their areas, residents and covered areas add up to the city’s', () => {
    const e = new CoverageEngine(UNITS, WARDS);
    e.setSites(SITES);
    const { added, outside } = e.addGridLevel(cells(9, 'h3r9'));
    expect(added).toBeGreaterThan(50);
    expect(outside.length).toBeGreaterThan(0);
    const city = e.results('city')[0]!;
    const grid = e.results('h3r9');
    expect(grid).toHaveLength(added);
    expect(sum(grid.map((r) => r.areaKm2))).toBeCloseTo(city.areaKm2, 6);
    expect(sum(grid.map((r) => r.population))).toBeCloseTo(city.population, 3);
    for (const tech of ['4G', '5G'] as const)
      for (const op of ['viettel', 'vnpt', 'mobifone', 'any'] as const) {
        // Cut points round to the centimetre grid: a few m² over km² (the engine's PARTITION_TOLERANCE).
        expect(sum(grid.map((r) => r.coverage[tech][op].coveredKm2))).toBeCloseTo(
          city.coverage[tech][op].coveredKm2,
          5,
        );
        expect(sum(grid.map((r) => r.coverage[tech][op].popCovered))).toBeCloseTo(
          city.coverage[tech][op].popCovered,
          1,
        );
      }
    expect(sum(grid.map((r) => r.sites['4G'].any))).toBe(SITES.length);
    for (const r of grid) {
      expect(r.coverage['4G'].any.coveredKm2).toBeGreaterThanOrEqual(0);
      expect(r.coverage['4G'].any.coveredKm2).toBeLessThanOrEqual(r.areaKm2 + 1e-9);
    }
  });

  it('a cell on the boundary counts only its part inside the city; one wholly inside counts whole', () => {
    const e = new CoverageEngine(UNITS, WARDS);
    e.addGridLevel(cells(9, 'h3r9'));
    const areas = e.results('h3r9').map((r) => r.areaKm2);
    const full = Math.max(...areas);
    // H3 resolution 9 cells average 0.105 km²; near 21°N they are about 0.115 km².
    expect(full).toBeGreaterThan(0.09);
    expect(full).toBeLessThan(0.13);
    expect(Math.min(...areas)).toBeLessThan(full / 2);
  });

  it('updates with site changes exactly as a full recompute does', () => {
    const live = new CoverageEngine(UNITS, WARDS);
    live.setSites(SITES.slice(0, 2));
    live.addGridLevel(cells(8, 'h3r8'));
    live.addGridLevel(cells(9, 'h3r9'));
    live.upsertSite(SITES[2]!);
    live.upsertSite(SITES[3]!);
    live.upsertSite({ ...SITES[0]!, lng: SITES[0]!.lng + 0.002 });
    const changed = live.removeSite('b');
    expect(changed.some((c) => c.level === 'h3r9')).toBe(true);

    const fresh = new CoverageEngine(UNITS, WARDS);
    fresh.addGridLevel(cells(8, 'h3r8'));
    fresh.addGridLevel(cells(9, 'h3r9'));
    fresh.setSites([{ ...SITES[0]!, lng: SITES[0]!.lng + 0.002 }, SITES[2]!, SITES[3]!]);
    for (const level of ['h3r8', 'h3r9', 'unit2025', 'city'] as const)
      expect(live.results(level)).toEqual(fresh.results(level));
  });

  it('adding a level twice adds nothing, and mixed levels are refused', () => {
    const e = new CoverageEngine(UNITS, WARDS);
    expect(e.addGridLevel(cells(8, 'h3r8')).added).toBeGreaterThan(0);
    expect(e.addGridLevel(cells(8, 'h3r8'))).toEqual({ added: 0, outside: [] });
    const mixed = [...cells(9, 'h3r9').slice(0, 2), { ...cells(9, 'h3r9')[3]!, level: 'unit2025' as const }];
    expect(() => e.addGridLevel(mixed)).toThrow(/every cell of one call must be of the same grid level/);
  });
});

describe('clipToConvex', () => {
  // Plane units are centimetres: shapes of metres, so that rounding cut points to the unit grid is negligible.
  const P = (pts: [number, number][]): Path64 => pts.map(([x, y]) => ({ x: x * 1000, y: y * 1000 }));
  it('cuts a concave path to a convex polygon with the exact area of their intersection', () => {
    const l = P([
      [0, 0],
      [100, 0],
      [100, 40],
      [40, 40],
      [40, 100],
      [0, 100],
    ]);
    const hex = P([
      [20, -10],
      [90, -10],
      [120, 30],
      [90, 80],
      [20, 80],
      [-10, 30],
    ]);
    const exact = Clipper.areaPaths(Clipper.intersect([l], [hex], FillRule.NonZero));
    const near = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(1e-6 * Math.abs(b));
    near(Clipper.area(clipToConvex(l, hex)), exact);
    // Either winding of the clip polygon, and holes (negative paths) stay negative.
    near(Clipper.area(clipToConvex(l, [...hex].reverse())), exact);
    near(Clipper.area(clipToConvex([...l].reverse(), hex)), -exact);
  });

  it('returns nothing for a path outside and the path itself for one inside', () => {
    const sq = P([
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
    ]);
    expect(
      clipToConvex(
        sq,
        P([
          [20, 20],
          [30, 20],
          [30, 30],
        ]),
      ),
    ).toHaveLength(0);
    expect(
      Clipper.area(
        clipToConvex(
          sq,
          P([
            [-5, -5],
            [50, -5],
            [50, 50],
            [-5, 50],
          ]),
        ),
      ),
    ).toBe(100e6);
  });
});
