/**
 * Static part of the engine: every area cut into "pieces", each the part of the area inside one census ward
 * and one tile (or the part inside no ward, with no residents). The pieces of an area partition it exactly,
 * so its covered area and covered population are sums over its pieces, and a site change only re-sums
 * the pieces of the tiles it touches.
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
import type { EngineArea, EngineLevel, PopulationUnit } from './types.js';
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

export type IndexedArea = {
  id: string;
  level: Exclude<EngineLevel, 'city'>;
  shape: PlanarShape;
  areaM2: number;
  population: number;
};

export type AreaIndex = {
  areas: IndexedArea[];
  /** Pieces by tile key. */
  tiles: Map<number, Piece[]>;
  /** For each area, where its pieces are: [tile key, index in that tile's list]. */
  piecesOfArea: [number, number][][];
  /** Areas whose pieces do not add up to them (beyond PARTITION_TOLERANCE): reported, not hidden. */
  partitionErrors: PartitionError[];
};

export type PartitionError = { id: string; level: string; missingM2: number };

/**
 * How far an area's pieces may sum from the area: cut points round to the centimetre grid, so a long
 * boundary gains or loses a few m² (10 m² on 3 km² is 0.0003 percentage point).
 */
export const PARTITION_TOLERANCE = { relative: 1e-5, m2: 10 } as const;

/** The census wards cut to the tiles and made disjoint (an overlap goes to the ward listed first). */
type TiledWards = {
  /** Each ward's part in each tile its box touches. */
  parts: Map<number, PlanarShape>[];
  /** Each ward's area (the sum of its parts), m². */
  areaM2: number[];
  population: number[];
  /** The wards reaching each tile, in ward order. */
  ofTile: Map<number, number[]>;
};

/**
 * Cuts each census ward to the tiles and takes off each part what the wards listed before it hold in that tile:
 * the boolean operations work on one tile's parts, not on whole wards.
 */
