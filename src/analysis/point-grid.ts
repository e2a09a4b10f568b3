/**
 * A bucket grid over the Hà Nội equal-area plane (see projection.ts, planar.ts), for the point lookup
 * (point-lookup.ts): items filed under every square cell their box reaches, and the k nearest points by ring
 * search. Coordinates are integer plane units (`PLANE_UNITS_PER_M` per metre); distances the caller measures,
 * geodesic metres.
 */
import { PLANE_UNITS_PER_M, type PlaneBox } from './planar.js';

/**
 * How far a plane distance may fall short of the geodesic distance, as a fraction: the equal-area plane's scale
 * error is below 0.01 % within 60 km of its centre and about 0.005 % at the city's farthest corner (~90 km); ten
 * times that keeps the ring search's stopping rule safe.
 */
const PLANE_SCALE_MARGIN = 1e-3;

/** Cell indices are offset so that a key is one non-negative integer (±2^15 cells of at least 100 m: ±3,000 km). */
const OFFSET = 1 << 15;
const keyOf = (i: number, j: number): number => (i + OFFSET) * (1 << 16) + (j + OFFSET);

/** Items filed by square cells of the plane. */
export class PlaneGrid<T> {
  private readonly cells = new Map<number, T[]>();
  /** Cell side, plane units. */
  private readonly side: number;
  /** The extent of the occupied cells, `[minI, minJ, maxI, maxJ]` (empty: min > max). */
  private extent: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];

  /** `cellM`: the cell side, metres (at least 100). */
  constructor(readonly cellM: number) {
    this.side = Math.max(100, cellM) * PLANE_UNITS_PER_M;
  }

  /** The cell `[i, j]` holding a plane point. */
  cellOf(x: number, y: number): [number, number] {
    return [Math.floor(x / this.side), Math.floor(y / this.side)];
  }

  /** Files `item` under every cell the plane box reaches. */
  addBox(box: Readonly<PlaneBox>, item: T): void {
    const [i0, j0] = this.cellOf(box[0], box[1]);
    const [i1, j1] = this.cellOf(box[2], box[3]);
    for (let i = i0; i <= i1; i++) for (let j = j0; j <= j1; j++) this.file(i, j, item);
  }

  /** Files `item` under the cell of a plane point. */
  addPoint(x: number, y: number, item: T): void {
    const [i, j] = this.cellOf(x, y);
    this.file(i, j, item);
  }

  private file(i: number, j: number, item: T): void {
    const k = keyOf(i, j);
    const list = this.cells.get(k);
    if (list) list.push(item);
    else this.cells.set(k, [item]);
    const e = this.extent;
    if (i < e[0]) e[0] = i;
    if (j < e[1]) e[1] = j;
    if (i > e[2]) e[2] = i;
    if (j > e[3]) e[3] = j;
  }

  /** The items filed under the cell holding a plane point (an empty list for none). */
  at(x: number, y: number): readonly T[] {
    const [i, j] = this.cellOf(x, y);
    return this.cells.get(keyOf(i, j)) ?? [];
  }

  /** Calls `visit` with every item filed in a cell the plane box reaches (an item filed twice comes twice). */
  forEachInBox(box: Readonly<PlaneBox>, visit: (item: T) => void): void {
    const [i0, j0] = this.cellOf(box[0], box[1]);
    const [i1, j1] = this.cellOf(box[2], box[3]);
    for (let i = Math.max(i0, this.extent[0]); i <= Math.min(i1, this.extent[2]); i++)
      for (let j = Math.max(j0, this.extent[1]); j <= Math.min(j1, this.extent[3]); j++)
        for (const item of this.cells.get(keyOf(i, j)) ?? []) visit(item);
  }

  /**
   * The `k` items nearest to a plane point, nearest first (ties by `tieKey`), each with its distance in metres
   * as `distanceM` measures it (geodesic). Items must have been filed with `addPoint`. Searches rings of cells
   * outwards and stops once the k-th distance is shorter than anything a further ring can hold.
   */
  nearest(
    x: number,
    y: number,
    k: number,
    distanceM: (item: T) => number,
    tieKey: (item: T) => string,
  ): { item: T; distanceM: number }[] {
    const found: { item: T; distanceM: number }[] = [];
    if (k <= 0) return found;
    const [ci, cj] = this.cellOf(x, y);
    const e = this.extent;
    const maxRing = Math.max(ci - e[0], e[2] - ci, cj - e[1], e[3] - cj);
    const order = (a: { item: T; distanceM: number }, b: { item: T; distanceM: number }) =>
      a.distanceM - b.distanceM || (tieKey(a.item) < tieKey(b.item) ? -1 : tieKey(a.item) > tieKey(b.item) ? 1 : 0);
    for (let r = 0; r <= maxRing; r++) {
      for (let i = ci - r; i <= ci + r; i++) {
        // The ring's cells: whole rows at the top and bottom, the two end cells of the rows between.
        const step = i === ci - r || i === ci + r ? 1 : 2 * r;
        for (let j = cj - r; j <= cj + r; j += step) {
          for (const item of this.cells.get(keyOf(i, j)) ?? []) found.push({ item, distanceM: distanceM(item) });
        }
      }
      if (found.length >= k) {
        found.sort(order);
        // Anything in ring r + 1 or beyond is at least r cells away in the plane.
        const reachM = ((r * this.side) / PLANE_UNITS_PER_M) * (1 - PLANE_SCALE_MARGIN);
        if (found[k - 1]!.distanceM <= reachM) break;
      }
    }
    found.sort(order);
    return found.slice(0, k);
  }
}
