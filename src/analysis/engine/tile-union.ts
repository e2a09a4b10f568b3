/**
 * Per-tile union of footprints, and a piece's covered area against it. A union is `null` (nothing
 * covers the tile), `'full'` (the whole tile is covered) or the union's shape clipped to the tile.
 */
import { Clipper, FillRule, PointInPolygonResult, type Paths64, type Rect64 } from 'clipper2-ts';
import { boxesOverlap, shapeOf, type PlanarShape, type PlaneBox } from '../planar.js';
import { coversBox, footprintPath, type Footprint } from './footprints.js';
import type { Piece } from './area-index.js';

export type TileUnion = PlanarShape | 'full' | null;

/** Union of `fps` inside the tile. */
export function unionInTile(fps: readonly Footprint[], rect: Rect64, box: PlaneBox, circleVertices: number): TileUnion {
  if (fps.length === 0) return null;
  for (const f of fps) if (coversBox(f, box, circleVertices)) return 'full';
  const paths: Paths64 = [];
  for (const f of fps) for (const p of Clipper.rectClip(rect, footprintPath(f))) paths.push(p);
  return finish(Clipper.union(paths, FillRule.NonZero), box);
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
  if (!boxesOverlap(piece.box, u.box)) return 0;
  // Cut the union down to the piece's box first (linear time): often nothing is left, or the box is
  // wholly covered, and the full boolean operation is not needed.
  const [x0, y0, x1, y1] = piece.box;
  const local = Clipper.rectClip({ left: x0, top: y0, right: x1, bottom: y1 }, u.paths);
  if (local.length === 0) return 0;
  if (Clipper.areaPaths(local) >= (x1 - x0) * (y1 - y0) * (1 - 1e-12)) return piece.areaM2;
  return Clipper.areaPaths(Clipper.intersect(piece.paths, local, FillRule.NonZero)) / 1e4;
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
