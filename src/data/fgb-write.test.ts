/**
 * What `writeFgb` declares in the header (feature count, envelope, CRS, geometry type, the union of columns)
 * and the inputs it rejects, each with a message naming the feature.
 */
import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  createCollection,
  createFeature,
  createGeometry,
  createProperties,
  muteFgbDebugLog,
  ring,
} from '../../test/support/fgb-collections.js';
import { readFgbHeader } from './fgb-read.js';
import { emptyBbox, expandBbox, geometryBbox } from './fgb-rtree.js';
import { writeFgb } from './fgb-write.js';

muteFgbDebugLog();

describe('writeFgb header', () => {
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
});

describe('writeFgb errors', () => {
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
