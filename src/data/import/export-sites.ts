/**
 * Sites → the project's CSV and GeoJSON, the formats the importers read back: export → import gives the same
 * sites, every field included (tests check it).
 *
 * CSV: UTF-8 with a byte-order mark (spreadsheet programs need it to read UTF-8), comma-delimited, CRLF line ends,
 * RFC 4180 quoting; numbers as JavaScript prints them (shortest text that reads back to the same double, dot
 * decimal); lists space-separated; unknown dates and ranges, and absent tower ids, empty. Text that a spreadsheet would run as a formula
 * (starting with `=`, `+`, `-`, `@`, tab or CR) gets a leading `'` (OWASP "CSV injection", as the ranking export in
 * `src/ui/ranking.ts` does), and the importer removes it again.
 *
 * GeoJSON: a FeatureCollection of `siteToFeature` features (`../site-codec.ts`), `[lng, lat]` WGS84 degrees.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { Site } from '../../domain/telecom.js';
import { siteToFeature, type SiteProps } from '../site-codec.js';
import { guardText } from './values.js';

/** The header of the project's site CSV, in order; each name is a recognised variant of its field. */
export const SITE_CSV_HEADER = [
  'id',
  'operator',
  'lon',
  'lat',
  'technologies',
  'bands',
  'height_m',
  'azimuths',
  'on_air',
  'on_air_5g',
  'range_m',
  'sample',
  'tower_id',
] as const;

/** The project's site CSV of `sites` (see the module comment). */
export function sitesToCsv(sites: readonly Site[]): string {
  const lines = [SITE_CSV_HEADER.join(',')];
  for (const s of sites) {
    const fields = [
      text(s.id),
      text(s.operator),
      String(s.lng),
      String(s.lat),
      s.technologies.join(' '),
      s.bands.join(' '),
      String(s.heightM),
      s.azimuthsDeg.join(' '),
      s.onAir ?? '',
      s.onAir5g ?? '',
      s.rangeM === null ? '' : String(s.rangeM),
      String(s.sample),
      text(s.towerId ?? ''),
    ];
    lines.push(fields.join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A GeoJSON FeatureCollection of `sites` as Points with flat properties. */
export function sitesToGeoJson(sites: readonly Site[]): FeatureCollection<Point, SiteProps> {
  return { type: 'FeatureCollection', features: sites.map(siteToFeature) };
}

/** A text field, guarded against formula execution, then quoted as needed (RFC 4180). */
function text(value: string): string {
  const v = guardText(value);
  return /[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}
