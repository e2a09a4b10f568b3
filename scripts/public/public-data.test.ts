import { describe, expect, it } from 'vitest';
import { createArea, createResults } from '../../test/support/results.js';
import { buildIndoorValues, levelProps, resultProps } from './public-data.js';

describe('levelProps', () => {
  it('writes each figure outdoors under its own name and indoors with the `_in` suffix', () => {
    // createArea: 60 % outdoors for every technology and operator, half of it indoors.
    const area = createArea('unit2025', 'a', 60);
    expect(levelProps(area, 'outdoor').c5_any).toBeCloseTo(60, 6);
    expect(levelProps(area, 'indoor').c5_any_in).toBeCloseTo(30, 6);
    expect(levelProps(area, 'indoor').p4_viettel_in).toBeCloseTo(30, 6);
  });

  it('writes 2 technologies × 5 operator sets × 2 bases figures', () => {
    expect(Object.keys(levelProps(createArea('unit2025', 'a', 10), 'indoor'))).toHaveLength(2 * 5 * 2);
  });

  it('writes null for every figure of an area without results', () => {
    expect(new Set(Object.values(levelProps(undefined, 'outdoor')))).toEqual(new Set([null]));
  });

  it('rounds to two decimals', () => {
    expect(levelProps(createArea('unit2025', 'a', 33.33333), 'outdoor').c4_any).toBe(33.33);
  });
});

describe('resultProps', () => {
  it('holds the outdoor figures and the 5G sites, and no indoor figure (those have their own file)', () => {
    const p = resultProps(createArea('unit2025', 'a', 60));
    expect(p.c5_any).toBeCloseTo(60, 6);
    expect(p.sites5g).toBe(0);
    expect(Object.keys(p).filter((k) => k.endsWith('_in'))).toEqual([]);
  });
});

describe('buildIndoorValues', () => {
  it('files each area’s indoor figures under its list and code', () => {
    const results = createResults([
      createArea('unit2025', '00004', 80),
      createArea('district2019', '001', 40),
      createArea('zone', 'z-1', 20),
    ]);
    const v = buildIndoorValues(results);
    expect(v.units['00004']!.c5_any_in).toBeCloseTo(40, 6);
    expect(v.districts['001']!.p4_any_in).toBeCloseTo(20, 6);
    expect(v.zones['z-1']!.c5_any_in).toBeCloseTo(10, 6);
    expect(v.wards).toEqual({});
  });
});
