import { describe, expect, it } from 'vitest';
import { buildingEntryLossDb, buildingLossSigmaDb, indoorLossDb, throughWallLossDb } from './building-loss.js';

describe('3GPP TR 38.901 §7.4.3 building-entry loss', () => {
  it('low loss through the wall is 12.70 dB at 3.5 GHz and 17.83 dB at 28 GHz', () => {
    // 3.5 GHz: L_glass = 2.7, L_concrete = 19; 5 − 10·log10(0.3·10^−0.27 + 0.7·10^−1.9) = 5 + 7.70.
    // 28 GHz: L_glass = 7.6, L_concrete = 117; 5 − 10·log10(0.3·10^−0.76) = 5 + 12.83.
    expect(throughWallLossDb('low-loss', 3500)).toBeCloseTo(12.7, 2);
    expect(throughWallLossDb('low-loss', 28_000)).toBeCloseTo(17.83, 2);
  });

  it('high loss through the wall is 26.85 dB at 3.5 GHz and 37.95 dB at 28 GHz', () => {
    // 3.5 GHz: L_IIRglass = 24.05; 5 − 10·log10(0.7·10^−2.405 + 0.3·10^−1.9) = 5 + 21.85.
    // 28 GHz: L_IIRglass = 31.4; 5 − 10·log10(0.7·10^−3.14 + 0.3·10^−11.7) = 5 + 32.95.
    expect(throughWallLossDb('high-loss', 3500)).toBeCloseTo(26.85, 2);
    expect(throughWallLossDb('high-loss', 28_000)).toBeCloseTo(37.95, 2);
  });

  it('adds 0.5 dB per metre inside the wall', () => {
    expect(indoorLossDb(5)).toBe(2.5);
    expect(indoorLossDb(-3)).toBe(0);
    expect(buildingEntryLossDb('low-loss', 1800, 5)).toBeCloseTo(11.65 + 2.5, 2);
  });

  it('spreads by σ_P = 4.4 dB (low loss) and 6.5 dB (high loss)', () => {
    expect(buildingLossSigmaDb('low-loss')).toBe(4.4);
    expect(buildingLossSigmaDb('high-loss')).toBe(6.5);
  });
});
