/**
 * Reports from the ground (issue #17, part 4): a person marks a point where their phone has no signal or a weak
 * one, with the operator, the technology, the day and a note. The public map keeps them in the browser and writes
 * them as CSV or GeoJSON; the planner reads such files (`data/import/ground-reports.ts`) and sets them against the
 * model (`analysis/ground-reports.ts`), as the FCC's challenge process sets consumers' challenges against the
 * providers' maps, without a server.
 *
 * The file formats are stable: the planner's importer reads exactly what the public page writes.
 *
 * - CSV: UTF-8 with a byte-order mark, `,`-delimited, CRLF, RFC 4180 quoting, the header
 *   {@link GROUND_REPORT_CSV_COLUMNS}: `id,lng,lat,kind,operator,technology,date,note`; `lng`, `lat` WGS84 degrees
 *   with a `.` decimal mark; `kind` `none` | `weak`; `operator` an operator id (`viettel`, `vnpt`, `mobifone`,
 *   `vietnamobile`) or `unknown`; `technology` `4G` | `5G`; `date` ISO `YYYY-MM-DD`; `note` free text, ≤ 500
 *   characters, a leading `=`, `+`, `-`, `@` guarded by `'` against spreadsheet formulas.
 * - GeoJSON (RFC 7946): a FeatureCollection of Point features `[lng, lat]` whose properties are
 *   {@link GROUND_REPORT_PROPERTIES} (`id`, `kind`, `operator`, `technology`, `date`, `note`), with the
 *   collection member `"name": "ground-reports"`.
 */
import { HANOI_BBOX } from './geo.js';
import { OPERATORS, TECHNOLOGIES, type Operator, type Technology } from './telecom.js';

/** What the person found: no signal at all, or a weak one. */
export const GROUND_REPORT_KINDS = ['none', 'weak'] as const;
export type GroundReportKind = (typeof GROUND_REPORT_KINDS)[number];

/** The operator a report is about: one of the app's operators, or `unknown` (the person did not say). */
export type GroundReportOperator = Operator | 'unknown';
/** Every value of {@link GroundReportOperator}, the operators first. */
export const GROUND_REPORT_OPERATORS: readonly GroundReportOperator[] = [...OPERATORS, 'unknown'];

/** Longest note kept, characters (UTF-16 code units). */
export const GROUND_REPORT_NOTE_MAX = 500;

/** One report from the ground. Position `[lng, lat]` WGS84 degrees. */
export type GroundReport = {
  /** Unique within a person's reports (the page makes a random one; an imported row without one gets `file:row`). */
  id: string;
  /** Longitude, WGS84 degrees. */
  lng: number;
  /** Latitude, WGS84 degrees. */
  lat: number;
  kind: GroundReportKind;
  operator: GroundReportOperator;
  technology: Technology;
  /** The day of the observation, ISO `YYYY-MM-DD`. */
  date: string;
  /** Free text, at most {@link GROUND_REPORT_NOTE_MAX} characters; empty when none. */
  note: string;
};

/** The CSV header the public page writes, in this order. */
export const GROUND_REPORT_CSV_COLUMNS = [
  'id',
  'lng',
  'lat',
  'kind',
  'operator',
  'technology',
  'date',
  'note',
] as const;
export type GroundReportColumn = (typeof GROUND_REPORT_CSV_COLUMNS)[number];

/** The GeoJSON properties of a report (the position is the Point's coordinates). */
export const GROUND_REPORT_PROPERTIES = ['id', 'kind', 'operator', 'technology', 'date', 'note'] as const;

/** The `name` member of a GeoJSON file of reports. */
export const GROUND_REPORT_COLLECTION_NAME = 'ground-reports';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `iso` is a real calendar day written `YYYY-MM-DD`. */
export function isIsoDay(iso: string): boolean {
  if (!ISO_DAY.test(iso)) return false;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

/** Whether `[lng, lat]` degrees lie in Hà Nội's box (`HANOI_BBOX`, edges included). */
export function inHanoiBox(lng: number, lat: number): boolean {
  const [w, s, e, n] = HANOI_BBOX;
  return Number.isFinite(lng) && Number.isFinite(lat) && lng >= w && lng <= e && lat >= s && lat <= n;
}

/**
 * What is wrong with a value meant to be a report (stored in a browser, sent to the worker), in English, or null
 * when it is one: every field present with its type, the position in Hà Nội's box, a real day, a note of at most
 * {@link GROUND_REPORT_NOTE_MAX} characters.
 */
export function groundReportProblem(v: unknown): string | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return 'not an object';
  const r = v as Record<string, unknown>;
  if (typeof r['id'] !== 'string' || r['id'] === '') return 'id is not a non-empty text';
  if (typeof r['lng'] !== 'number' || typeof r['lat'] !== 'number' || !inHanoiBox(r['lng'], r['lat']))
    return `position ${String(r['lng'])}, ${String(r['lat'])} is not in Hà Nội's box ${HANOI_BBOX.join(', ')}`;
  if (!(GROUND_REPORT_KINDS as readonly unknown[]).includes(r['kind']))
    return `kind ${JSON.stringify(r['kind'])} is not one of ${GROUND_REPORT_KINDS.join(', ')}`;
  if (!(GROUND_REPORT_OPERATORS as readonly unknown[]).includes(r['operator']))
    return `operator ${JSON.stringify(r['operator'])} is not one of ${GROUND_REPORT_OPERATORS.join(', ')}`;
  if (!(TECHNOLOGIES as readonly unknown[]).includes(r['technology']))
    return `technology ${JSON.stringify(r['technology'])} is not one of ${TECHNOLOGIES.join(', ')}`;
  if (typeof r['date'] !== 'string' || !isIsoDay(r['date']))
    return `date ${JSON.stringify(r['date'])} is not a day written YYYY-MM-DD`;
  if (typeof r['note'] !== 'string') return 'note is not a text';
  if (r['note'].length > GROUND_REPORT_NOTE_MAX)
    return `note has ${r['note'].length} characters, more than ${GROUND_REPORT_NOTE_MAX}`;
  return null;
}

/** The report's own fields only (a value checked by {@link groundReportProblem}), in the documented order. */
export function groundReportOf(v: GroundReport): GroundReport {
  const { id, lng, lat, kind, operator, technology, date, note } = v;
  return { id, lng, lat, kind, operator, technology, date, note };
}

/** The levels reports are counted on: the administrative ones and the H3 grid of resolution 8 (~0.74 km²). */
export const GROUND_AREA_LEVELS = ['unit2025', 'district2019', 'ward2019', 'h3r8'] as const;
export type GroundAreaLevel = (typeof GROUND_AREA_LEVELS)[number];
