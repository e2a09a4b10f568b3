/**
 * One tile's unions and its pieces' covered areas, recomputed for some combinations of technology and
 * operator set. Each union is built from its footprints in rank order (see footprint-order.ts), so that it is
 * the union a full recompute builds; after a change only the pieces where the union's boundary changed are
 * measured again (see `unionChange`), and a union met before is taken from the union states (see
 * union-states.ts) with the covered areas its pieces had then.
 */
import type { Paths64 } from 'clipper2-ts';
import { boxesOverlap, type PlanarShape, type PlaneBox } from '../planar.js';
import type { Piece } from './area-index.js';
import type { Footprint } from './footprints.js';
import { N_COMBOS, N_OPS } from './results.js';
import { unionChange, unionInTile, unionOfUnions, type TileUnion } from './tile-union.js';
import { quickCoveredM2, unionMeasure } from './piece-measure.js';
import { derivePlan, derivedCoveredM2 } from './piece-derive.js';
import type { EngineLevel } from './types.js';
import type { UnionStates } from './union-states.js';
import { TileCuts, cutToBox } from './tile-cuts.js';
import { disksCoverBox } from './disk-cover.js';

export type TileState = {
  key: number;
  pieces: Piece[];
  /** Per combination: footprints that reach into the tile without covering it. */
  partial: Set<Footprint>[];
  /** Per combination: how many footprints cover the whole tile. */
  fullCount: Int32Array;
  unions: TileUnion[];
  /** Covered m² per piece and combo: [piece * N_COMBOS + combo]. */
  covered: Float64Array;
};

/** What a preview union is built from (see drag-preview.ts). */
export type PreviewInputs = {
  box: PlaneBox;
  sorted: (footprints: Set<Footprint>) => Footprint[];
  cut: (f: Footprint, box: PlaneBox) => Paths64;
};

/** Builds a tile's unions while a site is dragged (drag-preview.ts). */
export type TilePreview = { union(t: TileState, c: number, io: PreviewInputs): TileUnion };

/** What `computeTile` needs of the engine. */
export type TileContext = {
  /** The tile's box, plane units. */
  box: PlaneBox;
  /** Footprints in the order they enter a union. */
  sorted: (footprints: Set<Footprint>) => Footprint[];
  states: UnionStates;
  /** A site being dragged: its tiles get preview unions, kept out of the union states (see drag-preview.ts). */
  preview?: TilePreview | null;
  /** Measure every piece again for the combinations, not only where the union changed (after a drag). */
  remeasure?: boolean;
  /** An area's level: with it, some pieces' covered areas are derived from their neighbours' (piece-derive.ts). */
  levelOf?: (area: number) => EngineLevel;
};

const boxM2 = (b: PlaneBox) => ((b[2] - b[0]) * (b[3] - b[1])) / 1e4;

const isAny = (c: number) => c % N_OPS === N_OPS - 1;

/**
 * Footprints cut to tiles by the changes (a drag rebuilds the same tiles from the same footprints at every
 * step); a full recompute cuts each once and keeps none. About 2 KB each.
 */
const keptCuts = new TileCuts(2048);
export const keptCut = (f: Footprint, box: PlaneBox) => keptCuts.cut(f, box);

/**
 * Recomputes the tile's unions and covered areas for `combos` (a change) or every combination (a full
 * recompute, which measures every piece and keeps no state). Per-operator unions come first: "any" is built
 * from them. Returns, per piece, the combinations whose covered area may have changed (bit c).
 */
