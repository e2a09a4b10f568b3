import { describe, expect, it } from 'vitest';
import type { Path64 } from 'clipper2-ts';
import { shapeOf, type PlaneBox } from '../planar.js';
import { unionChange } from './tile-union.js';

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
