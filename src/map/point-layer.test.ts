import { describe, expect, it } from 'vitest';
import { hashWithPoint, pointMarkerData } from './point-layer.js';

describe('hashWithPoint', () => {
  it('adds pt after the other parameters', () => {
    expect(hashWithPoint('#map=14.00/21.02850/105.85230&lang=en', { lngLat: [105.8542, 21.0285] })).toBe(
      '#map=14.00/21.02850/105.85230&lang=en&pt=21.028500,105.854200',
    );
  });

  it('replaces an earlier point and removes it when the panel closes', () => {
    const once = hashWithPoint('#pt=21.000000,105.800000&lang=vi', { lngLat: [105.9, 21.1] });
    expect(once).toBe('#pt=21.100000,105.900000&lang=vi');
    expect(hashWithPoint(once, null)).toBe('#lang=vi');
    expect(hashWithPoint('#pt=21.1,105.9', null)).toBe('');
  });
});

describe('pointMarkerData', () => {
  it('is the point asked, or nothing', () => {
    const point = { lngLat: [105.85, 21.03] as [number, number], from: 'map' as const, label: null, seq: 1 };
    expect(pointMarkerData({ point }).features[0]?.geometry).toEqual({ type: 'Point', coordinates: [105.85, 21.03] });
    expect(pointMarkerData({ point: null }).features).toEqual([]);
  });
});
