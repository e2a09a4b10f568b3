/**
 * A site being dragged. At every step of a drag the same tiles are rebuilt from the same footprints but one, so
 * each tile's union of the other footprints (the "base", built once in rank order, as a full recompute builds
 * it) is kept for the whole drag, and a step adds the dragged site's footprints to it: one union of two shapes
 * instead of every footprint in the tile again.
 *
 * Those unions are previews: the same area, but their vertices where the dragged footprint meets the others can
 * differ by a unit from the union a full recompute builds (the order of the footprints decides where Clipper
 * rounds an intersection). The tiles a preview built are listed (`dirty`); when the drag ends the engine rebuilds
 * them in rank order and measures their pieces again (`settle`), so the figures after a drag equal a full
 * recompute bit for bit. A tile the dragged site left gets its base, which is that exact union.
 */
import type { PreviewInputs, TilePreview, TileState } from './tile-compute.js';
import type { Footprint } from './footprints.js';
import { coversBox } from './footprints.js';
import { N_COMBOS, N_OPS, combo } from './results.js';
import { unionInTile, unionOfUnions, type TileUnion } from './tile-union.js';

export class DragPreview implements TilePreview {
  /** The dragged site's footprints at the current step. */
  footprints: readonly Footprint[] = [];
  /** Per tile and combination (`tile * N_COMBOS + combo`): the union of the other footprints. */
  private readonly bases = new Map<number, TileUnion>();
  /** Tiles (key → combinations) holding preview unions and covered areas. */
  readonly dirty = new Map<number, Set<number>>();

  constructor(readonly siteId: string) {}

  /** The preview union of combination `c` in tile `t`; for "any", after its operators' (see computeTile). */
  union(t: TileState, c: number, io: PreviewInputs): TileUnion {
    let dirty = this.dirty.get(t.key);
    if (!dirty) this.dirty.set(t.key, (dirty = new Set()));
    dirty.add(c);
    const base = this.base(t, c, io);
    if (base === 'full') return 'full';
    if (c % N_OPS === N_OPS - 1) {
      // "Any": the others' union with the dragged operator's preview union of this tile.
      const mine = this.draggedCombos().filter((k) => k > c - N_OPS && k < c);
      return unionOfUnions([base, ...mine.map((k) => t.unions[k] ?? null)], io.box);
    }
    const dragged = this.footprints.filter((f) => combo(f.tech, f.operator, f.level) === c);
    if (dragged.some((f) => coversBox(f, io.box))) return 'full';
    const inTile = dragged.filter((f) => t.partial[c]!.has(f));
    if (inTile.length === 0) return base;
    // The dragged footprints' own union first: a union's paths are oriented as Clipper writes them, a footprint's
    // as its outline runs, and one union of both under the non-zero rule would take their overlap for a hole.
    return unionOfUnions([base, unionInTile(inTile, io.box, io.cut)], io.box);
  }

  /** Builds the other footprints' unions of combination `c` and its "any" in tile `t` ahead of a step. */
  prepare(t: TileState, c: number, io: PreviewInputs): void {
    this.base(t, c, io);
    this.base(t, Math.floor(c / N_OPS) * N_OPS + N_OPS - 1, io);
  }

  /** The union of the other footprints of combination `c` in tile `t`, built on first use. */
  private base(t: TileState, c: number, io: PreviewInputs): TileUnion {
    const key = t.key * N_COMBOS + c;
    let b = this.bases.get(key);
    if (b !== undefined) return b;
    if (c % N_OPS === N_OPS - 1) {
      const ops: TileUnion[] = [];
      for (let k = c - (N_OPS - 1); k < c; k++)
        ops.push(this.draggedCombos().includes(k) ? this.base(t, k, io) : (t.unions[k] ?? null));
      b = ops.every((u) => u === null) ? null : unionOfUnions(ops, io.box);
    } else {
      // The tile's count of covering footprints includes the dragged site's when it covers the tile.
      const mineFull = this.footprints.filter(
        (f) => combo(f.tech, f.operator, f.level) === c && !t.partial[c]!.has(f) && coversBox(f, io.box),
      ).length;
      const others = new Set([...t.partial[c]!].filter((f) => f.siteId !== this.siteId));
      b = t.fullCount[c]! - mineFull > 0 ? 'full' : unionInTile(io.sorted(others), io.box, io.cut);
    }
    this.bases.set(key, b);
    return b;
  }

  private draggedCombos(): number[] {
    return this.footprints.map((f) => combo(f.tech, f.operator, f.level));
  }
}
