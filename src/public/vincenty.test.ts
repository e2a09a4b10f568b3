import { describe, expect, test } from 'vitest';
import { distanceM } from '../analysis/geodesy.js';
import { ellipsoidDistanceM } from './vincenty.js';

describe('ellipsoidDistanceM', () => {
  test('agrees with Karney within a millimetre over Hà Nội distances', () => {
    const from: [number, number] = [105.8542, 21.0285];
    for (const [dx, dy] of [
      [0.001, 0],
      [0, 0.004],
      [0.03, -0.02],
      [-0.4, 0.3],
      [0.00001, 0.00002],
    ] as const) {
      const to: [number, number] = [from[0] + dx, from[1] + dy];
      expect(Math.abs(ellipsoidDistanceM(from, to) - distanceM(from, to))).toBeLessThan(0.001);
    }
  });

  test('is 0 from a point to itself', () => {
    expect(ellipsoidDistanceM([105.8, 21], [105.8, 21])).toBe(0);
  });
});
