/**
 * Pieces measured by subtraction. The 2025 units, the 2019 districts and the 2019 wards each cut a tile inside the
 * city into pieces that cover it exactly, so the covered areas of one level's pieces add up to the union's area in
 * the tile. In such a tile one piece of each of those levels, the one with the most vertices, is not intersected
 * with the union: its covered area is the union's area less its neighbours'. That saves the most expensive
 * intersection of the boundary tiles, where two or three pieces share the same long border.
 *
 * The rest is a function of the union and of the other pieces' covered areas, in piece order, so an incremental
 * update gives the numbers of a full recompute as before (see engine.ts). A piece the union lies wholly inside or
 * outside of is still measured exactly (piece-measure.ts, `quickCoveredM2`), so no rounding reaches an area that
 * is covered whole or not at all.
 */
import type { Piece } from './area-index.js';
import type { EngineLevel } from './types.js';

/** The levels whose areas do not overlap: their pieces in a tile inside the city cover the tile. */
const PARTITION_LEVELS: ReadonlySet<EngineLevel> = new Set(['unit2025', 'district2019', 'ward2019']);

/** Relative tolerance of "the pieces add up to the tile" (piece areas are sums of exact integer products). */
const COVERS_TILE = 1e-9;

/** Which pieces of a tile are derived, and from which. */
export type DerivePlan = {
  /** The derived pieces, ascending. */
  derived: number[];
  /** For each derived piece, the other pieces of its level in the tile, ascending. */
  others: number[][];
};

const plans = new WeakMap<readonly Piece[], { count: number; plan: DerivePlan | null }>();

/**
 * The tile's derive plan (null: every piece is measured), kept per pieces list and made again when pieces were
 * added to it (a grid level). `levelOf`: an area index's level.
 */
export function derivePlan(
  pieces: readonly Piece[],
  tileM2: number,
  levelOf: (area: number) => EngineLevel,
): DerivePlan | null {
  const known = plans.get(pieces);
  if (known && known.count === pieces.length) return known.plan;
  const plan = makePlan(pieces, tileM2, levelOf);
  plans.set(pieces, { count: pieces.length, plan });
  return plan;
}

function makePlan(pieces: readonly Piece[], tileM2: number, levelOf: (area: number) => EngineLevel): DerivePlan | null {
  const groups = new Map<EngineLevel, number[]>();
  pieces.forEach((p, i) => {
    const level = levelOf(p.area);
    if (!PARTITION_LEVELS.has(level)) return;
    const g = groups.get(level);
    if (g) g.push(i);
    else groups.set(level, [i]);
  });
  const picked: [number, number[]][] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    let sum = 0;
    for (const i of group) sum += pieces[i]!.areaM2;
    if (Math.abs(sum - tileM2) > COVERS_TILE * tileM2) continue;
    let heaviest = -1;
    let most = 0;
    for (const i of group) {
      const p = pieces[i]!;
      if (p.wholeTile || p.convex) continue;
      let v = 0;
      for (const path of p.paths) v += path.length;
      if (v > most) [heaviest, most] = [i, v];
    }
    if (heaviest >= 0) picked.push([heaviest, group.filter((i) => i !== heaviest)]);
  }
  if (picked.length === 0) return null;
  picked.sort((a, b) => a[0] - b[0]);
  return { derived: picked.map(([i]) => i), others: picked.map(([, o]) => o) };
}

/**
 * Rounding left by the subtraction, m²: a rest closer than this to 0 or to the piece's area is that (on the city's
 * data the largest seen is 2·10⁻¹² m²; a square millimetre is far below any figure shown).
 */
const REST_SNAP_M2 = 1e-6;

/**
 * A derived piece's covered m²: the union's area in the tile less the other pieces' covered areas (`coveredOf`),
 * kept within [0, the piece's area], rounding next to either end snapped to it.
 */
export function derivedCoveredM2(
  piece: Piece,
  unionM2: number,
  others: readonly number[],
  coveredOf: (i: number) => number,
): number {
  let rest = unionM2;
  for (const i of others) rest -= coveredOf(i);
  if (rest < REST_SNAP_M2) return 0;
  return rest > piece.areaM2 - REST_SNAP_M2 ? piece.areaM2 : rest;
}
