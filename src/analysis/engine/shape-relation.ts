/**
 * How two planar shapes lie to each other, decided exactly on their integer plane coordinates (no boolean
 * operation): apart, one strictly inside the other, or with touching or crossing boundaries. The area index uses
 * it to skip Clipper operations whose result it already knows (an empty intersection, a ward wholly inside an
 * area), which leaves the index unchanged and saves most of the cost of those steps.
 */
import type { Path64 } from 'clipper2-ts';
import type { PlanarShape } from '../planar.js';

/**
 * `apart`: the closed shapes share no point. `b-inside`: `b` lies in the interior of `a` (so a ∩ b = b);
 * `a-inside`: the reverse. `contact`: the boundaries touch or cross somewhere (a shared vertex or edge counts),
 * so only a boolean operation can tell.
 */
export type ShapeRelation = 'apart' | 'b-inside' | 'a-inside' | 'contact';

type Pt = { x: number; y: number };

/**
 * Orientation of c relative to a→b: the sign of the cross product. Plane coordinates stay within ±2·10⁷ units
 * (±200 km), so every product is below 2⁵³ and the sign is exact.
 */
function orient(a: Pt, b: Pt, c: Pt): number {
  return Math.sign((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x));
}

/** c on segment a–b, given that the three are collinear. */
function onSegment(a: Pt, b: Pt, c: Pt): boolean {
  return (
    Math.min(a.x, b.x) <= c.x && c.x <= Math.max(a.x, b.x) && Math.min(a.y, b.y) <= c.y && c.y <= Math.max(a.y, b.y)
  );
}

/** True when the closed segments p1–p2 and q1–q2 share a point (crossing, touching or overlapping). */
export function segmentsMeet(p1: Pt, p2: Pt, q1: Pt, q2: Pt): boolean {
  const d1 = orient(q1, q2, p1);
  const d2 = orient(q1, q2, p2);
  const d3 = orient(p1, p2, q1);
  const d4 = orient(p1, p2, q2);
  if (d1 * d2 < 0 && d3 * d4 < 0) return true;
  return (
    (d1 === 0 && onSegment(q1, q2, p1)) ||
    (d2 === 0 && onSegment(q1, q2, p2)) ||
    (d3 === 0 && onSegment(p1, p2, q1)) ||
    (d4 === 0 && onSegment(p1, p2, q2))
  );
}

/** Edges of `paths` whose bounds meet the box `[minX, minY, maxX, maxY]`, as flat quadruples of points. */
function edgesNear(paths: readonly Path64[], box: readonly number[]): Pt[] {
  const out: Pt[] = [];
  for (const p of paths)
    for (let i = 0, n = p.length; i < n; i++) {
      const a = p[i]!;
      const b = p[(i + 1) % n]!;
      if (Math.max(a.x, b.x) < box[0]! || Math.min(a.x, b.x) > box[2]!) continue;
      if (Math.max(a.y, b.y) < box[1]! || Math.min(a.y, b.y) > box[3]!) continue;
      out.push(a, b);
    }
  return out;
}

/** True when some edge of `a` meets some edge of `b`. */
function boundariesMeet(a: PlanarShape, b: PlanarShape): boolean {
  const common = [
    Math.max(a.box[0], b.box[0]),
    Math.max(a.box[1], b.box[1]),
    Math.min(a.box[2], b.box[2]),
    Math.min(a.box[3], b.box[3]),
  ];
  const ea = edgesNear(a.paths, common);
  if (ea.length === 0) return false;
  const eb = edgesNear(b.paths, common);
  for (let i = 0; i < ea.length; i += 2) {
    const p1 = ea[i]!;
    const p2 = ea[i + 1]!;
    const [x0, x1] = p1.x < p2.x ? [p1.x, p2.x] : [p2.x, p1.x];
    const [y0, y1] = p1.y < p2.y ? [p1.y, p2.y] : [p2.y, p1.y];
    for (let j = 0; j < eb.length; j += 2) {
      const q1 = eb[j]!;
      const q2 = eb[j + 1]!;
      if ((q1.x < x0 && q2.x < x0) || (q1.x > x1 && q2.x > x1)) continue;
      if ((q1.y < y0 && q2.y < y0) || (q1.y > y1 && q2.y > y1)) continue;
      if (segmentsMeet(p1, p2, q1, q2)) return true;
    }
  }
  return false;
}

/**
 * Winding number of the paths around a point that lies on none of their edges (Sunday 2001, "Inclusion of a
 * point in a polygon"); non-zero is inside under the NonZero fill rule.
 */
export function windingAt(paths: readonly Path64[], pt: Pt): number {
  let w = 0;
  for (const p of paths)
    for (let i = 0, n = p.length; i < n; i++) {
      const a = p[i]!;
      const b = p[(i + 1) % n]!;
      if (a.y <= pt.y) {
        if (b.y > pt.y && orient(a, b, pt) > 0) w++;
      } else if (b.y <= pt.y && orient(a, b, pt) < 0) w--;
    }
  return w;
}

/** True when some ring of `of` has its first vertex inside `shape` (valid once the boundaries do not meet). */
function someRingInside(of: PlanarShape, shape: PlanarShape): boolean {
  return of.paths.some((p) => p.length > 0 && windingAt(shape.paths, p[0]!) !== 0);
}

/** True when every ring of `of` has its first vertex inside `shape`. */
function everyRingInside(of: PlanarShape, shape: PlanarShape): boolean {
  return of.paths.every((p) => p.length > 0 && windingAt(shape.paths, p[0]!) !== 0);
}

/**
 * How `a` and `b` lie to each other (see ShapeRelation). When the boundaries do not meet, every ring lies wholly
 * on one side of the other shape's boundary, so one vertex per ring decides: `b` is inside `a` when all of its
 * rings are in `a` and none of `a`'s (a hole of `a`, say) is in `b`. Shapes must be normalised (non-overlapping
 * rings, holes wound negative, as Clipper returns them); an empty shape is apart from everything.
 */
export function relateShapes(a: PlanarShape, b: PlanarShape): ShapeRelation {
  if (a.paths.length === 0 || b.paths.length === 0) return 'apart';
  const [ab, bb] = [a.box, b.box];
  if (ab[0] > bb[2] || bb[0] > ab[2] || ab[1] > bb[3] || bb[1] > ab[3]) return 'apart';
  if (boundariesMeet(a, b)) return 'contact';
  const aInB = someRingInside(a, b);
  const bInA = someRingInside(b, a);
  if (!aInB && !bInA) return 'apart';
  if (!aInB && everyRingInside(b, a)) return 'b-inside';
  if (!bInA && everyRingInside(a, b)) return 'a-inside';
  // Rings of each inside the other (an island in a hole, say): overlapping, without a simple answer.
  return 'contact';
}
