/**
 * The one figure a choropleth colours and a ranking sorts: an area's covered share for a technology and an
 * operator set, of its area or of its residents. Written once so that the map, the tables, the public build and
 * the reports cannot pick different fields for the same choice.
 */
import type { CoverageLevel } from '../domain/coverage-level.js';
import type { Technology } from '../domain/telecom.js';
import type { Basis } from '../domain/basis.js';
import type { AreaResult, CoverageFigures, OpSet } from './engine/types.js';

/** The basis type lives in domain (the store and the public page use it too); re-exported for the analysis' callers. */
export type { Basis } from '../domain/basis.js';

/**
 * The covered share in `figures` on `basis`, percent 0–100: `percent` (of the area's km²) or `popPercent` (of
 * the residents, uniform density within each 2019 census ward; 0 where the area has none).
 */
export function basisPercent(figures: Pick<CoverageFigures, 'percent' | 'popPercent'>, basis: Basis): number {
  return basis === 'area' ? figures.percent : figures.popPercent;
}

/** An area's coverage figures for `tech` and operator set `op` at a coverage level (outdoor by default). */
export function figuresAt(
  result: Pick<AreaResult, 'byLevel'>,
  tech: Technology,
  op: OpSet,
  level: CoverageLevel = 'outdoor',
): CoverageFigures {
  return result.byLevel[level][tech][op];
}

/**
 * The choropleth value of an area: the share covered by `tech` for operator set `op` (`any` = the union of all
 * operators) at a coverage level, of its area or of its residents, percent 0–100.
 */
export function coverageValue(
  result: Pick<AreaResult, 'byLevel'>,
  tech: Technology,
  op: OpSet,
  basis: Basis,
  level: CoverageLevel = 'outdoor',
): number {
  return basisPercent(figuresAt(result, tech, op, level), basis);
}
