/**
 * The environment grid: the propagation environment class (environment.ts) of every square cell of 1 km over
 * Hà Nội, as a compact lookup, class at a `[lng, lat]` point. Cells are squares of the Hà Nội equal-area plane
 * (projection.ts; the engine's 1 km tiles), the grid of the Degree of Urbanisation (1 km² cells; UN Statistical
 * Commission 2020), whose density thresholds the rule uses. Cell (i, j) spans plane metres
 * [i·cellM, (i+1)·cellM) × [j·cellM, (j+1)·cellM): a point on a cell line belongs to the cell east or north of it.
 * Built by the data pipeline (scripts/pipeline/environment.ts), read by src/data/load-environment.ts.
 */
import type { Polygon } from 'geojson';
import { HANOI_LAEA } from '../projection.js';
import { ENVIRONMENTS, type Environment } from './environment.js';

/** Side of a grid cell, metres. */
export const ENV_GRID_CELL_M = 1000;

/** The code of a cell the grid has no class for (outside the city). */
const NONE = 255;

/** A classified cell: its column and row in the plane and its class. */
export type EnvironmentCell = { i: number; j: number; env: Environment };

/** The classes of a rectangle of cells, row-major; cells outside the city hold no class. */
export type EnvironmentGrid = {
  /** Side of a cell, metres. */
  cellM: number;
  /** Column and row of the south-west cell of the rectangle. */
  i0: number;
  j0: number;
  cols: number;
  rows: number;
  /** Per cell, row by row from (i0, j0): the index of its class in `ENVIRONMENTS`, 255 for none. */
  classes: Uint8Array;
  /** How many cells have a class. */
  count: number;
};

/** The column and row of the cell holding a `[lng, lat]` point (degrees), for cells of `cellM` metres. */
export function environmentCellOf(lng: number, lat: number, cellM: number = ENV_GRID_CELL_M): [number, number] {
  const [x, y] = HANOI_LAEA.forward([lng, lat]);
  return [Math.floor(x / cellM), Math.floor(y / cellM)];
}

/** The grid of classified cells (a cell given twice keeps its last class); an empty list makes an empty grid. */
export function createEnvironmentGrid(
  cells: readonly EnvironmentCell[],
  cellM: number = ENV_GRID_CELL_M,
): EnvironmentGrid {
  if (cells.length === 0) return { cellM, i0: 0, j0: 0, cols: 0, rows: 0, classes: new Uint8Array(0), count: 0 };
  let [i0, j0, i1, j1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const c of cells) {
    i0 = Math.min(i0, c.i);
    j0 = Math.min(j0, c.j);
    i1 = Math.max(i1, c.i);
    j1 = Math.max(j1, c.j);
  }
  const cols = i1 - i0 + 1;
  const rows = j1 - j0 + 1;
  const classes = new Uint8Array(cols * rows).fill(NONE);
  for (const c of cells) classes[(c.j - j0) * cols + (c.i - i0)] = ENVIRONMENTS.indexOf(c.env);
  let count = 0;
  for (const k of classes) if (k !== NONE) count++;
  return { cellM, i0, j0, cols, rows, classes, count };
}

/** The class of the cell at column `i`, row `j`; null outside the grid or where it has none. */
export function environmentOfCell(grid: EnvironmentGrid, i: number, j: number): Environment | null {
  const ci = i - grid.i0;
  const cj = j - grid.j0;
  if (ci < 0 || cj < 0 || ci >= grid.cols || cj >= grid.rows) return null;
  return ENVIRONMENTS[grid.classes[cj * grid.cols + ci]!] ?? null;
}

/**
 * The class at a `[lng, lat]` point (degrees); null outside the city (no cell there), where the caller falls back
 * to the class of the census density alone (`environmentOf`).
 */
export function environmentAt(grid: EnvironmentGrid, lng: number, lat: number): Environment | null {
  const [i, j] = environmentCellOf(lng, lat, grid.cellM);
  return environmentOfCell(grid, i, j);
}

/**
 * A cell's outline as a `[lng, lat]` polygon (degrees, counter-clockwise, closed), with `perSide` points along each
 * side so that the drawn cell follows the plane's straight edges.
 */
export function environmentCellPolygon(i: number, j: number, cellM: number = ENV_GRID_CELL_M, perSide = 1): Polygon {
  const corners: [number, number][] = [
    [i, j],
    [i + 1, j],
    [i + 1, j + 1],
    [i, j + 1],
  ];
  const ring: [number, number][] = [];
  for (let k = 0; k < 4; k++) {
    const [ax, ay] = corners[k]!;
    const [bx, by] = corners[(k + 1) % 4]!;
    for (let s = 0; s < perSide; s++) {
      const t = s / perSide;
      const [lng, lat] = HANOI_LAEA.inverse([(ax + t * (bx - ax)) * cellM, (ay + t * (by - ay)) * cellM]);
      // 10⁻⁷ degree is about 1 cm: finer than any edge of the data, and shorter numbers in the file.
      ring.push([Math.round(lng * 1e7) / 1e7, Math.round(lat * 1e7) / 1e7]);
    }
  }
  ring.push([...ring[0]!]);
  return { type: 'Polygon', coordinates: [ring] };
}

/** How many cells of the grid hold each class. */
export function environmentCellCounts(grid: EnvironmentGrid): Record<Environment, number> {
  const out = Object.fromEntries(ENVIRONMENTS.map((e) => [e, 0])) as Record<Environment, number>;
  for (const k of grid.classes) if (k !== NONE) out[ENVIRONMENTS[k]!]++;
  return out;
}
