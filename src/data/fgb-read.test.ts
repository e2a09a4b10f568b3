/**
 * `readFgb` by bounding box (against brute force and the library's own reader, with and without an index),
 * `readFgbUrl` with HTTP range requests over a fake `fetch`, and the error for bytes that are not FlatGeobuf.
 */
import { deserialize, serialize } from 'flatgeobuf/lib/mjs/geojson.js';
import { describe, expect, it } from 'vitest';
import {
  bruteForceIds,
  createCollection,
  createFakeFetch,
  createFeature,
  createGeometry,
  createQuery,
  createRandom,
  createRandomCollection,
  idsOf,
  muteFgbDebugLog,
} from '../../test/support/fgb-collections.js';
import type { BBox } from '../domain/geo.js';
import { readFgb, readFgbHeader, readFgbUrl } from './fgb-read.js';
import { writeFgb } from './fgb-write.js';

muteFgbDebugLog();

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

describe('readFgb errors', () => {
  it('rejects bytes that are not FlatGeobuf with the exact message', async () => {
    const json = new TextEncoder().encode('{"type":"FeatureCollection","features":[]}');
    await expect(readFgb(json, { name: 'wards.fgb' })).rejects.toThrow(
      new Error(
        'wards.fgb: not a FlatGeobuf file (magic bytes 7b 22 74 79 70 65 22 3a, expected 66 67 62 03 66 67 62 00)',
      ),
    );
  });
});
