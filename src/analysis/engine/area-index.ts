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
  subtractShapesChecked,
  subtractShapesCheckedWith,
  type PlanarShape,
  type PlaneBox,
} from '../planar.js';
import { relateShapes } from './shape-relation.js';
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

/** Makes census wards disjoint (an overlap goes to the ward listed first). */
function disjointWards(units: readonly PopulationUnit[]): { shape: PlanarShape; population: number }[] {
  const shapes = units.map((u) => projectPolygon(u.geometry));
  return shapes.map((shape, i) => {
    // One ward at a time: clipper2-ts 2.0.1's union of many shapes can fill a real hole between them
    // (upstream clipper2-ts #29, Clipper2 #1067), so no multi-shape union is taken here.
    // Neighbours whose boundaries do not even touch are skipped: Clipper would hand `own` back unchanged.
    let own = shape;
    for (let j = 0; j < i; j++)
      if (boxesOverlap(shapes[j]!.box, own.box) && relateShapes(own, shapes[j]!) !== 'apart')
        own = subtractShapesChecked(own, shapes[j]!);
    return { shape: own, population: units[i]!.population };
  });
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

/** Builds the pieces of every area. Cost grows with areas × neighbouring wards, once per engine. */
export function buildAreaIndex(
  areas: readonly EngineArea[],
  units: readonly PopulationUnit[],
  grid: TileGrid,
): AreaIndex {
  const wards = disjointWards(units);
  const tiles = new Map<number, Piece[]>();
  const piecesOfArea: [number, number][][] = [];
  const wardPieces = new Map<string, PlanarShape>();
  const partitionErrors: PartitionError[] = [];
  const indexed: IndexedArea[] = areas.map((a, areaIdx) => {
    const shape = projectPolygon(a.geometry);
    const atoms: { shape: PlanarShape; ward: number; shared: boolean }[] = [];
    // Peel the wards off the area one at a time (see disjointWards for why there is no union); what is
    // left at the end lies in no ward.
    let rest = shape;
    wards.forEach((w, wi) => {
      if (rest.areaM2 <= 0 || !boxesOverlap(w.shape.box, rest.box)) return;
      // An exact test first spares the boolean operations whose result is known: none when the ward lies
      // apart, no intersection when it lies inside, no difference when the rest lies inside it.
      const relation = relateShapes(rest, w.shape);
      if (relation === 'apart') return;
      if (relation === 'b-inside' && w.shape.areaM2 > 0) {
        atoms.push({ shape: w.shape, ward: wi, shared: true });
        rest = subtractShapesCheckedWith(rest, w.shape, w.shape);
        return;
      }
      const part = intersectShapes(rest, w.shape);
      if (part.areaM2 <= 0) return;
      // A ward wholly inside the area keeps its own (shared) geometry, so that every level holding it
      // shares its pieces and the engine computes their coverage once.
      const whole = Math.abs(part.areaM2 - w.shape.areaM2) <= 1e-9 * w.shape.areaM2 + 1e-4;
      atoms.push({ shape: whole ? w.shape : part, ward: wi, shared: whole });
      const restInside = relation === 'a-inside' && part.areaM2 === rest.areaM2;
      rest = restInside ? shapeOf([]) : subtractShapesCheckedWith(rest, w.shape, part);
    });
    if (rest.areaM2 > 0) atoms.push({ shape: rest, ward: -1, shared: false });
    const atomsM2 = atoms.reduce((sum, x) => sum + x.shape.areaM2, 0);
    if (Math.abs(atomsM2 - shape.areaM2) > PARTITION_TOLERANCE.relative * shape.areaM2 + PARTITION_TOLERANCE.m2)
      partitionErrors.push({ id: a.id, level: a.level, missingM2: shape.areaM2 - atomsM2 });

    const mine: [number, number][] = [];
    for (const atom of atoms) {
      for (const key of tilesOfBox(grid, atom.shape.box)) {
        const shared = atom.shared ? `${atom.ward}:${key}` : null;
        const clipped = (shared !== null ? wardPieces.get(shared) : undefined) ?? clipToTile(atom.shape, grid, key);
        if (shared !== null) wardPieces.set(shared, clipped);
        if (clipped.areaM2 <= 0) continue;
        const list = tiles.get(key) ?? (tiles.set(key, []).get(key) as Piece[]);
        mine.push([key, list.length]);
        list.push({
          area: areaIdx,
          ward: atom.ward,
          density: 0,
          paths: clipped.paths,
          box: clipped.box,
          areaM2: clipped.areaM2,
          wholeTile: false,
        });
      }
    }
    piecesOfArea.push(mine);
    return { id: a.id, level: a.level, shape, areaM2: shape.areaM2, population: 0 };
  });
  setDensities(indexed, tiles, wards);
  for (const [key, pieces] of tiles) shareEqualGeometry(pieces, tileBox(grid, key));
  return { areas: indexed, tiles, piecesOfArea, partitionErrors };
}

/**
 * Residents per m² of each census ward: its population over the part of it inside the 2025 units (the city),
 * so that the generalised wards' slivers outside the city boundary take no residents away and the units sum
 * to the census total (as the pipeline's interpolation does). A ward that reaches no unit, or an index
 * with no 2025 units, spreads its residents over its own area.
 */
function setDensities(
  areas: IndexedArea[],
  tiles: Map<number, Piece[]>,
  wards: readonly { shape: PlanarShape; population: number }[],
): void {
  const inside = new Float64Array(wards.length);
  for (const pieces of tiles.values())
    for (const p of pieces)
      if (p.ward >= 0 && areas[p.area]!.level === 'unit2025') inside[p.ward] = inside[p.ward]! + p.areaM2;
  const density = wards.map((w, i) => {
    const m2 = inside[i]! > 0 ? inside[i]! : w.shape.areaM2;
    return m2 > 0 ? w.population / m2 : 0;
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

/** Same multiset of vertices: both sorted by x, then y, and compared in turn. */
function samePoints(a: Paths64, b: Paths64): boolean {
  if (a === b) return true;
  const flat = (ps: Paths64) => ps.flat().sort((p, q) => p.x - q.x || p.y - q.y);
  const [x, y] = [flat(a), flat(b)];
  return x.length === y.length && x.every((v, i) => v.x === y[i]!.x && v.y === y[i]!.y);
}
