/**
 * Geodesy on the WGS84 ellipsoid: lengths, areas and circles in true metres.
 *
 * Uses C. F. F. Karney's geodesic algorithms ("Algorithms for geodesics", J. Geodesy 87, 2013) through
 * GeographicLib. Polygon edges are taken as geodesics; at the scale of a ward the difference from a
 * straight edge in lon/lat is far below a square metre. Hà Nội is at 21°N, where a Web Mercator metre is
 * about 7 % short, so nothing here uses a projected plane.
 */
import * as geographiclib from 'geographiclib-geodesic';
import type { MultiPolygon, Polygon, Position } from 'geojson';

// GeographicLib ships a CommonJS/UMD bundle: Node's ESM loader exposes it as the default export only,
// bundlers as named exports. Take whichever is there.
type GeographicLib = typeof geographiclib;
const lib: GeographicLib = (geographiclib as unknown as { default?: GeographicLib }).default ?? geographiclib;
const { Geodesic, PolygonArea } = lib;

const WGS84 = Geodesic.WGS84;

/** Geodesic distance between two `[lng, lat]` positions, metres. */
export function distanceM(a: Position, b: Position): number {
  const r = WGS84.Inverse(a[1]!, a[0]!, b[1]!, b[0]!, Geodesic.DISTANCE);
  return r.s12 ?? 0;
}

/** The `[lng, lat]` reached from `from` after `distanceM` metres on bearing `bearingDeg` (clockwise from north). */
export function destination(from: Position, bearingDeg: number, distM: number): [number, number] {
  const r = WGS84.Direct(from[1]!, from[0]!, bearingDeg, distM, Geodesic.LATITUDE | Geodesic.LONGITUDE);
  return [r.lon2!, r.lat2!];
}

/** Geodesic length of a line of `[lng, lat]` positions, metres. */
export function lineLengthM(coords: readonly Position[]): number {
  let sum = 0;
  for (let i = 1; i < coords.length; i++) sum += distanceM(coords[i - 1]!, coords[i]!);
  return sum;
}

/** Unsigned area of one ring of `[lng, lat]` positions (closed or not), m². */
export function ringAreaM2(ring: readonly Position[]): number {
  const n = ring.length;
  if (n < 3) return 0;
  const poly = new PolygonArea.PolygonArea(WGS84, false);
  const closed = ring[0]![0] === ring[n - 1]![0] && ring[0]![1] === ring[n - 1]![1];
  const last = closed ? n - 1 : n;
  for (let i = 0; i < last; i++) poly.AddPoint(ring[i]![1]!, ring[i]![0]!);
  // reverse=false, sign=true gives the signed area; orientation is irrelevant here.
  return Math.abs(poly.Compute(false, true).area ?? 0);
}

/** Area of a Polygon or MultiPolygon (outer rings minus holes), m², on the WGS84 ellipsoid. */
export function polygonAreaM2(geom: Polygon | MultiPolygon): number {
  const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
  let sum = 0;
  for (const rings of polys) {
    rings.forEach((ring, i) => {
      sum += i === 0 ? ringAreaM2(ring) : -ringAreaM2(ring);
    });
  }
  return sum;
}

/**
 * A geodesic circle: every vertex is `radiusM` metres from `center` on the ellipsoid.
 * Returns a closed counter-clockwise ring of `steps + 1` positions `[lng, lat]`.
 */
export function geodesicCircle(center: Position, radiusM: number, steps = 64): Position[] {
  const ring: Position[] = [];
  for (let i = 0; i < steps; i++) ring.push(destination(center, 360 - (i * 360) / steps, radiusM));
  ring.push(ring[0]!);
  return ring;
}
