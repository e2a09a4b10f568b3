import { describe, expect, it } from 'vitest';
import { looksLikeCoordinates, searchPoints } from './search-point.js';
import type { StreetEntry } from '../data/point-streets.js';

const createStreet = (name: string): StreetEntry => ({ name, lngLat: [105.85, 21.03], lengthM: 500 });
const STREETS = ['Bà Triệu', 'Triệu Việt Vương', 'Hàng Bài', 'Lê Trọng Tấn', 'Ngõ 155 Cầu Giấy'].map(createStreet);

describe('looksLikeCoordinates', () => {
  it.each([
    ['21.0285, 105.8542', true],
    ['21°01′42.6″N 105°51′15.1″E', true],
    ['X=2326344 Y=588394', true],
    ['lat 21.03 lng 105.85', true],
    ['Ngõ 155', false],
    ['Phố 8/3', false],
    ['Hoàn Kiếm', false],
  ] as const)('%s → %s', (text, expected) => {
    expect(looksLikeCoordinates(text)).toBe(expected);
  });
});

describe('searchPoints', () => {
  it('reads decimal coordinates as one option at [lng, lat]', () => {
    const r = searchPoints('21,0285; 105,8542', STREETS);
    expect(r.error).toBeNull();
    expect(r.options).toHaveLength(1);
    expect(r.options[0]!.kind).toBe('coordinates');
    expect(r.options[0]!.lngLat).toEqual([105.8542, 21.0285]);
  });

  it('reads DMS coordinates', () => {
    const [o] = searchPoints('21°01\'42.6"N 105°51\'15.1"E', []).options;
    expect(o!.lngLat[1]).toBeCloseTo(21 + 1 / 60 + 42.6 / 3600, 9);
    expect(o!.lngLat[0]).toBeCloseTo(105 + 51 / 60 + 15.1 / 3600, 9);
  });

  it("gives the parser's error, in both languages, for coordinates outside Hà Nội", () => {
    const r = searchPoints('10.7769, 106.7009', STREETS);
    expect(r.options).toEqual([]);
    expect(r.error?.en).toBe(
      'The numbers 10.7769 and 106.7009 give no point in Hà Nội in either order (latitude 20.5–21.5, longitude 105.2–106.1).',
    );
    expect(r.error?.vi).toBe(
      'Hai số 10,7769 và 106,7009 không cho một điểm ở Hà Nội theo thứ tự nào (vĩ độ 20,5–21,5, kinh độ 105,2–106,1).',
    );
  });

  it('finds streets whatever the diacritics, the name starting with the query first', () => {
    const r = searchPoints('trieu', STREETS);
    expect(r.options.map((o) => o.label)).toEqual(['Triệu Việt Vương', 'Bà Triệu']);
    expect(r.options[0]!.kind).toBe('street');
  });

  it('finds a lane by its number and street ("ngo 155")', () => {
    expect(searchPoints('ngo 155', STREETS).options.map((o) => o.label)).toEqual(['Ngõ 155 Cầu Giấy']);
  });

  it('gives nothing for blank text', () => {
    expect(searchPoints('   ', STREETS)).toEqual({ options: [], error: null });
  });
});
