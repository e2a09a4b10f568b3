import { describe, expect, it } from 'vitest';
import { COORDINATE_TEXT_MESSAGES, coordinatesOfMapLink, parseCoordinateText } from './coordinate-text.js';

/** The position of a text that must read, `[lng, lat]`, or the English error. */
function lngLatOf(text: string): [number, number] | string {
  const r = parseCoordinateText(text);
  return r.ok ? r.lngLat : r.error.en;
}

describe('parseCoordinateText: text as people paste it', () => {
  it.each([
    ['(21.0285, 105.8542)', 'parentheses'],
    ['21.0285\t105.8542', 'a tab, as a spreadsheet copies two cells'],
    ['21.0285°, 105.8542°', 'degree marks on decimals'],
    ['https://www.google.com/maps/@21.0285,105.8542,15z', 'a Google Maps link'],
    ['https://maps.google.com/?q=21.0285,105.8542', "a Google Maps link's query"],
    ['https://www.openstreetmap.org/#map=16/21.0285/105.8542', 'an OpenStreetMap link'],
  ])('reads %s (%s)', (text) => {
    const r = lngLatOf(text);
    expect(typeof r).not.toBe('string');
    expect((r as [number, number])[0]).toBeCloseTo(105.8542, 9);
    expect((r as [number, number])[1]).toBeCloseTo(21.0285, 9);
  });

  it('reads degrees, minutes and seconds written without marks and split by a comma', () => {
    const r = lngLatOf('21 01 42.6, 105 51 15.1') as [number, number];
    expect(r[1]).toBeCloseTo(21 + 1 / 60 + 42.6 / 3600, 9);
    expect(r[0]).toBeCloseTo(105 + 51 / 60 + 15.1 / 3600, 9);
  });

  it('reads the Vietnamese hemisphere letters B and Đ by the ranges (they are not N/E)', () => {
    const r = lngLatOf('21°01\'42.6"B 105°51\'15.1"Đ') as [number, number];
    expect(r[1]).toBeCloseTo(21.0285, 9);
  });

  it('rejects a negative latitude, naming both numbers', () => {
    expect(lngLatOf('-21.0285, 105.8542')).toBe(
      'The numbers −21.0285 and 105.8542 give no point in Hà Nội in either order (latitude 20.5–21.5, longitude 105.2–106.1).',
    );
  });

  it('rejects a third number (a zoom pasted along)', () => {
    expect(lngLatOf('21.0285, 105.8542, 12')).toBe(COORDINATE_TEXT_MESSAGES.unreadable.en);
  });
});

describe('coordinatesOfMapLink', () => {
  it('is null for text that is not a link, and for a link without a position', () => {
    expect(coordinatesOfMapLink('21.0285, 105.8542')).toBeNull();
    expect(coordinatesOfMapLink('https://www.google.com/maps/place/Hanoi')).toBeNull();
  });
});
