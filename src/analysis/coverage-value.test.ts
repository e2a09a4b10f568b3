import { describe, expect, it } from 'vitest';
import { basisPercent, coverageValue } from './coverage-value.js';
import { OP_SETS, type AreaResult, type CoverageFigures } from './engine/types.js';
import { TECHNOLOGIES } from '../domain/telecom.js';

/**
 * An area whose every technology and operator set has its own figures: percent = 10·t + o + 0.25 and popPercent
 * = 50 + 10·t + o + 0.5 (t, o the indexes in TECHNOLOGIES, OP_SETS), so a wrong field or combination shows.
 */
function createResult(): AreaResult {
  const coverage = Object.fromEntries(
    TECHNOLOGIES.map((tech, t) => [
      tech,
      Object.fromEntries(
        OP_SETS.map((op, o): [string, CoverageFigures] => [
          op,
          { coveredKm2: 1, percent: 10 * t + o + 0.25, popCovered: 2, popPercent: 50 + 10 * t + o + 0.5 },
        ]),
      ),
    ]),
  ) as AreaResult['coverage'];
  const sites = Object.fromEntries(
    TECHNOLOGIES.map((tech) => [tech, Object.fromEntries(OP_SETS.map((op) => [op, 0]))]),
  ) as AreaResult['sites'];
  return {
    id: '00001',
    level: 'ward2019',
    areaKm2: 4,
    population: 1000,
    sites,
    coverage,
    byLevel: { outdoor: coverage, indoor: coverage },
  };
}

describe('basisPercent', () => {
  const figures = { percent: 42.5, popPercent: 87.25 };
  it('is the share of the area on the area basis', () => {
    expect(basisPercent(figures, 'area')).toBe(42.5);
  });
  it('is the share of the residents on the population basis', () => {
    expect(basisPercent(figures, 'population')).toBe(87.25);
  });
});

describe('coverageValue', () => {
  const result = createResult();
  it.each([
    ['4G', 'any', 'area', 4.25],
    ['4G', 'any', 'population', 54.5],
    ['5G', 'viettel', 'area', 10.25],
    ['5G', 'viettel', 'population', 60.5],
    ['5G', 'any', 'population', 64.5],
  ] as const)('%s %s on the %s basis is %d', (tech, op, basis, expected) => {
    expect(coverageValue(result, tech, op, basis)).toBe(expected);
  });

  it('reads the figures of the technology and operator set asked for, every combination', () => {
    for (const tech of TECHNOLOGIES)
      for (const op of OP_SETS) {
        const figures = result.coverage[tech][op];
        expect(coverageValue(result, tech, op, 'area')).toBe(figures.percent);
        expect(coverageValue(result, tech, op, 'population')).toBe(figures.popPercent);
      }
  });
});
