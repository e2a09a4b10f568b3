/**
 * Builders and checks for the FlatGeobuf tests (`src/data/fgb-*.test.ts`): a seeded PRNG, GeoJSON features of
 * every supported geometry type over Hà Nội (`[lng, lat]` degrees), properties of every kind, random bbox
 * queries with their brute-force answers, a fake `fetch` that honours HTTP `Range`, and the hooks that mute the
 * flatgeobuf library's debug log.
 */
import type { Feature, FeatureCollection, Geometry, GeoJsonProperties } from 'geojson';
import { afterEach, beforeEach, vi } from 'vitest';
import type { BBox } from '../../src/domain/geo.js';
import type { FetchFn } from '../../src/data/fgb-read.js';
import { bboxesIntersect, geometryBbox } from '../../src/data/fgb-rtree.js';

/** Mutes `console.debug` around each test of the calling file: the library logs every tree node it visits. */
export function muteFgbDebugLog(): void {
  beforeEach(() => void vi.spyOn(console, 'debug').mockImplementation(() => {}));
  afterEach(() => vi.restoreAllMocks());
}

/** Deterministic PRNG in [0, 1) (mulberry32), so that failures reproduce. */
export function createRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A feature; `id` is left out when undefined. */
export const createFeature = (geometry: Geometry, properties: GeoJsonProperties, id?: string | number): Feature =>
  id === undefined ? { type: 'Feature', geometry, properties } : { type: 'Feature', id, geometry, properties };

/** A FeatureCollection of `features`. */
export const createCollection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

/** A closed square ring with its south-west corner at `(x, y)` and sides of `size`, degrees. */
export const ring = (x: number, y: number, size: number): number[][] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

/** One geometry of each supported type around `(x, y)` degrees. */
export function createGeometry(type: string, x: number, y: number): Geometry {
  switch (type) {
    case 'Point':
      return { type, coordinates: [x, y] };
    case 'MultiPoint':
      return {
        type,
        coordinates: [
          [x, y],
          [x + 0.01, y + 0.02],
        ],
      };
    case 'LineString':
      return {
        type,
        coordinates: [
          [x, y],
          [x + 0.01, y + 0.005],
          [x + 0.02, y - 0.003],
        ],
      };
    case 'MultiLineString':
      return {
        type,
        coordinates: [
          [
            [x, y],
            [x + 0.01, y],
          ],
          [
            [x, y + 0.01],
            [x + 0.02, y + 0.03],
          ],
        ],
      };
    case 'Polygon':
      return { type, coordinates: [ring(x, y, 0.01)] };
    case 'MultiPolygon':
      return { type, coordinates: [[ring(x, y, 0.01)], [ring(x + 0.02, y, 0.005)]] };
    default:
      throw new Error(`no fixture for ${type}`);
  }
}

/** Properties of every kind: unicode text, number-like text, integers, floats, booleans, arrays, objects, null. */
export const createProperties = (i: number): GeoJsonProperties => ({
  name: i % 2 ? 'Phường Hoàn Kiếm' : 'Xã Sóc Sơn — “ngoại thành”',
  code: `0000${i}`,
  population: 12_000 + i,
  areaKm2: 1.7 + i / 3,
  urban: i % 2 === 1,
  tags: ['4G', '5G', i],
  meta: { source: 'sáp nhập 2025', level: i },
  note: i === 1 ? null : `ghi chú ${i}`,
});

/** The geometry types `writeFgb` supports. */
export const GEOMETRY_TYPES = ['Point', 'LineString', 'Polygon', 'MultiPoint', 'MultiLineString', 'MultiPolygon'];

/** A mixed collection: `n` random features of every type over Hà Nội, numbered ids 0…n−1. */
export function createRandomCollection(n: number, seed: number): FeatureCollection {
  const random = createRandom(seed);
  return createCollection(
    Array.from({ length: n }, (_, i) => {
      const type = i % 5 === 0 ? (GEOMETRY_TYPES[i % GEOMETRY_TYPES.length] ?? 'Point') : 'Point';
      return createFeature(createGeometry(type, 105.3 + random() * 0.7, 20.6 + random() * 0.8), { i }, i);
    }),
  );
}

/** The collection's feature ids (−1 for none), sorted as text. */
export const idsOf = (fc: FeatureCollection): Array<string | number> =>
  fc.features.map((f) => f.id ?? -1).sort((a, b) => String(a).localeCompare(String(b)));

/** The ids of the features whose bbox intersects `box`, found by testing every feature (sorted as `idsOf`). */
export const bruteForceIds = (fc: FeatureCollection, box: BBox): Array<string | number> =>
  idsOf(createCollection(fc.features.filter((f) => f.geometry && bboxesIntersect(geometryBbox(f.geometry), box))));

/** A random query box over Hà Nội, degrees; one in ten is a single point. */
export function createQuery(random: () => number): BBox {
  const [x, y] = [105.3 + random() * 0.75, 20.6 + random() * 0.85];
  const size = random() < 0.1 ? 0 : random() * random() * 0.3;
  return [x, y, x + size, y + size];
}

/** A fake `fetch` over `bytes` that honours `Range` as an HTTP server does, counting bytes sent. */
export function createFakeFetch(bytes: Uint8Array, sent = { bytes: 0, requests: 0 }): FetchFn {
  return async (_url, init) => {
    sent.requests++;
    const range = new Headers(init?.headers).get('Range');
    const match = range ? /^bytes=(\d+)-(\d+)$/.exec(range) : null;
    if (!match) {
      sent.bytes += bytes.length;
      return new Response(bytes.slice(), { status: 200 });
    }
    const start = Number(match[1]);
    if (start >= bytes.length) return new Response(null, { status: 416 });
    const body = bytes.slice(start, Math.min(Number(match[2]) + 1, bytes.length));
    sent.bytes += body.length;
    return new Response(body, { status: 206 });
  };
}
