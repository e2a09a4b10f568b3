import { describe, expect, it } from 'vitest';
import {
  ANTENNA_DEFAULTS,
  depressionDeg,
  horizontalPatternDb,
  offBoresightDeg,
  patternDb,
  verticalPatternDb,
} from './antenna.js';

describe('sector pattern (3GPP TR 38.901 Table 7.3-1)', () => {
  it('is 0 dB at boresight, −3 dB at half the beamwidth and −30 dB behind', () => {
    expect(horizontalPatternDb(0, ANTENNA_DEFAULTS)).toBeCloseTo(0, 12);
    expect(horizontalPatternDb(32.5, ANTENNA_DEFAULTS)).toBeCloseTo(-3, 12);
    expect(horizontalPatternDb(180, ANTENNA_DEFAULTS)).toBe(-30);
  });

  it('is −10.2 dB halfway between two sectors 120° apart', () => {
    // −12·(60/65)² = −10.225
    expect(horizontalPatternDb(60, ANTENNA_DEFAULTS)).toBeCloseTo(-10.225, 3);
  });

  it('measures the angle to the nearest boresight across north', () => {
    expect(offBoresightDeg([350, 110, 230], 10)).toBeCloseTo(20, 12);
    expect(offBoresightDeg([90], 270)).toBeCloseTo(180, 12);
    expect(offBoresightDeg([0, 120, 240], 300)).toBeCloseTo(60, 12);
  });

  it('has no vertical pattern without downtilt, and caps the combination at the front-to-back ratio', () => {
    expect(verticalPatternDb(20, ANTENNA_DEFAULTS)).toBe(0);
    const tilted = { ...ANTENNA_DEFAULTS, downtiltDeg: 6 };
    // −12·((16 − 6)/10)² = −12
    expect(verticalPatternDb(16, tilted)).toBeCloseTo(-12, 12);
    expect(patternDb(150, 40, tilted)).toBe(-30);
  });

  it('finds the elevation below the horizon toward a user', () => {
    expect(depressionDeg(31.5, 1.5, 30)).toBeCloseTo(45, 12);
  });
});
