/**
 * "Có 5G ở đây không?" on the public map, which runs no analysis: the answer comes from the coverage it already
 * draws, computed at build time by the same engine (`coverage-4g.fgb`, `coverage-5g.fgb`: where 4G / 5G reach,
 * any operator, outdoors, cut into 1 km tiles and simplified by about 9 m). The page reads only the tiles around
 * the point (the files' spatial index, HTTP range requests) and tests the point against them
 * (public-point-level.ts reads the files of each level, indoors too). Per operator, the nearest sites and the
 * measured speeds are not in the public data: the panel says so.
 */
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { LngLat } from '../domain/geo.js';
import type { Technology } from '../domain/telecom.js';

/** Whether 4G and 5G (any operator) reach the point at one level, by the precomputed coverage. */
export type PublicPointCoverage = Record<Technology, boolean>;

/** Reads the features of a file within a box (`[west, south, east, north]` degrees). */
export type BoxReader = (url: string, bbox: [number, number, number, number]) => Promise<FeatureCollection>;

/** Even-odd test of a point against a ring (`[lng, lat]` degrees; a 1 km tile's edges are straight enough). */
function inRing(ring: readonly Position[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether a Polygon or MultiPolygon holds the point (inside its shell, outside its holes). */
export function polygonHolds(geometry: Polygon | MultiPolygon, [x, y]: Readonly<LngLat>): boolean {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some((rings) => rings.length > 0 && rings.filter((r) => inRing(r, x, y)).length % 2 === 1);
}
