/**
 * Where a site stands in the engine's plane: its plane position, the census density and the propagation
 * environment there and the areas containing it; and which tiles an engine owns when sharded. Split out of
 * engine.ts because these read only the area index and the tile grid.
 */
import type { Site } from '../../domain/telecom.js';
import { environmentOf, type Environment } from '../coverage/environment.js';
import { environmentAt, type EnvironmentGrid } from '../coverage/environment-grid.js';
import { PLANE_UNITS_PER_M } from '../planar.js';
import { HANOI_LAEA } from '../projection.js';
import type { AreaIndex } from './area-index.js';
import type { Footprint } from './footprints.js';
import { N_COMBOS } from './results.js';
import type { TileState } from './tile-compute.js';
import { pieceContains } from './tile-union.js';
import { tileOf, tilesOfBox, type TileGrid } from './tiles.js';
import type { EngineOptions } from './types.js';

/** A point's position in the plane, integer plane units (`PLANE_UNITS_PER_M` per metre). */
export function planeOf(site: Pick<Site, 'lng' | 'lat'>): [number, number] {
  const [x, y] = HANOI_LAEA.forward([site.lng, site.lat]);
  return [Math.round(x * PLANE_UNITS_PER_M), Math.round(y * PLANE_UNITS_PER_M)];
}

/** Residents per km² where the site stands (0 outside every census ward). */
export function densityAt(grid: TileGrid, index: AreaIndex, site: Pick<Site, 'lng' | 'lat'>): number {
  const [x, y] = planeOf(site);
  for (const k of tilesOfBox(grid, [x, y, x, y])) {
    for (const p of index.tiles.get(k) ?? []) if (p.density > 0 && pieceContains(p, x, y)) return p.density * 1e6;
  }
  return 0;
}

/**
 * The propagation environment of a site: the class of the environment grid's cell it stands in; without a grid, or
 * outside it, the class of the census density where it stands (`environmentOf`, never open land).
 */
export function environmentAtSite(
  grid: TileGrid,
  index: AreaIndex,
  environment: EnvironmentGrid | null,
  site: Pick<Site, 'lng' | 'lat'>,
): Environment {
  return (environment && environmentAt(environment, site.lng, site.lat)) ?? environmentOf(densityAt(grid, index, site));
}

/** Indices of the areas containing the site, ascending; none when `owns` says another shard owns its tile. */
export function areasAt(
  grid: TileGrid,
  index: AreaIndex,
  owns: (key: number) => boolean,
  site: Pick<Site, 'lng' | 'lat'>,
): number[] {
  const [x, y] = planeOf(site);
  const out = new Set<number>();
  const keys = tilesOfBox(grid, [x, y, x, y]);
  // A sharded engine counts a site only in the shard owning the tile it stands in.
  if (!owns(keys[0]!)) return [];
  for (const k of keys)
    for (const p of index.tiles.get(k) ?? []) if (!out.has(p.area) && pieceContains(p, x, y)) out.add(p.area);
  return [...out].sort((a, b) => a - b);
}

/**
 * Whether an engine computes a tile: all of them unless sharded (column + row ≡ index mod count) or limited to
 * the tiles `only` lists (or both).
 */
export function tileOwner(shard: EngineOptions['shard'], only: EngineOptions['only'] = null): (key: number) => boolean {
  const inShard = (key: number) => {
    if (shard === null) return true;
    const [i, j] = tileOf(key);
    return (((i + j) % shard.count) + shard.count) % shard.count === shard.index;
  };
  return only === null ? inShard : (key) => only.has(key) && inShard(key);
}

/** The tile states of the tiles an engine owns, empty (no footprints, nothing covered). */
export function emptyTiles(index: AreaIndex, owns: (key: number) => boolean): Map<number, TileState> {
  const tiles = new Map<number, TileState>();
  for (const [key, pieces] of index.tiles) {
    if (!owns(key)) continue;
    tiles.set(key, {
      key,
      pieces,
      partial: Array.from({ length: N_COMBOS }, () => new Set<Footprint>()),
      fullCount: new Int32Array(N_COMBOS),
      unions: new Array(N_COMBOS).fill(null),
      covered: new Float64Array(pieces.length * N_COMBOS),
    });
  }
  return tiles;
}
