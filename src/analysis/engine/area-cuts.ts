/**
 * The cutting behind the area index (area-index.ts): areas and census wards cut to the tiles, the wards made
 * disjoint and peeled off each tile's part of each area. Every step is local to one tile, so the tiles can be cut
 * in parts (a share of the tiles each, on several threads: index-parallel.ts) and the parts put together by
 * `mergeIndexParts` into the very index one part of all the tiles gives.
 */
import { Clipper, type Paths64 } from 'clipper2-ts';
import { clipToBox } from './box-clip.js';
import {
  boxesOverlap,
  intersectShapes,
  projectPolygon,
  shapeOf,
  subtractShapesCheckedWith,
  type PlanarShape,
  type PlaneBox,
} from '../planar.js';
import { relateShapes } from './shape-relation.js';
import { samePoints, sameRings } from './same-geometry.js';
import type { PopulationUnit } from './types.js';
import { tileBox, tilesOfBox, type TileGrid } from './tiles.js';

/** One piece: part of area `area` inside one ward and one tile. */
export type Piece = {
  /** Index into `AreaIndex.areas`. */
  area: number;
  /** Index of the census ward the piece lies in, -1 for none. */
  ward: number;
  /** Residents per m² (set once every area is cut, see setDensities). */
  density: number;
  /** Shared by every piece with the same geometry (a whole ward in one tile), so coverage is computed once. */
  paths: Paths64;
  /** True when the piece is the whole tile: its covered area is the union's. */
  wholeTile: boolean;
  box: PlaneBox;
  areaM2: number;
  /** True when `paths` is one convex polygon (grid cell pieces), which is intersected without Clipper. */
  convex?: boolean;
};

/** Whether a part cuts a tile (by key). */
export type Owns = (key: number) => boolean;

/**
 * The pieces of the tiles one part owns: plain data (it crosses threads by structured clone, which keeps the
 * sharing of `paths` objects).
 */
export type IndexPart = {
  /** Pieces by tile, each tile's in area order, density 0; tiles in the order the areas first reach them. */
  tiles: Map<number, Piece[]>;
  /** Each census ward's parts' areas in the owned tiles, m², by ascending tile key: key, m², key, m² … */
  wardPartsM2: number[][];
  /**
   * The pieces that are their area's whole shape (an area inside one tile and no ward): tile key, index in the
   * tile, … The merge gives them the merged index's own shape object again (a part from another thread has a copy).
   */
  wholeAreas: number[];
};

/**
 * The part of the index in the tiles `owns` takes: every area (`shapes`, projected, in the areas' order) cut to
 * those tiles, the wards peeled off each tile's part, equal geometries shared within each tile.
 */
export function indexPart(
  shapes: readonly PlanarShape[],
  units: readonly PopulationUnit[],
  grid: TileGrid,
  owns: Owns,
): IndexPart {
  const wards = disjointWards(units, grid, owns);
  const tiles = new Map<number, Piece[]>();
  shapes.forEach((shape, area) => {
    for (const [key, inTile] of cutToTiles(shape, grid, owns)) {
      if (inTile.areaM2 <= 0) continue;
      for (const atom of peelWards(inTile, wards.ofTile.get(key) ?? [], (wi) => wards.parts[wi]!.get(key)!)) {
        if (atom.shape.areaM2 <= 0) continue;
        const list = tiles.get(key) ?? (tiles.set(key, []).get(key) as Piece[]);
        const { paths, box, areaM2 } = atom.shape;
        list.push({ area, ward: atom.ward, density: 0, paths, box, areaM2, wholeTile: false });
      }
    }
  });
  const wholeAreas: number[] = [];
  for (const [key, pieces] of tiles) {
    shareEqualGeometry(pieces, tileBox(grid, key));
    pieces.forEach((p, i) => {
      if (p.paths === shapes[p.area]!.paths) wholeAreas.push(key, i);
    });
  }
  return { tiles, wardPartsM2: wards.partsM2, wholeAreas };
}

