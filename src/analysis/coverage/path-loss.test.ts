import { describe, expect, it } from 'vitest';
import { tr38901LossDb } from './path-loss-3gpp.js';
import { ENVIRONMENTS } from './environment.js';
import { hataLossDb, modelChoice, pathLossDb, rangeForBudget, shadowSigmaDb } from './path-loss.js';

describe('Hata family (COST 231 final report §4.4.1)', () => {
  it('Okumura–Hata at 900 MHz, 30 m, medium city is 126.4 dB at 1 km and 161.6 dB at 10 km', () => {
    // 69.55 + 26.16·log10(900) − 13.82·log10(30) − a(1.5 m) = 69.55 + 77.28 − 20.41 − 0.016 = 126.40;
    // slope 44.9 − 6.55·log10(30) = 35.22 dB per decade.
    expect(hataLossDb(900, 30, 1000, 'urban')).toBeCloseTo(126.4, 1);
    expect(hataLossDb(900, 30, 10_000, 'urban')).toBeCloseTo(161.63, 1);
  });

  it('COST-231 Hata at 1800 MHz, 30 m, 1 km is 136.2 dB, 139.2 dB in a metropolitan centre', () => {
    // 46.3 + 33.9·log10(1800) − 13.82·log10(30) − a(1.5 m) = 46.3 + 110.35 − 20.41 − 0.04; C_m = 3 dB.
    expect(hataLossDb(1800, 30, 1000, 'urban')).toBeCloseTo(136.2, 1);
    expect(hataLossDb(1800, 30, 1000, 'dense-urban')).toBeCloseTo(139.2, 1);
  });

  it('rural places get the suburban correction, open land the open-area one', () => {
    // suburban −2·(log10(1800/28))² − 5.4 = −11.94; open −4.78·(log10 1800)² + 18.33·log10 1800 − 40.94 = −31.92
    expect(hataLossDb(1800, 30, 1000, 'rural')).toBeCloseTo(136.2 - 11.94, 1);
    expect(hataLossDb(1800, 30, 1000, 'open')).toBeCloseTo(136.2 - 31.92, 1);
  });
});

describe('3GPP TR 38.901 Table 7.4.1-1', () => {
  it('UMa NLOS at 3.5 GHz, 25 m, 500 m is 129.92 dB', () => {
    // d3D = √(500² + 23.5²) = 500.55; 13.54 + 39.08·log10(500.55) + 20·log10(3.5) = 13.54 + 105.49 + 10.88.
    // (UMa LOS there: d'BP = 4·24·0.5·3.5e9/c = 560 m > 500 m, so 28 + 22·log10(500.55) + 10.88 = 98.27, smaller.)
    expect(tr38901LossDb('uma', false, 3500, 25, 500)).toBeCloseTo(129.92, 2);
    expect(tr38901LossDb('uma', true, 3500, 25, 500)).toBeCloseTo(98.27, 2);
  });

  it('UMi street canyon NLOS at 3.5 GHz, 10 m, 200 m is 115.23 dB', () => {
    // d3D = √(200² + 8.5²) = 200.18; 35.3·log10(200.18) + 22.4 + 21.3·log10(3.5) = 81.24 + 22.4 + 11.59.
    expect(tr38901LossDb('umi', false, 3500, 10, 200)).toBeCloseTo(115.23, 2);
  });

  it('RMa NLOS at 900 MHz, 35 m, 2 km is 130.25 dB (W 20 m, h 5 m)', () => {
    // 161.04 − 7.1·log10 20 + 7.5·log10 5 − (24.37 − 3.7·(5/35)²)·log10 35 + (43.42 − 3.1·log10 35)·(log10 2000.28 − 3)
    //   + 20·log10 0.9 − (3.2·(log10 17.625)² − 4.97) = 157.045 − 37.513 + 11.632 − 0.915 + 0.001
    expect(tr38901LossDb('rma', false, 900, 35, 2000)).toBeCloseTo(130.25, 2);
  });
});

