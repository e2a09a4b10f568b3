/**
 * Builders for the GeoJSON reader's tests (`src/data/geojson-input*.test.ts`, and the importers' tests that need
 * a FeatureCollection's text): the ward layer's spec, the pipeline fixtures in `test/fixtures/pipeline/`, small
 * polygons in Hà Nội, and the exact error issue the reader reports. Not a test file itself.
 */
import { readFileSync } from 'node:fs';
import type { Feature, Position } from 'geojson';
import type { DataIssue } from '../../src/domain/report.js';
import { parseGeoJsonLayer, type GeoJsonSpec } from '../../src/data/geojson-input.js';

/** Folder of the reader's edge fixtures, relative to the repository root (where vitest runs). */
export const PIPELINE_FIXTURES = 'test/fixtures/pipeline/';

/** The spec of a ward layer named `file`: Polygon or MultiPolygon features keyed by a five-digit `code`. */
export function createWardSpec(file: string): GeoJsonSpec {
  return { file, geometryTypes: ['Polygon', 'MultiPolygon'], keyProperty: 'code', keyPattern: /^\d{5}$/ };
}

/** The pipeline fixture `file` parsed as a ward layer ({@link createWardSpec}). */
export function parseFixture(file: string): ReturnType<typeof parseGeoJsonLayer> {
  return parseGeoJsonLayer(readFileSync(PIPELINE_FIXTURES + file, 'utf8'), createWardSpec(file));
}

/** An axis-aligned counter-clockwise square ring, closed, `[lng, lat]` degrees; `side` in degrees. */
export function createSquare(lng = 105.85, lat = 21.02, side = 0.01): Position[] {
  return [
    [lng, lat],
    [lng + side, lat],
    [lng + side, lat + side],
    [lng, lat + side],
    [lng, lat],
  ];
}

/** A Polygon feature of `rings` (`[lng, lat]` degrees) whose `code` property is `code`, or absent when `null`. */
export function createPolygonFeature(code: string | null, rings: Position[][]): Feature {
  return {
    type: 'Feature',
    properties: code === null ? {} : { code },
    geometry: { type: 'Polygon', coordinates: rings },
  };
}

/** The JSON text of a FeatureCollection of `features`, which are written as given (valid or not). */
export function createCollectionText(features: readonly unknown[]): string {
  return JSON.stringify({ type: 'FeatureCollection', features });
}

/** The `code` property of every feature, in order (`undefined` where it is missing). */
export function codes(features: readonly Feature[]): unknown[] {
  return features.map((f) => f.properties?.['code']);
}

/** The error issue the reader reports for `file`: feature `index` (or `null` for the file) with key `key`. */
export function createError(
  file: string,
  rule: string,
  index: number | null,
  key: string | null,
  message: string,
  vi: string,
): DataIssue {
  return { severity: 'error', rule, file, index, key, message, vi };
}
