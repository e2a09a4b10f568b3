import { describe, expect, it } from 'vitest';
import { sameUpToLastDigit } from './stored-first.js';

const csv = (...rows: string[]) =>
  `\uFEFFlevel,code,covered_km2,covered_pct,population_covered\r\n${rows.join('\r\n')}\r\n`;

describe('sameUpToLastDigit', () => {
  it('takes figures one unit of their last decimal apart as the same', () => {
    expect(sameUpToLastDigit(csv('city,01,12.3456,56.78,1000'), csv('city,01,12.3457,56.77,1001'))).toBe(true);
    expect(sameUpToLastDigit(csv('city,01,0.0000,0.00,0'), csv('city,01,0.0001,0.01,1'))).toBe(true);
  });

  it('tells figures further apart, other codes, other decimals and other rows', () => {
    expect(sameUpToLastDigit(csv('city,01,12.3456,56.78,1000'), csv('city,01,12.3458,56.78,1000'))).toBe(false);
    expect(sameUpToLastDigit(csv('city,01,12.3456,56.78,1000'), csv('city,01,12.3456,56.78,1002'))).toBe(false);
    expect(sameUpToLastDigit(csv('city,01,12.3456,56.78,1000'), csv('city,02,12.3456,56.78,1000'))).toBe(false);
    expect(sameUpToLastDigit(csv('city,01,12.3456,56.78,1000'), csv('city,01,12.346,56.78,1000'))).toBe(false);
    expect(sameUpToLastDigit(csv('city,01,1.0000,1.00,1'), csv('city,01,1.0000,1.00,1', 'zone,z,0,0,0'))).toBe(false);
  });
});
