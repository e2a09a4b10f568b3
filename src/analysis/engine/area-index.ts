/**
 * Static part of the engine: every area cut into "pieces", each the part of the area inside one census ward
 * and one tile (or the part inside no ward, with no residents). The pieces of an area partition it exactly,
 * so its covered area and covered population are sums over its pieces, and a site change only re-sums
 * the pieces of the tiles it touches. The cutting is in area-cuts.ts.
 */
import { projectPolygon, type PlanarShape } from '../planar.js';
import { indexPart, type IndexPart, type Piece } from './area-cuts.js';
import type { EngineArea, EngineLevel, PopulationUnit } from './types.js';
import type { TileGrid } from './tiles.js';

export type { IndexPart, Piece } from './area-cuts.js';

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

/**
 * Builds the pieces of every area. Each area is first cut to the tiles (Sutherland–Hodgman, linear), then each
 * tile's part has the wards' parts in that tile peeled off it: the boolean operations work on shapes of one
 * tile instead of whole areas, which keeps them small (a 2025 unit's whole boundary against every ward it
 * touches cost 3 s for the 126 units; today's levels take 1.3–1.5 s instead of 3.6–4.0 s). Once per engine;
 * index-parallel.ts builds the same index on several threads.
 */
export function buildAreaIndex(
  areas: readonly EngineArea[],
  units: readonly PopulationUnit[],
  grid: TileGrid,
): AreaIndex {
  const shapes = areas.map((a) => projectPolygon(a.geometry));
  return mergeIndexParts(areas, shapes, units, [indexPart(shapes, units, grid, () => true)]);
}

const byNumber = (a: number, b: number) => a - b;

/**
 * Gives the pieces that are their area's whole shape that very shape object (and every piece of their tile sharing
 * their geometry the same), as one thread's build has it: a part cut on another thread holds a copy.
 */
function relinkWholeAreas(part: IndexPart, shapes: readonly PlanarShape[]): void {
  for (let i = 0; i < part.wholeAreas.length; i += 2) {
    const list = part.tiles.get(part.wholeAreas[i]!)!;
    const piece = list[part.wholeAreas[i + 1]!]!;
    const shape = shapes[piece.area]!;
    const copy = piece.paths;
    if (copy === shape.paths) continue;
    for (const p of list) if (p.paths === copy) p.paths = shape.paths;
    piece.box = shape.box;
  }
}

/**
 * The index of `areas` (projected: `shapes`) from parts that cut disjoint shares of the tiles (area-cuts.ts):
 * the same index, bit for bit, as one part of every tile gives. Tiles come in the order the areas first reach
 * them, each area's pieces in the order it is cut in (ascending tile key), and every sum (an area's pieces, a
 * ward's parts, the residents) is added in that same order. Throws when two parts cut the same tile.
 */
export function mergeIndexParts(
  areas: readonly EngineArea[],
  shapes: readonly PlanarShape[],
  units: readonly PopulationUnit[],
  parts: readonly IndexPart[],
): AreaIndex {
  const held = new Map<number, Piece[]>();
  const tilesOfArea: number[][] = areas.map(() => []);
  for (const part of parts) {
    relinkWholeAreas(part, shapes);
    for (const [key, list] of part.tiles) {
      if (held.has(key)) throw new Error(`area index: tile ${key} was cut by two parts`);
      held.set(key, list);
      // A tile's pieces are in area order: each area's run is together.
      list.forEach((p, i) => {
        if (i === 0 || list[i - 1]!.area !== p.area) tilesOfArea[p.area]!.push(key);
      });
    }
  }
  const tiles = new Map<number, Piece[]>();
  const next = new Map<number, number>();
  const piecesOfArea: [number, number][][] = [];
  const partitionErrors: PartitionError[] = [];
  const indexed: IndexedArea[] = areas.map((a, area) => {
    const shape = shapes[area]!;
    const mine: [number, number][] = [];
    let atomsM2 = 0;
    for (const key of tilesOfArea[area]!.sort(byNumber)) {
      const list = held.get(key)!;
      if (!tiles.has(key)) tiles.set(key, list);
      let k = next.get(key) ?? 0;
      for (; k < list.length && list[k]!.area === area; k++) {
        atomsM2 += list[k]!.areaM2;
        mine.push([key, k]);
      }
      next.set(key, k);
    }
    if (Math.abs(atomsM2 - shape.areaM2) > PARTITION_TOLERANCE.relative * shape.areaM2 + PARTITION_TOLERANCE.m2)
      partitionErrors.push({ id: a.id, level: a.level, missingM2: shape.areaM2 - atomsM2 });
    piecesOfArea.push(mine);
    return { id: a.id, level: a.level, shape, areaM2: shape.areaM2, population: 0 };
  });
  const areaM2 = units.map((_, w) => {
    const pairs: [number, number][] = [];
    for (const part of parts) {
      const flat = part.wardPartsM2[w]!;
      for (let i = 0; i < flat.length; i += 2) pairs.push([flat[i]!, flat[i + 1]!]);
    }
    if (parts.length > 1) pairs.sort((x, y) => x[0] - y[0]);
    return pairs.reduce((m2, [, v]) => m2 + v, 0);
  });
  setDensities(indexed, tiles, { areaM2, population: units.map((u) => u.population) });
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
  wards: { areaM2: readonly number[]; population: readonly number[] },
): void {
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
