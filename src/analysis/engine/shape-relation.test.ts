import { describe, expect, it } from 'vitest';
import type { Path64 } from 'clipper2-ts';
import { shapeOf, type PlanarShape } from '../planar.js';
import { relateShapes, segmentsMeet, windingAt } from './shape-relation.js';

/** A counter-clockwise square path [x0, x1] × [y0, y1], plane units. */
const square = (x0: number, y0: number, x1: number, y1: number): Path64 => [
  { x: x0, y: y0 },
  { x: x1, y: y0 },
  { x: x1, y: y1 },
  { x: x0, y: y1 },
];
const hole = (x0: number, y0: number, x1: number, y1: number): Path64 => [...square(x0, y0, x1, y1)].reverse();
const shape = (...paths: Path64[]): PlanarShape => shapeOf(paths);

describe('segmentsMeet', () => {
  it('finds crossing, touching and collinear overlapping segments, and no more', () => {
    const p = (x: number, y: number) => ({ x, y });
    expect(segmentsMeet(p(0, 0), p(10, 10), p(0, 10), p(10, 0))).toBe(true);
    expect(segmentsMeet(p(0, 0), p(10, 0), p(10, 0), p(10, 5))).toBe(true);
    expect(segmentsMeet(p(0, 0), p(10, 0), p(5, 0), p(20, 0))).toBe(true);
    expect(segmentsMeet(p(0, 0), p(10, 0), p(11, 0), p(20, 0))).toBe(false);
    expect(segmentsMeet(p(0, 0), p(10, 0), p(5, 1), p(5, 9))).toBe(false);
  });
});

describe('windingAt', () => {
  it('is 1 inside a square, 0 in its hole and outside', () => {
    const paths = [square(0, 0, 10, 10), hole(4, 4, 6, 6)];
    expect(windingAt(paths, { x: 2, y: 2 })).toBe(1);
    expect(windingAt(paths, { x: 5, y: 5 })).toBe(0);
    expect(windingAt(paths, { x: 20, y: 5 })).toBe(0);
  });
});

describe('relateShapes', () => {
  it('tells apart shapes whose boxes overlap but which share no point', () => {
    const l = shape([
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 2 },
      { x: 2, y: 2 },
      { x: 2, y: 10 },
      { x: 0, y: 10 },
    ]);
    expect(relateShapes(l, shape(square(5, 5, 9, 9)))).toBe('apart');
  });

  it('sees a shared corner or a shared edge as contact', () => {
    expect(relateShapes(shape(square(0, 0, 10, 10)), shape(square(10, 10, 20, 20)))).toBe('contact');
    expect(relateShapes(shape(square(0, 0, 10, 10)), shape(square(10, 0, 20, 10)))).toBe('contact');
  });

  it('finds a shape strictly inside the other, either way round', () => {
    const big = shape(square(0, 0, 10, 10));
    const small = shape(square(2, 2, 4, 4));
    expect(relateShapes(big, small)).toBe('b-inside');
    expect(relateShapes(small, big)).toBe('a-inside');
  });

  it('does not call a shape inside when a hole of the other lies within it', () => {
    const holed = shape(square(0, 0, 100, 100), hole(40, 40, 60, 60));
    expect(relateShapes(holed, shape(square(20, 20, 80, 80)))).toBe('contact');
    expect(relateShapes(holed, shape(square(45, 45, 55, 55)))).toBe('apart');
    expect(relateShapes(holed, shape(square(10, 10, 30, 30)))).toBe('b-inside');
  });

  it('treats an empty shape as apart', () => {
    expect(relateShapes(shape(), shape(square(0, 0, 1, 1)))).toBe('apart');
  });
});
