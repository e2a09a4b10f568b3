import { describe, expect, it } from 'vitest';
import { bandRangeM, circleVertexScale, footprintOutline, maplDb, COVERAGE_DEFAULTS } from './model.js';
import { hataLossDb, nrLossDb } from './path-loss.js';
import { HANOI_LAEA } from '../projection.js';
import { distanceM } from '../geodesy.js';

describe('path-loss models', () => {
  it('COST-231 Hata at 1800 MHz, 30 m, 1 km, urban is 136.2 dB (hand computation)', () => {
    // 46.3 + 33.9·log10(1800) − 13.82·log10(30) − a(1.5 m) + (44.9 − 6.55·log10(30))·0, a(1.5) = 0.04 dB
    expect(hataLossDb(1800, 30, 1000, 'urban')).toBeCloseTo(136.2, 1);
    expect(hataLossDb(1800, 30, 1000, 'dense-urban')).toBeCloseTo(139.2, 1);
  });

  it('3GPP TR 38.901 UMa NLOS at 3.5 GHz, 1 km', () => {
    // 13.54 + 39.08·log10(d3D) + 20·log10(3.5), d3D = √(1000² + 28.5²)
    expect(nrLossDb(3500, 30, 1000, 'urban')).toBeCloseTo(
      13.54 + 39.08 * Math.log10(Math.hypot(1000, 28.5)) + 20 * Math.log10(3.5),
      6,
    );
  });

  it('the modelled range is where the loss meets the budget', () => {
    const r = bandRangeM('B3', 30, 'urban');
    expect(hataLossDb(1800, 30, r, 'urban')).toBeCloseTo(maplDb('4G', 'urban'), 1);
    expect(bandRangeM('B8', 30, 'rural')).toBeGreaterThan(bandRangeM('B3', 30, 'rural'));
    expect(bandRangeM('n78', 30, 'dense-urban')).toBeLessThan(bandRangeM('B3', 30, 'dense-urban'));
  });
});

describe('footprints', () => {
  it('three 120° sectors make a full circle; two leave a gap through the site', () => {
    expect(footprintOutline([10, 130, 250], 100)).toHaveLength(COVERAGE_DEFAULTS.circleVertices);
    const two = footprintOutline([0, 120], 100);
    expect(two.filter(([x, y]) => x === 0 && y === 0)).toHaveLength(1);
  });

  it('plane metres are true ellipsoidal metres (GeographicLib) within 2·10⁻⁵ across the city', () => {
    for (const [lng, lat] of [
      [105.85, 21.03],
      [105.35, 20.7],
      [105.95, 21.35],
      [105.5, 21.1],
    ] as const) {
      const [x, y] = HANOI_LAEA.forward([lng, lat]);
      for (const [dx, dy] of footprintOutline([], 5000).slice(0, 12)) {
        const p = HANOI_LAEA.inverse([x + dx, y + dy]);
        expect(Math.abs(distanceM([lng, lat], p) - 5000 * circleVertexScale(48)) / 5000).toBeLessThan(2e-5);
      }
    }
  });
});
