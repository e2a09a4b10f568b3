/**
 * The point results of the search box ("Có 5G ở đây không?"): coordinates typed or pasted (decimal or DMS, WGS84
 * or VN-2000 metres: data/coordinate-text.ts) and street names (data/point-streets.ts), beside the place results
 * of search.ts. Pure: no React, no DOM.
 *
 * Text is taken for coordinates when it holds at least two numbers and no word but the labels coordinates carry
 * (`lat`, `lng`, `lon`, `X`, `Y`, the hemisphere letters), or is a map link holding a position: "Ngõ 155" or
 * "Phố 8/3" are names, not coordinates.
 */
import type { LngLat } from '../domain/geo.js';
import type { Bilingual } from '../data/import/issue.js';
import { coordinatesOfMapLink, parseCoordinateText } from '../data/coordinate-text.js';
import type { StreetEntry } from '../data/point-streets.js';
import { normaliseForSearch } from './search.js';

/** A point result: coordinates read, or a street; `label` is what the option shows. */
export type PointOption =
  | { kind: 'coordinates'; lngLat: LngLat; label: string; note: Bilingual }
  | { kind: 'street'; lngLat: LngLat; label: string; lengthM: number };

/** What the text gives as points: options, or why coordinates-like text could not be read. */
export type PointSearch = { options: PointOption[]; error: Bilingual | null };

/** Most street results shown. */
export const STREET_RESULTS = 5;

const LABEL_WORDS = new Set(['lat', 'lng', 'lon', 'long', 'x', 'y', 'n', 's', 'e', 'w', 'vn', 'wgs']);

/** Whether the text looks like coordinates (see the module comment). */
export function looksLikeCoordinates(text: string): boolean {
  if (coordinatesOfMapLink(text) !== null) return true;
  const numbers = text.match(/\d+/g) ?? [];
  if (numbers.length < 2) return false;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.every((w) => LABEL_WORDS.has(w));
}

/**
 * The point results of a query: the coordinates it holds (or the reason it cannot be read), then the streets
 * whose name matches (the whole name first, then a name starting with the query, then a word of it, then any
 * part; alphabetical within each).
 */
export function searchPoints(query: string, streets: readonly StreetEntry[]): PointSearch {
  const text = query.trim();
  if (text === '') return { options: [], error: null };
  if (looksLikeCoordinates(text)) {
    const r = parseCoordinateText(text);
    if (!r.ok) return { options: [], error: r.error };
    return { options: [{ kind: 'coordinates', lngLat: r.lngLat, label: text, note: r.note }], error: null };
  }
  const q = normaliseForSearch(text);
  if (q === '') return { options: [], error: null };
  const tier = (key: string) =>
    key === q ? 0 : key.startsWith(q) ? 1 : key.includes(` ${q}`) ? 2 : key.includes(q) ? 3 : 4;
  const hits = streets
    .map((s) => ({ s, tier: tier(normaliseForSearch(s.name)) }))
    .filter((h) => h.tier < 4)
    .sort((a, b) => a.tier - b.tier || (a.s.name < b.s.name ? -1 : a.s.name > b.s.name ? 1 : 0))
    .slice(0, STREET_RESULTS);
  return {
    options: hits.map(({ s }) => ({ kind: 'street', lngLat: s.lngLat, label: s.name, lengthM: s.lengthM })),
    error: null,
  };
}
