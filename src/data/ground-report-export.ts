/**
 * Reports from the ground → the files the public page offers and the planner's importer reads back
 * (`import/ground-reports.ts`): the formats are documented in `../domain/ground-report.ts`.
 *
 * CSV: UTF-8 with a byte-order mark (spreadsheet programs need it to read UTF-8), comma-delimited, CRLF line ends,
 * RFC 4180 quoting; positions as JavaScript prints them (the shortest text that reads back to the same double, dot
 * decimal); a note a spreadsheet would run as a formula gets a leading `'` (OWASP "CSV injection", as
 * `import/export-sites.ts` does), which the importer removes again. GeoJSON: RFC 7946 Points `[lng, lat]`.
 */
import type { FeatureCollection, Point } from 'geojson';
import {
  GROUND_REPORT_COLLECTION_NAME,
  GROUND_REPORT_CSV_COLUMNS,
  type GroundReport,
  type GroundReportKind,
  type GroundReportOperator,
} from '../domain/ground-report.js';
import type { Technology } from '../domain/telecom.js';
import { guardText } from './import/values.js';

/** The GeoJSON properties of one report. */
export type GroundReportProps = {
  id: string;
  kind: GroundReportKind;
  operator: GroundReportOperator;
  technology: Technology;
  date: string;
  note: string;
};

/** A GeoJSON collection of reports, named so that a reader can tell it from other point files. */
export type GroundReportCollection = FeatureCollection<Point, GroundReportProps> & { name: string };

/** The CSV of `reports`, BOM first, one CRLF-ended line per report after the header. */
export function groundReportsToCsv(reports: readonly GroundReport[]): string {
  const lines = [GROUND_REPORT_CSV_COLUMNS.join(',')];
  for (const r of reports) {
    lines.push(
      [text(r.id), String(r.lng), String(r.lat), r.kind, r.operator, r.technology, r.date, text(r.note)].join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The GeoJSON FeatureCollection of `reports` (see the module comment). */
export function groundReportsToGeoJson(reports: readonly GroundReport[]): GroundReportCollection {
  return {
    type: 'FeatureCollection',
    name: GROUND_REPORT_COLLECTION_NAME,
    features: reports.map((r) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [r.lng, r.lat] },
      properties: {
        id: r.id,
        kind: r.kind,
        operator: r.operator,
        technology: r.technology,
        date: r.date,
        note: r.note,
      },
    })),
  };
}

/** A text field, guarded against formula execution, then quoted as needed (RFC 4180). */
function text(value: string): string {
  const v = guardText(value);
  return /[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}
