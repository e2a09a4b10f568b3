import { describe, expect, it } from 'vitest';
import { formatUrlState, parseUrlState, urlStateOf } from './url-state.js';
import type { PointQuery } from './slices/point.js';

const VIEW = { zoom: 14, lat: 21.0285, lng: 105.8523 };

/** The store fields `urlStateOf` reads, with a point asked by a click. */
const createStoreState = (point: PointQuery | null) => ({
  selection: null,
  level: 'unit2025' as const,
  choroTech: '5G' as const,
  choroOp: 'any' as const,
  basis: 'area' as const,
  coverageLevel: 'outdoor' as const,
  lang: 'vi' as const,
  point,
});

describe('URL state: the point (pt=)', () => {
  it('writes the open point as pt=lat,lng with six decimals', () => {
    const s = urlStateOf(createStoreState({ lngLat: [105.8542, 21.0285], from: 'map', label: null, seq: 1 }), VIEW);
    expect(formatUrlState(s)).toContain('&pt=21.028500,105.854200');
  });

  it('writes no pt when the panel is closed', () => {
    expect(formatUrlState(urlStateOf(createStoreState(null), VIEW))).not.toContain('pt=');
  });

  it('round-trips a clicked point through the hash', () => {
    const s = urlStateOf(createStoreState({ lngLat: [105.81234567, 21.0123], from: 'map', label: null, seq: 3 }), VIEW);
    const back = parseUrlState(formatUrlState(s));
    expect(back.point?.lngLat[0]).toBeCloseTo(105.812346, 6);
    expect(back.point?.lngLat[1]).toBeCloseTo(21.0123, 6);
    expect(back.point?.asOf).toBeNull();
  });

  it('reads a hand-written link with only a point', () => {
    expect(parseUrlState('#pt=21.0285,105.8542').point).toEqual({ lngLat: [105.8542, 21.0285], asOf: null });
  });

  it('reads a point outside Hà Nội as none', () => {
    expect(parseUrlState('#pt=10.7769,106.7009').point).toBeNull();
  });
});
