/**
 * A piece's covered area without a boolean operation: the piece is cut once into triangles (earcut on its own
 * integer vertices, checked to add up to the piece's area exactly), and the union's rings are clipped to each
 * triangle (Sutherland & Hodgman, 1974) in floating point, keeping only the signed area. The rings of a union are
 * its outer boundaries and holes with opposite windings, so their clipped signed areas add up to the union's
 * area inside the triangle. No point is rounded and nothing is allocated per measure: it is a few microseconds
 * where clipper2-ts's intersection takes tens, most of them in allocation and garbage collection.
 */
import earcut from 'earcut';
import { Clipper, PointInPolygonResult, type Path64, type Paths64 } from 'clipper2-ts';

/**
 * A piece's triangles, counter-clockwise, as [x0, y0, x1, y1, x2, y2] per triangle in plane units, with each
 * triangle's box after them in `boxes` ([minX, minY, maxX, maxY]).
 */
export type Triangles = { coords: Float64Array; boxes: Float64Array; count: number };

/** Twice the signed area of a ring, plane units² (exact: integer vertices, sums below 2⁵³). */
function ringArea2(ring: Path64): number {
  let s = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % n]!;
    s += a.x * b.y - b.x * a.y;
  }
  return s;
}

const cache = new WeakMap<Paths64, Triangles | null>();

/**
 * The triangles of a piece (outer rings and holes of opposite windings), or null when they do not add up to
 * the piece's area exactly (then the caller measures with a boolean operation). Kept per `paths` array.
 */
export function pieceTriangles(paths: Paths64): Triangles | null {
  let t = cache.get(paths);
  if (t === undefined) cache.set(paths, (t = triangulate(paths)));
  return t;
}

function triangulate(paths: Paths64): Triangles | null {
  const areas = paths.map(ringArea2);
  const total = areas.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const sign = Math.sign(total);
  const outers = paths.filter((_, i) => Math.sign(areas[i]!) === sign);
  const holes = paths.filter((_, i) => Math.sign(areas[i]!) === -sign);
  // Each hole goes with the outer ring around its first vertex.
  const holesOf = outers.map(() => [] as Path64[]);
  for (const h of holes) {
    const k = outers.findIndex((o) => Clipper.pointInPolygon(h[0]!, o) === PointInPolygonResult.IsInside);
    if (k < 0) return null;
    holesOf[k]!.push(h);
  }
  const tris: number[] = [];
  outers.forEach((outer, k) => {
    const flat: number[] = [];
    const holeIndices: number[] = [];
    for (const ring of [outer, ...holesOf[k]!]) {
      if (ring !== outer) holeIndices.push(flat.length / 2);
      for (const p of ring) flat.push(p.x, p.y);
    }
    const idx = earcut(flat, holeIndices.length > 0 ? holeIndices : undefined);
    for (let i = 0; i < idx.length; i += 3) {
      const ax = flat[2 * idx[i]!]!,
        ay = flat[2 * idx[i]! + 1]!;
      let bx = flat[2 * idx[i + 1]!]!,
        by = flat[2 * idx[i + 1]! + 1]!;
      let cx = flat[2 * idx[i + 2]!]!,
        cy = flat[2 * idx[i + 2]! + 1]!;
      const cross = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
      if (cross === 0) continue;
      if (cross < 0) [bx, by, cx, cy] = [cx, cy, bx, by];
      tris.push(ax, ay, bx, by, cx, cy);
    }
  });
  const count = tris.length / 6;
  let sum2 = 0;
  for (let i = 0; i < tris.length; i += 6)
    sum2 +=
      (tris[i + 2]! - tris[i]!) * (tris[i + 5]! - tris[i + 1]!) -
      (tris[i + 3]! - tris[i + 1]!) * (tris[i + 4]! - tris[i]!);
  // The triangles must cover the piece exactly (earcut may fail on touching rings): else no triangles.
  if (sum2 !== Math.abs(total)) return null;
  const boxes = new Float64Array(count * 4);
  for (let k = 0; k < count; k++) {
    const o = 6 * k;
    boxes[4 * k] = Math.min(tris[o]!, tris[o + 2]!, tris[o + 4]!);
    boxes[4 * k + 1] = Math.min(tris[o + 1]!, tris[o + 3]!, tris[o + 5]!);
    boxes[4 * k + 2] = Math.max(tris[o]!, tris[o + 2]!, tris[o + 4]!);
    boxes[4 * k + 3] = Math.max(tris[o + 1]!, tris[o + 3]!, tris[o + 5]!);
  }
  return { coords: Float64Array.from(tris), boxes, count };
}

/**
 * Rings as flat coordinates, read by {@link ringsInTriangles}: ring `r`'s x, y pairs are `coords[2 starts[r]]` to
 * `coords[2 starts[r + 1]]` (exclusive), its box `boxes[4r…4r+3]` ([minX, minY, maxX, maxY]).
 */
export type FlatRings = { coords: Float64Array; starts: Int32Array; boxes: Float64Array };

