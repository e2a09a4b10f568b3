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

/** A ring's box, [minX, minY, maxX, maxY]. */
export function ringBoxes(rings: Paths64): Float64Array {
  const out = new Float64Array(rings.length * 4);
  rings.forEach((ring, r) => {
    let x0 = Infinity,
      y0 = Infinity,
      x1 = -Infinity,
      y1 = -Infinity;
    for (const p of ring) {
      if (p.x < x0) x0 = p.x;
      if (p.y < y0) y0 = p.y;
      if (p.x > x1) x1 = p.x;
      if (p.y > y1) y1 = p.y;
    }
    out.set([x0, y0, x1, y1], 4 * r);
  });
  return out;
}

// Two buffers the clip alternates between (x, y pairs), grown as needed.
let bufA = new Float64Array(256);
let bufB = new Float64Array(256);

/**
 * Twice the signed area, plane units², of the rings (`boxes` from `ringBoxes`) inside the triangles, each
 * counted with its winding (outer rings and holes of a clean union of opposite windings give the union's area).
 */
export function ringsInTriangles(rings: Paths64, boxes: Float64Array, tris: Triangles): number {
  let sum = 0;
  for (let k = 0; k < tris.count; k++) {
    const tb = 4 * k;
    const tx0 = tris.boxes[tb]!,
      ty0 = tris.boxes[tb + 1]!,
      tx1 = tris.boxes[tb + 2]!,
      ty1 = tris.boxes[tb + 3]!;
    for (let r = 0; r < rings.length; r++) {
      const rb = 4 * r;
      if (boxes[rb]! > tx1 || boxes[rb + 2]! < tx0 || boxes[rb + 1]! > ty1 || boxes[rb + 3]! < ty0) continue;
      sum += ringInTriangle(rings[r]!, tris.coords, 6 * k);
    }
  }
  return sum;
}

/** Twice the signed area of one ring clipped to the counter-clockwise triangle at `o` in `t`. */
function ringInTriangle(ring: Path64, t: Float64Array, o: number): number {
  // Coordinates relative to the triangle's first vertex keep the products small (and the sums exact enough).
  const ox = t[o]!,
    oy = t[o + 1]!;
  const n0 = ring.length;
  // Each of the three cuts at most doubles the vertices.
  if (bufA.length < 16 * (n0 + 1)) {
    bufA = new Float64Array(16 * (n0 + 1));
    bufB = new Float64Array(16 * (n0 + 1));
  }
  let src = bufA;
  let dst = bufB;
  for (let i = 0; i < n0; i++) {
    src[2 * i] = ring[i]!.x - ox;
    src[2 * i + 1] = ring[i]!.y - oy;
  }
  let n = n0;
  for (let e = 0; e < 3 && n > 0; e++) {
    const ax = t[o + 2 * e]! - ox,
      ay = t[o + 2 * e + 1]! - oy;
    const e1 = (e + 1) % 3;
    const ex = t[o + 2 * e1]! - ox - ax,
      ey = t[o + 2 * e1 + 1]! - oy - ay;
    let m = 0;
    let px = src[2 * (n - 1)]!,
      py = src[2 * (n - 1) + 1]!;
    let sp = ex * (py - ay) - ey * (px - ax);
    for (let i = 0; i < n; i++) {
      const cx = src[2 * i]!,
        cy = src[2 * i + 1]!;
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
    const tmp = src;
    src = dst;
    dst = tmp;
    n = m;
  }
  let s = 0;
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    s += src[2 * i]! * src[2 * j + 1]! - src[2 * j]! * src[2 * i + 1]!;
  }
  return s;
}
