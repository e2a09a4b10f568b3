/**
 * Footprints cut to a tile (the first step of a tile's union, see tile-union.ts), kept for the footprints used
 * lately. Moving a site rebuilds the unions of the tiles around it from the same neighbouring footprints at every
 * step of a drag: their cuts are made once. A cut is a function of the footprint and the tile, so a kept cut is
 * the cut made again, point for point (clipper2-ts reads its input paths and never changes them).
 */
import type { Paths64 } from 'clipper2-ts';
import type { PlaneBox } from '../planar.js';
import { clipOutlineToBox, clipToBox } from './box-clip.js';
import { footprintPaths, type Footprint } from './footprints.js';

/**
 * The footprint's paths cut to the box (plane units), without the parts of fewer than 3 points. Each is cut in
 * linear time (Sutherland–Hodgman against the convex tile: exact; a concave multi-sector outline may keep
 * zero-width seams, which the union removes).
 */
export function cutToBox(f: Footprint, box: PlaneBox): Paths64 {
  if (f.fixed === null) {
    const clipped = clipOutlineToBox(f.x, f.y, f.outline, box);
    return clipped.length >= 3 ? [clipped] : [];
  }
  const paths: Paths64 = [];
  for (const path of footprintPaths(f)) {
    const clipped = clipToBox(path, box);
    if (clipped.length >= 3) paths.push(clipped);
  }
  return paths;
}

/** Cuts of footprints to tiles, for at most `capacity` (footprint, tile) pairs, the least recently used dropped. */
export class TileCuts {
  /** Per footprint (least recently used first), its cuts by tile box. */
  private readonly byFootprint = new Map<Footprint, Map<string, Paths64>>();
  private size = 0;

  constructor(private readonly capacity: number) {}

  /** The footprint cut to the box (see `cutToBox`); the same array for the same footprint and box while kept. */
  cut(f: Footprint, box: PlaneBox): Paths64 {
    let cuts = this.byFootprint.get(f);
    if (cuts) this.byFootprint.delete(f);
    else cuts = new Map();
    this.byFootprint.set(f, cuts);
    const key = `${box[0]},${box[1]},${box[2]},${box[3]}`;
    let paths = cuts.get(key);
    if (!paths) {
      cuts.set(key, (paths = cutToBox(f, box)));
      this.size++;
      this.evict(f);
    }
    return paths;
  }

  /** Drops the least recently used footprints' cuts (never `keep`'s) until at most `capacity` are kept. */
  private evict(keep: Footprint): void {
    for (const [f, cuts] of this.byFootprint) {
      if (this.size <= this.capacity || f === keep) return;
      this.byFootprint.delete(f);
      this.size -= cuts.size;
    }
  }

  /** Number of (footprint, tile) cuts kept. */
  get count(): number {
    return this.size;
  }
}
