/**
 * The files of reports from the ground that the planner's end-to-end test imports (ground-planner.e2e.ts), written
 * as the public map writes them (data/ground-report-export.ts: a UTF-8 CSV with a byte-order mark and CRLF, and a
 * GeoJSON FeatureCollection named `ground-reports`), and where each report lies on the built data: the 2025 unit,
 * 2019 district and ward holding it (point in polygon on `<distDir>/data`), and its H3 cell of resolution 8.
 * Geometry only: what the model says at each point is read from the page.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { booleanPointInPolygon } from '@turf/turf';
import { latLngToCell } from 'h3-js';
import { readFgb } from '../../src/data/fgb-read.js';
import { groundReportsToGeoJson } from '../../src/data/ground-report-export.js';
import type { GroundAreaLevel } from '../../src/domain/ground-report.js';
import type { GroundReport } from '../../src/domain/ground-report.js';
import type { Manifest } from '../../src/domain/report.js';

/** The names the public page gives its downloads (`bao-cao-song-<day>`). */
export const CSV_NAME = 'bao-cao-song-2026-03-16.csv';
export const GEOJSON_NAME = 'bao-cao-song-2026-03-16.geojson';

/** The CSV's valid reports: two in central Hoàn Kiếm (dense sample sites), one at the foot of Ba Vì. */
export const CSV_REPORTS: readonly GroundReport[] = [
  {
    id: 'hk-none',
    lng: 105.8523,
    lat: 21.0285,
    kind: 'none',
    operator: 'unknown',
    technology: '4G',
    date: '2026-03-15',
    note: 'Trong ngõ, cạnh hồ',
  },
  {
    id: 'hk-weak',
    lng: 105.853,
    lat: 21.033,
    kind: 'weak',
    operator: 'viettel',
    technology: '4G',
    date: '2026-03-14',
    // A spreadsheet would run it as a formula: the export guards it with a `'`, the import removes it.
    note: '-110 dBm, tầng 3',
  },
  {
    id: 'bv-weak',
    lng: 105.36,
    lat: 21.06,
    kind: 'weak',
    operator: 'vnpt',
    technology: '5G',
    date: '2026-02-01',
    note: 'Chân núi Ba Vì',
  },
];

/** The GeoJSON's reports: one in the fields of the north-west, one beyond the city's boundary (in Hà Nội's box). */
export const GEOJSON_REPORTS: readonly GroundReport[] = [
  {
    id: 'ruong-none',
    lng: 105.45,
    lat: 21.15,
    kind: 'none',
    operator: 'unknown',
    technology: '5G',
    date: '2026-01-20',
    note: 'Giữa cánh đồng',
  },
  {
    id: 'ngoai-weak',
    lng: 105.55,
    lat: 21.2,
    kind: 'weak',
    operator: 'unknown',
    technology: '4G',
    date: '2026-01-05',
    note: 'Bên kia ranh giới',
  },
];

/** Every valid report of both files. */
export const ALL_REPORTS: readonly GroundReport[] = [...CSV_REPORTS, ...GEOJSON_REPORTS];

/** The CSV's refused row: a technology the reports do not know; row 5 (the header is row 1). */
export const BAD_ROW = 'bad-tech,105.84,21.02,weak,mobifone,3G,2026-03-01,';

/** The valid rows of the CSV, written out byte for byte as the public page's export writes them. */
export const CSV_VALID_TEXT =
  '\uFEFFid,lng,lat,kind,operator,technology,date,note\r\n' +
  'hk-none,105.8523,21.0285,none,unknown,4G,2026-03-15,"Trong ngõ, cạnh hồ"\r\n' +
  `hk-weak,105.853,21.033,weak,viettel,4G,2026-03-14,"'-110 dBm, tầng 3"\r\n` +
  'bv-weak,105.36,21.06,weak,vnpt,5G,2026-02-01,Chân núi Ba Vì\r\n';

/** Writes both files into `dir`; returns their paths, the CSV first. */
export function writeGroundFiles(dir: string): string[] {
  const csv = join(dir, CSV_NAME);
  const geojson = join(dir, GEOJSON_NAME);
  writeFileSync(csv, `${CSV_VALID_TEXT}${BAD_ROW}\r\n`);
  writeFileSync(geojson, JSON.stringify(groundReportsToGeoJson(GEOJSON_REPORTS)));
  return [csv, geojson];
}

/** An area holding a report: its code, full Vietnamese name and English name (as the app's places list them). */
export type PlaceOf = { id: string; name: string; nameEn: string };

/** Per level, the area holding each report (by report id), or null outside every area of that level. */
export type ReportPlaces = Record<GroundAreaLevel, Map<string, PlaceOf | null>>;

const LAYER_OF: Readonly<Record<Exclude<GroundAreaLevel, 'h3r8'>, string>> = {
  unit2025: 'units-2025',
  district2019: 'districts-2019',
  ward2019: 'wards-2019',
};

/** Where each of `reports` lies on the built data in `<distDir>/data` (see the module comment). */
export async function placesOfReports(distDir: string, reports: readonly GroundReport[]): Promise<ReportPlaces> {
  const dataDir = join(distDir, 'data');
  const manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')) as Manifest;
  const out = { h3r8: new Map() } as ReportPlaces;
  for (const report of reports)
    out.h3r8.set(report.id, { id: latLngToCell(report.lat, report.lng, 8), name: '', nameEn: '' });
  for (const [level, layerId] of Object.entries(LAYER_OF) as [keyof typeof LAYER_OF, string][]) {
    const entry = manifest.layers.find((l) => l.id === layerId);
    if (!entry) throw new Error(`${dataDir}/manifest.json: no layer "${layerId}"`);
    const fc = await readFgb(new Uint8Array(readFileSync(join(dataDir, entry.file))), { name: entry.file });
    const areas = fc.features as Feature<Polygon | MultiPolygon>[];
    const found = new Map<string, PlaceOf | null>();
    for (const r of reports) {
      const f = areas.find((a) => a.geometry && booleanPointInPolygon([r.lng, r.lat], a));
      const p = f?.properties;
      found.set(r.id, p ? { id: String(p['code']), name: String(p['fullName']), nameEn: String(p['nameEn']) } : null);
    }
    out[level] = found;
  }
  return out;
}

/** One row of the planner's table per area: its name (the cell id for H3), reports, conflicts and score. */
export type AreaRowFigures = { name: string; reports: number; conflicts: number; score: number };

/**
 * The rows expected on `level`, sorted by name: every area holding a report, with the reports it holds, those the
 * model contradicts (score above 0) and the sum of their scores (`scoreOf`, by report id, as read from the page).
 */
export function expectedAreaRows(
  level: GroundAreaLevel,
  places: ReportPlaces,
  scoreOf: ReadonlyMap<string, number>,
): AreaRowFigures[] {
  const rows = new Map<string, AreaRowFigures>();
  for (const [reportId, place] of places[level]) {
    if (place === null) continue;
    const name = level === 'h3r8' ? place.id : place.name;
    const row = rows.get(name) ?? { name, reports: 0, conflicts: 0, score: 0 };
    const score = scoreOf.get(reportId);
    if (score === undefined) throw new Error(`no score read for report ${reportId}`);
    row.reports += 1;
    row.conflicts += score > 0 ? 1 : 0;
    row.score += score;
    rows.set(name, row);
  }
  return [...rows.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
