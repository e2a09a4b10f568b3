/**
 * Area results for tests of the operator comparison: every combination uncovered except the shares given
 * (percent of the area, percent of the residents), per coverage level, technology and operator set. A 10 km² area
 * of 1,000 residents.
 */
import { OP_SETS, type AreaResult, type CoverageFigures, type OpSet } from '../../src/analysis/engine/types.js';
import { TECHNOLOGIES, type Technology } from '../../src/domain/telecom.js';
import type { CoverageLevel } from '../../src/domain/coverage-level.js';

/** Shares per operator set: `[percent of the area, percent of the residents]`. */
export type Shares = Partial<Record<OpSet, [percent: number, popPercent: number]>>;

/** The area `id`'s results with the shares given; everything else 0. */
export function createAreaResult(
  id: string,
  given: Partial<Record<CoverageLevel, Partial<Record<Technology, Shares>>>>,
): AreaResult {
  const level = (l: CoverageLevel) =>
    Object.fromEntries(
      TECHNOLOGIES.map((tech) => [
        tech,
        Object.fromEntries(
          OP_SETS.map((op) => {
            const [percent, popPercent] = given[l]?.[tech]?.[op] ?? [0, 0];
            const f: CoverageFigures = { coveredKm2: percent / 10, percent, popCovered: popPercent * 10, popPercent };
            return [op, f];
          }),
        ),
      ]),
    ) as AreaResult['coverage'];
  const outdoor = level('outdoor');
  const count = Object.fromEntries(OP_SETS.map((op) => [op, 0])) as Record<OpSet, number>;
  return {
    id,
    level: 'unit2025',
    areaKm2: 10,
    population: 1000,
    sites: { '4G': count, '5G': count },
    coverage: outdoor,
    byLevel: { outdoor, indoor: level('indoor') },
  };
}
