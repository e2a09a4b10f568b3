import { describe, expect, it } from 'vitest';
import { formatPointLink, parsePointLink, POINT_LINK_PARAM } from './point-link.js';

describe('point links', () => {
  it('writes latitude first, six decimals, and the date when there is one', () => {
    expect(formatPointLink({ lngLat: [105.8542, 21.0285], asOf: null })).toBe('21.028500,105.854200');
    expect(formatPointLink({ lngLat: [105.85419444, 21.0285], asOf: '2025-11-30' })).toBe(
      '21.028500,105.854194,2025-11-30',
    );
  });

  it('reads back what it writes', () => {
    const link = { lngLat: [105.854194, 21.0285] as [number, number], asOf: '2024-02-29' };
    expect(parsePointLink(formatPointLink(link))).toEqual(link);
    expect(parsePointLink('21.0285,105.8542')).toEqual({ lngLat: [105.8542, 21.0285], asOf: null });
  });

  it('reads slashes as well as commas', () => {
    expect(parsePointLink('21.0285/105.8542')).toEqual({ lngLat: [105.8542, 21.0285], asOf: null });
    expect(parsePointLink('21.0285/105.8542/2025-11-30')?.asOf).toBe('2025-11-30');
  });

  it('survives a URL hash built with URLSearchParams', () => {
    const p = new URLSearchParams();
    p.set(POINT_LINK_PARAM, formatPointLink({ lngLat: [105.8542, 21.0285], asOf: '2025-11-30' }));
    expect(p.toString()).toBe('pt=21.028500%2C105.854200%2C2025-11-30');
    expect(parsePointLink(new URLSearchParams(p.toString()).get(POINT_LINK_PARAM))?.asOf).toBe('2025-11-30');
  });

  it.each([
    [null, 'missing'],
    ['', 'empty'],
    ['21.0285,105.8542/2025-11-30', 'mixed separators'],
    ['21.0285;105.8542', 'semicolon'],
    ['105.8542,21.0285', 'longitude first: outside the box'],
    ['10.7769,106.7009', 'Hồ Chí Minh City'],
    ['21.0285,105.8542,2025-02-30', 'no such day'],
    ['21.0285,105.8542,2025-11', 'a month'],
    ['21.0285,105.8542,x', 'junk'],
  ] as const)('reads %s as no link (%s)', (value: string | null, _why: string) => {
    expect(parsePointLink(value)).toBeNull();
  });
});
