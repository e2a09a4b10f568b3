import { rawPath } from '../../test/support/data-dir.js';
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, Geometry, GeoJsonProperties } from 'geojson';
import { serialize, deserialize } from 'flatgeobuf/lib/mjs/geojson.js';
import { calcTreeSize, generateLevelBounds } from 'flatgeobuf/lib/mjs/packedrtree.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BBox } from '../domain/geo.js';
import { bboxesIntersect, emptyBbox, expandBbox, geometryBbox, hilbert, hilbertOfBbox } from './fgb.js';
import { readFgb, readFgbHeader, readFgbUrl } from './fgb-read.js';
import type { FetchFn } from './fgb-read.js';
import { writeFgb } from './fgb-write.js';

const WARDS_2025 = rawPath('admin/wards-2025.geojson');

// The library logs every tree node it visits with console.debug.
beforeEach(() => void vi.spyOn(console, 'debug').mockImplementation(() => {}));
afterEach(() => vi.restoreAllMocks());

/** Deterministic PRNG in [0, 1) (mulberry32), so that failures reproduce. */
function createRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const createFeature = (geometry: Geometry, properties: GeoJsonProperties, id?: string | number): Feature =>
  id === undefined ? { type: 'Feature', geometry, properties } : { type: 'Feature', id, geometry, properties };

const createCollection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

const ring = (x: number, y: number, size: number): number[][] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

