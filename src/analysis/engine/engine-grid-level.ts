/**
 * Adding a hexagon grid level (`h3r8`, `h3r9`) to a running engine: the cells become areas, clipped to the
 * city, and get their figures from the coverage already computed. Split out of engine.ts because it touches
 * every part of the engine's state once (index, tiles, sums, placed sites) and nothing else does.
 */
import { isGridLevel } from '../../domain/grid.js';
import type { AreaIndex } from './area-index.js';
import type { SitePlacement } from './engine-sites.js';
import type { AreaSums } from './engine-sums.js';
import { addGridCells } from './grid-index.js';
import { N_COMBOS } from './results.js';
import type { TileState } from './tile-compute.js';
import { coveredM2 } from './piece-measure.js';
import type { TileGrid } from './tiles.js';
import type { EngineArea } from './types.js';
import type { UnionStates } from './union-states.js';

/** The engine state a grid level is added to. */
export type GridLevelTarget = {
  index: AreaIndex;
  grid: TileGrid;
  tiles: ReadonlyMap<number, TileState>;
  states: UnionStates;
  placed: SitePlacement;
  sums: AreaSums;
};

/**
 * Adds the cells (all of one grid level) as areas and computes their figures; a level already present adds
 * nothing. Returns how many cells were added (0 means nothing changed) and the ids of the cells left out
 * because no part of them lies in the city. Throws, naming the cell, when the cells mix levels or one is not
 * a grid level.
 */
export function addGridLevelTo(
  { index, grid, tiles, states, placed, sums }: GridLevelTarget,
  cells: readonly EngineArea[],
): { added: number; outside: string[] } {
  const level = cells[0]?.level;
  if (level === undefined || index.areas.some((a) => a.level === level)) return { added: 0, outside: [] };
  const bad = cells.find((c) => c.level !== level || !isGridLevel(c.level));
  if (bad)
    throw new Error(
      `grid cell ${bad.id}: level "${bad.level}" — every cell of one call must be of the same grid level (h3r8 or h3r9)`,
    );
  const { added, outside } = addGridCells(index, grid, cells);
  states.clear();
  placed.forgetMade();
  sums.grow();
  for (const t of tiles.values()) {
    const before = t.covered.length / N_COMBOS;
    if (t.pieces.length === before) continue;
    const covered = new Float64Array(t.pieces.length * N_COMBOS);
    covered.set(t.covered);
    t.covered = covered;
    for (let c = 0; c < N_COMBOS; c++)
      for (let i = before; i < t.pieces.length; i++)
        covered[i * N_COMBOS + c] = coveredM2(t.pieces[i]!, t.unions[c] ?? null);
  }
  const fresh = new Set(added);
  for (const entry of placed.sites.values()) {
    const inGrid = placed.areasAt(entry.site).filter((a) => fresh.has(a));
    if (inGrid.length === 0) continue;
    entry.areas = [...entry.areas, ...inGrid];
    sums.countSite(entry.site, inGrid, 1);
  }
  for (const a of added) sums.sumArea(tiles, a);
  return { added: added.length, outside };
}
