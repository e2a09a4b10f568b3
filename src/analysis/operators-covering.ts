/**
 * How many operators cover an area with a technology: the figure of the map layer "Số nhà mạng có 5G (H3 độ phân
 * giải 8) / Operators with 5G per H3 cell", read from the engine's per-area, per-operator results.
 *
 * An operator covers an area when its footprints reach at least {@link OPERATOR_COVERS_MIN_PERCENT} % of the area
 * (for a grid cell on the boundary, of its part inside Hà Nội, as the engine clips it) at the coverage level asked
 * for. Half is this app's choice, a majority rule, not a standard's: a cell reached at its edge by a site across
 * the street does not count, a cell mostly covered does. At H3 resolution 8 (about 0.74 km²) that is about
 * 0.37 km² of coverage.
 */
import type { CoverageLevel } from '../domain/coverage-level.js';
import { OPERATORS, type Operator, type Technology } from '../domain/telecom.js';
import type { AreaResult } from './engine/types.js';

/** Share of an area an operator's footprints must reach for the operator to cover it, percent 0–100. */
export const OPERATOR_COVERS_MIN_PERCENT = 50;

/**
 * The operators covering an area with `tech` at `level` (see the module comment), in `OPERATORS` order; `minPercent`
 * is the share of the area that counts, percent 0–100.
 */
export function operatorsCovering(
  result: Pick<AreaResult, 'byLevel'>,
  tech: Technology,
  level: CoverageLevel,
  minPercent: number = OPERATOR_COVERS_MIN_PERCENT,
): Operator[] {
  const figures = result.byLevel[level][tech];
  return OPERATORS.filter((op) => figures[op].percent >= minPercent);
}

/**
 * The number of operators (0–4) covering each area of `level` with `tech` at coverage level `at`, by area id,
 * from results keyed `${level}|${id}` (the store's `analysis.results.areas`); areas of other levels are skipped.
 */
export function operatorCounts(
  areas: Readonly<Record<string, Pick<AreaResult, 'byLevel'>>>,
  level: string,
  tech: Technology,
  at: CoverageLevel,
  minPercent: number = OPERATOR_COVERS_MIN_PERCENT,
): Map<string, number> {
  const out = new Map<string, number>();
  const prefix = `${level}|`;
  for (const [key, r] of Object.entries(areas))
    if (key.startsWith(prefix)) out.set(key.slice(prefix.length), operatorsCovering(r, tech, at, minPercent).length);
  return out;
}
