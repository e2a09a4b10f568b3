/**
 * Per-tile union of footprints, and a piece's covered area against it. A union is `null` (nothing
 * covers the tile), `'full'` (the whole tile is covered) or the union's shape clipped to the tile.
 */
import {
  ClipType,
  Clipper,
  Clipper64,
  FillRule,
  PathType,
  PointInPolygonResult,
  ReuseableDataContainer64,
  type Path64,
  type Paths64,
  type Rect64,
} from 'clipper2-ts';
import { boxesOverlap, shapeOf, type PlanarShape, type PlaneBox } from '../planar.js';
import { coversBox, type Footprint } from './footprints.js';
import type { Piece } from './area-index.js';
import { areaInConvex } from './convex-clip.js';
import { cutToBox } from './tile-cuts.js';

export type TileUnion = PlanarShape | 'full' | null;

/**
 * Union of `fps` inside the tile. `cut` gives a footprint's paths cut to the tile (see tile-cuts.ts; kept cuts
 * are the same paths).
 */
export function unionInTile(
  fps: readonly Footprint[],
  box: PlaneBox,
  cut: (f: Footprint, box: PlaneBox) => Paths64 = cutToBox,
): TileUnion {
  if (fps.length === 0) return null;
  for (const f of fps) if (coversBox(f, box)) return 'full';
  // Each footprint is first cut to the tile, then one union merges them. (clipper2-ts 2.0.1's RectClip loses
  // parts of paths that wind around the rectangle's corners, so it is not used.)
  const paths: Paths64 = [];
  for (const f of fps) for (const path of cut(f, box)) paths.push(path);
  if (paths.length === 0) return null;
  return finish(Clipper.union(paths, FillRule.NonZero), box);
}

type Pt = { x: number; y: number };

/** A rectangle as a closed path (counter-clockwise in the y-up plane). */
export function rectPath(r: Rect64): Path64 {
  return [
    { x: r.left, y: r.top },
    { x: r.right, y: r.top },
    { x: r.right, y: r.bottom },
    { x: r.left, y: r.bottom },
  ];
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

/**
 * Where two unions of one tile differ, as a box in plane units (null: nowhere). A point outside the box of
 * the edges that are in one union's boundary and not in the other's lies inside both unions or outside both
 * (its winding number counts those edges, which close into rings, only when it is inside their box), and the
 * edges that cross the box around it are the same: a piece away from that box has the same covered area.
 * Edges are compared as they are (a union redrawn with other vertices differs everywhere it was redrawn).
 */
export function unionChange(a: TileUnion, b: TileUnion, tile: PlaneBox): PlaneBox | null {
  if (a === b) return null;
  if (a === null || b === null) return a === 'full' || b === 'full' ? tile : (a ?? (b as PlanarShape)).box;
  if (a === 'full' || b === 'full') return tile;
  const from = edgesFrom(a.paths);
  if (!from) return tile;
  const box: PlaneBox = [Infinity, Infinity, -Infinity, -Infinity];
  const add = (p: Pt) => {
    if (p.x < box[0]) box[0] = p.x;
    if (p.y < box[1]) box[1] = p.y;
    if (p.x > box[2]) box[2] = p.x;
    if (p.y > box[3]) box[3] = p.y;
  };
  for (const path of b.paths) {
    for (let i = 0, n = path.length; i < n; i++) {
      const p = path[i]!;
      const q = path[(i + 1) % n]!;
      const k = vertexKey(p);
      if (k !== null && from.get(k) === vertexKey(q)) from.delete(k);
      else {
        add(p);
        add(q);
      }
    }
  }
  for (const [k, to] of from) {
    add(vertexOf(k));
    add(vertexOf(to));
  }
  return box[0] === Infinity ? null : box;
}

/** Plane coordinates, in units, that `vertexKey` packs into one number (±2²⁴ units: ±167 km around the centre). */
const KEY_HALF = 2 ** 24;

function vertexKey(p: Pt): number | null {
  if (p.x < -KEY_HALF || p.x >= KEY_HALF || p.y < -KEY_HALF || p.y >= KEY_HALF) return null;
  return (p.x + KEY_HALF) * 2 * KEY_HALF + (p.y + KEY_HALF);
}

function vertexOf(k: number): Pt {
  return { x: Math.floor(k / (2 * KEY_HALF)) - KEY_HALF, y: (k % (2 * KEY_HALF)) - KEY_HALF };
}

/** The boundary's edges as start vertex → end vertex, or null when a vertex starts two edges (then compare no further). */
function edgesFrom(paths: Paths64): Map<number, number> | null {
  const out = new Map<number, number>();
  for (const path of paths) {
    for (let i = 0, n = path.length; i < n; i++) {
      const k = vertexKey(path[i]!);
      const to = vertexKey(path[(i + 1) % n]!);
      if (k === null || to === null || out.has(k)) return null;
      out.set(k, to);
    }
  }
  return out;
}

/**
 * The covered part of a piece, m². `clip` gives the union's paths prepared as a clip (see `unionMeasure`; the
 * same area as without).
 */
export function coveredM2(piece: Piece, u: TileUnion, clip?: () => ReuseableDataContainer64): number {
  if (u === null) return 0;
  if (u === 'full') return piece.areaM2;
  if (piece.wholeTile) return u.areaM2;
  if (!boxesOverlap(piece.box, u.box)) return 0;
  const side = boxSide(piece.box, u.paths);
  if (side === 'inside') return piece.areaM2;
  if (side === 'outside') return 0;
  if (piece.convex) return areaInConvex(u.paths, piece.paths[0]!, piece.box);
  const paths = clip
    ? intersectPrepared(piece.paths, clip())
    : Clipper.intersect(piece.paths, u.paths, FillRule.NonZero);
  return Clipper.areaPaths(paths) / 1e4;
}

/**
 * `coveredM2` of many pieces against one union: the union's vertices and local minima, which clipper2-ts
 * builds for each intersection, are built once, on the first piece that needs an intersection.
 */
export function unionMeasure(u: TileUnion): (piece: Piece) => number {
  if (u === null || u === 'full') return (piece) => coveredM2(piece, u);
  let data: ReuseableDataContainer64 | null = null;
  const clip = () => {
    if (!data) {
      data = new ReuseableDataContainer64();
      data.addPaths(u.paths, PathType.Clip, false);
    }
    return data;
  };
  return (piece) => coveredM2(piece, u, clip);
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
  for (const p of piece.paths)
    if (Clipper.pointInPolygon({ x, y }, p) !== PointInPolygonResult.IsOutside) inside = !inside;
  return inside;
}