function disjointWards(units: readonly PopulationUnit[], grid: TileGrid): TiledWards {
  const cuts: Map<number, PlanarShape>[] = [];
  const out: TiledWards = { parts: [], areaM2: [], population: units.map((u) => u.population), ofTile: new Map() };
  units.forEach((u, i) => {
    const own = new Map(cutToTiles(projectPolygon(u.geometry), grid));
    const parts = new Map<number, PlanarShape>();
    let m2 = 0;
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
      m2 += part.areaM2;
    }
    cuts.push(own);
    out.parts.push(parts);
    out.areaM2.push(m2);
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
 * The parts of a shape in each tile its box touches, in `tilesOfBox` order: `clipToTile` of every tile, point
 * for point, cut a column at a time (each path is cut to the column's strip first, then the strip to each tile of
 * the column: Sutherland–Hodgman cuts west, east, south, north in turn, so the strip's cut is the tile cut's first
 * half), which reads each vertex once per column and once per tile of its column instead of once per tile.
 */
function cutToTiles(shape: PlanarShape, grid: TileGrid): [number, PlanarShape][] {
  const keys = tilesOfBox(grid, shape.box);
  const rows = Math.floor(shape.box[3] / grid.sizeUnits) - Math.floor(shape.box[1] / grid.sizeUnits) + 1;
  if (rows === 1 || keys.length === rows) return keys.map((key) => [key, clipToTile(shape, grid, key)]);
  const out: [number, PlanarShape][] = [];
  for (let c = 0; c < keys.length; c += rows) {
    const tb = tileBox(grid, keys[c]!);
    const strip: PlaneBox = [tb[0], shape.box[1], tb[2], shape.box[3]];
    const paths: Paths64 = [];
    for (const p of shape.paths) {
      const cut = clipToBox(p, strip);
      if (cut.length >= 3) paths.push(cut);
    }
    // Its own box and area: a strip inside one tile is that tile's part as it is.
    const inStrip = shapeOf(paths);
    for (let r = 0; r < rows; r++) out.push([keys[c + r]!, clipToTile(inStrip, grid, keys[c + r]!)]);
  }
  return out;
}

/**
 * A cut of an area: its part in one ward (or in none, `ward` −1) and one tile. Where it is the ward's whole part
 * in the tile, `shape` is that part itself, so every level holding it shares its geometry.
 */
type Atom = { shape: PlanarShape; ward: number };

/**
 * Builds the pieces of every area. Each area is first cut to the tiles (Sutherland–Hodgman, linear), then each
 * tile's part has the wards' parts in that tile peeled off it: the boolean operations work on shapes of one
 * tile instead of whole areas, which keeps them small (a 2025 unit's whole boundary against every ward it
 * touches cost 3 s for the 126 units; today's levels take 1.5 s instead of 3.6–4.0 s). Once per engine.
 */
export function buildAreaIndex(
  areas: readonly EngineArea[],
  units: readonly PopulationUnit[],
  grid: TileGrid,
): AreaIndex {
  const wards = disjointWards(units, grid);
  const tiles = new Map<number, Piece[]>();
  const piecesOfArea: [number, number][][] = [];
  const partitionErrors: PartitionError[] = [];
  const indexed: IndexedArea[] = areas.map((a, areaIdx) => {
    const shape = projectPolygon(a.geometry);
    const mine: [number, number][] = [];
    let atomsM2 = 0;
    for (const [key, inTile] of cutToTiles(shape, grid)) {
      if (inTile.areaM2 <= 0) continue;
      for (const atom of peelWards(inTile, wards.ofTile.get(key) ?? [], (wi) => wards.parts[wi]!.get(key)!)) {
        if (atom.shape.areaM2 <= 0) continue;
        atomsM2 += atom.shape.areaM2;
        const list = tiles.get(key) ?? (tiles.set(key, []).get(key) as Piece[]);
        mine.push([key, list.length]);
        list.push({
          area: areaIdx,
          ward: atom.ward,
          density: 0,
          paths: atom.shape.paths,
          box: atom.shape.box,
          areaM2: atom.shape.areaM2,
          wholeTile: false,
        });
      }
    }
    if (Math.abs(atomsM2 - shape.areaM2) > PARTITION_TOLERANCE.relative * shape.areaM2 + PARTITION_TOLERANCE.m2)
      partitionErrors.push({ id: a.id, level: a.level, missingM2: shape.areaM2 - atomsM2 });
    piecesOfArea.push(mine);
    return { id: a.id, level: a.level, shape, areaM2: shape.areaM2, population: 0 };
  });
  setDensities(indexed, tiles, wards);
  for (const [key, pieces] of tiles) shareEqualGeometry(pieces, tileBox(grid, key));
  return { areas: indexed, tiles, piecesOfArea, partitionErrors };
}

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
 * Residents per m² of each census ward: its population over the part of it inside the 2025 units (the city),
 * so that the generalised wards' slivers outside the city boundary take no residents away and the units sum
 * to the census total (as the pipeline's interpolation does). A ward that reaches no unit, or an index
 * with no 2025 units, spreads its residents over its own area.
 */
function setDensities(areas: IndexedArea[], tiles: Map<number, Piece[]>, wards: TiledWards): void {
  const inside = new Float64Array(wards.areaM2.length);
  for (const pieces of tiles.values())
    for (const p of pieces)
      if (p.ward >= 0 && areas[p.area]!.level === 'unit2025') inside[p.ward] = inside[p.ward]! + p.areaM2;
  const density = wards.areaM2.map((own, i) => {
    const m2 = inside[i]! > 0 ? inside[i]! : own;
    return m2 > 0 ? wards.population[i]! / m2 : 0;
  });
  for (const pieces of tiles.values())
    for (const p of pieces) {
      p.density = p.ward >= 0 ? density[p.ward]! : 0;
      areas[p.area]!.population += p.density * p.areaM2;
    }
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
