/**
 * Quadkeys of the Web Mercator tile pyramid (Microsoft, "Bing Maps Tile System",
 * https://learn.microsoft.com/bingmaps/articles/bing-maps-tile-system): a tile at zoom `z` is named by `z` base-4
 * digits, one per level from the top, each digit `2·(y bit) + (x bit)`. Ookla's open-data speed tiles use zoom 16
 * (tiles of 360/2¹⁶ ≈ 0.0055° of longitude: about 610.8 m at the equator, 570 m across at Hà Nội's 21° N).
 */
import type { LngLat } from './geo.js';

/** A tile of the pyramid: column `x` (west → east) and row `y` (north → south), both 0 … 2^z − 1, at zoom `z`. */
export type Tile = { x: number; y: number; z: number };

/** The zoom of Ookla's open-data tiles. */
export const OOKLA_TILE_ZOOM = 16;

/** Deepest zoom a quadkey may name here (the Bing Maps tile system's limit). */
export const MAX_QUADKEY_ZOOM = 23;

/** The tile a quadkey names; null when the text is empty, longer than 23 digits or holds anything but 0–3. */
export function quadkeyToTile(quadkey: string): Tile | null {
  const z = quadkey.length;
  if (z === 0 || z > MAX_QUADKEY_ZOOM) return null;
  let x = 0;
  let y = 0;
  for (let i = 0; i < z; i++) {
    const d = quadkey.charCodeAt(i) - 48;
    if (d < 0 || d > 3) return null;
    x = x * 2 + (d & 1);
    y = y * 2 + (d >> 1);
  }
  return { x, y, z };
}

/** The quadkey of a tile (its zoom many digits). */
export function tileToQuadkey(tile: Tile): string {
  let out = '';
  for (let i = tile.z; i > 0; i--) {
    const mask = 1 << (i - 1);
    out += String((tile.x & mask ? 1 : 0) + (tile.y & mask ? 2 : 0));
  }
  return out;
}

/** Longitude of a tile column's west edge, degrees. */
function lngOf(x: number, z: number): number {
  return (x / 2 ** z) * 360 - 180;
}

/** Latitude of a tile row's north edge, degrees (inverse spherical Mercator). */
function latOf(y: number, z: number): number {
  const n = Math.PI * (1 - (2 * y) / 2 ** z);
  return (Math.atan(Math.sinh(n)) * 180) / Math.PI;
}

/** A tile's extent `[west, south, east, north]`, degrees. */
export function tileBounds(tile: Tile): [number, number, number, number] {
  return [lngOf(tile.x, tile.z), latOf(tile.y + 1, tile.z), lngOf(tile.x + 1, tile.z), latOf(tile.y, tile.z)];
}

/**
 * A tile's centre `[lng, lat]`, degrees: the midpoint of its extent in longitude and in latitude (at zoom 16 the
 * Mercator midpoint lies within 1 mm of it).
 */
export function tileCentre(tile: Tile): LngLat {
  const [w, s, e, n] = tileBounds(tile);
  return [(w + e) / 2, (s + n) / 2];
}

/** The tile at zoom `z` holding `[lng, lat]` (degrees; latitude clamped to Web Mercator's ±85.0511°). */
export function lngLatToTile(lng: number, lat: number, z: number): Tile {
  const size = 2 ** z;
  const clamped = Math.max(-85.05112878, Math.min(85.05112878, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  const fx = (lng + 180) / 360;
  const fy = 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
  const clamp = (v: number) => Math.min(size - 1, Math.max(0, Math.floor(v * size)));
  return { x: clamp(fx), y: clamp(fy), z };
}
