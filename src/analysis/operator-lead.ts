/**
 * Operator comparison (issue #17.5): which operator covers the most of an area, by covered area or by covered
 * residents, for a technology at a coverage level, and how many operators cover it (at least
 * `OPERATOR_COVERS_MIN_PERCENT` (50) % of its area: the one definition of the layer "operators with 5G per H3
 * cell", its cell panel, the area panel, the ranked table and the annual report). Pure: read from the
 * engine's per-area results (`AreaResult.byLevel`), so the area panel, the ranked table and its CSV and the annual
 * report name the same operator for the same area.
 *
 * Ties: operators whose shares differ from the best by at most {@link LEAD_TIE_PP} percentage points share the
 * lead, all of them named, in `OPERATORS` order (Viettel, VNPT, MobiFone, Vietnamobile); no order among them is
 * implied. An area no operator covers at all has no lead (`operators` empty, `percent` 0).
 */
import type { CoverageLevel } from '../domain/coverage-level.js';
import type { Basis } from '../domain/basis.js';
import { OPERATORS, TECHNOLOGIES, type Operator, type Technology } from '../domain/telecom.js';
import type { AreaResult } from './engine/types.js';
import { coverageValue } from './coverage-value.js';
import { operatorsCovering } from './operators-covering.js';

/**
 * Shares closer than this, percentage points, are a tie. Why 0.01: the engine clips to the centimetre, so two
 * operators covering the same ground can differ by a few m² of rounding; 0.01 % of the smallest 2025 unit
 * (about 0.8 km²) is 80 m², far above rounding and far below any real difference. The annual report passes
 * percent targets within the same 0.01 pp (report.ts).
 */
export const LEAD_TIE_PP = 0.01;

/**
 * An operator can lead only with a share above this, percent 0–100: above rounding noise, so a footprint reaching
 * a few metres over a boundary does not make a lead of an area nobody covers.
 */
export const LEAD_MIN_PCT = 0.001;

/** The lead of one technology on one basis: the leading operators (ties: several) and their share, percent 0–100. */
export type OperatorLead = { operators: Operator[]; percent: number };

/** The comparison of one area for one technology at one coverage level. */
export type TechComparison = {
  /** The lead by covered share of the area's km². */
  area: OperatorLead;
  /** The lead by covered share of the residents. */
  population: OperatorLead;
  /** Operators covering at least `OPERATOR_COVERS_MIN_PERCENT` (50) % of the area's km², `OPERATORS` order. */
  covering: Operator[];
};

/** The comparison of one area at one coverage level, per technology. */
export type OperatorComparison = Record<Technology, TechComparison>;

/** The lead among the four operators of `result` for `tech` on `basis` at `level` (see the module comment). */
export function operatorLead(
  result: Pick<AreaResult, 'byLevel'>,
  tech: Technology,
  basis: Basis,
  level: CoverageLevel = 'outdoor',
): OperatorLead {
  const shares = OPERATORS.map((op) => ({ op, pct: coverageValue(result, tech, op, basis, level) }));
  const best = Math.max(...shares.map((s) => s.pct));
  if (!(best > LEAD_MIN_PCT)) return { operators: [], percent: 0 };
  return { operators: shares.filter((s) => best - s.pct <= LEAD_TIE_PP).map((s) => s.op), percent: best };
}

/** The whole comparison of an area at a coverage level: both technologies, both bases, and who covers it. */
export function compareOperators(
  result: Pick<AreaResult, 'byLevel'>,
  level: CoverageLevel = 'outdoor',
): OperatorComparison {
  return Object.fromEntries(
    TECHNOLOGIES.map((tech) => [
      tech,
      {
        area: operatorLead(result, tech, 'area', level),
        population: operatorLead(result, tech, 'population', level),
        covering: operatorsCovering(result, tech, level),
      },
    ]),
  ) as OperatorComparison;
}
