import { describe, expect, it } from 'vitest';
import { formatDistance, formatPosition, pointLinkUrl } from './point-format.js';
import { parseUrlState } from '../state/url-state.js';

describe('formatDistance', () => {
  it('writes metres below 1 km and km with one decimal above, in each language', () => {
    expect(formatDistance(349.6, 'vi')).toBe('350 m');
    expect(formatDistance(1234, 'vi')).toBe('1,2 km');
    expect(formatDistance(1234, 'en')).toBe('1.2 km');
    expect(formatDistance(12_345, 'vi')).toBe('12 km');
  });

  it('writes 999.7 m as 1 km, not 1.000 m', () => {
    expect(formatDistance(999.7, 'vi')).toBe('1 km');
  });
});

describe('formatPosition', () => {
  it('writes latitude first with the hemisphere letters of the language', () => {
    expect(formatPosition([105.8542, 21.0285], 'vi')).toBe('21,0285° B, 105,8542° Đ');
    expect(formatPosition([105.8542, 21.0285], 'en')).toBe('21.0285° N, 105.8542° E');
  });
});

describe('pointLinkUrl', () => {
  it('sets pt in the hash and keeps the other parameters', () => {
    const url = pointLinkUrl('https://example.org/app/#map=14.00/21.02850/105.85230&lang=en', [105.8542, 21.0285]);
    expect(url).toBe('https://example.org/app/#map=14.00/21.02850/105.85230&lang=en&pt=21.028500,105.854200');
  });

  it('gives a link the URL state reads back to the same point', () => {
    const url = pointLinkUrl('http://localhost:5173/', [105.81234567, 21.0123]);
    const point = parseUrlState(new URL(url).hash).point;
    expect(point?.lngLat[0]).toBeCloseTo(105.812346, 6);
    expect(point?.lngLat[1]).toBeCloseTo(21.0123, 6);
  });
});
