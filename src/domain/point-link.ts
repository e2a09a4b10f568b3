/**
 * A permanent link to a point lookup ("Có 5G ở đây không?"): the point and the date the answer was for, as one
 * value of the URL hash, `pt=21.028500,105.854200` or `pt=21.028500,105.854200,2025-11-30`. Latitude first, as
 * people write a position and as map services paste it; slashes (`21.0285/105.8542`, like the view's
 * `map=zoom/lat/lng`) are read too. Six decimals (about 0.1 m) so that a reopened link asks the very point, not one
 * a metre away across a footprint's edge.
 */
import { HANOI_BBOX, type LngLat } from './geo.js';

/** The hash parameter that holds the point. */
export const POINT_LINK_PARAM = 'pt';

/** A point lookup a link reopens: the point `[lng, lat]` degrees, and the date (ISO `YYYY-MM-DD`) or null for none. */
export type PointLink = { lngLat: LngLat; asOf: string | null };

const NUMBER = String.raw`-?\d{1,3}(?:\.\d{1,9})?`;
const VALUE = new RegExp(String.raw`^(${NUMBER})([,/])(${NUMBER})(?:\2(\d{4}-\d{2}-\d{2}))?$`);

/** Whether `date` is a real calendar day written `YYYY-MM-DD`. */
function isIsoDay(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y!, m! - 1, d!));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m! - 1 && t.getUTCDate() === d;
}

/** The `pt` value of a link: `lat,lng` to six decimals, then `,date` when there is one. */
export function formatPointLink(link: PointLink): string {
  const [lng, lat] = link.lngLat;
  return `${lat.toFixed(6)},${lng.toFixed(6)}${link.asOf === null ? '' : `,${link.asOf}`}`;
}

/**
 * Reads a `pt` value (as `URLSearchParams.get` gives it); null when it is missing or malformed, when the point
 * is outside Hà Nội's box (`HANOI_BBOX`) or the date is not a calendar day: a bad link opens no lookup.
 */
export function parsePointLink(value: string | null): PointLink | null {
  const m = VALUE.exec(value ?? '');
  if (!m) return null;
  const lat = Number(m[1]);
  const lng = Number(m[3]);
  const [minLng, minLat, maxLng, maxLat] = HANOI_BBOX;
  if (!(lng >= minLng && lng <= maxLng && lat >= minLat && lat <= maxLat)) return null;
  const asOf = m[4] ?? null;
  if (asOf !== null && !isIsoDay(asOf)) return null;
  return { lngLat: [lng, lat], asOf };
}
