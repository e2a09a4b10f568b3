/**
 * A cheap proof that footprints cover a whole tile, without their union: each footprint holds a disk around its
 * site (`inner`, see footprints.ts) and, when sectored, disks along its lobes (footprint-disks.ts); when every
 * part of the tile, halved down to a few levels, lies in one disk, the tile is covered. A quarter of a full recompute's unions come out as the whole tile, and this spares
 * most of them. It only ever answers yes when the tile is covered; a no means "not proven".
 */
import type { PlaneBox } from '../planar.js';
import type { Footprint } from './footprints.js';

/** Halvings of the tile at most (a 1 km tile: parts down to 31 m). */
const DEPTH = 5;

/**
 * The disks as x, y, r² triplets, and per halving depth the indices of the disks near the part looked at: buffers
 * kept between calls and grown as needed, since a drag step proves a few hundred tiles and every object it
 * allocates brings the next garbage collection closer.
 */
let disks = new Float64Array(3 * 256);
const nearAt: Int32Array[] = Array.from({ length: DEPTH + 1 }, () => new Int32Array(256));

const inDisk = (d: number, x: number, y: number) => {
  const dx = x - disks[d]!;
  const dy = y - disks[d + 1]!;
  return dx * dx + dy * dy <= disks[d + 2]!;
};

/** True when the footprints' inner disks together cover `box` (plane units). */
export function disksCoverBox(fps: readonly Footprint[], box: PlaneBox): boolean {
  let n = 0;
  const push = (x: number, y: number, r: number) => {
    if (3 * (n + 1) > disks.length) {
      const grown = new Float64Array(disks.length * 2);
      grown.set(disks);
      disks = grown;
    }
    disks[3 * n] = x;
    disks[3 * n + 1] = y;
    disks[3 * n + 2] = r * r;
    n++;
  };
  for (const f of fps) {
    if (f.fixed !== null) continue;
    if (f.inner > 0) push(f.x, f.y, f.inner);
    const l = f.lobes;
    if (l) for (let i = 0; i < l.length; i += 3) push(l[i]!, l[i + 1]!, l[i + 2]!);
  }
  if (n === 0) return false;
  // Each corner must lie in some disk, or no halving can prove the box covered.
  for (const x of [box[0], box[2]])
    for (const y of [box[1], box[3]]) {
      let inOne = false;
      for (let d = 0; d < 3 * n && !inOne; d += 3) inOne = inDisk(d, x, y);
      if (!inOne) return false;
    }
  if (nearAt[DEPTH]!.length < n) for (let k = 0; k <= DEPTH; k++) nearAt[k] = new Int32Array(2 * n);
  const all = nearAt[DEPTH]!;
  for (let i = 0; i < n; i++) all[i] = 3 * i;
  return covered(n, box[0], box[1], box[2], box[3], DEPTH);
}

/** Whether the `count` disks listed at `nearAt[depth]` cover the box, halving it down to depth 0. */
function covered(count: number, x0: number, y0: number, x1: number, y1: number, depth: number): boolean {
  const from = nearAt[depth]!;
  // Disks that reach the box (the others cannot help its parts), listed for the halves one depth down.
  const near = depth > 0 ? nearAt[depth - 1]! : null;
  let m = 0;
  for (let i = 0; i < count; i++) {
    const d = from[i]!;
    const cx = disks[d]!;
    const cy = disks[d + 1]!;
    const dx = Math.max(x0 - cx, 0, cx - x1);
    const dy = Math.max(y0 - cy, 0, cy - y1);
    if (dx * dx + dy * dy > disks[d + 2]!) continue;
    if (inDisk(d, x0, y0) && inDisk(d, x1, y0) && inDisk(d, x0, y1) && inDisk(d, x1, y1)) return true;
    if (near) near[m++] = d;
  }
  if (depth === 0 || m < 2) return false;
  const mx = Math.floor((x0 + x1) / 2);
  const my = Math.floor((y0 + y1) / 2);
  // The halves all read the list one depth down: each writes only the lists below it, so it stays as made here.
  return (
    covered(m, x0, y0, mx, my, depth - 1) &&
    covered(m, mx, y0, x1, my, depth - 1) &&
    covered(m, x0, my, mx, y1, depth - 1) &&
    covered(m, mx, my, x1, y1, depth - 1)
  );
}
