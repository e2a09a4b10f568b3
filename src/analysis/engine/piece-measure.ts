/**
 * A piece's covered area against a tile's union (see tile-union.ts). In order: the trivial cases (nothing, the
 * whole tile, boxes apart), one linear pass telling a piece wholly inside or outside, the convex grid cells, the
 * piece's triangles (piece-triangles.ts) when that is cheap, and clipper2-ts's intersection otherwise.
 */
import {
  ClipType,
  Clipper,
  Clipper64,
  FillRule,
  PathType,
  PointInPolygonResult,
  ReuseableDataContainer64,
  type Paths64,
} from 'clipper2-ts';
import { boxesOverlap, type PlanarShape, type PlaneBox } from '../planar.js';
import type { Piece } from './area-index.js';
import { areaInConvex } from './convex-clip.js';
import { flatRings, pieceTriangles, ringsInTriangles, type FlatRings } from './piece-triangles.js';
import type { TileUnion } from './tile-union.js';

/**
 * Work above which a piece is intersected by clipper2-ts rather than triangle by triangle: triangles × union
 * vertices (each triangle clips every ring near it; the sweep is n log n instead).
 */
const TRIANGLE_WORK_MAX = 20_000;

/**
 * A union readied for many pieces: its rings as flat coordinates with their boxes, its winding, and its paths as a
 * clipper2-ts clip, made on first need.
 */
class Prepared {
  private data: ReuseableDataContainer64 | null = null;
  private rings: FlatRings | null = null;
  /** +1 when the outer rings wind positively, -1 when negatively. */
  private sign = 0;
  readonly vertices: number;

  constructor(readonly shape: PlanarShape) {
    let v = 0;
    for (const p of shape.paths) v += p.length;
    this.vertices = v;
  }

  clip(): ReuseableDataContainer64 {
    if (!this.data) {
      this.data = new ReuseableDataContainer64();
      this.data.addPaths(this.shape.paths, PathType.Clip, false);
    }
    return this.data;
  }

  /** Covered m² of a piece by its triangles, or null when it has none (see pieceTriangles). */
  byTriangles(piece: Piece): number | null {
    const tris = pieceTriangles(piece.paths);
    if (tris === null || tris.count * this.vertices > TRIANGLE_WORK_MAX) return null;
    if (!this.rings) {
      this.rings = flatRings(this.shape.paths);
      this.sign = Math.sign(Clipper.areaPaths(this.shape.paths)) || 1;
    }
    return (this.sign * ringsInTriangles(this.rings, tris)) / 2 / 1e4;
  }
}

/** The covered part of a piece, m². `prepared`: the union readied for many pieces (see `unionMeasure`). */
export function coveredM2(piece: Piece, u: TileUnion, prepared?: Prepared): number {
  const quick = quickCoveredM2(piece, u);
  if (quick !== null || u === null || u === 'full') return quick ?? 0;
  const p = prepared ?? new Prepared(u);
  const a = p.byTriangles(piece);
  if (a !== null) return a;
  return Clipper.areaPaths(intersectPrepared(piece.paths, p.clip())) / 1e4;
}

/**
 * The covered part of a piece when it needs no intersection (no union, the whole tile, a piece the union's
 * boundary does not cross, a convex grid cell), m²; null when it does.
 */
export function quickCoveredM2(piece: Piece, u: TileUnion): number | null {
  if (u === null) return 0;
  if (u === 'full') return piece.areaM2;
  if (piece.wholeTile) return u.areaM2;
  if (!boxesOverlap(piece.box, u.box)) return 0;
  const side = boxSide(piece.box, u.paths);
  if (side === 'inside') return piece.areaM2;
  if (side === 'outside') return 0;
  if (piece.convex) return areaInConvex(u.paths, piece.paths[0]!, piece.box);
  return null;
}

/**
 * `coveredM2` of many pieces against one union: what the union needs for a measure (ring boxes, or the vertices
 * and local minima clipper2-ts builds for each intersection) is built once, on the first piece that needs it.
 */
export function unionMeasure(u: TileUnion): (piece: Piece) => number {
  if (u === null || u === 'full') return (piece) => coveredM2(piece, u);
  const prepared = new Prepared(u);
  return (piece) => coveredM2(piece, u, prepared);
}

/**
 * `Clipper.intersect(subject, clip)` with the clip prepared: clipper2-ts adds the subject's paths, then the
 * clip's (their local minima in the same order, on vertices it reads and never changes), and runs the same sweep.
 */
function intersectPrepared(subject: Paths64, clip: ReuseableDataContainer64): Paths64 {
  const c = new Clipper64();
  c.addPaths(subject, PathType.Subject);
  c.addReuseableData(clip);
  const out: Paths64 = [];
  c.execute(ClipType.Intersection, FillRule.NonZero, out);
  return out;
}

/**
 * Where a box lies relative to a union, in one linear pass over the union's edges: when no edge touches
 * the box, the box is wholly inside or wholly outside, and its centre tells which (even-odd rule).
 * Otherwise `'crossed'`, and the exact boolean operation decides.
 */
export function boxSide(box: PlaneBox, paths: Paths64): 'inside' | 'outside' | 'crossed' {
  const [x0, y0, x1, y1] = box;
  for (const path of paths) {
    const n = path.length;
    for (let i = 0; i < n; i++) {
      const a = path[i]!;
      const b = path[(i + 1) % n]!;
      if (segmentTouchesBox(a.x, a.y, b.x, b.y, x0, y0, x1, y1)) return 'crossed';
    }
  }
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  let inside = false;
  for (const path of paths)
    if (Clipper.pointInPolygon({ x: Math.round(cx), y: Math.round(cy) }, path) !== PointInPolygonResult.IsOutside)
      inside = !inside;
  return inside ? 'inside' : 'outside';
}

/** True when segment a–b has a point in the closed box (Liang–Barsky clipping). */
function segmentTouchesBox(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): boolean {
  if (Math.max(ax, bx) < x0 || Math.min(ax, bx) > x1 || Math.max(ay, by) < y0 || Math.min(ay, by) > y1) return false;
  const range = { t0: 0, t1: 1 };
  const dx = bx - ax;
  const dy = by - ay;
  return (
    clipT(-dx, ax - x0, range) && clipT(dx, x1 - ax, range) && clipT(-dy, ay - y0, range) && clipT(dy, y1 - ay, range)
  );
}

/** One Liang–Barsky step: narrows [t0, t1] by the side p·t ≤ q; false when nothing is left. */
function clipT(p: number, q: number, r: { t0: number; t1: number }): boolean {
  if (p === 0) return q >= 0;
  const t = q / p;
  if (p < 0) {
    if (t > r.t1) return false;
    if (t > r.t0) r.t0 = t;
  } else {
    if (t < r.t0) return false;
    if (t < r.t1) r.t1 = t;
  }
  return true;
}
