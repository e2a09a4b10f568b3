import { describe, expect, it } from 'vitest';
import {
  classifyEnvironment,
  ENVIRONMENT_RULE,
  ENVIRONMENTS,
  environmentOf,
  type Environment,
  type EnvironmentIndicators,
} from './environment.js';

/** A cell's ground: people/km², major-road km/km², whether an industrial zone covers it. */
function createCell(densityPerKm2: number, roadKmPerKm2 = 0, industrial = false): EnvironmentIndicators {
  return { densityPerKm2, roadKmPerKm2, industrial };
}

describe('classifyEnvironment', () => {
  // Each class boundary from both sides: [what, cell, class].
  const cases: [string, EnvironmentIndicators, Environment][] = [
    ['15,000 /km² is dense urban', createCell(15_000), 'dense-urban'],
    ['just under 15,000 /km² is urban', createCell(14_999), 'urban'],
    ['5,000 /km² is urban without roads', createCell(5_000), 'urban'],
    ['just under 5,000 /km² without a road grid is suburban', createCell(4_999, 3.99), 'suburban'],
    ['1,000 /km² with a city road grid (4 km/km²) is urban', createCell(1_000, 4), 'urban'],
    ['1,000 /km² with roads just under 4 km/km² is suburban', createCell(1_000, 3.99), 'suburban'],
    ['a city road grid under 1,000 /km² is suburban at most', createCell(999, 10), 'suburban'],
    ['just under 1,000 /km² without roads is rural', createCell(999, 0), 'rural'],
    ['an industrial zone is suburban whatever its residents', createCell(100, 0, true), 'suburban'],
    ['300 /km² with road-side roads (2 km/km²) is suburban', createCell(300, 2), 'suburban'],
    ['300 /km² with roads just under 2 km/km² is rural', createCell(300, 1.99), 'rural'],
    ['just under 300 /km² with 2 km/km² of roads is rural', createCell(299, 2), 'rural'],
    ['300 /km² with no major road near is rural: a village', createCell(300, 0), 'rural'],
    ['just under 300 /km² with no major road near is open', createCell(299, 0.09), 'open'],
    ['just under 300 /km² with a major road near (0.1 km/km²) is rural', createCell(299, 0.1), 'rural'],
    ['50 /km² with a major road near is rural', createCell(50, 1), 'rural'],
    ['just under 50 /km² is open even with roads', createCell(49, 1), 'open'],
  ];
  const withOpen = { ...ENVIRONMENT_RULE, openFromGround: true };
  it.each(cases)('%s (open land from the ground switched on)', (_what, cell, env) => {
    expect(classifyEnvironment(cell, withOpen)).toBe(env);
  });

  it('keeps uninhabited land rural by default (no land cover: forest is not open land)', () => {
    expect([createCell(299, 0.09), createCell(49, 1), createCell(0, 0)].map((c) => classifyEnvironment(c))).toEqual([
      'rural',
      'rural',
      'rural',
    ]);
  });

  it('reads its thresholds from the rule it is given', () => {
    expect(classifyEnvironment(createCell(2_000), { ...ENVIRONMENT_RULE, urbanMinDensity: 2_000 })).toBe('urban');
  });

  it('gives every class to some cell', () => {
    const seen = new Set(cases.map(([, cell]) => classifyEnvironment(cell, withOpen)));
    expect([...seen].sort()).toEqual([...ENVIRONMENTS].sort());
  });
});

describe('environmentOf', () => {
  it('keeps the density classes of the model', () => {
    expect([20_000, 5_000, 1_000, 999].map(environmentOf)).toEqual(['dense-urban', 'urban', 'suburban', 'rural']);
  });

  it('never gives open land from a density alone', () => {
    expect(environmentOf(0)).toBe('rural');
  });
});
