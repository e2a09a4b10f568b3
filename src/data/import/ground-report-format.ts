/**
 * The shape of a file of reports from the ground as the importer (`ground-reports.ts`) reads it: the header names
 * accepted for each column, the required ones, the size cap, and the file- and position-level messages.
 */
import { HANOI_BBOX } from '../../domain/geo.js';
import { GROUND_REPORT_CSV_COLUMNS, inHanoiBox, type GroundReportColumn } from '../../domain/ground-report.js';
import type { DataIssue } from '../../domain/report.js';
import type { GroundPlace, GroundRowChecker } from './ground-report-rows.js';
import { headerKey } from './headers.js';
import { importIssue, quote } from './issue.js';

/** Largest file read, bytes: a person's reports are a few KB; 16 MiB holds about 100,000. */
export const MAX_GROUND_REPORT_BYTES = 16 * 1024 * 1024;

/** The header names accepted for each column (compared by `headerKey`: no case, diacritics, spaces, punctuation). */
export const GROUND_HEADER_VARIANTS: Readonly<Record<GroundReportColumn, readonly string[]>> = {
  id: ['id', 'mã', 'mã báo cáo', 'report id'],
  lng: ['lng', 'lon', 'long', 'longitude', 'x', 'kinh độ'],
  lat: ['lat', 'latitude', 'y', 'vĩ độ'],
  kind: ['kind', 'loại', 'loại báo cáo', 'tình trạng', 'tình trạng sóng', 'sóng', 'signal', 'status'],
  operator: ['operator', 'nhà mạng', 'mạng', 'network', 'carrier'],
  technology: ['technology', 'tech', 'công nghệ', 'radio'],
  date: ['date', 'ngày', 'ngày báo', 'ngày ghi nhận', 'thời gian'],
  note: ['note', 'notes', 'ghi chú', 'mô tả', 'comment', 'description'],
};
/** The columns a file must have. */
export const REQUIRED_GROUND_COLUMNS: readonly GroundReportColumn[] = ['lng', 'lat', 'kind', 'technology', 'date'];
/** The column of each header key. */
export const COLUMN_OF_KEY: ReadonlyMap<string, GroundReportColumn> = new Map(
  GROUND_REPORT_CSV_COLUMNS.flatMap((c) => GROUND_HEADER_VARIANTS[c].map((name) => [headerKey(name), c] as const)),
);

/** The column each known header name feeds (the first one wins); see {@link GROUND_HEADER_VARIANTS}. */
export function mapGroundHeader(header: readonly string[]): Partial<Record<GroundReportColumn, number>> {
  const columns: Partial<Record<GroundReportColumn, number>> = {};
  header.forEach((name, i) => {
    const c = COLUMN_OF_KEY.get(headerKey(name));
    if (c !== undefined && columns[c] === undefined) columns[c] = i;
  });
  return columns;
}

/** The error of a position that is not two numbers (`value`: the two cells as written). */
export function badPosition(
  checker: GroundRowChecker,
  place: GroundPlace,
  id: string | null,
  value: string,
): DataIssue {
  return checker.issue(
    'error',
    'ground-position-invalid',
    { label: place.label, n: place.n, id },
    place,
    'lng',
    value,
    { en: `position ${quote(value)} is not two numbers`, vi: `vị trí ${quote(value, 'vi')} không phải hai số` },
    {
      en: 'write the longitude and the latitude in degrees (105.85 and 21.03)',
      vi: 'hãy ghi kinh độ và vĩ độ bằng độ (105,85 và 21,03)',
    },
  );
}

/** The error of a position outside Hà Nội's box, or null inside it. */
export function outside(
  checker: GroundRowChecker,
  place: GroundPlace,
  id: string | null,
  [lng, lat]: [number, number],
): DataIssue | null {
  if (inHanoiBox(lng, lat)) return null;
  const value = `${lng}, ${lat}`;
  return checker.issue(
    'error',
    'ground-outside-hanoi',
    { label: place.label, n: place.n, id },
    place,
    'lng',
    value,
    {
      en: `position ${value} (longitude, latitude) is outside Hà Nội`,
      vi: `vị trí ${value} (kinh độ, vĩ độ) nằm ngoài Hà Nội`,
    },
    {
      en: `a report must lie in the box ${HANOI_BBOX.join(', ')} (were longitude and latitude swapped?)`,
      vi: `báo cáo phải nằm trong khung ${HANOI_BBOX.join('; ')} (kinh độ và vĩ độ có bị đổi chỗ không?)`,
    },
  );
}

/** A file error per required column the header (or the properties) lacks. */
export function missingColumns(
  file: string,
  columns: Partial<Record<GroundReportColumn, number>>,
  header: readonly string[],
  what: 'column' | 'property',
): DataIssue[] {
  return REQUIRED_GROUND_COLUMNS.filter((c) => columns[c] === undefined).map((c) => {
    const names = GROUND_HEADER_VARIANTS[c].join(', ');
    const [en, vi] = what === 'column' ? ['column', 'cột'] : ['property', 'thuộc tính'];
    return importIssue(
      'error',
      'missing-column',
      file,
      { label: 'file' },
      {
        en: `no ${en} for "${c}" (${what === 'column' ? 'header' : 'properties'}: ${header.join(', ')})`,
        vi: `không có ${vi} "${c}" (${what === 'column' ? 'dòng tiêu đề' : 'các thuộc tính'}: ${header.join(', ')})`,
      },
      { en: `name it one of ${names}`, vi: `hãy đặt tên là một trong: ${names}` },
      { column: c },
    );
  });
}

/** The error of a file over {@link MAX_GROUND_REPORT_BYTES}. */
export function tooLarge(file: string, bytes: number): DataIssue {
  return importIssue(
    'error',
    'ground-file-too-large',
    file,
    { label: 'file' },
    { en: `the file has ${bytes} bytes`, vi: `tệp có ${bytes} byte` },
    {
      en: `a file of reports is read up to ${MAX_GROUND_REPORT_BYTES} bytes`,
      vi: `tệp báo cáo chỉ được đọc tới ${MAX_GROUND_REPORT_BYTES} byte`,
    },
    { value: bytes },
  );
}
