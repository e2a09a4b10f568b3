import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, LineString } from 'geojson';
import { midpointOf, repairedName, streetsOf } from './point-streets.js';
import { destination } from '../analysis/geodesy.js';
import type { LngLat } from '../domain/geo.js';

/** `text` as UTF-8 bytes read back as Windows-1252: what a double-encoded file holds. */
const doubleEncoded = (text: string) => new TextDecoder('windows-1252').decode(new TextEncoder().encode(text));

const A: LngLat = [105.85, 21.03];
const createLine = (name: string | null, coords: [number, number][]): Feature<LineString> => ({
  type: 'Feature',
  geometry: { type: 'LineString', coordinates: coords },
  properties: name === null ? {} : { name },
});

describe('repairedName', () => {
  it('repairs a double-encoded Vietnamese name', () => {
    expect(doubleEncoded('Lê Trọng Tấn')).not.toBe('Lê Trọng Tấn');
    expect(repairedName(doubleEncoded('Lê Trọng Tấn'))).toBe('Lê Trọng Tấn');
  });

  it('keeps a name already written right', () => {
    expect(repairedName('Đại lộ Thăng Long')).toBe('Đại lộ Thăng Long');
  });
});

describe('midpointOf', () => {
  it('is halfway along a bent line, by geodesic length', () => {
    // 1 km north, then 1 km east: halfway is the corner.
    const corner = destination(A, 0, 1000);
    const end = destination(corner, 90, 1000);
    const mid = midpointOf([A, corner, end]);
    expect(mid[0]).toBeCloseTo(corner[0], 7);
    expect(mid[1]).toBeCloseTo(corner[1], 7);
  });
});

describe('streetsOf', () => {
  it('groups lines by name, adds their lengths, and skips unnamed lines', () => {
    const north = destination(A, 0, 600) as [number, number];
    const east = destination(A, 90, 200) as [number, number];
    const fc: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        createLine('Tràng Tiền', [A, north]),
        createLine(doubleEncoded('Tràng Tiền'), [A, east]),
        createLine(null, [A, east]),
      ],
    };
    const { streets, unreadable } = streetsOf(fc);
    expect(unreadable).toBe(0);
    expect(streets).toHaveLength(1);
    expect(streets[0]!.name).toBe('Tràng Tiền');
    expect(streets[0]!.lengthM).toBeCloseTo(800, 3);
    // The longest line's midpoint: 300 m north of A.
    expect(streets[0]!.lngLat[1]).toBeCloseTo(destination(A, 0, 300)[1], 7);
  });

  it('tells streets of one name far apart by their place', () => {
    const far = destination(A, 270, 8000) as [number, number];
    const fc: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        createLine('Quang Trung', [A, destination(A, 0, 600) as [number, number]]),
        createLine('Quang Trung', [far, destination(far, 0, 400) as [number, number]]),
      ],
    };
    const placeOf = ([lng]: [number, number]) => (lng < A[0] ? 'Hà Đông' : 'Hoàn Kiếm');
    const { streets } = streetsOf(fc, placeOf);
    // Sorted by code unit, as before: "Ho" before "Hà".
    expect(streets.map((s) => [s.name, Math.round(s.lengthM)])).toEqual([
      ['Quang Trung (Hoàn Kiếm)', 600],
      ['Quang Trung (Hà Đông)', 400],
    ]);
  });
});