describe('model choice and validity', () => {
  it('uses TR 38.901 below 1 km and Hata from 5 km for LTE 1800 on a macro site', () => {
    expect(modelChoice(1800, 30, 'urban', 800)).toEqual({
      near: 'tr38901-uma-nlos',
      far: 'cost231-hata',
      farWeight: 0,
      maxDistanceM: 20_000,
    });
    expect(modelChoice(900, 30, 'urban', 6000).far).toBe('okumura-hata');
    expect(modelChoice(900, 30, 'urban', 6000).farWeight).toBe(1);
    expect(modelChoice(1800, 30, 'urban', 2000).farWeight).toBeCloseTo(Math.log10(2) / Math.log10(5), 12);
  });

  it('keeps 2100 MHz, NR above 2 GHz and small cells on TR 38.901, with its 5 km limit', () => {
    expect(modelChoice(2100, 30, 'urban', 3000)).toMatchObject({ far: null, maxDistanceM: 5000 });
    expect(modelChoice(3500, 30, 'suburban', 3000)).toMatchObject({ near: 'tr38901-uma-nlos', far: null });
    expect(modelChoice(1800, 12, 'urban', 3000)).toMatchObject({ near: 'tr38901-umi-nlos', far: null });
    expect(modelChoice(1800, 30, 'rural', 300).near).toBe('tr38901-rma-nlos');
    expect(modelChoice(3500, 30, 'open', 300)).toMatchObject({ near: 'tr38901-rma-los', maxDistanceM: 10_000 });
  });

  it('blends the loss continuously across the 1 km switch', () => {
    for (const env of ENVIRONMENTS) {
      const below = pathLossDb(1800, 30, 999.999, env);
      expect(Math.abs(pathLossDb(1800, 30, 1000.001, env) - below)).toBeLessThan(1e-3);
    }
    // At 2 km: (1 − w)·UMa + w·Hata with w = log10 2 / log10 5.
    const w = Math.log10(2) / Math.log10(5);
    const expected = (1 - w) * tr38901LossDb('uma', false, 1800, 30, 2000) + w * hataLossDb(1800, 30, 2000, 'urban');
    expect(pathLossDb(1800, 30, 2000, 'urban')).toBeCloseTo(expected, 9);
  });

  it('loss plus a 90 % fade margin increases with distance for antennas up to 60 m', () => {
    const z = 1.2816;
    const decreasing: string[] = [];
    for (const f of [700, 900, 1800, 2000, 2100, 2600, 3500])
      for (const h of [8, 15, 16, 25, 30, 45, 60])
        for (const env of ENVIRONMENTS) {
          let prev = Number.NEGATIVE_INFINITY;
          for (let d = 10; d <= 20_000; d *= 1.01) {
            const e = pathLossDb(f, h, d, env) + z * shadowSigmaDb(f, h, d, env);
            if (e < prev - 1e-9) decreasing.push(`${f} MHz, ${h} m, ${env}, ${d.toFixed(0)} m`);
            prev = e;
          }
        }
    expect(decreasing).toEqual([]);
  });

  it('shadowing σ is 6 dB for UMa, 7.82 for UMi, 8 for RMa NLOS and Hata', () => {
    expect(shadowSigmaDb(3500, 30, 500, 'urban')).toBe(6);
    expect(shadowSigmaDb(3500, 10, 500, 'urban')).toBe(7.82);
    expect(shadowSigmaDb(3500, 30, 500, 'rural')).toBe(8);
    expect(shadowSigmaDb(1800, 30, 8000, 'urban')).toBe(8);
    expect(shadowSigmaDb(1800, 30, 100, 'open')).toBe(4);
  });
});

describe('rangeForBudget', () => {
  it('finds where a log-distance loss meets the budget', () => {
    // 100 + 30·log10(d / 100 m) = 130 at 1 km.
    expect(rangeForBudget((d) => 100 + 30 * Math.log10(d / 100), 130)).toBeCloseTo(1000, 0);
  });

  it('stops at the first crossing when the loss dips after it', () => {
    const loss = (d: number) => (d < 500 ? d / 10 : d < 600 ? 100 : 0);
    expect(rangeForBudget(loss, 60)).toBeCloseTo(500, 0);
  });

  it('returns 0 when 10 m already exceeds the budget and the limit when nothing does', () => {
    expect(rangeForBudget(() => 200, 100)).toBe(0);
    expect(rangeForBudget(() => 50, 100, 5000)).toBe(5000);
  });
});
