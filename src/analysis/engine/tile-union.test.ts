import { describe, expect, it } from 'vitest';
import type { Path64 } from 'clipper2-ts';
import { shapeOf, type PlaneBox } from '../planar.js';
import type { Piece } from './area-index.js';
import { unionChange } from './tile-union.js';
import { coveredM2, unionMeasure } from './piece-measure.js';

const TILE: PlaneBox = [0, 0, 100_000, 100_000];
const rect = (x0: number, y0: number, x1: number, y1: number): Path64 => [
  { x: x0, y: y0 },
  { x: x1, y: y0 },
  { x: x1, y: y1 },
  { x: x0, y: y1 },
];

describe('unionChange: where two unions of a tile differ', () => {
  it('nowhere for the same rings, wherever each ring starts', () => {
    const a = shapeOf([rect(0, 0, 10, 10), rect(50, 50, 60, 60)]);
    const b = shapeOf([rect(50, 50, 60, 60), [...rect(0, 0, 10, 10).slice(2), ...rect(0, 0, 10, 10).slice(0, 2)]]);
    expect(unionChange(a, b, TILE)).toBeNull();
    expect(unionChange('full', 'full', TILE)).toBeNull();
    expect(unionChange(null, null, TILE)).toBeNull();
  });

  it('only around the ring that changed', () => {
    const a = shapeOf([rect(0, 0, 10, 10), rect(50, 50, 60, 60)]);
    const b = shapeOf([rect(0, 0, 10, 10), rect(50, 50, 70, 60)]);
    expect(unionChange(a, b, TILE)).toEqual([50, 50, 70, 60]);
  });

  it('over the whole shape from nothing, and over the whole tile to or from full', () => {
    const a = shapeOf([rect(20, 30, 40, 50)]);
    expect(unionChange(null, a, TILE)).toEqual([20, 30, 40, 50]);
    expect(unionChange(a, 'full', TILE)).toEqual(TILE);
    expect(unionChange('full', null, TILE)).toEqual(TILE);
  });
});

describe('unionMeasure: pieces measured against one union prepared once', () => {
  /** A piece of the given paths (plane units, 1 unit = 1 cm) and area (m²), not the whole tile. */
  const piece = (paths: Path64[], box: PlaneBox, areaM2: number): Piece => ({
    area: 0,
    ward: -1,
    density: 0,
    paths,
    wholeTile: false,
    box,
    areaM2,
  });
  // An L of three 10 m squares: [0, 2000] × [0, 1000] and [0, 1000] × [1000, 2000].
  const ell = piece(
    [
      [
        { x: 0, y: 0 },
        { x: 2000, y: 0 },
        { x: 2000, y: 1000 },
        { x: 1000, y: 1000 },
        { x: 1000, y: 2000 },
        { x: 0, y: 2000 },
      ],
    ],
    [0, 0, 2000, 2000],
    300,
  );
  const square = piece([rect(5000, 5000, 6000, 6000)], [5000, 5000, 6000, 6000], 100);
  const away = piece([rect(20_000, 0, 21_000, 1000)], [20_000, 0, 21_000, 1000], 100);
  // The union: [500, 1500] × [500, 1500] (crossing the L) and [5000, 7000] × [4000, 7000] (over the square).
  const u = shapeOf([rect(500, 500, 1500, 1500), rect(5000, 4000, 7000, 7000)]);

  it('gives each piece its covered area, as coveredM2 does', () => {
    const measure = unionMeasure(u);
    // The L keeps three of the union square's four 5 m quarters: 75 m².
    expect(measure(ell)).toBe(75);
    expect(measure(square)).toBe(100);
    expect(measure(away)).toBe(0);
    for (const p of [ell, square, away]) expect(measure(p)).toBe(coveredM2(p, u));
  });

  it('covers everything or nothing for a full or an empty union', () => {
    expect(unionMeasure('full')(ell)).toBe(300);
    expect(unionMeasure(null)(ell)).toBe(0);
  });
});
