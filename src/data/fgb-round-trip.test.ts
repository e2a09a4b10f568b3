/**
 * GeoJSON → `writeFgb` → `readFgb` gives back the same collection: every geometry type, holes, ids, property
 * values and types, input order, empty files, byte views, and the real 2025 ward layer.
 */
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { rawPath } from '../../test/support/data-dir.js';
import {
  GEOMETRY_TYPES,
  bruteForceIds,
  createCollection,
  createFeature,
  createGeometry,
  createProperties,
  createRandom,
  createRandomCollection,
  idsOf,
  muteFgbDebugLog,
  ring,
} from '../../test/support/fgb-collections.js';
import type { BBox } from '../domain/geo.js';
import { readFgb, readFgbHeader } from './fgb-read.js';
import { writeFgb } from './fgb-write.js';

const WARDS_2025 = rawPath('admin/wards-2025.geojson');

muteFgbDebugLog();

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
