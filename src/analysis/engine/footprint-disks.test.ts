import { describe, expect, it } from 'vitest';
import { Clipper, FillRule, PointInPolygonResult, type Path64 } from 'clipper2-ts';
import type { PlaneBox } from '../planar.js';
import { lobeDisks } from './footprint-disks.js';
import { disksCoverBox } from './disk-cover.js';
import { cutToBox } from './tile-cuts.js';
import { circleFootprint } from '../../../test/support/footprints.js';
import type { Footprint } from './footprints.js';

/** A three-lobed outline (plane units) of tip length `r` m: r·(0.35 + 0.65·cos²(1.5·θ)) toward bearing θ. */
function trefoil(r: number, turn = 0, n = 48): [number, number][] {
  return Array.from({ length: n }, (_, k) => {
    const a = turn + (2 * Math.PI * k) / n;
    const d = r * 100 * (0.35 + 0.65 * Math.cos(1.5 * (a - turn)) ** 2);
    return [Math.round(d * Math.sin(a)), Math.round(d * Math.cos(a))];
  });
}

function sectored(x: number, y: number, r: number, turn: number): Footprint {
  const outline = trefoil(r, turn);
  return circleFootprint(x, y, r, {
    outline,
    omni: false,
    inner: 0.35 * r * 100 * 0.95,
    lobes: lobeDisks(x * 100, y * 100, outline),
  });
}

describe('lobeDisks: disks inside a sectored outline', () => {
  it('places three disks per lobe, each wholly inside the outline', () => {
    const outline = trefoil(800);
    const disks = lobeDisks(0, 0, outline);
    expect(disks.length / 3).toBe(9);
    const path: Path64 = outline.map(([x, y]) => ({ x, y }));
    for (let i = 0; i < disks.length; i += 3) {
      const [cx, cy, r] = [disks[i]!, disks[i + 1]!, disks[i + 2]!];
      expect(r).toBeGreaterThan(100 * 50);
      for (let k = 0; k < 64; k++) {
        const a = (2 * Math.PI * k) / 64;
        const p = { x: Math.round(cx + r * Math.cos(a)), y: Math.round(cy + r * Math.sin(a)) };
        expect(Clipper.pointInPolygon(p, path)).not.toBe(PointInPolygonResult.IsOutside);
      }
    }
  });

  it('gives no disk for a near circle (its inner disk is nearly all of it)', () => {
    const circle = Array.from({ length: 48 }, () => [0, 0] as [number, number]).map((_, k) => {
      const a = (2 * Math.PI * k) / 48;
      return [Math.round(1000 * Math.sin(a)), Math.round(1000 * Math.cos(a))] as [number, number];
    });
    expect(lobeDisks(0, 0, circle)).toHaveLength(0);
  });

  it('lets sectored footprints prove a tile covered only when their exact union covers it', () => {
    const TILE: PlaneBox = [0, 0, 100_000, 100_000];
    let s = 3;
    const rnd = () => (s = (s * 16807) % 2147483647) / 2147483647;
    let proven = 0;
    for (let k = 0; k < 150; k++) {
      const fps = Array.from({ length: 2 + Math.floor(rnd() * 6) }, () =>
        sectored(-300 + rnd() * 1600, -300 + rnd() * 1600, 700 + rnd() * 900, rnd() * 2 * Math.PI),
      );
      if (!disksCoverBox(fps, TILE)) continue;
      proven++;
      const u = Clipper.union(
        fps.flatMap((f) => cutToBox(f, TILE)),
        FillRule.NonZero,
      );
      expect(Clipper.areaPaths(u) / 1e10).toBeGreaterThan(1 - 1e-9);
    }
    expect(proven).toBeGreaterThan(5);
  });
});
