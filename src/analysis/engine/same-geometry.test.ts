import { describe, expect, it } from 'vitest';
import { shapeOf } from '../planar.js';
import { samePoints, sameRings } from './same-geometry.js';

const ring = (...xy: [number, number][]) => xy.map(([x, y]) => ({ x, y }));
const square = ring([0, 0], [10, 0], [10, 10], [0, 10]);

describe('sameRings', () => {
  it('holds for the same ring from another start', () => {
    expect(sameRings(shapeOf([square]), shapeOf([ring([10, 10], [0, 10], [0, 0], [10, 0])]))).toBe(true);
  });

  it('fails for the ring reversed, another point, or another ring count', () => {
    expect(sameRings(shapeOf([square]), shapeOf([ring([0, 0], [0, 10], [10, 10], [10, 0])]))).toBe(false);
    expect(sameRings(shapeOf([square]), shapeOf([ring([0, 0], [10, 0], [10, 10], [1, 10])]))).toBe(false);
    const hole = ring([2, 2], [2, 4], [4, 4], [4, 2]);
    expect(sameRings(shapeOf([square]), shapeOf([square, hole]))).toBe(false);
  });

  it('fails for the same points joined in another order (same vertex set, another region)', () => {
    const a = ring([0, 0], [10, 0], [5, 5], [10, 10], [0, 10]);
    const b = ring([0, 0], [5, 5], [10, 0], [10, 10], [0, 10]);
    expect(samePoints([a], [b])).toBe(true);
    expect(sameRings(shapeOf([a]), shapeOf([b]))).toBe(false);
  });
});
