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
import { finish, unionInTile, unionOfUnions, type TileUnion } from './tile-union.js';
import { boxesOverlap, pathsBox, ringBoxesOf, type PlanarShape, type PlaneBox } from '../planar.js';
import { Clipper, FillRule, type Paths64 } from 'clipper2-ts';

export class DragPreview implements TilePreview {
  /** The dragged site's footprints at the current step, and their union per tile and combination (this step's). */
  private mineNow: readonly Footprint[] = [];
  /** The combination of each of `mineNow`. */
  private mineCombos: number[] = [];
  private readonly draggedUnions = new Map<number, TileUnion>();
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
    // "Any": the others' union with the dragged footprints (the dragged operator's others are in it already).
    const ops = c % N_OPS === N_OPS - 1 ? this.draggedCombos().filter((k) => k > c - N_OPS && k < c) : [c];
    const mine = ops.map((k) => this.draggedUnion(t, k, io));
    if (mine.includes('full')) return 'full';
    const shapes = mine.filter((u): u is PlanarShape => u !== null && u !== 'full');
    if (shapes.length === 0) return base;
    return base === null ? unionOfUnions(shapes, io.box) : unionNear(base, shapes, io.box);
  }

  /**
   * The dragged footprints' union of combination `c` in tile `t`. Their own union first: a union's paths are
   * oriented as Clipper writes them, a footprint's as its outline runs, and one union of both under the non-zero
   * rule would take their overlap for a hole.
   */
  private draggedUnion(t: TileState, c: number, io: PreviewInputs): TileUnion {
    const key = t.key * N_COMBOS + c;
    let u = this.draggedUnions.get(key);
    if (u === undefined) this.draggedUnions.set(key, (u = this.draggedUnionOf(t, c, io)));
    return u;
  }

  private draggedUnionOf(t: TileState, c: number, io: PreviewInputs): TileUnion {
    const dragged = this.mineIn(c);
    if (dragged.some((f) => coversBox(f, io.box))) return 'full';
    return unionInTile(
      dragged.filter((f) => t.partial[c]!.has(f)),
      io.box,
      io.cut,
    );
  }

  get footprints(): readonly Footprint[] {
    return this.mineNow;
  }

  /** A new step: the dragged site's footprints where it is now. */
  set footprints(f: readonly Footprint[]) {
    this.mineNow = f;
    this.mineCombos = f.map((x) => combo(x.tech, x.operator, x.level));
    this.draggedUnions.clear();
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
      const mineFull = this.mineIn(c).filter((f) => !t.partial[c]!.has(f) && coversBox(f, io.box)).length;
      const others = new Set([...t.partial[c]!].filter((f) => f.siteId !== this.siteId));
      b = t.fullCount[c]! - mineFull > 0 ? 'full' : unionInTile(io.sorted(others), io.box, io.cut);
    }
    this.bases.set(key, b);
    return b;
  }

  /** The dragged footprints of combination `c`. */
  private mineIn(c: number): Footprint[] {
    return this.mineNow.filter((_, i) => this.mineCombos[i] === c);
  }

  private draggedCombos(): readonly number[] {
    return this.mineCombos;
  }
}

/**
 * `base` ∪ `add`, sweeping only the base's rings whose boxes meet the added shapes' box: the others (a hole away
 * from the dragged footprint, most of a dense tile's) cannot meet what is added, and are kept as they are. A hole
 * kept lies inside an outer ring swept with the rest, whose union fills it: the kept hole, wound the other way,
 * takes it out again. The box of a hole is inside its outer ring's, so a hole swept has its outer ring swept too.
 */
function unionNear(base: PlanarShape, add: readonly PlanarShape[], box: PlaneBox): TileUnion {
  const reach = pathsBox(add.flatMap((s) => s.paths));
  const boxes = ringBoxesOf(base);
  const near: Paths64 = [];
  const far: Paths64 = [];
  base.paths.forEach((p, i) => (boxesOverlap(boxes[i]!, reach) ? near : far).push(p));
  for (const s of add) near.push(...s.paths);
  return finish([...Clipper.union(near, FillRule.NonZero), ...far], box);
}
