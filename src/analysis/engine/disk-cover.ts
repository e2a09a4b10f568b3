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

type Disk = { x: number; y: number; r2: number };

const inDisk = (d: Disk, x: number, y: number) => (x - d.x) * (x - d.x) + (y - d.y) * (y - d.y) <= d.r2;

/** True when the footprints' inner disks together cover `box` (plane units). */
export function disksCoverBox(fps: readonly Footprint[], box: PlaneBox): boolean {
  const disks: Disk[] = [];
  for (const f of fps) {
    if (f.fixed !== null) continue;
    if (f.inner > 0) disks.push({ x: f.x, y: f.y, r2: f.inner * f.inner });
    const l = f.lobes;
    if (l) for (let i = 0; i < l.length; i += 3) disks.push({ x: l[i]!, y: l[i + 1]!, r2: l[i + 2]! * l[i + 2]! });
  }
  if (disks.length === 0) return false;
  // Each corner must lie in some disk, or no halving can prove the box covered.
  for (const x of [box[0], box[2]])
    for (const y of [box[1], box[3]]) if (!disks.some((d) => inDisk(d, x, y))) return false;
  return covered(disks, box[0], box[1], box[2], box[3], DEPTH);
}

function covered(disks: readonly Disk[], x0: number, y0: number, x1: number, y1: number, depth: number): boolean {
  // Disks that reach the box (the others cannot help its parts).
  const near: Disk[] = [];
  for (const d of disks) {
    const dx = Math.max(x0 - d.x, 0, d.x - x1);
    const dy = Math.max(y0 - d.y, 0, d.y - y1);
    if (dx * dx + dy * dy > d.r2) continue;
    if (inDisk(d, x0, y0) && inDisk(d, x1, y0) && inDisk(d, x0, y1) && inDisk(d, x1, y1)) return true;
    near.push(d);
  }
  if (depth === 0 || near.length < 2) return false;
  const mx = Math.floor((x0 + x1) / 2);
  const my = Math.floor((y0 + y1) / 2);
  return (
    covered(near, x0, y0, mx, my, depth - 1) &&
    covered(near, mx, y0, x1, my, depth - 1) &&
    covered(near, x0, my, mx, y1, depth - 1) &&
    covered(near, mx, my, x1, y1, depth - 1)
  );
}
