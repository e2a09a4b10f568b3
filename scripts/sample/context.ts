/**
 * Shared preparation for the sample generator: wards with a point-in-polygon index and a density class,
 * zones inside the city, and a local distance good enough for choosing sample positions.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { createPolygonIndex, type PolygonIndex } from './polygon-index.js';
import type { DensityClass, PreparedWard, SampleWard, SampleZone } from './types.js';

/** People per km² from which a ward counts as urban core. */
export const CORE_DENSITY_PER_KM2 = 10_000;
/** People per km² below which a ward counts as rural. */
export const RURAL_DENSITY_PER_KM2 = 2_000;

/** Mean Earth radius, metres (IUGG), for the local distance below. */
const EARTH_RADIUS_M = 6_371_008.8;

/**
 * Distance between two `[lng, lat]` points in metres by the equirectangular approximation. Off by far less
 * than 1 % below 50 km at Hà Nội's latitude; used only to choose sample positions, never for analysis (that
 * uses the ellipsoid, `src/analysis/geodesy.ts`).
 */
export function localDistanceM(lng1: number, lat1: number, lng2: number, lat2: number): number {
  const rad = Math.PI / 180;
  const x = (lng2 - lng1) * rad * Math.cos(((lat1 + lat2) / 2) * rad);
  const y = (lat2 - lat1) * rad;
  return EARTH_RADIUS_M * Math.sqrt(x * x + y * y);
}

/** Rounds degrees to 6 decimals (about 0.1 m), the precision of every generated position. */
export function round6(deg: number): number {
  return Math.round(deg * 1e6) / 1e6;
}

/** Rounds to one decimal. */
export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** Wards sorted by code (so input order never matters), indexed, with their density class. */
export function prepareWards(wards: readonly SampleWard[]): PreparedWard[] {
  return [...wards]
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map((w) => {
      const density = w.areaKm2 > 0 ? w.population / w.areaKm2 : 0;
      const densityClass: DensityClass =
        density >= CORE_DENSITY_PER_KM2 ? 'core' : density >= RURAL_DENSITY_PER_KM2 ? 'suburban' : 'rural';
      const urbanity = Math.max(0, Math.min(1, Math.log10(Math.max(density, 1) / 300) / 2));
      return { ...w, index: createPolygonIndex(w.geometry), density, densityClass, urbanity };
    });
}

/** The city boundary, indexed. */
export function prepareCity(city: Polygon | MultiPolygon): PolygonIndex {
  return createPolygonIndex(city);
}

/** Zones whose centre is inside the city, sorted by id. */
export function prepareZones(zones: readonly SampleZone[], city: PolygonIndex): SampleZone[] {
  return zones.filter((z) => city.contains(z.lng, z.lat)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** True when `[lng, lat]` is within `marginM` metres of a zone's edge (centre distance ≤ radius + margin). */
export function isNearZone(zones: readonly SampleZone[], lng: number, lat: number, marginM: number): boolean {
  for (const z of zones) {
    if (localDistanceM(lng, lat, z.lng, z.lat) <= z.radiusM + marginM) return true;
  }
  return false;
}

/** The first ward (by code) containing `[lng, lat]`, or null. */
export function wardAt(wards: readonly PreparedWard[], lng: number, lat: number): PreparedWard | null {
  for (const w of wards) {
    const [x0, y0, x1, y1] = w.index.bbox;
    if (lng >= x0 && lng <= x1 && lat >= y0 && lat <= y1 && w.index.contains(lng, lat)) return w;
  }
  return null;
}