/** The census wards cut to the tiles and made disjoint (an overlap goes to the ward listed first). */
type TiledWards = {
  /** Each ward's part in each tile its box touches. */
  parts: Map<number, PlanarShape>[];
  /** Each ward's parts' areas, m², by tile key ascending (the order it is cut in): key, m², key, m² … */
  partsM2: number[][];
  /** The wards reaching each tile, in ward order. */
  ofTile: Map<number, number[]>;
};

/**
 * Cuts each census ward to the tiles and takes off each part what the wards listed before it hold in that tile:
 * the boolean operations work on one tile's parts, not on whole wards.
 */
function disjointWards(units: readonly PopulationUnit[], grid: TileGrid, owns: Owns): TiledWards {
  const cuts: Map<number, PlanarShape>[] = [];
  const out: TiledWards = { parts: [], partsM2: [], ofTile: new Map() };
  units.forEach((u, i) => {
    const own = new Map(cutToTiles(projectPolygon(u.geometry), grid, owns));
    const parts = new Map<number, PlanarShape>();
    const m2: number[] = [];
    for (const [key, cut] of own) {
      if (cut.areaM2 <= 0) continue;
      // One ward at a time: clipper2-ts 2.0.1's union of many shapes can fill a real hole between them
      // (upstream clipper2-ts #29, Clipper2 #1067), so no multi-shape union is taken here.
      // Neighbours whose boundaries do not even touch are skipped: Clipper would hand the part back unchanged.
      let part = cut;
      const earlier = out.ofTile.get(key) ?? (out.ofTile.set(key, []).get(key) as number[]);
      for (const j of earlier) {
        const other = cuts[j]!.get(key)!;
        if (part.areaM2 <= 0 || !boxesOverlap(other.box, part.box) || relateShapes(part, other) === 'apart') continue;
        // Most neighbours only touch: nothing in common, nothing to take off.
        const common = intersectShapes(part, other);
        if (common.areaM2 > 0) part = subtractShapesCheckedWith(part, other, common);
      }
      earlier.push(i);
      parts.set(key, part);
      m2.push(key, part.areaM2);
    }
    cuts.push(own);
    out.parts.push(parts);
    out.partsM2.push(m2);
  });
  return out;
}

/**
 * The part of a shape in a tile: each path cut to the tile on its own (Sutherland–Hodgman keeps its
 * orientation, so holes stay holes), which partitions the shape's area exactly between tiles. A boolean
 * operation here could merge the paths and, through clipper2-ts's union bug, fill a hole.
 */
function clipToTile(shape: PlanarShape, grid: TileGrid, key: number): PlanarShape {
  const tb = tileBox(grid, key);
  const inside = shape.box[0] >= tb[0] && shape.box[1] >= tb[1] && shape.box[2] <= tb[2] && shape.box[3] <= tb[3];
  if (inside) return shape;
  const paths: Paths64 = [];
  for (const p of shape.paths) {
    const c = clipToBox(p, tb);
    if (c.length >= 3 && Clipper.area(c) !== 0) paths.push(c);
  }
  return shapeOf(paths);
}

/**
 * The parts of a shape in each owned tile its box touches, in `tilesOfBox` order (ascending keys): `clipToTile` of every tile, point
 * for point, cut a column at a time (each path is cut to the column's strip first, then the strip to each tile of
 * the column: Sutherland–Hodgman cuts west, east, south, north in turn, so the strip's cut is the tile cut's first
 * half), which reads each vertex once per column and once per tile of its column instead of once per tile.
 */
