import { describe, expect, it } from 'vitest';
import { Clipper, type Path64 } from 'clipper2-ts';
import { shapeOf } from '../planar.js';
import type { Piece } from './area-index.js';
import { derivedCoveredM2, derivePlan } from './piece-derive.js';
import { coveredM2 } from './piece-measure.js';
import type { EngineLevel } from './types.js';

// A 1 km tile (plane units of 1 cm) cut by a zigzag border into a west and an east unit; the wards are the east unit
// and the west one cut in two; a zone overlaps both units.
const TILE_M2 = 1e6;
const ZIGZAG = [0, 20_000, 40_000, 60_000, 80_000, 100_000].map((y, i) => ({ x: i % 2 ? 55_000 : 45_000, y }));
const west: Path64 = [{ x: 0, y: 0 }, ...ZIGZAG, { x: 0, y: 100_000 }];
const east: Path64 = [...ZIGZAG, { x: 100_000, y: 100_000 }, { x: 100_000, y: 0 }].reverse();
const southWest: Path64 = [{ x: 0, y: 0 }, ...ZIGZAG.slice(0, 3), { x: 0, y: 40_000 }];
const northWest: Path64 = [{ x: 0, y: 40_000 }, ...ZIGZAG.slice(2), { x: 0, y: 100_000 }];
const zone: Path64 = [
  { x: 30_000, y: 30_000 },
  { x: 70_000, y: 30_000 },
  { x: 70_000, y: 70_000 },
  { x: 30_000, y: 70_000 },
];

function createPiece(area: number, path: Path64): Piece {
  const xs = path.map((p) => p.x);
  const ys = path.map((p) => p.y);
  return {
    area,
    ward: -1,
    density: 0,
    paths: [path],
    wholeTile: false,
    box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)],
    areaM2: Math.abs(Clipper.area(path)) / 1e4,
  };
}
const LEVELS: EngineLevel[] = ['unit2025', 'unit2025', 'ward2019', 'ward2019', 'zone', 'ward2019'];
const levelOf = (a: number) => LEVELS[a]!;
const pieces = () => [
  createPiece(0, west),
  createPiece(1, east),
  createPiece(2, southWest),
  createPiece(3, northWest),
  createPiece(4, zone),
  createPiece(5, [...east]),
];

describe('derivePlan: which pieces of a tile are the rest of their neighbours', () => {
  it('derives the piece with the most vertices of each level that covers the tile, never a zone', () => {
    const plan = derivePlan(pieces(), TILE_M2, levelOf)!;
    // West and east have 8 vertices each (the first wins); the east ward's 8 beat the west wards' 5 and 6.
    expect(plan.derived).toEqual([0, 5]);
    expect(plan.others).toEqual([[1], [2, 3]]);
  });

  it('derives nothing where a level does not cover the tile (the city edge)', () => {
    expect(derivePlan(pieces().slice(0, 1), TILE_M2, levelOf)).toBeNull();
    expect(derivePlan([createPiece(0, west), createPiece(4, zone)], TILE_M2, levelOf)).toBeNull();
    // The wards without the east one.
    expect(derivePlan(pieces().slice(0, 5), TILE_M2, levelOf)!.derived).toEqual([0]);
  });

  it('plans again when pieces are added to the tile (a grid level)', () => {
    const list = pieces().slice(0, 1);
    expect(derivePlan(list, TILE_M2, levelOf)).toBeNull();
    list.push(createPiece(1, east));
    expect(derivePlan(list, TILE_M2, levelOf)!.derived).toEqual([0]);
  });
});

describe('derivedCoveredM2', () => {
  const all = pieces();
  // A union across the border, with a hole on it.
  const u = shapeOf([
    [
      { x: 20_000, y: 10_000 },
      { x: 90_000, y: 10_000 },
      { x: 90_000, y: 90_000 },
      { x: 20_000, y: 90_000 },
    ],
    [
      { x: 40_000, y: 45_000 },
      { x: 40_000, y: 55_000 },
      { x: 60_000, y: 55_000 },
      { x: 60_000, y: 45_000 },
    ],
  ]);

  it('is the measured covered area of the piece', () => {
    const plan = derivePlan(all, TILE_M2, levelOf)!;
    plan.derived.forEach((i, k) => {
      const rest = derivedCoveredM2(all[i]!, u.areaM2, plan.others[k]!, (j) => coveredM2(all[j]!, u));
      expect(rest).toBeGreaterThan(0);
      expect(rest).toBeCloseTo(coveredM2(all[i]!, u), 6);
    });
  });

  it('snaps rounding next to nothing or to the whole piece, and stays within the piece', () => {
    const p = all[0]!;
    expect(derivedCoveredM2(p, 100, [1], () => 100 - 1e-9)).toBe(0);
    expect(derivedCoveredM2(p, 100, [1], () => 100.5)).toBe(0);
    expect(derivedCoveredM2(p, p.areaM2 + 10, [1], () => 10 - 1e-9)).toBe(p.areaM2);
    expect(derivedCoveredM2(p, p.areaM2 + 10, [1], () => 0)).toBe(p.areaM2);
    expect(derivedCoveredM2(p, 300, [1, 2], (j) => j * 50)).toBe(150);
  });
});
