/**
 * Per-tile union of footprints, and a piece's covered area against it. A union is `null` (nothing
 * covers the tile), `'full'` (the whole tile is covered) or the union's shape clipped to the tile.
 */
import { Clipper, FillRule, PointInPolygonResult, type Path64, type Paths64, type Rect64 } from 'clipper2-ts';
import { boxesOverlap, shapeOf, type PlanarShape, type PlaneBox } from '../planar.js';
import { coversBox, footprintPaths, type Footprint } from './footprints.js';
import type { Piece } from './area-index.js';

export type TileUnion = PlanarShape | 'full' | null;

/** Union of `fps` inside the tile. */
export function unionInTile(fps: readonly Footprint[], box: PlaneBox, circleVertices: number): TileUnion {
  if (fps.length === 0) return null;
  for (const f of fps) if (coversBox(f, box, circleVertices)) return 'full';
  // Each footprint is first cut to the tile in linear time (Sutherland–Hodgman against the convex tile:
  // exact; a concave multi-sector outline may keep zero-width seams, which the union removes), then one
  // union merges them. (clipper2-ts 2.0.1's RectClip loses parts of paths that wind around the
  // rectangle's corners, so it is not used.)
  const paths: Paths64 = [];
  for (const f of fps) {
    for (const path of footprintPaths(f)) {
      const clipped = clipToBox(path, box);
      if (clipped.length >= 3) paths.push(clipped);
    }
  }
  if (paths.length === 0) return null;
  return finish(Clipper.union(paths, FillRule.NonZero), box);
}

/** Sutherland & Hodgman (1974), "Reentrant polygon clipping": a path clipped to a box, in plane units. */
export function clipToBox(path: Path64, box: PlaneBox): Path64 {
  let pts = path;
  for (let edge = 0; edge < 4 && pts.length > 0; edge++) {
    const out: Path64 = [];
    const inside = (x: number, y: number) =>
      edge === 0 ? x >= box[0] : edge === 1 ? x <= box[2] : edge === 2 ? y >= box[1] : y <= box[3];
    const cut = (a: { x: number; y: number }, b: { x: number; y: number }) => {
      const t =
        edge === 0 ? (box[0] - a.x) / (b.x - a.x) : edge === 1 ? (box[2] - a.x) / (b.x - a.x) : edge === 2 ? (box[1] - a.y) / (b.y - a.y) : (box[3] - a.y) / (b.y - a.y);
      return edge < 2
        ? { x: edge === 0 ? box[0] : box[2], y: Math.round(a.y + t * (b.y - a.y)) }
        : { x: Math.round(a.x + t * (b.x - a.x)), y: edge === 2 ? box[1] : box[3] };
    };
    for (let i = 0; i < pts.length; i++) {
      const cur = pts[i]!;
      const prev = pts[(i + pts.length - 1) % pts.length]!;
      const cin = inside(cur.x, cur.y);
      const pin = inside(prev.x, prev.y);
      if (cin) {
        if (!pin) out.push(cut(prev, cur));
        out.push(cur);
      } else if (pin) out.push(cut(prev, cur));
    }
    pts = out;
  }
  return pts;
}

/** A rectangle as a closed path (counter-clockwise in the y-up plane). */
export function rectPath(r: Rect64): Path64 {
  return [{ x: r.left, y: r.top }, { x: r.right, y: r.top }, { x: r.right, y: r.bottom }, { x: r.left, y: r.bottom }];
}

/** Union of several tile unions (the "any operator" union from the per-operator ones). */
export function unionOfUnions(unions: readonly TileUnion[], box: PlaneBox): TileUnion {
  const paths: Paths64 = [];
  for (const u of unions) {
    if (u === 'full') return 'full';
    if (u) paths.push(...u.paths);
  }
  if (paths.length === 0) return null;
  return finish(Clipper.union(paths, FillRule.NonZero), box);
}

function finish(paths: Paths64, box: PlaneBox): TileUnion {
  if (paths.length === 0) return null;
  const shape = shapeOf(paths);
  const tileM2 = ((box[2] - box[0]) * (box[3] - box[1])) / 1e4;
  return shape.areaM2 >= tileM2 * (1 - 1e-12) ? 'full' : shape;
}

/** The covered part of a piece, m². */
export function coveredM2(piece: Piece, u: TileUnion): number {
  if (u === null) return 0;
  if (u === 'full') return piece.areaM2;
  if (piece.wholeTile) return u.areaM2;
  if (!boxesOverlap(piece.box, u.box)) return 0;
  const side = boxSide(piece.box, u.paths);
  if (side === 'inside') return piece.areaM2;
  if (side === 'outside') return 0;
  return Clipper.areaPaths(Clipper.intersect(piece.paths, u.paths, FillRule.NonZero)) / 1e4;
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
  for (const path of paths) if (Clipper.pointInPolygon({ x: Math.round(cx), y: Math.round(cy) }, path) !== PointInPolygonResult.IsOutside) inside = !inside;
  return inside ? 'inside' : 'outside';
}

/** True when segment a–b has a point in the closed box (Liang–Barsky clipping). */
function segmentTouchesBox(ax: number, ay: number, bx: number, by: number, x0: number, y0: number, x1: number, y1: number): boolean {
  if (Math.max(ax, bx) < x0 || Math.min(ax, bx) > x1 || Math.max(ay, by) < y0 || Math.min(ay, by) > y1) return false;
  let t0 = 0;
  let t1 = 1;
  const dx = bx - ax;
  const dy = by - ay;
  const p = [-dx, dx, -dy, dy];
  const q = [ax - x0, x1 - ax, ay - y0, y1 - ay];
  for (let k = 0; k < 4; k++) {
    const pk = p[k]!;
    const qk = q[k]!;
    if (pk === 0) {
      if (qk < 0) return false;
    } else {
      const r = qk / pk;
      if (pk < 0) {
        if (r > t1) return false;
        if (r > t0) t0 = r;
      } else {
        if (r < t0) return false;
        if (r < t1) t1 = r;
      }
    }
  }
  return true;
}

/** The uncovered part of a piece, as paths. */
export function uncoveredPaths(piece: Piece, u: TileUnion): Paths64 {
  if (u === null) return piece.paths;
  if (u === 'full') return [];
  if (!boxesOverlap(piece.box, u.box)) return piece.paths;
  return Clipper.difference(piece.paths, u.paths, FillRule.NonZero);
}

/** True when plane point (x, y) lies inside the piece (even-odd over its paths, so holes count). */
export function pieceContains(piece: Piece, x: number, y: number): boolean {
  if (x < piece.box[0] || x > piece.box[2] || y < piece.box[1] || y > piece.box[3]) return false;
  let inside = false;
  for (const p of piece.paths) if (Clipper.pointInPolygon({ x, y }, p) !== PointInPolygonResult.IsOutside) inside = !inside;
  return inside;
}
