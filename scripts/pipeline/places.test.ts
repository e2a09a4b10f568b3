import { describe, expect, it } from 'vitest';
import { placeFinder } from './places.js';

/** A square of `[lng, lat]` corners from (x0, y0) to (x1, y1). */
const square = (x0: number, y0: number, x1: number, y1: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0],
    ],
  ],
});

describe('placeFinder', () => {
  it('names the area around a point, and none outside all of them', () => {
    const placeOf = placeFinder([
      { name: 'Hà Đông', geometry: square(105.7, 20.9, 105.8, 21) },
      { name: 'Hoàn Kiếm', geometry: square(105.8, 21, 105.9, 21.1) },
    ]);
    expect(placeOf([105.75, 20.95])).toBe('Hà Đông');
    expect(placeOf([105.85, 21.05])).toBe('Hoàn Kiếm');
    expect(placeOf([105.75, 21.05])).toBeNull();
  });
});
