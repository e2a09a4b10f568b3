/**
 * The shapes shared by the GeoJSON readers of imports: features numbered as in their file, the result of reading a
 * GeoJSON text, the JSON object test, and the id a feature is named by in messages.
 *
 * Split from `geojson-text.ts` (which re-exports these names) so that the reader, the VN-2000 position conversion
 * (`geojson-positions.ts`) and the split by kind (`geojson-kinds.ts`) share them without an import circle.
 */
import type { Feature } from 'geojson';
import type { DataIssue } from '../../domain/report.js';
import type { DeclaredCrs } from './crs.js';

/** Features with the number each has in its file (zero-based, as in every message). */
export type IndexedFeatures = { features: Feature[]; indices: number[] };

/** What {@link readGeoJsonText} read: features (positions in WGS84 once a declared CRS was converted), the CRS, the report. */
export type GeoJsonRead = IndexedFeatures & { crs: DeclaredCrs | null; issues: DataIssue[] };

/** A JSON object (not an array, not null). */
export type Json = Record<string, unknown>;
/** Whether `v` is a JSON object (not an array, not null). */
export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Features already read (e.g. by `readFgb`), numbered by position, as a {@link GeoJsonRead} without CRS or report. */
export function featuresRead(features: readonly Feature[]): GeoJsonRead {
  return { features: [...features], indices: features.map((_, i) => i), crs: null, issues: [] };
}

/** The feature's id for messages: its `id` member, else an `id` property (any case); null when neither. */
export function featureId(feature: unknown): string | null {
  if (!isObject(feature)) return null;
  const own = feature['id'];
  if (typeof own === 'string' || typeof own === 'number') return String(own);
  const props = feature['properties'];
  if (!isObject(props)) return null;
  const name = Object.keys(props).find((k) => k.toLowerCase() === 'id');
  const v = name === undefined ? undefined : props[name];
  return typeof v === 'string' || typeof v === 'number' ? String(v) : null;
}