function cutToTiles(shape: PlanarShape, grid: TileGrid, owns: Owns): [number, PlanarShape][] {
  const keys = tilesOfBox(grid, shape.box);
  const rows = Math.floor(shape.box[3] / grid.sizeUnits) - Math.floor(shape.box[1] / grid.sizeUnits) + 1;
  if (rows === 1 || keys.length === rows) return keys.filter(owns).map((key) => [key, clipToTile(shape, grid, key)]);
  const out: [number, PlanarShape][] = [];
  for (let c = 0; c < keys.length; c += rows) {
    const column = keys.slice(c, c + rows);
    if (!column.some(owns)) continue;
    const tb = tileBox(grid, keys[c]!);
    const strip: PlaneBox = [tb[0], shape.box[1], tb[2], shape.box[3]];
    const paths: Paths64 = [];
    for (const p of shape.paths) {
      const cut = clipToBox(p, strip);
      if (cut.length >= 3) paths.push(cut);
    }
    // Its own box and area: a strip inside one tile is that tile's part as it is.
    const inStrip = shapeOf(paths);
    for (const key of column) if (owns(key)) out.push([key, clipToTile(inStrip, grid, key)]);
  }
  return out;
}

/**
 * A cut of an area: its part in one ward (or in none, `ward` −1) and one tile. Where it is the ward's whole part
 * in the tile, `shape` is that part itself, so every level holding it shares its geometry.
 */
type Atom = { shape: PlanarShape; ward: number };

/**
 * The atoms of an area's part in one tile: the wards' parts in the tile (`wardIds`, in ward order, `partOf` each)
 * peeled off it one at a time (see disjointWards for why there is no union), and what is left, in no ward.
 */
function peelWards(inTile: PlanarShape, wardIds: readonly number[], partOf: (wi: number) => PlanarShape): Atom[] {
  const atoms: Atom[] = [];
  let rest = inTile;
  for (const wi of wardIds) {
    if (rest.areaM2 <= 0) break;
    const w = partOf(wi);
    if (w.areaM2 <= 0 || !boxesOverlap(w.box, rest.box)) continue;
    // The same rings (a ward at its own level, a tile wholly inside both): the whole rest is the ward's.
    if (sameRings(rest, w)) {
      atoms.push({ shape: w, ward: wi });
      return atoms;
    }
    // An exact test first spares the boolean operations whose result is known: none when the ward lies
    // apart, no intersection when it lies inside, no difference when the rest lies inside it.
    const relation = relateShapes(rest, w);
    if (relation === 'apart') continue;
    if (relation === 'b-inside') {
      atoms.push({ shape: w, ward: wi });
      rest = subtractShapesCheckedWith(rest, w, w);
      continue;
    }
    const part = intersectShapes(rest, w);
    if (part.areaM2 <= 0) continue;
    // A ward's part wholly inside the area keeps its own (shared) geometry, so that every level holding it
    // shares its pieces and the engine computes their coverage once.
    const whole = Math.abs(part.areaM2 - w.areaM2) <= 1e-9 * w.areaM2 + 1e-4;
    atoms.push({ shape: whole ? w : part, ward: wi });
    const restInside = relation === 'a-inside' && part.areaM2 === rest.areaM2;
    rest = restInside ? shapeOf([]) : subtractShapesCheckedWith(rest, w, part);
  }
  if (rest.areaM2 > 0) atoms.push({ shape: rest, ward: -1 });
  return atoms;
}

/**
 * Levels often cut the same geometry in a tile (a ward, its unit and its district all covering the whole
 * tile, or the same part of it). Pieces with identical vertex sets get one shared `paths` object, so their
 * coverage is computed once; a piece that is the whole tile is flagged.
 */
function shareEqualGeometry(pieces: Piece[], box: PlaneBox): void {
  const tileM2 = ((box[2] - box[0]) * (box[3] - box[1])) / 1e4;
  const byKey = new Map<string, Piece[]>();
  for (const p of pieces) {
    p.wholeTile =
      Math.abs(p.areaM2 - tileM2) <= 1e-9 * tileM2 &&
      p.box[0] === box[0] &&
      p.box[1] === box[1] &&
      p.box[2] === box[2] &&
      p.box[3] === box[3];
    const key = `${p.box.join(',')}|${p.areaM2.toFixed(4)}|${p.paths.reduce((n, q) => n + q.length, 0)}`;
    const group = byKey.get(key) ?? (byKey.set(key, []).get(key) as Piece[]);
    const same = group.find((g) => samePoints(g.paths, p.paths));
    if (same) p.paths = same.paths;
    else group.push(p);
  }
}
