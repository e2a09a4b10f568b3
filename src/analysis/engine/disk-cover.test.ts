import { describe, expect, it } from 'vitest';
import { Clipper, FillRule } from 'clipper2-ts';
import type { PlaneBox } from '../planar.js';
import { disksCoverBox } from './disk-cover.js';
import { footprintPaths, type Footprint } from './footprints.js';
import { circleFootprint as circle } from '../../../test/support/footprints.js';
import { cutToBox } from './tile-cuts.js';

/** A 1 km tile, plane units (1 unit = 1 cm). */
const TILE: PlaneBox = [0, 0, 100_000, 100_000];

/** The tile's covered share by the exact union. */
function unionShare(fps: Footprint[]): number {
  const u = Clipper.union(
    fps.flatMap((f) => cutToBox(f, TILE)),
    FillRule.NonZero,
  );
  return Clipper.areaPaths(u) / 1e10;
}

describe('disksCoverBox: a tile proven covered without a union', () => {
  it('proves a tile covered by four overlapping circles, none covering it alone', () => {
    const fps = [circle(250, 250, 420), circle(750, 250, 420), circle(250, 750, 420), circle(750, 750, 420)];
    expect(disksCoverBox(fps, TILE)).toBe(true);
    expect(unionShare(fps)).toBeCloseTo(1, 9);
  });

  it('does not claim a tile with a gap between the circles', () => {
    const fps = [circle(250, 250, 340), circle(750, 250, 340), circle(250, 750, 340), circle(750, 750, 340)];
    expect(unionShare(fps)).toBeLessThan(1);
    expect(disksCoverBox(fps, TILE)).toBe(false);
  });

  it('never says covered when the exact union is not (seeded random layouts)', () => {
    let s = 7;
    const rnd = () => (s = (s * 16807) % 2147483647) / 2147483647;
    let proven = 0;
    for (let k = 0; k < 200; k++) {
      const fps = Array.from({ length: 3 + Math.floor(rnd() * 6) }, () =>
        circle(-200 + rnd() * 1400, -200 + rnd() * 1400, 300 + rnd() * 500),
      );
      if (!disksCoverBox(fps, TILE)) continue;
      proven++;
      expect(unionShare(fps)).toBeGreaterThan(1 - 1e-9);
    }
    expect(proven).toBeGreaterThan(10);
  });

  it('uses nothing but modelled footprints with a disk', () => {
    const wedge = { ...circle(500, 500, 2000), inner: 0 };
    expect(disksCoverBox([wedge, wedge], TILE)).toBe(false);
    expect(footprintPaths(wedge)[0]).toHaveLength(48);
  });
});
