/**
 * Exact tests of equal geometry on integer plane coordinates, without a boolean operation: the area index uses them
 * to share pieces between levels and to skip cutting a shape by itself.
 */
import type { Paths64 } from 'clipper2-ts';
import type { PlanarShape } from '../planar.js';

/**
 * True when two shapes have the same rings, each the same points in the same order from any start: the same
 * region, decided without a boolean operation (a ward's part in a tile against its own ward level's part, or a
 * tile wholly inside an area and a ward).
 */
export function sameRings(a: PlanarShape, b: PlanarShape): boolean {
  if (a.paths.length !== b.paths.length || a.box.some((v, i) => v !== b.box[i])) return false;
  return a.paths.every((pa) => b.paths.some((pb) => sameCycle(pa, pb)));
}

/** The same points in the same cyclic order. */
function sameCycle(a: Paths64[number], b: Paths64[number]): boolean {
  const n = a.length;
  if (n !== b.length) return false;
  for (let start = 0; start < n; start++) {
    if (b[start]!.x !== a[0]!.x || b[start]!.y !== a[0]!.y) continue;
    let i = 1;
    while (i < n && a[i]!.x === b[(start + i) % n]!.x && a[i]!.y === b[(start + i) % n]!.y) i++;
    if (i === n) return true;
  }
  return false;
}

/** Same multiset of vertices: both sorted by x, then y, and compared in turn. */
export function samePoints(a: Paths64, b: Paths64): boolean {
  if (a === b) return true;
  const flat = (ps: Paths64) => ps.flat().sort((p, q) => p.x - q.x || p.y - q.y);
  const [x, y] = [flat(a), flat(b)];
  return x.length === y.length && x.every((v, i) => v.x === y[i]!.x && v.y === y[i]!.y);
}
