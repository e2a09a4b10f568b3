import { describe, expect, it } from 'vitest';
import {
  coverageTilesFile,
  isCoverageProperty,
  levelResultProperty,
  rowAtLevel,
  valuesAtLevel,
} from './public-level.js';

describe('levelResultProperty', () => {
  it.each([
    ['5G', 'any', 'area', 'outdoor', 'c5_any'],
    ['5G', 'any', 'area', 'indoor', 'c5_any_in'],
    ['4G', 'viettel', 'population', 'outdoor', 'p4_viettel'],
    ['4G', 'viettel', 'population', 'indoor', 'p4_viettel_in'],
  ] as const)('%s %s on the %s basis %s is %s', (tech, op, basis, level, expected) => {
    expect(levelResultProperty(tech, op, basis, level)).toBe(expected);
  });
});

describe('valuesAtLevel', () => {
  const values = { c5_any: 80, c5_any_in: 55.5, p5_any: 90, p5_any_in: 70, speed5g: 120.3, cableDoneKm: 1.5 };

  it('gives the same object outdoors', () => {
    expect(valuesAtLevel(values, 'outdoor')).toBe(values);
  });

  it('puts the indoor figures under the outdoor names and keeps speeds and cables', () => {
    expect(valuesAtLevel(values, 'indoor')).toEqual({ c5_any: 55.5, p5_any: 70, speed5g: 120.3, cableDoneKm: 1.5 });
  });

  it('gives null, not the outdoor figure, where a file has no indoor figure', () => {
    expect(valuesAtLevel({ c4_vnpt: 99 }, 'indoor')).toEqual({ c4_vnpt: null });
  });
});

describe('isCoverageProperty', () => {
  it.each([
    ['c4_any', true],
    ['p5_vietnamobile', true],
    ['c5_any_in', false],
    ['speed5g', false],
    ['sites5g', false],
  ])('%s: %s', (name, expected) => {
    expect(isCoverageProperty(name)).toBe(expected);
  });
});

describe('coverageTilesFile', () => {
  it.each([
    ['4G', 'outdoor', 'coverage-4g.fgb'],
    ['5G', 'outdoor', 'coverage-5g.fgb'],
    ['5G', 'indoor', 'coverage-5g-indoor.fgb'],
  ] as const)('%s %s: %s', (tech, level, expected) => {
    expect(coverageTilesFile(tech, level)).toBe(expected);
  });
});

describe('rowAtLevel', () => {
  const row = {
    code: '00004',
    name: 'Ba Đình',
    fullName: 'Phường Ba Đình',
    nameEn: 'Ba Dinh Ward',
    bbox: [105.8, 21.0, 105.9, 21.1] as [number, number, number, number],
    values: { c5_any: 100, p5_any: 98, speed5g: 329.2 },
  };

  it('is the row itself outdoors', () => {
    expect(rowAtLevel(row, null, 'outdoor')).toBe(row);
  });

  it('carries the indoor figures under the outdoor names indoors', () => {
    const r = rowAtLevel(row, { '00004': { c5_any_in: 61.5, p5_any_in: 58 } }, 'indoor');
    expect(r.values).toEqual({ c5_any: 61.5, p5_any: 58, speed5g: 329.2 });
    expect(r.code).toBe('00004');
  });

  it('has no coverage figure indoors before the indoor file is read', () => {
    expect(rowAtLevel(row, null, 'indoor').values).toEqual({ c5_any: null, p5_any: null, speed5g: 329.2 });
  });
});
