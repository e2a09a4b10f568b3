import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { labelPoints, metresPerDegreeLat, zoomForRoom } from './label-points.js';

/** A closed rectangle ring, `[lng, lat]` degrees. */
const createRect = (w: number, s: number, e: number, n: number): Position[] => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];

const createArea = (props: Record<string, unknown>, geometry: Geometry | null): Feature => ({
  type: 'Feature',
  geometry: geometry as Geometry,
  properties: props,
});

const createCollection = (...features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

const square = (lng: number, lat: number, size: number): Geometry => ({
  type: 'Polygon',
  coordinates: [createRect(lng, lat, lng + size, lat + size)],
});

describe('label points', () => {
  it('places one point per area, inside it', () => {
    const areas = createCollection(
      createArea({ code: 'a', name: 'Hoàn Kiếm', population: 1 }, square(105.84, 21.02, 0.02)),
      createArea({ code: 'b', name: 'Ba Đình', population: 2 }, square(105.8, 21.02, 0.03)),
    );
    const points = labelPoints(areas);
    expect(points.features.map((f) => f.properties.id)).toEqual(['a', 'b']);
    points.features.forEach((p, i) => expect(booleanPointInPolygon(p, areas.features[i] as never)).toBe(true));
  });

  it('labels a MultiPolygon once, on its roomiest part (a commune across a river)', () => {
    const across = createArea(
      { code: 'x', name: 'Đa Phúc', population: 5 },
      {
        type: 'MultiPolygon',
        coordinates: [[createRect(105.7, 21.0, 105.71, 21.01)], [createRect(105.75, 21.0, 105.8, 21.05)]],
      },
    );
    const points = labelPoints(createCollection(across));
    expect(points.features).toHaveLength(1);
    const [lng, lat] = points.features[0]!.geometry.coordinates;
    expect(lng).toBeGreaterThan(105.75);
    expect(lat).toBeGreaterThan(21.0);
  });

  it('ranks the most populous first, ties in input order', () => {
    const areas = createCollection(
      createArea({ code: 'small', name: 'A', population: 10 }, square(105.1, 21, 0.01)),
      createArea({ code: 'big', name: 'B', population: 500 }, square(105.2, 21, 0.01)),
      createArea({ code: 'tie', name: 'C', population: 10 }, square(105.3, 21, 0.01)),
    );
    expect(labelPoints(areas).features.map((f) => [f.properties.id, f.properties.rank])).toEqual([
      ['small', 1],
      ['big', 0],
      ['tie', 2],
    ]);
  });

  it('ranks by another property when told, and an area without it last', () => {
    const areas = createCollection(
      createArea({ id: 'z1', name: 'Khu A' }, square(105.1, 21, 0.01)),
      createArea({ id: 'z2', name: 'Khu B', areaHa: 80 }, square(105.2, 21, 0.01)),
    );
    const points = labelPoints(areas, { rankProp: 'areaHa', idProp: 'id' });
    expect(points.features.map((f) => [f.properties.id, f.properties.rank])).toEqual([
      ['z1', 1],
      ['z2', 0],
    ]);
  });

  it('skips areas without a name, without geometry, with empty coordinates or without area', () => {
    const areas = createCollection(
      createArea({ code: 'noname', name: ' ' }, square(105.1, 21, 0.01)),
      createArea({ code: 'null', name: 'Null' }, null),
      createArea({ code: 'empty', name: 'Empty' }, { type: 'Polygon', coordinates: [] }),
      createArea(
        { code: 'flat', name: 'Flat' },
        {
          type: 'Polygon',
          coordinates: [
            [
              [105, 21],
              [105.1, 21],
              [105, 21],
            ],
          ],
        },
      ),
      createArea({ code: 'ok', name: 'Ok' }, square(105.2, 21, 0.01)),
    );
    expect(labelPoints(areas).features.map((f) => f.properties.id)).toEqual(['ok']);
  });

  it('gives an empty collection for an empty collection', () => {
    expect(labelPoints(createCollection()).features).toEqual([]);
  });

  it('names a larger area from a lower zoom', () => {
    const areas = createCollection(
      createArea({ code: 'small', name: 'Nhỏ' }, square(105.1, 21, 0.01)),
      createArea({ code: 'large', name: 'Lớn' }, square(105.2, 21, 0.04)),
    );
    const [small, large] = labelPoints(areas).features.map((f) => f.properties.minZoom);
    // Four times the room: two zoom levels earlier.
    expect(small! - large!).toBeGreaterThan(1.9);
    expect(small! - large!).toBeLessThan(2.1);
  });
});

describe('zoom for room', () => {
  it('is where the distance spans the pixels in MapLibre’s 512-pixel world', () => {
    // 1 km at 21° N spans 10 px where a pixel is 100 m: 78,271.5 · cos 21° / 2^z = 100 → z ≈ 9.51.
    const deg = 1000 / metresPerDegreeLat(21);
    expect(zoomForRoom(deg, 21, 10)).toBeCloseTo(Math.log2((78_271.51696 * Math.cos((21 * Math.PI) / 180)) / 100), 2);
  });

  it('is 24 for no room at all', () => {
    expect(zoomForRoom(0, 21, 10)).toBe(24);
  });

  it('counts about 110.7 km to a degree of latitude at Hà Nội', () => {
    expect(metresPerDegreeLat(21)).toBeGreaterThan(110_700);
    expect(metresPerDegreeLat(21)).toBeLessThan(110_730);
  });
});
