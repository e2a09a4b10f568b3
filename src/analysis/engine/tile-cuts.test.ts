import { describe, expect, it } from 'vitest';
import { Clipper } from 'clipper2-ts';
import type { PlaneBox } from '../planar.js';
import type { Footprint } from './footprints.js';
import { TileCuts, cutToBox } from './tile-cuts.js';
import { clipOutlineToBox, clipToBox } from './box-clip.js';

/** A square footprint of side 2·h plane units centred on (x, y) (as a sector outline, not a circle). */
const square = (x: number, y: number, h: number): Footprint => ({
  siteId: `s${x},${y}`,
  operator: 'viettel',
  tech: '4G',
  level: 'outdoor',
  x,
  y,
  rangeM: 0,
  reach: 2 * h,
  inner: 0,
  outline: [
    [-h, -h],
    [h, -h],
    [h, h],
    [-h, h],
  ],
  box: [x - h, y - h, x + h, y + h],
  omni: false,
  fixed: null,
});

const TILE: PlaneBox = [0, 0, 100, 100];

describe('cutToBox: a footprint cut to a tile', () => {
  it('keeps the part inside the tile: a 20 × 20 square on the corner leaves its 10 × 10 quarter', () => {
    const [path, ...rest] = cutToBox(square(0, 0, 10), TILE);
    expect(rest).toEqual([]);
    expect(Math.abs(Clipper.area(path!))).toBe(100);
    expect(path!.every((p) => p.x >= 0 && p.x <= 10 && p.y >= 0 && p.y <= 10)).toBe(true);
  });

  it('leaves nothing of a footprint outside the tile', () => {
    expect(cutToBox(square(200, 50, 10), TILE)).toEqual([]);
  });
});

describe('TileCuts: cuts kept for the footprints used lately', () => {
  it('gives the same paths for the same footprint and tile, another for another tile', () => {
    const cuts = new TileCuts(10);
    const f = square(100, 50, 20);
    const west = cuts.cut(f, TILE);
    expect(cuts.cut(f, TILE)).toBe(west);
    expect(west).toEqual(cutToBox(f, TILE));
    const east = cuts.cut(f, [100, 0, 200, 100]);
    expect(east).not.toBe(west);
    expect(Math.abs(Clipper.area(east[0]!))).toBe(20 * 40);
    expect(cuts.count).toBe(2);
  });

  it('drops the least recently used footprint beyond its capacity, and makes its cut again', () => {
    const cuts = new TileCuts(2);
    const [a, b, c] = [square(10, 10, 5), square(50, 50, 5), square(90, 90, 5)];
    const cutA = cuts.cut(a, TILE);
    const cutB = cuts.cut(b, TILE);
    expect(cuts.cut(a, TILE)).toBe(cutA);
    // Three footprints for two places: b, used least lately, goes.
    cuts.cut(c, TILE);
    expect(cuts.count).toBe(2);
    expect(cuts.cut(a, TILE)).toBe(cutA);
    const again = cuts.cut(b, TILE);
    expect(again).not.toBe(cutB);
    expect(again).toEqual(cutB);
  });
});

describe('clipOutlineToBox: a footprint cut without building its uncut path', () => {
  it('is point for point the cut of the built path (seeded star outlines across tile corners and edges)', () => {
    let s = 11;
    const rnd = () => (s = (s * 16807) % 2147483647) / 2147483647;
    for (let k = 0; k < 300; k++) {
      const n = 3 + Math.floor(rnd() * 60);
      const outline = Array.from({ length: n }, (_, i) => {
        const a = (2 * Math.PI * i) / n;
        const r = 20 + rnd() * 120;
        return [Math.round(r * Math.sin(a)), Math.round(r * Math.cos(a))] as [number, number];
      });
      const x = Math.round(-50 + rnd() * 200);
      const y = Math.round(-50 + rnd() * 200);
      const built = clipToBox(
        outline.map(([dx, dy]) => ({ x: x + dx, y: y + dy })),
        TILE,
      );
      expect(clipOutlineToBox(x, y, outline, TILE)).toEqual(built);
    }
  });
});