export function computeTile(t: TileState, combos: readonly number[] | null, ctx: TileContext): Uint32Array {
  const measured = new Uint32Array(t.pieces.length);
  const previewInputs: PreviewInputs = { box: ctx.box, sorted: ctx.sorted, cut: keptCut };
  const ordered = [...(combos ?? Array.from({ length: N_COMBOS }, (_, c) => c))].sort(
    (a, b) => Number(isAny(a)) - Number(isAny(b)),
  );
  for (const c of ordered) {
    const before = t.unions[c] ?? null;
    // A preview builds its unions itself, from its bases (no inputs needed).
    const inputs = isAny(c)
      ? t.unions.slice(c - (N_OPS - 1), c)
      : t.fullCount[c]! > 0 || ctx.preview
        ? null
        : ctx.sorted(t.partial[c]!);
    const key = combos && !ctx.preview ? stateKey(t.key, c, inputs, ctx.states) : null;
    const known = key === null ? undefined : ctx.states.get(key);
    if (known && known.covered.length === t.pieces.length) {
      t.unions[c] = known.union;
      for (let i = 0; i < t.pieces.length; i++) {
        if (t.covered[i * N_COMBOS + c] === known.covered[i]) continue;
        t.covered[i * N_COMBOS + c] = known.covered[i]!;
        measured[i]! |= 1 << c;
      }
      continue;
    }
    const u = ctx.preview
      ? ctx.preview.union(t, c, previewInputs)
      : isAny(c)
        ? anyUnion(t, c, inputs as TileUnion[], ctx.box)
        : inputs === null
          ? 'full'
          : unionInTile(inputs as Footprint[], ctx.box, combos ? keptCut : cutToBox);
    t.unions[c] = u;
    const changed = combos && !ctx.remeasure ? unionChange(before, u, ctx.box) : ctx.box;
    if (changed) {
      // Pieces with the same geometry (a ward's piece is its district's) are measured once.
      const memo = new Map<Paths64, number>();
      const measure = unionMeasure(u);
      // Pieces whose covered area is the union's less their neighbours' (piece-derive.ts) come after those.
      const plan = ctx.levelOf ? derivePlan(t.pieces, boxM2(ctx.box), ctx.levelOf) : null;
      t.pieces.forEach((p, i) => {
        if (plan?.derived.includes(i)) return;
        if (!p.wholeTile && !boxesOverlap(p.box, changed)) return;
        let v = memo.get(p.paths);
        if (v === undefined) memo.set(p.paths, (v = measure(p)));
        t.covered[i * N_COMBOS + c] = v;
        measured[i]! |= 1 << c;
      });
      plan?.derived.forEach((i, k) => {
        const p = t.pieces[i]!;
        let v = memo.get(p.paths) ?? quickCoveredM2(p, u);
        if (v === null) {
          const unionM2 = (u as PlanarShape).areaM2;
          v = derivedCoveredM2(p, unionM2, plan.others[k]!, (j) => t.covered[j * N_COMBOS + c]!);
        }
        memo.set(p.paths, v);
        if (t.covered[i * N_COMBOS + c] === v) return;
        t.covered[i * N_COMBOS + c] = v;
        measured[i]! |= 1 << c;
      });
    }
    if (key !== null) {
      const covered = new Float64Array(t.pieces.length);
      for (let i = 0; i < covered.length; i++) covered[i] = t.covered[i * N_COMBOS + c]!;
      ctx.states.set(key, { union: u, covered });
    }
  }
  return measured;
}

/**
 * The "any operator" union from the operators' unions; the whole tile, without a union, when the operators'
 * footprints together are proven to cover it (see disk-cover.ts).
 */
function anyUnion(t: TileState, c: number, unions: readonly TileUnion[], box: PlaneBox): TileUnion {
  if (unions.every((u) => u === null)) return null;
  if (!unions.includes('full')) {
    const fps: Footprint[] = [];
    for (let k = c - (N_OPS - 1); k < c; k++) for (const f of t.partial[k]!) fps.push(f);
    if (fps.length > 0 && disksCoverBox(fps, box)) return 'full';
  }
  return unionOfUnions(unions, box);
}

/**
 * The key of a tile's union state for a combination: its footprints in rank order, or for "any" the
 * operators' unions; null when the union is trivial ('full' or nothing) and not worth keeping.
 */
function stateKey(
  tile: number,
  c: number,
  inputs: readonly Footprint[] | readonly TileUnion[] | null,
  states: UnionStates,
): string | null {
  if (inputs === null || inputs.every((u) => u === null || u === 'full')) return null;
  return `${tile}|${c}|${inputs.map((x) => (x === null ? 'n' : x === 'full' ? 'f' : states.id(x))).join(',')}`;
}
