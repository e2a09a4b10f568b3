import { describe, expect, it } from 'vitest';
import { HANOI_LAEA } from './projection.js';
import { geodesicCircle, polygonAreaM2 } from './geodesy.js';

/** Shoelace area of a planar ring, m². */
function planarArea(ring: number[][]): number {
  let s = 0;
  for (let i = 0; i < ring.length - 1; i++) s += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return Math.abs(s / 2);
}

describe('HANOI_LAEA', () => {
  it('maps the centre to the origin', () => {
    const [x, y] = HANOI_LAEA.forward([105.8523, 21.0285]);
    expect(Math.abs(x)).toBeLessThan(1e-6);
    expect(Math.abs(y)).toBeLessThan(1e-6);
  });

  it.each([
    [105.8523, 21.0285],
    [105.3, 20.6],
    [106.0, 21.38],
  ])('inverse(forward(%f, %f)) is the identity to 1e-9 degrees', (lng, lat) => {
    const [l2, p2] = HANOI_LAEA.inverse(HANOI_LAEA.forward([lng, lat]));
    expect(l2).toBeCloseTo(lng, 9);
    expect(p2).toBeCloseTo(lat, 9);
  });

  it.each([
    [[105.85, 21.03], 500],
    [[105.45, 21.0], 5000],
    [[105.95, 21.3], 2000],
  ])('planar area equals the ellipsoidal area (circle at %j, r=%d m) within 1e-6', (c, r) => {
    const ring = geodesicCircle(c as number[], r as number, 256);
    const geodesic = polygonAreaM2({ type: 'Polygon', coordinates: [ring] });
    const planar = planarArea(ring.map((p) => HANOI_LAEA.forward(p)));
    expect(Math.abs(planar - geodesic) / geodesic).toBeLessThan(1e-6);
  });
});
