import { describe, expect, it } from 'vitest';
import {
  ciede2000,
  composite,
  deltaE00,
  hexToRgb,
  linearToSrgb,
  rgbToHex,
  rgbToLab,
  simulateDichromacy,
  srgbToLinear,
  type Lab,
} from './color-difference.js';

/**
 * Sharma, Wu & Dalal 2005, Table 1: all 34 pairs `[L1, a1, b1, L2, a2, b2, ΔE00]`, chosen to straddle the
 * formula's branches (hue wrap-around, the neutral axis, the mean hue near 0°/360°, the rotation term).
 */
const SHARMA_2005: readonly (readonly [number, number, number, number, number, number, number])[] = [
  [50, 2.6772, -79.7751, 50, 0, -82.7485, 2.0425],
  [50, 3.1571, -77.2803, 50, 0, -82.7485, 2.8615],
  [50, 2.8361, -74.02, 50, 0, -82.7485, 3.4412],
  [50, -1.3802, -84.2814, 50, 0, -82.7485, 1.0],
  [50, -1.1848, -84.8006, 50, 0, -82.7485, 1.0],
  [50, -0.9009, -85.5211, 50, 0, -82.7485, 1.0],
  [50, 0, 0, 50, -1, 2, 2.3669],
  [50, -1, 2, 50, 0, 0, 2.3669],
  [50, 2.49, -0.001, 50, -2.49, 0.0009, 7.1792],
  [50, 2.49, -0.001, 50, -2.49, 0.001, 7.1792],
  [50, 2.49, -0.001, 50, -2.49, 0.0011, 7.2195],
  [50, 2.49, -0.001, 50, -2.49, 0.0012, 7.2195],
  [50, -0.001, 2.49, 50, 0.0009, -2.49, 4.8045],
  [50, -0.001, 2.49, 50, 0.001, -2.49, 4.8045],
  [50, -0.001, 2.49, 50, 0.0011, -2.49, 4.7461],
  [50, 2.5, 0, 50, 0, -2.5, 4.3065],
  [50, 2.5, 0, 73, 25, -18, 27.1492],
  [50, 2.5, 0, 61, -5, 29, 22.8977],
  [50, 2.5, 0, 56, -27, -3, 31.903],
  [50, 2.5, 0, 58, 24, 15, 19.4535],
  [50, 2.5, 0, 50, 3.1736, 0.5854, 1.0],
  [50, 2.5, 0, 50, 3.2972, 0, 1.0],
  [50, 2.5, 0, 50, 1.8634, 0.5757, 1.0],
  [50, 2.5, 0, 50, 3.2592, 0.335, 1.0],
  [60.2574, -34.0099, 36.2677, 60.4626, -34.1751, 39.4387, 1.2644],
  [63.0109, -31.0961, -5.8663, 62.8187, -29.7946, -4.0864, 1.263],
  [61.2901, 3.7196, -5.3901, 61.4292, 2.248, -4.962, 1.8731],
  [35.0831, -44.1164, 3.7933, 35.0232, -40.0716, 1.5901, 1.8645],
  [22.7233, 20.0904, -46.694, 23.0331, 14.973, -42.5619, 2.0373],
  [36.4612, 47.858, 18.3852, 36.2715, 50.5065, 21.2231, 1.4146],
  [90.8027, -2.0831, 1.441, 91.1528, -1.6435, 0.0447, 1.4441],
  [90.9257, -0.5406, -0.9208, 88.6381, -0.8985, -0.7239, 1.5381],
  [6.7747, -0.2908, -2.4247, 5.8714, -0.0985, -2.2286, 0.6377],
  [2.0776, 0.0795, -1.135, 0.9033, -0.0636, -0.5514, 0.9082],
];

