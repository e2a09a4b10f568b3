import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { groupsByGap, linesWithin, placedStreetNames, SAME_STREET_MAX_GAP_M } from './street-places.js';

/** A way named `name`, 0.01° of longitude (about 1.04 km at 21° N) eastwards from `lng` at latitude 21°. */
function createWay(name: string | null, lng: number): Feature {
  return {
    type: 'Feature',
    properties: name === null ? {} : { name, highway: 'tertiary' },
    geometry: {
      type: 'LineString',
      coordinates: [
        [lng, 21],
        [lng + 0.01, 21],
      ],
    },
  };
}

/** West of 105.8° is "Hà Đông", east of it "Văn Miếu - Quốc Tử Giám". */
const placeOf = ([lng]: [number, number]) => (lng < 105.8 ? 'Hà Đông' : 'Văn Miếu - Quốc Tử Giám');
const names = (fs: Feature[]) => fs.map((f) => f.properties?.name ?? null);

describe('linesWithin', () => {
  it('measures the gap from a vertex to the other line’s segment, in metres', () => {
    // 0.01° of latitude is 1,105.7 m; the other line passes under the first one's middle.
    const a = [
      [105.8, 21.01],
      [105.8, 21.02],
    ];
    const b = [
      [105.79, 21.0],
      [105.81, 21.0],
    ];
    expect(linesWithin(a, b, 1110)).toBe(true);
    expect(linesWithin(a, b, 1100)).toBe(false);
  });
});

describe('groupsByGap', () => {
  it('chains ways within the gap into one group (single linkage)', () => {
    // Gaps of about 3.1 km each: one street; a way 7.3 km further is another.
    const items = [105.7, 105.74, 105.78, 105.86].map((lng) => [
      [
        [lng, 21],
        [lng + 0.01, 21],
      ],
    ]);
    expect(groupsByGap(items)).toEqual([[0, 1, 2], [3]]);
    expect(SAME_STREET_MAX_GAP_M).toBe(5000);
  });
});

describe('placedStreetNames', () => {
  it('names two streets of one name far apart after their places', () => {
    const out = placedStreetNames(
      [createWay('Nguyễn Khuyến', 105.77), createWay('Nguyễn Khuyến', 105.84), createWay('Nguyễn Khuyến', 105.78)],
      placeOf,
    );
    expect(names(out)).toEqual([
      'Nguyễn Khuyến (Hà Đông)',
      'Nguyễn Khuyến (Văn Miếu - Quốc Tử Giám)',
      'Nguyễn Khuyến (Hà Đông)',
    ]);
    expect(out[0]!.properties!.highway).toBe('tertiary');
  });

  it('keeps the name of one street, even with gaps in it, and ways without a name', () => {
    const ways = [createWay('Nguyễn Trãi', 105.7), createWay('Nguyễn Trãi', 105.74), createWay(null, 105.9)];
    expect(placedStreetNames(ways, placeOf)).toEqual(ways);
  });

  it('groups names as the named lines do (case and spaces aside)', () => {
    const out = placedStreetNames([createWay('Vạn Phúc', 105.77), createWay('VẠN  PHÚC', 105.84)], placeOf);
    expect(names(out)).toEqual(['Vạn Phúc (Hà Đông)', 'VẠN  PHÚC (Văn Miếu - Quốc Tử Giám)']);
  });

  it('numbers streets in one place, or outside every place', () => {
    const ways = [createWay('Trần Phú', 105.6), createWay('Trần Phú', 105.7)];
    expect(names(placedStreetNames(ways, () => 'Hà Đông'))).toEqual(['Trần Phú (Hà Đông 1)', 'Trần Phú (Hà Đông 2)']);
    expect(names(placedStreetNames(ways, () => null))).toEqual(['Trần Phú (1)', 'Trần Phú (2)']);
  });
});
