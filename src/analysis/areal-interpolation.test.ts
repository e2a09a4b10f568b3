import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { interpolateByArea, roundPreservingTotal } from './areal-interpolation.js';

function createBox(minLng: number, minLat: number, maxLng: number, maxLat: number): Polygon {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [minLng, minLat],
        [maxLng, minLat],
        [maxLng, maxLat],
        [minLng, maxLat],
        [minLng, minLat],
      ],
    ],
  };
}

describe('interpolateByArea', () => {
  // S1 straddles the T1/T2 meridian in half (mirror-image halves; edges are straight in the equal-area
  // plane, which bends the 2 km parallels by a few ppm of area, hence 4 digits);
  // S2 lies wholly in T2. By hand: T1 = 1001/2 = 500.5, T2 = 500.5 + 301 = 801.5; total 1302;
  // largest remainder gives the odd person to T1 (equal remainders, T1 sorts first): 501 and 801.
  const targets = [
    { key: 'T1', geometry: createBox(105.8, 20.99, 105.81, 21.02) },
    { key: 'T2', geometry: createBox(105.81, 20.99, 105.83, 21.02) },
  ];
  const sources = [
    { key: 'S1', value: 1001, geometry: createBox(105.8, 21.0, 105.82, 21.01) },
    { key: 'S2', value: 301, geometry: createBox(105.82, 21.0, 105.83, 21.01) },
  ];

  it('splits a source by area share, by hand', () => {
    const r = interpolateByArea(sources, targets);
    expect(r.values.get('T1')).toBe(501);
    expect(r.values.get('T2')).toBe(801);
    const s1 = r.weights.filter((w) => w.source === 'S1');
    expect(s1.map((w) => w.share)).toEqual([expect.closeTo(0.5, 4), expect.closeTo(0.5, 4)]);
  });

  it('preserves the total when a source sticks out of every target', () => {
    const sticking = [{ key: 'S3', value: 1000, geometry: createBox(105.825, 21.015, 105.84, 21.03) }];
    const r = interpolateByArea(sticking, targets);
    expect(r.values.get('T2')).toBe(1000);
    expect(r.values.get('T1')).toBe(0);
    expect(r.unmatched).toEqual([]);
  });

  it('gives an overlap between sources to the source listed first (as the coverage engine does)', () => {
    // SA covers T1 wholly; SB covers the east half of T1 and all of T2, overlapping SA over T1's east half.
    // SB keeps only its part outside SA, which lies in T2: all of SB's 600 people go to T2.
    const overlapping = [
      { key: 'SA', value: 400, geometry: createBox(105.8, 20.99, 105.81, 21.02) },
      { key: 'SB', value: 600, geometry: createBox(105.805, 20.99, 105.83, 21.02) },
    ];
    const r = interpolateByArea(overlapping, targets);
    expect(r.values.get('T1')).toBe(400);
    expect(r.values.get('T2')).toBe(600);
  });

  it('hands a source that overlaps no target to the nearest one and reports it', () => {
    const outside = [{ key: 'S4', value: 77, geometry: createBox(105.9, 21.1, 105.91, 21.11) }];
    const r = interpolateByArea(outside, targets);
    expect(r.unmatched).toEqual(['S4']);
    expect(r.values.get('T2')).toBe(77);
  });
});

describe('roundPreservingTotal', () => {
  it('rounds to integers that sum to the total', () => {
    const r = roundPreservingTotal(
      new Map([
        ['a', 1.4],
        ['b', 1.3],
        ['c', 1.3],
      ]),
      4,
    );
    expect([...r.values()].reduce((s, v) => s + v, 0)).toBe(4);
    expect(r.get('a')).toBe(2);
  });
});
