import { describe, expect, it } from 'vitest';
import { Clipper, FillRule, type Path64, type Paths64 } from 'clipper2-ts';
import { flatRings, pieceTriangles, ringsInTriangles } from './piece-triangles.js';

/** Plane units are centimetres: 100 units = 1 m. */
const M = 100;
const rect = (x0: number, y0: number, x1: number, y1: number): Path64 => [
  { x: x0 * M, y: y0 * M },
  { x: x1 * M, y: y0 * M },
  { x: x1 * M, y: y1 * M },
  { x: x0 * M, y: y1 * M },
];
const reversed = (p: Path64): Path64 => [...p].reverse();

/** m² of `union` inside `piece` by the piece's triangles, with the union's winding as measured. */
function byTriangles(piece: Paths64, union: Paths64): number {
  const tris = pieceTriangles(piece);
  if (!tris) throw new Error('no triangles');
  const sign = Math.sign(Clipper.areaPaths(union));
  return (sign * ringsInTriangles(flatRings(union), tris)) / 2 / 1e4;
}

/** A star-shaped ring around (cx, cy) m with radii from a seeded sequence, integer plane units. */
function star(cx: number, cy: number, r: number, n: number, seed: number): Path64 {
  let s = seed;
  const rnd = () => (s = (s * 16807) % 2147483647) / 2147483647;
  return Array.from({ length: n }, (_, k) => {
    const a = (2 * Math.PI * k) / n;
    const rr = r * (0.45 + 0.55 * rnd());
    return { x: Math.round((cx + rr * Math.cos(a)) * M), y: Math.round((cy + rr * Math.sin(a)) * M) };
  });
}

describe('piece triangles: covered area without a boolean operation', () => {
  it('measures a hand-computable case: a square with a hole, half covered', () => {
    // 100 × 100 m with a 20 × 20 m hole at the centre; the union covers x ≥ 50: 5,000 − 10 × 20 = 4,800 m².
    const piece = [rect(0, 0, 100, 100), reversed(rect(40, 40, 60, 60))];
    expect(byTriangles(piece, [rect(50, -10, 150, 110)])).toBeCloseTo(4800, 9);
    // A union with a hole of its own (60..80 × 10..30 m inside the covered half): 4,800 − 400.
    expect(byTriangles(piece, [rect(50, -10, 150, 110), reversed(rect(60, 10, 80, 30))])).toBeCloseTo(4400, 9);
  });

  it('gives the same figure whichever way the rings wind', () => {
    const piece = [reversed(rect(0, 0, 100, 100)), rect(40, 40, 60, 60)];
    const union = [reversed(rect(50, -10, 150, 110))];
    expect(byTriangles(piece, union)).toBeCloseTo(4800, 9);
  });

  it('covers the piece exactly with its triangles, holes in several outer rings included', () => {
    const piece = [
      rect(0, 0, 100, 100),
      reversed(rect(10, 10, 30, 30)),
      rect(200, 0, 260, 50),
      reversed(rect(210, 10, 220, 20)),
    ];
    const tris = pieceTriangles(piece)!;
    expect(tris).not.toBeNull();
    let a2 = 0;
    for (let k = 0; k < tris.count; k++) {
      const [ax, ay, bx, by, cx, cy] = tris.coords.subarray(6 * k, 6 * k + 6);
      a2 += (bx! - ax!) * (cy! - ay!) - (by! - ay!) * (cx! - ax!);
    }
    expect(a2 / 2 / 1e4).toBe(10_000 - 400 + 3_000 - 100);
    // The piece covered by a union larger than it: its own area.
    expect(byTriangles(piece, [rect(-10, -10, 300, 200)])).toBeCloseTo(12_500, 9);
  });

  it('agrees with clipper2-ts on concave pieces and unions of overlapping shapes', () => {
    // Clipper rounds each crossing to its integer grid: on the centimetre grid that moves areas by tenths of a
    // m²; on a grid 1,000 times finer it is the exact figure to a thousandth, which the triangles must match.
    const fine = (ps: Paths64) => ps.map((p) => p.map((q) => ({ x: q.x * 1000, y: q.y * 1000 })));
    for (let seed = 1; seed <= 40; seed++) {
      const piece = [star(50, 50, 60, 17 + (seed % 7), seed), reversed(star(50, 50, 12, 9, seed + 100))];
      const union = Clipper.union(
        [star(20, 30, 45, 48, seed + 7), star(80, 70, 50, 48, seed + 13), star(60, 10, 30, 24, seed + 29)],
        FillRule.NonZero,
      );
      const exact = Clipper.areaPaths(Clipper.intersect(fine(piece), fine(union), FillRule.NonZero)) / 1e10;
      expect(Math.abs(byTriangles(piece, union) - exact)).toBeLessThan(0.005);
      const onGrid = Clipper.areaPaths(Clipper.intersect(piece, union, FillRule.NonZero)) / 1e4;
      expect(Math.abs(onGrid - exact)).toBeLessThan(1);
    }
  });

  it('has no triangles for a piece without area', () => {
    expect(
      pieceTriangles([
        [
          { x: 0, y: 0 },
          { x: 100, y: 0 },
          { x: 200, y: 0 },
        ],
      ]),
    ).toBeNull();
  });
});
