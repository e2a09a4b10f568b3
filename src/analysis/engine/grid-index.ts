/**
 * Pieces of the hexagon grid levels. A grid cell is convex, so it is cut without boolean operations: the
 * city's pieces in a tile (2025 unit ∩ census ward ∩ tile, already exact) are clipped to the cell ∩ tile by
 * Sutherland–Hodgman against a convex polygon, which keeps the area exact. A cell's pieces therefore
 * partition its part inside the city, and each takes its census ward's density, so the cells' residents
 * add up to the city's. Cells are added after the administrative index is built, on demand, because a
 * resolution 9 grid has some 30,000 of them.
 */
import { Clipper, FillRule, type Path64, type Paths64 } from 'clipper2-ts';
import { clipToConvex } from './convex-clip.js';
import { boxesOverlap, pathsBox, PLANE_UNITS_PER_M, projectPolygon, shapeOf, type PlanarShape } from '../planar.js';
import { HANOI_LAEA } from '../projection.js';
import type { AreaIndex, IndexedArea, Piece } from './area-index.js';
import { clipToBox } from './box-clip.js';
import { relateShapes } from './shape-relation.js';
import { tileBox, tilesOfBox, type TileGrid } from './tiles.js';
import type { EngineArea } from './types.js';

/**
 * A cell's planar shape, as projectPolygon gives it, without its boolean union for the common case: a strictly
 * convex ring of four or more vertices, with one lowest vertex and no two vertices within 2 plane units.
 * Clipper's union returns such a ring counter-clockwise, ending at its lowest vertex (checked against Clipper on
 * every shipped cell and on random convex rings, see grid-index.test.ts); any other ring takes projectPolygon.
 */
export function projectCell(geometry: EngineArea['geometry']): PlanarShape {
  const rings = geometry.type === 'Polygon' ? geometry.coordinates : [];
  const coords = rings.length === 1 ? rings[0]! : [];
  const n = coords.length - 1;
  const closed = n >= 4 && coords[0]![0] === coords[n]![0] && coords[0]![1] === coords[n]![1];
  if (!closed) return projectPolygon(geometry);
  let ring: Path64 = [];
  for (let i = 0; i < n; i++) {
    const [x, y] = HANOI_LAEA.forward(coords[i]!);
    // z: 0 as in Clipper's output, so that the paths are the same objects field for field.
    ring.push({ x: Math.round(x * PLANE_UNITS_PER_M), y: Math.round(y * PLANE_UNITS_PER_M), z: 0 });
  }
  if (Clipper.area(ring) < 0) ring.reverse();
  let low = 0;
  let lows = 0;
  for (let i = 0; i < n; i++) {
    const [a, b, c] = [ring[i]!, ring[(i + 1) % n]!, ring[(i + 2) % n]!];
    if ((b.x - a.x) * (c.y - b.y) - (b.y - a.y) * (c.x - b.x) <= 0) return projectPolygon(geometry);
    if (Math.abs(a.x - b.x) < 2 && Math.abs(a.y - b.y) < 2) return projectPolygon(geometry);
    if (a.y < ring[low]!.y) [low, lows] = [i, 1];
    else if (a.y === ring[low]!.y) lows++;
  }
  if (lows !== 1) return projectPolygon(geometry);
  ring = [...ring.slice(low + 1), ...ring.slice(0, low + 1)];
  return shapeOf([ring]);
}

/**
 * Appends the cells of one grid level to the index: one area per cell with any part in the city, and
 * its pieces in the tiles it spans. Returns the indices of the new areas and the ids of the cells left
 * out because no part of them lies in the city.
 */
export function addGridCells(
  index: AreaIndex,
  grid: TileGrid,
  cells: readonly EngineArea[],
): { added: number[]; outside: string[] } {
  // The city's pieces of a tile, found once per tile (cells only add pieces of their own level).
  const city = new Map<number, Piece[]>();
  const cityPieces = (key: number): Piece[] => {
    const known = city.get(key);
    if (known) return known;
    const found = (index.tiles.get(key) ?? []).filter((p) => index.areas[p.area]!.level === 'unit2025');
    city.set(key, found);
    return found;
  };
  const added: number[] = [];
  const outside: string[] = [];
  for (const cell of cells) {
    const hex = projectCell(cell.geometry);
    const ring = hex.paths[0];
    if (hex.paths.length !== 1 || !ring) throw new Error(`grid cell ${cell.id}: a cell must be one convex ring`);
    const areaIdx = index.areas.length;
    const mine: [number, number][] = [];
    const pieces: [number, Piece][] = [];
    let areaM2 = 0;
    let population = 0;
    for (const key of tilesOfBox(grid, hex.box)) {
      const clipped = clipToBox(ring, tileBox(grid, key));
      if (clipped.length < 3) continue;
      // Counter-clockwise (positive area), as the engine's other paths.
      const inTile = Clipper.area(clipped) < 0 ? [...clipped].reverse() : clipped;
      const box = pathsBox([inTile]);
      const tileCellM2 = Clipper.area(inTile) / 1e4;
      if (tileCellM2 === 0) continue;
      for (const p of cityPieces(key)) {
        if (!boxesOverlap(p.box, box)) continue;
        let paths: Paths64;
        let m2: number;
        let convex = false;
        if (p.wholeTile) {
          [paths, m2, convex] = [[inTile], tileCellM2, true];
        } else if (relateShapes(p, { paths: [inTile], box, areaM2: tileCellM2 }) === 'apart') {
          // No common point: nothing of the piece is in the cell (an exact test, cheaper than the clip below).
          continue;
        } else {
          // Sutherland–Hodgman gives the exact area at once; when the cell ∩ tile lies wholly in this piece,
          // the convex polygon itself is the piece (fast to intersect later). Otherwise the piece is cut by an
          // exact boolean operation: a clipped concave path keeps zero-width seams, on which clipper2-ts's
          // intersection can return a wrongly wound (negative) result.
          m2 = p.paths.reduce((sum, q) => sum + Clipper.area(clipToConvex(q, inTile)), 0) / 1e4;
          if (Math.abs(m2 - tileCellM2) <= 1e-9 * tileCellM2 + 1e-4) [paths, m2, convex] = [[inTile], tileCellM2, true];
          else if (m2 <= 0) continue;
          else {
            paths = Clipper.intersect(p.paths, [inTile], FillRule.NonZero);
            m2 = Clipper.areaPaths(paths) / 1e4;
          }
        }
        if (m2 <= 0) continue;
        pieces.push([
          key,
          {
            area: areaIdx,
            ward: p.ward,
            density: p.density,
            paths,
            box: pathsBox(paths),
            areaM2: m2,
            wholeTile: false,
            convex,
          },
        ]);
        areaM2 += m2;
        population += p.density * m2;
      }
    }
    if (pieces.length === 0) {
      outside.push(cell.id);
      continue;
    }
    for (const [key, piece] of pieces) {
      const list = index.tiles.get(key)!;
      mine.push([key, list.length]);
      list.push(piece);
    }
    index.piecesOfArea.push(mine);
    const area: IndexedArea = { id: cell.id, level: cell.level, shape: hex, areaM2, population };
    index.areas.push(area);
    added.push(areaIdx);
  }
  return { added, outside };
}