describe('CIEDE2000', () => {
  it('matches all 34 pairs of Sharma, Wu & Dalal 2005 to the 4 decimals published, in both orders', () => {
    for (const [l1, a1, b1, l2, a2, b2, expected] of SHARMA_2005) {
      const p: Lab = [l1, a1, b1];
      const q: Lab = [l2, a2, b2];
      expect(Math.abs(ciede2000(p, q) - expected), `${JSON.stringify([p, q])}`).toBeLessThan(5e-5);
      expect(Math.abs(ciede2000(q, p) - expected), `${JSON.stringify([q, p])}`).toBeLessThan(5e-5);
    }
  });

  it('is 0 for a colour and itself, and a pure lightness step at L* 50 equals the step', () => {
    expect(ciede2000([50, 20, -30], [50, 20, -30])).toBe(0);
    // At L̄ = 50 the lightness weight S_L is 1, and with no chroma the other terms vanish.
    expect(ciede2000([45, 0, 0], [55, 0, 0])).toBeCloseTo(10, 12);
  });
});

describe('sRGB and CIELAB', () => {
  it('parses #rgb and #rrggbb and writes #rrggbb', () => {
    expect(hexToRgb('#ff8000')).toEqual([1, 128 / 255, 0]);
    expect(hexToRgb('#F80')).toEqual([1, 136 / 255, 0]);
    expect(rgbToHex([1, 128 / 255, 0])).toBe('#ff8000');
    expect(rgbToHex([1.2, -0.1, 0.5])).toBe('#ff0080');
  });

  it('rejects what is not a hex colour, naming it', () => {
    expect(() => hexToRgb('rgba(0,0,0,0)')).toThrow('Not a colour #rgb or #rrggbb: "rgba(0,0,0,0)"');
  });

  it('decodes and encodes the sRGB transfer function (IEC 61966-2-1) both ways', () => {
    expect(srgbToLinear(0.04045)).toBeCloseTo(0.04045 / 12.92, 12);
    expect(srgbToLinear(0.5)).toBeCloseTo(0.214041, 6);
    for (const c of [0, 0.01, 0.2, 0.5, 0.9, 1]) expect(linearToSrgb(srgbToLinear(c))).toBeCloseTo(c, 12);
  });

  it('puts white at L* 100, black at 0 and sRGB red at (53.24, 80.09, 67.20)', () => {
    const [lw, aw, bw] = rgbToLab([1, 1, 1]);
    expect(lw).toBeCloseTo(100, 4);
    expect(aw).toBeCloseTo(0, 4);
    expect(bw).toBeCloseTo(0, 4);
    expect(rgbToLab([0, 0, 0])[0]).toBeCloseTo(0, 10);
    const [l, a, b] = rgbToLab([1, 0, 0]);
    expect(l).toBeCloseTo(53.24, 2);
    expect(a).toBeCloseTo(80.09, 2);
    expect(b).toBeCloseTo(67.2, 2);
  });
});

describe('dichromacy (Machado, Oliveira & Fernandes 2009) and compositing', () => {
  it('leaves greys grey: every matrix row sums to 1', () => {
    for (const kind of ['protanopia', 'deuteranopia', 'tritanopia'] as const) {
      const [r, g, b] = simulateDichromacy([0.5, 0.5, 0.5], kind);
      for (const c of [r, g, b]) expect(c).toBeCloseTo(0.5, 5);
    }
  });

  it('shows pure red to a deuteranope as the matrix’s first column, re-encoded and clamped', () => {
    // Linear (1, 0, 0) → (0.367322, 0.280085, −0.011820); the negative blue clamps to 0.
    const [r, g, b] = simulateDichromacy([1, 0, 0], 'deuteranopia');
    expect(r).toBeCloseTo(0.64, 2);
    expect(g).toBeCloseTo(0.566, 3);
    expect(b).toBe(0);
  });

  it('makes red and green less than half as far apart for a deuteranope or protanope as for normal vision', () => {
    const normal = deltaE00('#d62728', '#2ca02c');
    expect(normal).toBeGreaterThan(60);
    expect(deltaE00('#d62728', '#2ca02c', 'deuteranopia')).toBeLessThan(normal / 2);
    expect(deltaE00('#d62728', '#2ca02c', 'protanopia')).toBeLessThan(normal / 2);
  });

  it('blends a translucent fill per channel: black at 70 % over white is 0.3', () => {
    expect(composite([0, 0, 0], [1, 1, 1], 0.7).map((c) => +c.toFixed(12))).toEqual([0.3, 0.3, 0.3]);
    expect(composite([1, 0.5, 0], [0, 0.5, 1], 1)).toEqual([1, 0.5, 0]);
  });
});
