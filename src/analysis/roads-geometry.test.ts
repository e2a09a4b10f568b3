import { describe, expect, it } from 'vitest';
import { shapeOf, type PlanarShape } from './planar.js';
import { ShapeSet, planeLengthM, projectLine, sharedShapes } from './roads-geometry.js';

/** A square of the plane, plane units (cm), counter-clockwise. */
function createSquare(x0: number, y0: number, x1: number, y1: number): PlanarShape {
  return shapeOf([
    [
      { x: x0, y: y0 },
      { x: x1, y: y0 },
      { x: x1, y: y1 },
      { x: x0, y: y1 },
    ],
  ]);
}

describe('ShapeSet', () => {
  const set = new ShapeSet([createSquare(0, 0, 100_000, 100_000), createSquare(100_000, 0, 200_000, 100_000)]);

  it('returns a line wholly inside a shape as it is, and nothing for a line outside', () => {
    const line = [
      { x: 10_000, y: 10_000 },
      { x: 50_000, y: 60_000 },
    ];
    expect(set.partsIn(0, line)).toEqual([line]);
    expect(set.partsIn(0, line)[0]).toBe(line);
    expect(set.partsIn(1, line)).toEqual([]);
  });

  it('cuts a line crossing two shapes at their shared edge', () => {
    const line = [
      { x: 50_000, y: 50_000 },
      { x: 130_000, y: 50_000 },
    ];
    expect(planeLengthM(set.partsIn(0, line))).toBe(500);
    expect(planeLengthM(set.partsIn(1, line))).toBe(300);
    expect(planeLengthM(set.partsInAny([line]))).toBe(800);
  });

  it('gives a stretch along the shared edge to one shape only', () => {
    const line = [
      { x: 50_000, y: 20_000 },
      { x: 100_000, y: 20_000 },
      { x: 100_000, y: 80_000 },
      { x: 150_000, y: 80_000 },
    ];
    const left = planeLengthM(set.partsIn(0, line));
    const right = planeLengthM(set.partsIn(1, line));
    expect(left + right).toBe(1600);
    expect([left, right].sort((a, b) => a - b)).toEqual([500, 1100]);
  });

  it('finds the candidates of a box in index order', () => {
    expect(set.candidates([90_000, 10_000, 110_000, 20_000])).toEqual([0, 1]);
    expect(set.candidates([250_000, 0, 260_000, 10_000])).toEqual([]);
  });
});

describe('sharedShapes', () => {
  it('makes shapes of equal geometry one object', () => {
    const pool = new Map<string, PlanarShape>();
    const [a] = sharedShapes([createSquare(0, 0, 10, 10)], pool);
    const [b, c] = sharedShapes([createSquare(0, 0, 10, 10), createSquare(0, 0, 20, 20)], pool);
    expect(b).toBe(a);
    expect(c).not.toBe(a);
  });
});

describe('projectLine', () => {
  it('drops repeated positions and refuses a line of one distinct position', () => {
    expect(
      projectLine([
        [105.85, 21.03],
        [105.85, 21.03],
        [105.86, 21.03],
      ]),
    ).toHaveLength(2);
    expect(
      projectLine([
        [105.85, 21.03],
        [105.85, 21.03],
      ]),
    ).toBeNull();
  });
});
