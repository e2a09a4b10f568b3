/**
 * Disks inside a sectored footprint's lobes, for the proof that footprints cover a tile (disk-cover.ts). A
 * three-sector site's outline is three lobes around the site: the disk around the site inside it (`inner`) is
 * small, so tiles covered by a few lobes could not be proven covered and went through a union that came out as
 * the whole tile. Along each lobe's tip, a few disks are placed at fractions of its length, each as large as the
 * outline allows (the least distance from its centre to the outline's edges).
 */

/** Where along a lobe, as fractions of its tip's distance from the site, disks are placed. */
const ALONG = [0.3, 0.55, 0.8] as const;

/**
 * Disks (x, y, radius triplets, plane units) inside the outline (`offsets` around the site at (x, y), traced
 * around it as the model traces sector patterns): at each lobe tip (a vertex farther from the site than the one
 * before and at least as far as the one after), at `ALONG` of the way. One unit of slack each, for rounding.
 */
export function lobeDisks(x: number, y: number, offsets: readonly (readonly [number, number])[]): Float64Array {
  const n = offsets.length;
  const dist = offsets.map(([dx, dy]) => Math.hypot(dx, dy));
  // A near circle (an omni site, or sectors that overlap into one) has no lobes: its inner disk is nearly all of it.
  if (Math.max(...dist) < 1.05 * Math.min(...dist)) return new Float64Array(0);
  const out: number[] = [];
  for (let k = 0; k < n; k++) {
    const before = dist[(k + n - 1) % n]!;
    const after = dist[(k + 1) % n]!;
    if (!(dist[k]! > before && dist[k]! >= after)) continue;
    const [tx, ty] = offsets[k]!;
    for (const t of ALONG) {
      const cx = t * tx;
      const cy = t * ty;
      const r = distanceToOutline(cx, cy, offsets) - 1;
      if (r > 1) out.push(x + cx, y + cy, r);
    }
  }
  return Float64Array.from(out);
}

/**
 * Least distance from (px, py) to the outline's edges (offsets, closed): the least squared distance, one square
 * root at the end (`Math.hypot` per edge was most of the cost of placing a site).
 */
function distanceToOutline(px: number, py: number, offsets: readonly (readonly [number, number])[]): number {
  let least = Infinity;
  const n = offsets.length;
  let [ax, ay] = offsets[n - 1]!;
  for (let i = 0; i < n; i++) {
    const [bx, by] = offsets[i]!;
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy || 1)));
    const ex = ax + t * dx - px;
    const ey = ay + t * dy - py;
    const d2 = ex * ex + ey * ey;
    if (d2 < least) least = d2;
    ax = bx;
    ay = by;
  }
  return Math.sqrt(least);
}
