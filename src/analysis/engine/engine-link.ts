/**
 * How the engine registers footprints with its tiles, and records what a change touched. Split out of
 * engine.ts (which keeps the sites and sums) because linking is the one step that walks the tile grid under
 * a footprint; the engine calls it for every site placed or removed.
 */
import { boxesOverlap, type PlaneBox } from '../planar.js';
import { coversBox, reachesBox, type Footprint } from './footprints.js';
import { N_OPS, combo } from './results.js';
import type { TileState } from './tile-compute.js';
import { tileKey, type TileGrid } from './tiles.js';

/** Tiles and combinations a change touched, with the box (plane units) of the footprints it added or removed there. */
export type Touched = Map<number, { combos: Set<number>; box: PlaneBox }>;

/** Records that combination `c` of tile `key` changed under `box` (plane units); nothing when `touched` is null. */
export const mark = (touched: Touched | null, key: number, c: number, box: PlaneBox) => {
  if (!touched) return;
  const t = touched.get(key);
  if (!t) {
    touched.set(key, { combos: new Set([c]), box: [...box] });
    return;
  }
  t.combos.add(c);
  t.box = [
    Math.min(t.box[0], box[0]),
    Math.min(t.box[1], box[1]),
    Math.max(t.box[2], box[2]),
    Math.max(t.box[3], box[3]),
  ];
};

/**
 * Adds (`delta` 1) or removes (-1) footprints in the tiles they reach: as a count where a footprint covers the
 * whole tile (no geometry needed there), as a partial footprint elsewhere. The tiles and their full/partial
 * status are recomputed from the footprint each time (deterministic), so nothing per tile is stored.
 * `touched` collects what changed (null: full recompute).
 */
export function linkFootprints(
  grid: TileGrid,
  tiles: ReadonlyMap<number, TileState>,
  footprints: readonly Footprint[],
  touched: Touched | null,
  delta: 1 | -1,
): void {
  const size = grid.sizeUnits;
  const box: PlaneBox = [0, 0, 0, 0];
  for (const f of footprints) {
    const c = combo(f.tech, f.operator, f.level);
    const [i0, j0, i1, j1] = [
      Math.floor(f.box[0] / size),
      Math.floor(f.box[1] / size),
      Math.floor(f.box[2] / size),
      Math.floor(f.box[3] / size),
    ];
    for (let i = i0; i <= i1; i++)
      for (let j = j0; j <= j1; j++) {
        const k = tileKey(i, j);
        const t = tiles.get(k);
        if (!t) continue;
        box[0] = i * size;
        box[1] = j * size;
        box[2] = box[0] + size;
        box[3] = box[1] + size;
        if (!reachesBox(f, box)) continue;
        if (coversBox(f, box)) {
          t.fullCount[c]! += delta;
          if ((delta === 1 && t.fullCount[c] === 1) || (delta === -1 && t.fullCount[c] === 0))
            mark(touched, k, c, f.box);
        } else {
          if (delta === 1) t.partial[c]!.add(f);
          else t.partial[c]!.delete(f);
          if (t.fullCount[c] === 0) mark(touched, k, c, f.box);
        }
      }
  }
}

/**
 * Recomputes the touched tiles (`compute` measures a tile for some combinations and returns, per piece, the
 * bit mask of the combinations whose covered area changed) and returns the changed areas, each with the
 * combinations (bit c) whose pieces' covered areas may have changed: only those are summed again. Areas a
 * site left or joined (`oldAreas`: their site counts changed) and areas with pieces under the footprints are
 * reported even when their sums stay the same (mask 0 where nothing was measured).
 */
export function changedAreas(
  tiles: ReadonlyMap<number, TileState>,
  touched: Touched,
  oldAreas: readonly number[],
  compute: (t: TileState, combos: readonly number[]) => Uint32Array,
): Map<number, number> {
  const areas = new Map<number, number>(oldAreas.map((a) => [a, 0]));
  for (const [k, { combos, box }] of touched) {
    const t = tiles.get(k)!;
    // The "any" union of a technology and level follows any change of one of its operators.
    for (const c of [...combos]) combos.add(Math.floor(c / N_OPS) * N_OPS + N_OPS - 1);
    const measured = compute(t, [...combos]);
    t.pieces.forEach((p, i) => {
      if (measured[i] !== 0 || boxesOverlap(p.box, box)) areas.set(p.area, (areas.get(p.area) ?? 0) | measured[i]!);
    });
  }
  return areas;
}
