/**
 * Fast point-in-polygon for sampling: a Polygon or MultiPolygon whose edges are bucketed into horizontal
 * bands, so the even–odd ray test (W. R. Franklin's PNPOLY) only visits the edges that cross the point's
 * latitude. The city boundary has about 5,400 vertices; a band holds a few dozen edges.
 *
 * Coordinates are `[lng, lat]` degrees, treated as a plane: right for a point-in-ring test, whose edges
 * are straight in lon/lat in GeoJSON (RFC 7946 §3.1.1).
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { BBox } from '../../src/domain/geo.js';
import type { Rng } from './random.js';

/** A polygon prepared for repeated containment tests and uniform sampling. */
export type PolygonIndex = {
  /** `[minLng, minLat, maxLng, maxLat]` degrees. */
  bbox: BBox;
  /** True when `[lng, lat]` is inside (even–odd over all rings, so holes are excluded). */
  contains(lng: number, lat: number): boolean;
};

/** Edges per band the index aims at; a ring of 15 vertices gets one band. */
const EDGES_PER_BAND = 8;
const MAX_BANDS = 1024;

/** Builds a `PolygonIndex` for a Polygon or MultiPolygon (rings closed or not). */
export function createPolygonIndex(geom: Polygon | MultiPolygon): PolygonIndex {
  const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
  const xa: number[] = [];
  const ya: number[] = [];
  const xb: number[] = [];
  const yb: number[] = [];
  const bbox: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const rings of polys) {
    for (const ring of rings) {
      const n = ring.length;
      for (let i = 0; i < n; i++) {
        const p = ring[i]!;
        const q = ring[(i + 1) % n]!;
        if (p[0]! === q[0]! && p[1]! === q[1]!) continue;
        xa.push(p[0]!);
        ya.push(p[1]!);
        xb.push(q[0]!);
        yb.push(q[1]!);
        bbox[0] = Math.min(bbox[0], p[0]!);
        bbox[1] = Math.min(bbox[1], p[1]!);
        bbox[2] = Math.max(bbox[2], p[0]!);
        bbox[3] = Math.max(bbox[3], p[1]!);
      }
    }
  }
  const edgeCount = xa.length;
  const bandCount = Math.max(1, Math.min(MAX_BANDS, Math.ceil(edgeCount / EDGES_PER_BAND)));
  const bandH = (bbox[3] - bbox[1]) / bandCount || 1;
  const bands: number[][] = Array.from({ length: bandCount }, () => []);
  const bandOf = (lat: number) => Math.min(bandCount - 1, Math.max(0, Math.floor((lat - bbox[1]) / bandH)));
  for (let e = 0; e < edgeCount; e++) {
    const lo = bandOf(Math.min(ya[e]!, yb[e]!));
    const hi = bandOf(Math.max(ya[e]!, yb[e]!));
    for (let b = lo; b <= hi; b++) bands[b]!.push(e);
  }

  function contains(lng: number, lat: number): boolean {
    if (lng < bbox[0] || lng > bbox[2] || lat < bbox[1] || lat > bbox[3]) return false;
    let inside = false;
    for (const e of bands[bandOf(lat)]!) {
      const y1 = ya[e]!;
      const y2 = yb[e]!;
      if (y1 > lat !== y2 > lat) {
        const x = xa[e]! + ((lat - y1) * (xb[e]! - xa[e]!)) / (y2 - y1);
        if (lng < x) inside = !inside;
      }
    }
    return inside;
  }

  return { bbox, contains };
}

/**
 * A point drawn uniformly inside every one of `indexes` (their intersection), by rejection sampling in the
 * first one's bbox: `[lng, lat]` degrees rounded to 6 decimals, or null after `maxTries` misses.
 */
export function samplePointInside(
  rng: Rng,
  indexes: readonly PolygonIndex[],
  maxTries = 2000,
): [number, number] | null {
  const first = indexes[0];
  if (!first) return null;
  const [minX, minY, maxX, maxY] = first.bbox;
  for (let t = 0; t < maxTries; t++) {
    // Rounded to 6 decimals (about 0.1 m) before the test, so the written position is the tested one.
    const lng = Math.round(rng.uniform(minX, maxX) * 1e6) / 1e6;
    const lat = Math.round(rng.uniform(minY, maxY) * 1e6) / 1e6;
    if (indexes.every((ix) => ix.contains(lng, lat))) return [lng, lat];
  }
  return null;
}
