/**
 * The tile grid of the equal-area plane: square tiles of `tileM` metres, keyed by integer column and row.
 * Work is local to tiles, so changing one site touches only the few tiles under its footprint.
 */
import type { Rect64 } from 'clipper2-ts';
import { PLANE_UNITS_PER_M, type PlaneBox } from '../planar.js';

export type TileGrid = { sizeUnits: number };

export function createGrid(tileM: number): TileGrid {
  return { sizeUnits: Math.round(tileM * PLANE_UNITS_PER_M) };
}

/** A tile's key from its column and row (both within ±32767 tiles of the projection centre). */
export const tileKey = (i: number, j: number): number => (i + 32768) * 65536 + (j + 32768);

/** Column and row of a key. */
export const tileOf = (key: number): [number, number] => [Math.floor(key / 65536) - 32768, (key % 65536) - 32768];

/** Keys of the tiles a box touches. */
export function tilesOfBox(grid: TileGrid, box: PlaneBox): number[] {
  const s = grid.sizeUnits;
  const out: number[] = [];
  for (let i = Math.floor(box[0] / s); i <= Math.floor(box[2] / s); i++)
    for (let j = Math.floor(box[1] / s); j <= Math.floor(box[3] / s); j++) out.push(tileKey(i, j));
  return out;
}

/** The tile's rectangle in plane units (Clipper's `top` is the smaller y). */
export function tileRect(grid: TileGrid, key: number): Rect64 {
  const [i, j] = tileOf(key);
  const s = grid.sizeUnits;
  return { left: i * s, top: j * s, right: (i + 1) * s, bottom: (j + 1) * s };
}

/** The tile as a box. */
export function tileBox(grid: TileGrid, key: number): PlaneBox {
  const r = tileRect(grid, key);
  return [r.left, r.top, r.right, r.bottom];
}
