import { describe, expect, it } from 'vitest';
import { combinedSigmaDb, edgeMarginDb, inverseQ, normalQuantile } from './margins.js';

describe('normal quantile (Wichura AS241)', () => {
  it('matches published quantiles to 12 digits', () => {
    // Abramowitz & Stegun Table 26.5 and R's qnorm().
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.9)).toBeCloseTo(1.2815515655446004, 12);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 12);
    expect(normalQuantile(0.99)).toBeCloseTo(2.3263478740408408, 12);
    expect(normalQuantile(0.8413447460685429)).toBeCloseTo(1, 12);
  });

  it('is accurate in the far tails', () => {
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 10);
    expect(normalQuantile(1e-20)).toBeCloseTo(-9.262340089798405, 10);
  });

  it('is antisymmetric, infinite at 0 and 1, NaN outside', () => {
    for (const p of [0.01, 0.2, 0.42, 0.6]) expect(normalQuantile(1 - p)).toBeCloseTo(-normalQuantile(p), 12);
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(normalQuantile(1.5)).toBeNaN();
  });

  it('Q⁻¹(0.1) is Φ⁻¹(0.9)', () => {
    expect(inverseQ(0.1)).toBeCloseTo(1.2815515655446004, 12);
  });
});

describe('fade margins', () => {
  it('is σ·Q⁻¹(1 − p): 10.25 dB for 8 dB at 90 %, 0 at 50 %', () => {
    expect(edgeMarginDb(8, 0.9)).toBeCloseTo(10.2524, 4);
    expect(edgeMarginDb(6, 0.5)).toBe(0);
  });

  it('combines outdoor shadowing and building-entry spread as √(σ² + σ_P²)', () => {
    expect(combinedSigmaDb(6, 4.4)).toBeCloseTo(Math.sqrt(36 + 19.36), 12);
  });
});
