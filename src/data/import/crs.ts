/**
 * Coordinate reference systems declared by a file (a GeoJSON `crs` member as QGIS and GDAL still write it, or
 * the command line's `--crs`), and the conversion of their positions to WGS84 `[lng, lat]` degrees.
 *
 * (To be completed: EPSG:4326, CRS84 and the VN-2000 codes; see the module's tests.)
 */
import type { DataIssue } from '../../domain/report';

/** A declared system: WGS84 degrees, or a VN-2000 projection whose positions are converted. */
export type DeclaredCrs =
  | { kind: 'wgs84'; name: string }
  | { kind: 'vn2000'; epsg: number; name: string; toWgs84: (x: number, y: number) => [number, number] };

/**
 * The system a GeoJSON `crs` member declares (`{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::5897"}}`
 * and the other forms GDAL writes); `crs` null when the member is absent, `issue` when it names something this
 * importer cannot convert (the file is then refused by name).
 */
export function crsOfGeoJsonMember(member: unknown, source: string): { crs: DeclaredCrs | null; issue: DataIssue | null } {
  void source;
  if (member === undefined || member === null) return { crs: null, issue: null };
  return { crs: null, issue: null };
}