/** One geometry of each supported type around `(x, y)` degrees. */
function createGeometry(type: string, x: number, y: number): Geometry {
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
const createProperties = (i: number): GeoJsonProperties => ({
  name: i % 2 ? 'Phường Hoàn Kiếm' : 'Xã Sóc Sơn — “ngoại thành”',
  code: `0000${i}`,
  population: 12_000 + i,
  areaKm2: 1.7 + i / 3,
  urban: i % 2 === 1,
  tags: ['4G', '5G', i],
  meta: { source: 'sáp nhập 2025', level: i },
  note: i === 1 ? null : `ghi chú ${i}`,
});

const GEOMETRY_TYPES = ['Point', 'LineString', 'Polygon', 'MultiPoint', 'MultiLineString', 'MultiPolygon'];

/** A mixed collection: `n` random features of every type over Hà Nội, numbered ids 0…n−1. */
function createRandomCollection(n: number, seed: number): FeatureCollection {
  const random = createRandom(seed);
  return createCollection(
    Array.from({ length: n }, (_, i) => {
      const type = i % 5 === 0 ? (GEOMETRY_TYPES[i % GEOMETRY_TYPES.length] ?? 'Point') : 'Point';
      return createFeature(createGeometry(type, 105.3 + random() * 0.7, 20.6 + random() * 0.8), { i }, i);
    }),
  );
}

const idsOf = (fc: FeatureCollection): Array<string | number> =>
  fc.features.map((f) => f.id ?? -1).sort((a, b) => String(a).localeCompare(String(b)));

const bruteForceIds = (fc: FeatureCollection, box: BBox): Array<string | number> =>
  idsOf(createCollection(fc.features.filter((f) => f.geometry && bboxesIntersect(geometryBbox(f.geometry), box))));

function createQuery(random: () => number): BBox {
  const [x, y] = [105.3 + random() * 0.75, 20.6 + random() * 0.85];
  const size = random() < 0.1 ? 0 : random() * random() * 0.3;
  return [x, y, x + size, y + size];
}

/** A fake `fetch` over `bytes` that honours `Range` as an HTTP server does, counting bytes sent. */
function createFakeFetch(bytes: Uint8Array, sent = { bytes: 0, requests: 0 }): FetchFn {
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

describe('writeFgb → readFgb round trip', () => {
  it.each(GEOMETRY_TYPES)('keeps %s geometries, ids and property values and types exactly', async (type) => {
    const fc = createCollection(
      [0, 1, 2].map((i) =>
        createFeature(createGeometry(type, 105.8 + i * 0.1, 21 - i * 0.05), createProperties(i), `w${i}`),
      ),
    );
    expect(await readFgb(writeFgb(fc))).toStrictEqual(fc);
  });

  it('keeps a MultiPolygon whose first polygon has a hole', async () => {
    const outer = ring(105.8, 21.0, 0.1);
    const hole = [
      [105.82, 21.02],
      [105.82, 21.05],
      [105.85, 21.05],
      [105.85, 21.02],
      [105.82, 21.02],
    ];
    const fc = createCollection([
      createFeature(
        { type: 'MultiPolygon', coordinates: [[outer, hole], [ring(106, 21, 0.01)]] },
        { name: 'Phường Hoàn Kiếm' },
        1,
      ),
    ]);
    expect(await readFgb(writeFgb(fc))).toStrictEqual(fc);
  });

  it('keeps 3000 random points in input order', async () => {
    const random = createRandom(7);
    const fc = createCollection(
      Array.from({ length: 3000 }, (_, i) =>
        createFeature({ type: 'Point', coordinates: [105 + random(), 20.5 + random()] }, { i, v: random() }, i),
      ),
    );
    expect(await readFgb(writeFgb(fc))).toStrictEqual(fc);
  });

  it('keeps a collection of mixed geometry types, declared Unknown in the header', async () => {
    const fc = createRandomCollection(60, 3);
    const bytes = writeFgb(fc);
    expect(readFgbHeader(bytes).geometryType).toBe('Unknown');
    expect(await readFgb(bytes)).toStrictEqual(fc);
  });

  it('reads an absent property as null and a feature without id without one', async () => {
    const fc = createCollection([
      createFeature(createGeometry('Point', 105.8, 21), { a: 1, b: 'x' }),
      createFeature(createGeometry('Point', 105.9, 21), { c: true }),
    ]);
    const back = await readFgb(writeFgb(fc));
    expect(back.features.map((f) => [f.id, f.properties])).toStrictEqual([
      [undefined, { a: 1, b: 'x', c: null }],
      [undefined, { a: null, b: null, c: true }],
    ]);
  });

  it('stores a column with values of different types as JSON, keeping each type', async () => {
    const fc = createCollection(
      [1, '1', true, [1], null].map((v, i) => createFeature(createGeometry('Point', 105 + i, 21), { v }, i)),
    );
    const bytes = writeFgb(fc);
    expect(readFgbHeader(bytes).columns).toStrictEqual([{ name: 'v', type: 'Json' }]);
    expect(await readFgb(bytes)).toStrictEqual(fc);
  });

  it('writes an empty collection that reads back empty, whole or by bbox', async () => {
    const bytes = writeFgb(createCollection([]));
    expect(readFgbHeader(bytes)).toMatchObject({ featuresCount: 0, indexNodeSize: 0, envelope: null });
    expect((await readFgb(bytes)).features).toStrictEqual([]);
    expect((await readFgb(bytes, { bbox: [0, 0, 1, 1] })).features).toStrictEqual([]);
  });

  it('reads from a Node Buffer that is a view into a larger buffer', async () => {
    const fc = createRandomCollection(100, 11);
    const bytes = writeFgb(fc);
    const padded = Buffer.alloc(bytes.length + 16);
    padded.set(bytes, 16);
    const box: BBox = [105.5, 20.8, 105.8, 21.1];
    expect(idsOf(await readFgb(padded.subarray(16), { bbox: box }))).toStrictEqual(bruteForceIds(fc, box));
  });
});

describe('writeFgb header and index', () => {
  it('declares indexNodeSize 16, the feature count, the envelope, CRS, geometry type and the union of columns', () => {
    const fc = createCollection(
      [0, 1, 2].map((i) =>
        createFeature(
          createGeometry('Polygon', 105.5 + i * 0.2, 21 - i * 0.1),
          i === 2 ? { extra: 'x' } : createProperties(i),
          i,
        ),
      ),
    );
    const envelope = emptyBbox();
    for (const f of fc.features) if (f.geometry) expandBbox(envelope, geometryBbox(f.geometry));
    const header = readFgbHeader(
      writeFgb(fc, { title: 'Phường/xã 2025', description: 'mô tả', metadata: { source: 'test' } }),
    );
    expect(header).toStrictEqual({
      name: null,
      featuresCount: 3,
      indexNodeSize: 16,
      geometryType: 'Polygon',
      envelope,
      crsCode: 4326,
      title: 'Phường/xã 2025',
      description: 'mô tả',
      metadata: '{"source":"test"}',
      columns: [
        { name: 'name', type: 'String' },
        { name: 'code', type: 'String' },
        { name: 'population', type: 'Double' },
        { name: 'areaKm2', type: 'Double' },
        { name: 'urban', type: 'Bool' },
        { name: 'tags', type: 'Json' },
        { name: 'meta', type: 'Json' },
        { name: 'note', type: 'String' },
        { name: 'extra', type: 'String' },
      ],
    });
  });

  it('lays out the packed R-tree as the spec says: root first, parents bound children, leaves point at features in Hilbert order', () => {
    const bytes = writeFgb(createRandomCollection(1000, 5));
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const { featuresCount, envelope } = readFgbHeader(bytes);
    const treeStart = 12 + view.getUint32(8, true);
    const featuresStart = treeStart + calcTreeSize(featuresCount, 16);
    const node = (i: number) => {
      const at = treeStart + i * 40;
      const box: BBox = [0, 8, 16, 24].map((k) => view.getFloat64(at + k, true)) as BBox;
      return { box, offset: Number(view.getBigUint64(at + 32, true)) };
    };
    const featureStarts: number[] = [];
    for (let pos = featuresStart; pos < bytes.length; pos += 4 + view.getUint32(pos, true))
      featureStarts.push(pos - featuresStart);

    const levels = generateLevelBounds(featuresCount, 16);
    const [firstLeaf, numNodes] = levels[0] ?? [0, 0];
    expect(node(0).box).toStrictEqual(envelope);
    const leaves = Array.from({ length: numNodes - firstLeaf }, (_, i) => node(firstLeaf + i));
    expect(leaves.map((l) => l.offset)).toStrictEqual(featureStarts);
    for (let level = 1; level < levels.length; level++) {
      const [start, end] = levels[level] ?? [0, 0];
      const childEnd = levels[level - 1]?.[1] ?? 0;
      for (let i = start; i < end; i++) {
        const { box, offset } = node(i);
        const union = emptyBbox();
        for (let c = offset; c < Math.min(offset + 16, childEnd); c++) expandBbox(union, node(c).box);
        expect(offset).toBe((levels[level - 1]?.[0] ?? 0) + (i - start) * 16);
        expect(box).toStrictEqual(union);
      }
    }
    const hilbertValues = leaves.map((l) => hilbertOfBbox(l.box, envelope ?? [0, 0, 1, 1]));
    expect(hilbertValues).toStrictEqual([...hilbertValues].sort((a, b) => b - a));
  });

  it('computes the same Hilbert values as flatgeobuf’s packedrtree.cpp', () => {
    // Values printed by the reference C++ hilbert(x, y).
    const cases = [
      [0, 0, 0],
      [0, 1, 3],
      [0, 65535, 1431655765],
      [65535, 0, 4294967295],
      [65535, 65535, 2863311530],
    ];
    expect(cases.map(([x, y]) => hilbert(x ?? 0, y ?? 0))).toStrictEqual(cases.map((c) => c[2]));
  });
});

describe('readFgb with bbox', () => {
  it('returns exactly the features whose bbox intersects each of 300 random queries', async () => {
    const fc = createRandomCollection(3000, 1);
    const bytes = writeFgb(fc);
    const random = createRandom(2);
    for (let q = 0; q < 300; q++) {
      const box = createQuery(random);
      expect(idsOf(await readFgb(bytes, { bbox: box })), `query ${box.join(',')}`).toStrictEqual(
        bruteForceIds(fc, box),
      );
    }
  });

  it('agrees with the library’s own deserialize with rect', async () => {
    const fc = createRandomCollection(2000, 8);
    const bytes = writeFgb(fc);
    const random = createRandom(9);
    for (let q = 0; q < 50; q++) {
      const [minX, minY, maxX, maxY] = createQuery(random);
      const ids: number[] = [];
      for await (const f of deserialize(bytes, { rect: { minX, minY, maxX, maxY } }))
        ids.push(Number(f.properties?.['__id']));
      expect(ids.sort((a, b) => a - b)).toStrictEqual(
        bruteForceIds(fc, [minX, minY, maxX, maxY])
          .map(Number)
          .sort((a, b) => a - b),
      );
    }
  });

  it('finds the only feature of a one-feature file, and nothing outside it', async () => {
    const bytes = writeFgb(createCollection([createFeature(createGeometry('Point', 105.85, 21.03), { n: 1 }, 'a')]));
    expect(idsOf(await readFgb(bytes, { bbox: [105.85, 21.03, 105.85, 21.03] }))).toStrictEqual(['a']);
    expect(idsOf(await readFgb(bytes, { bbox: [105.9, 21.03, 106, 21.1] }))).toStrictEqual([]);
  });

  it('reads a file without index (the library’s plain serialize) whole and by bbox', async () => {
    const fc = createCollection(
      [0, 1, 2, 3].map((i) => createFeature(createGeometry('Point', 105.5 + i * 0.1, 21), { name: `P${i}`, i })),
    );
    const bytes = serialize(fc);
    expect(readFgbHeader(bytes).indexNodeSize).toBe(0);
    expect((await readFgb(bytes)).features).toStrictEqual(fc.features);
    const inBox = await readFgb(bytes, { bbox: [105.55, 20.9, 105.75, 21.1] });
    expect(inBox.features.map((f) => f.properties?.['name'])).toStrictEqual(['P1', 'P2']);
  });
});

describe('readFgbUrl', () => {
  it('reads the whole file, then a bbox with range requests that fetch less than the file', async () => {
    const fc = createRandomCollection(3000, 4);
    const bytes = writeFgb(fc);
    expect(await readFgbUrl('https://example.test/a.fgb', { fetchFn: createFakeFetch(bytes) })).toStrictEqual(fc);
    const sent = { bytes: 0, requests: 0 };
    const box: BBox = [105.6, 20.9, 105.65, 20.95];
    const inBox = await readFgbUrl('https://example.test/a.fgb', { bbox: box, fetchFn: createFakeFetch(bytes, sent) });
    expect(idsOf(inBox)).toStrictEqual(bruteForceIds(fc, box));
    expect(sent.bytes).toBeLessThan(bytes.length / 2);
  });

  it('filters a file without index by bbox after fetching it whole', async () => {
    const fc = createCollection(
      [0, 1, 2].map((i) => createFeature(createGeometry('Point', 105.5 + i * 0.1, 21), { i })),
    );
    const inBox = await readFgbUrl('https://example.test/plain.fgb', {
      bbox: [105.55, 20, 105.65, 22],
      fetchFn: createFakeFetch(serialize(fc)),
    });
    expect(inBox.features.map((f) => f.properties?.['i'])).toStrictEqual([1]);
  });

  it('rejects non-FlatGeobuf data with an error naming the URL', async () => {
    const fetchFn = createFakeFetch(new TextEncoder().encode('<!doctype html><html></html>'));
    await expect(readFgbUrl('https://example.test/x.fgb', { bbox: [0, 0, 1, 1], fetchFn })).rejects.toThrow(
      new Error(
        'https://example.test/x.fgb: not a FlatGeobuf file (magic bytes 3c 21 64 6f 63 74 79 70, expected 66 67 62 03 66 67 62 00)',
      ),
    );
  });
});

describe('errors', () => {
  it('rejects bytes that are not FlatGeobuf with the exact message', async () => {
    const json = new TextEncoder().encode('{"type":"FeatureCollection","features":[]}');
    await expect(readFgb(json, { name: 'wards.fgb' })).rejects.toThrow(
      new Error(
        'wards.fgb: not a FlatGeobuf file (magic bytes 7b 22 74 79 70 65 22 3a, expected 66 67 62 03 66 67 62 00)',
      ),
    );
  });

  it.each([
    [
      'a null geometry',
      { type: 'Point', coordinates: [1, 2] },
      null,
      'feature 1: null geometry (FlatGeobuf features need one)',
    ],
    [
      'empty coordinates',
      { type: 'Point', coordinates: [1, 2] },
      { type: 'LineString', coordinates: [] },
      'feature 1 (LineString): empty coordinates',
    ],
    [
      'an empty ring',
      { type: 'Point', coordinates: [1, 2] },
      { type: 'Polygon', coordinates: [ring(1, 1, 1), []] },
      'feature 1 (Polygon): empty coordinates[1]',
    ],
    [
      'a 3-D position',
      { type: 'Point', coordinates: [1, 2] },
      { type: 'MultiPoint', coordinates: [[1, 2, 3]] },
      'feature 1 (MultiPoint): position coordinates[0] must be [lng, lat], 2 finite numbers, got [1,2,3]',
    ],
    [
      'a GeometryCollection',
      { type: 'Point', coordinates: [1, 2] },
      { type: 'GeometryCollection', geometries: [] },
      'feature 1: unsupported geometry type "GeometryCollection" (Point, LineString, Polygon and their Multi* only)',
    ],
  ])('writeFgb rejects %s, naming the feature', (_what, first, second, message) => {
    const fc = createCollection([createFeature(first as Geometry, {}), createFeature(second as Geometry, {})]);
    expect(() => writeFgb(fc)).toThrow(new Error(message));
  });

  it('writeFgb rejects a property named like a bookkeeping column', () => {
    const fc = createCollection([createFeature(createGeometry('Point', 1, 2), { __fid: 3 })]);
    expect(() => writeFgb(fc)).toThrow(new Error('feature 0: property name "__fid" is reserved by writeFgb'));
  });
});

describe('wards-2025.geojson', () => {
  it('round-trips unchanged through FlatGeobuf, and is smaller than the GeoJSON', async () => {
    const text = readFileSync(WARDS_2025, 'utf8');
    const wards = JSON.parse(text) as FeatureCollection;
    const bytes = writeFgb(wards);
    expect(wards.features).toHaveLength(126);
    expect(readFgbHeader(bytes)).toMatchObject({
      featuresCount: 126,
      indexNodeSize: 16,
      geometryType: 'MultiPolygon',
      name: 'hanoi_wards_2025',
    });
    expect(await readFgb(bytes)).toStrictEqual(wards);
    expect(bytes.length).toBeLessThan(Buffer.byteLength(text));
  });
});
