import { describe, expect, it } from 'vitest';
import { resultProperty } from './public-data.js';

describe('resultProperty', () => {
  it.each([
    ['5G', 'any', 'area', 'c5_any'],
    ['5G', 'any', 'population', 'p5_any'],
    ['4G', 'viettel', 'area', 'c4_viettel'],
    ['4G', 'vietnamobile', 'population', 'p4_vietnamobile'],
  ] as const)('%s %s on the %s basis is %s', (tech, op, basis, expected) => {
    expect(resultProperty(tech, op, basis)).toBe(expected);
  });
});
