/**
 * Per-tile union of footprints, and a piece's covered area against it. A union is `null` (nothing
 * covers the tile), `'full'` (the whole tile is covered) or the union's shape clipped to the tile.
 */
import { Clipper, FillRule, PointInPolygonResult, type Path64, type Paths64, type Rect64 } from 'clipper2-ts';
import { boxesOverlap, shapeOf, type PlanarShape, type PlaneBox } from '../planar.js';
import { coversBox, footprintPath, type Footprint } from './footprints.js';
import type { Piece } from './area-index.js';

export type TileUnion = PlanarShape | 'full' | null;

/** Union of `fps` inside the tile. */
export function unionInTile(fps: readonly Footprint[], rect: Rect64, box: PlaneBox, circleVertices: number): TileUnion {
  if (fps.length === 0) return null;
  for (const f of fps) if (coversBox(f, box, circleVertices)) return 'full';
  // One boolean operation unions the footprints and clips them to the tile. (clipper2-ts 2.0.1's RectClip
  // loses parts of paths that wind around the rectangle's corners, so it is not used anywhere.)
  return finish(Clipper.intersect(fps.map(footprintPath), [rectPath(rect)], FillRule.NonZero), box);
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
  if (!boxesOverlap(piece.box, u.box)) return 0;
  return Clipper.areaPaths(Clipper.intersect(piece.paths, u.paths, FillRule.NonZero)) / 1e4;
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
