/**
 * Pure helpers of the point panel ("Có 5G ở đây không?"): distances and positions as a reader of each language
 * writes them, and the permanent link of a point. No React, no DOM.
 */
import type { Lang } from '../domain/lang.js';
import type { LngLat } from '../domain/geo.js';
import { formatPointLink, POINT_LINK_PARAM } from '../domain/point-link.js';
import { formatFigure } from './locale-format.js';

/** A distance in metres as read: `350 m` below 1 km, else km with one decimal (`1,2 km` in Vietnamese). */
export function formatDistance(m: number, lang: Lang): string {
  if (m < 999.5) return `${formatFigure(Math.round(m), lang, 0)} m`;
  return `${formatFigure(m / 1000, lang, m < 9950 ? 1 : 0)} km`;
}

/** A position `[lng, lat]` as `21,028500° B, 105,854200° Đ` (Vietnamese) or `21.028500° N, 105.854200° E`. */
export function formatPosition([lng, lat]: Readonly<LngLat>, lang: Lang): string {
  const f = (v: number) => formatFigure(Math.abs(v), lang, 6);
  const [n, s, e, w] = lang === 'vi' ? ['B', 'N', 'Đ', 'T'] : ['N', 'S', 'E', 'W'];
  return `${f(lat)}° ${lat >= 0 ? n : s}, ${f(lng)}° ${lng >= 0 ? e : w}`;
}

/**
 * The permanent link of a point: `href` with `pt=lat,lng` set in its hash (the other hash parameters, the view
 * and the language, kept), so that the link reopens the point and its panel.
 */
export function pointLinkUrl(href: string, lngLat: Readonly<LngLat>): string {
  const url = new URL(href);
  const p = new URLSearchParams(url.hash.replace(/^#/, ''));
  p.set(POINT_LINK_PARAM, formatPointLink({ lngLat: [lngLat[0], lngLat[1]], asOf: null }));
  url.hash = p.toString().replace(/%2F/g, '/').replace(/%3A/g, ':').replace(/%2C/g, ',');
  return url.href;
}
