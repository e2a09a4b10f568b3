/**
 * What a GeoJSON layer must contain ({@link GeoJsonSpec}) and what validating it gives ({@link ParsedLayer}). The
 * rules and messages are described in `./geojson-input.ts`. Positions are `[lng, lat]` WGS84 degrees.
 */
import type { Feature } from 'geojson';
import type { BBox } from '../domain/geo.js';
import { HANOI_BBOX } from '../domain/geo.js';
import type { DataIssue, RepairCounts } from '../domain/report.js';

/** The GeoJSON geometry types a layer may declare. GeometryCollection is not accepted. */
export type GeometryType = 'Point' | 'MultiPoint' | 'LineString' | 'MultiLineString' | 'Polygon' | 'MultiPolygon';

/** What a layer file must contain. */
export type GeoJsonSpec = {
  /** File name used in messages, e.g. `wards-2025.geojson`. */
  file: string;
  /** Allowed geometry types; any other is a `geometry-type` error. */
  geometryTypes: readonly GeometryType[];
  /** Property that identifies a feature (`code`), required and unique; null for layers without a key. */
  keyProperty: string | null;
  /** Pattern the key must match, e.g. `/^\d{5}$/`. @default no pattern */
  keyPattern?: RegExp;
  /** Extent every position must lie in, `[minLng, minLat, maxLng, maxLat]` degrees. @default HANOI_BBOX */
  bbox?: Readonly<BBox>;
  /** Check polygon rings for self-intersection. @default true */
  checkSelfIntersection?: boolean;
  /**
   * The number each input feature has in its file, used in messages and `index` (features taken from a larger
   * file, e.g. one kind of a mixed file). @default the feature's position in the input
   */
  indices?: readonly number[];
};

/** Defaults for the optional fields of {@link GeoJsonSpec}. */
export const GEOJSON_SPEC_DEFAULTS = {
  bbox: HANOI_BBOX,
  checkSelfIntersection: true,
} as const satisfies Pick<Required<GeoJsonSpec>, 'bbox' | 'checkSelfIntersection'>;

/**
 * The result of {@link parseGeoJsonLayer}: accepted features in input order, the number of each (as in messages,
 * see {@link GeoJsonSpec.indices}), issues, repair counts.
 */
export type ParsedLayer = { features: Feature[]; indices: number[]; issues: DataIssue[]; repairs: RepairCounts };