/** The rings of a union as {@link FlatRings}, made once per union and measured against many pieces. */
export function flatRings(rings: Paths64): FlatRings {
  let total = 0;
  for (const ring of rings) total += ring.length;
  const coords = new Float64Array(2 * total);
  const starts = new Int32Array(rings.length + 1);
  const boxes = new Float64Array(rings.length * 4);
  let at = 0;
  rings.forEach((ring, r) => {
    starts[r] = at;
    let x0 = Infinity,
      y0 = Infinity,
      x1 = -Infinity,
      y1 = -Infinity;
    for (const p of ring) {
      coords[2 * at] = p.x;
      coords[2 * at + 1] = p.y;
      at++;
      if (p.x < x0) x0 = p.x;
      if (p.y < y0) y0 = p.y;
      if (p.x > x1) x1 = p.x;
      if (p.y > y1) y1 = p.y;
    }
    boxes[4 * r] = x0;
    boxes[4 * r + 1] = y0;
    boxes[4 * r + 2] = x1;
    boxes[4 * r + 3] = y1;
  });
  starts[rings.length] = at;
  return { coords, starts, boxes };
}

// Two buffers the clip alternates between (x, y pairs), grown as needed.
let bufA = new Float64Array(256);
let bufB = new Float64Array(256);

/**
 * Twice the signed area, plane units², of the rings inside the triangles, each counted with its winding (outer
 * rings and holes of a clean union of opposite windings give the union's area).
 */
export function ringsInTriangles(rings: FlatRings, tris: Triangles): number {
  const { boxes, starts, coords } = rings;
  const count = starts.length - 1;
  let sum = 0;
  for (let k = 0; k < tris.count; k++) {
    const tb = 4 * k;
    const tx0 = tris.boxes[tb]!,
      ty0 = tris.boxes[tb + 1]!,
      tx1 = tris.boxes[tb + 2]!,
      ty1 = tris.boxes[tb + 3]!;
    for (let r = 0; r < count; r++) {
      const rb = 4 * r;
      if (boxes[rb]! > tx1 || boxes[rb + 2]! < tx0 || boxes[rb + 1]! > ty1 || boxes[rb + 3]! < ty0) continue;
      sum += ringInTriangle(coords, starts[r]!, starts[r + 1]!, tris.coords, 6 * k);
    }
  }
  return sum;
}

/**
 * Twice the signed area of one ring (vertices `from` to `to` of `ring`, flat x, y) clipped to the
 * counter-clockwise triangle at `o` in `t`. The first cut reads the ring where it lies.
 */
function ringInTriangle(ring: Float64Array, from: number, to: number, t: Float64Array, o: number): number {
  // Coordinates relative to the triangle's first vertex keep the products small (and the sums exact enough).
  const ox = t[o]!,
    oy = t[o + 1]!;
  const n0 = to - from;
  // Each of the three cuts at most doubles the vertices.
  if (bufA.length < 16 * (n0 + 1)) {
    bufA = new Float64Array(16 * (n0 + 1));
    bufB = new Float64Array(16 * (n0 + 1));
  }
  let src = ring;
  let base = 2 * from;
  let dx = ox,
    dy = oy;
  let dst = bufA;
  let n = n0;
  for (let e = 0; e < 3 && n > 0; e++) {
    const ax = t[o + 2 * e]! - ox,
      ay = t[o + 2 * e + 1]! - oy;
    const e1 = (e + 1) % 3;
    const ex = t[o + 2 * e1]! - ox - ax,
      ey = t[o + 2 * e1 + 1]! - oy - ay;
    let m = 0;
    let px = src[base + 2 * (n - 1)]! - dx,
      py = src[base + 2 * (n - 1) + 1]! - dy;
    let sp = ex * (py - ay) - ey * (px - ax);
    for (let i = 0; i < n; i++) {
      const cx = src[base + 2 * i]! - dx,
        cy = src[base + 2 * i + 1]! - dy;
      const sc = ex * (cy - ay) - ey * (cx - ax);
      if (sc >= 0) {
        if (sp < 0) {
          const f = sp / (sp - sc);
          dst[2 * m] = px + f * (cx - px);
          dst[2 * m + 1] = py + f * (cy - py);
          m++;
        }
        dst[2 * m] = cx;
        dst[2 * m + 1] = cy;
        m++;
      } else if (sp >= 0) {
        const f = sp / (sp - sc);
        dst[2 * m] = px + f * (cx - px);
        dst[2 * m + 1] = py + f * (cy - py);
        m++;
      }
      px = cx;
      py = cy;
      sp = sc;
    }
    // From the second cut on, the points are relative already, in the two buffers.
    src = dst;
    dst = dst === bufA ? bufB : bufA;
    base = 0;
    dx = 0;
    dy = 0;
    n = m;
  }
  let s = 0;
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    s += src[2 * i]! * src[2 * j + 1]! - src[2 * j]! * src[2 * i + 1]!;
  }
  return s;
}
