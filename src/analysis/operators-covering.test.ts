import { describe, expect, it } from 'vitest';
import type { CoverageLevel } from '../domain/coverage-level.js';
import type { AreaResult, CoverageFigures, OpSet } from './engine/types.js';
import { OPERATOR_COVERS_MIN_PERCENT, operatorCounts, operatorsCovering } from './operators-covering.js';

const figures = (percent: number): CoverageFigures => ({ coveredKm2: 0, percent, popCovered: 0, popPercent: 0 });

/** An area's results with the 5G shares given per operator (4G and `any` at 0), percent 0–100. */
function createResult(
  outdoor: Partial<Record<OpSet, number>>,
  indoor: Partial<Record<OpSet, number>> = {},
): Pick<AreaResult, 'byLevel'> {
  const tech = (shares: Partial<Record<OpSet, number>>) => ({
    viettel: figures(shares.viettel ?? 0),
    vnpt: figures(shares.vnpt ?? 0),
    mobifone: figures(shares.mobifone ?? 0),
    vietnamobile: figures(shares.vietnamobile ?? 0),
    any: figures(shares.any ?? 0),
  });
  const level = (shares: Partial<Record<OpSet, number>>) => ({ '4G': tech({}), '5G': tech(shares) });
  return { byLevel: { outdoor: level(outdoor), indoor: level(indoor) } as Record<CoverageLevel, never> };
}

describe('operatorsCovering', () => {
  it('counts an operator covering half the area or more, and not one just under half', () => {
    expect(OPERATOR_COVERS_MIN_PERCENT).toBe(50);
    const r = createResult({ viettel: 80, vnpt: 50, mobifone: 49.9, any: 95 });
    expect(operatorsCovering(r, '5G', 'outdoor')).toEqual(['viettel', 'vnpt']);
  });

  it('reads the coverage level asked for', () => {
    const r = createResult({ viettel: 80, vnpt: 60 }, { viettel: 55, vnpt: 20 });
    expect(operatorsCovering(r, '5G', 'indoor')).toEqual(['viettel']);
  });
});

describe('operatorCounts', () => {
  it('counts the operators of each area of one level, by area id, skipping other levels', () => {
    const areas = {
      'h3r8|8841aa1c8dfffff': createResult({ viettel: 90, vnpt: 90, mobifone: 90, vietnamobile: 90 }),
      'h3r8|8841aa1c8bfffff': createResult({}),
      'unit2025|00070': createResult({ viettel: 90 }),
    };
    expect([...operatorCounts(areas, 'h3r8', '5G', 'outdoor')]).toEqual([
      ['8841aa1c8dfffff', 4],
      ['8841aa1c8bfffff', 0],
    ]);
  });
});
