/**
 * Per-tile union of footprints (a piece's covered area against it is measured in piece-measure.ts). A union is
 * `null` (nothing covers the tile), `'full'` (the whole tile is covered) or the union's shape clipped to the tile.
 */
import { Clipper, FillRule, PointInPolygonResult, type Path64, type Paths64, type Rect64 } from 'clipper2-ts';
import { boxesOverlap, shapeOf, type PlanarShape, type PlaneBox } from '../planar.js';
import { coversBox, type Footprint } from './footprints.js';
import type { Piece } from './area-index.js';
import { cutToBox } from './tile-cuts.js';
import { disksCoverBox } from './disk-cover.js';
import { EdgeTable } from './edge-table.js';

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
  if (disksCoverBox(fps, box)) return 'full';
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
  let only: PlanarShape | null = null;
  let shapes = 0;
  for (const u of unions) {
    if (u === 'full') return 'full';
    if (!u) continue;
    paths.push(...u.paths);
    only = u;
    shapes++;
  }
  if (paths.length === 0) return null;
  // One operator's union is the union of all (it is already a union: no sweep needed).
  if (shapes === 1) return only;
  return finish(Clipper.union(paths, FillRule.NonZero), box);
}

/** A union's paths as a tile union: null when empty, 'full' when they cover the tile (box, plane units). */
export function finish(paths: Paths64, box: PlaneBox): TileUnion {
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
  if (!edgesFrom(a.paths)) return tile;
  const box: PlaneBox = [Infinity, Infinity, -Infinity, -Infinity];
  const add = (x: number, y: number) => {
    if (x < box[0]) box[0] = x;
    if (y < box[1]) box[1] = y;
    if (x > box[2]) box[2] = x;
    if (y > box[3]) box[3] = y;
  };
  for (const path of b.paths) {
    for (let i = 0, n = path.length; i < n; i++) {
      const p = path[i]!;
      const q = path[(i + 1) % n]!;
      const k = vertexKey(p);
      const to = vertexKey(q);
      if (k === null || to === null || !edges.take(k, to)) {
        add(p.x, p.y);
        add(q.x, q.y);
      }
    }
  }
  edges.forEachLeft((k, to) => {
    add(vertexX(k), vertexY(k));
    add(vertexX(to), vertexY(to));
  });
  return box[0] === Infinity ? null : box;
}

/** Plane coordinates, in units, that `vertexKey` packs into one number (±2²⁴ units: ±167 km around the centre). */
const KEY_HALF = 2 ** 24;

function vertexKey(p: Pt): number | null {
  if (p.x < -KEY_HALF || p.x >= KEY_HALF || p.y < -KEY_HALF || p.y >= KEY_HALF) return null;
  return (p.x + KEY_HALF) * 2 * KEY_HALF + (p.y + KEY_HALF);
}

const vertexX = (k: number) => Math.floor(k / (2 * KEY_HALF)) - KEY_HALF;
const vertexY = (k: number) => (k % (2 * KEY_HALF)) - KEY_HALF;

/** The edges of the union compared with, kept between calls (see edge-table.ts). */
const edges = new EdgeTable();

/**
 * Fills `edges` with the boundary's edges as start vertex → end vertex; false when a vertex starts two edges (then
 * compare no further).
 */
function edgesFrom(paths: Paths64): boolean {
  let n = 0;
  for (const path of paths) n += path.length;
  edges.reset(n);
  for (const path of paths) {
    for (let i = 0, m = path.length; i < m; i++) {
      const k = vertexKey(path[i]!);
      const to = vertexKey(path[(i + 1) % m]!);
      if (k === null || to === null || !edges.add(k, to)) return false;
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
  for (const p of piece.paths)
    if (Clipper.pointInPolygon({ x, y }, p) !== PointInPolygonResult.IsOutside) inside = !inside;
  return inside;
}
