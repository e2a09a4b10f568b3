/**
 * Files of reports from the ground → validated `GroundReport`s and their messages, in the browser (a picked
 * `File`) and in Node. The public page's own CSV and GeoJSON (`../ground-report-export.ts`) read back exactly;
 * so do files people make by hand: decoded by the project's one text loader (`text-input.ts`: byte-order mark,
 * UTF-16 with or without a mark, strict UTF-8, else Windows-1258), tokenized by the one CSV tokenizer
 * (`delimited.ts`: `,`, `;` or tab, quoted fields, `;;;;` rows), headers compared without case, diacritics, spaces
 * or punctuation ({@link GROUND_HEADER_VARIANTS}: `Kinh độ`, `Vĩ độ`, `Nhà mạng`, `Ngày`, `Ghi chú`, …), decimal
 * commas in `;`/tab files, VN-2000 metres held as the site import holds them (`coordinates.ts`).
 *
 * GeoJSON (by a `.json` / `.geojson` name or a first character `{`) is read by `readGeoJsonText` (a `crs` member
 * honoured): each feature a Point, its properties named as the CSV's columns.
 *
 * Required columns: lng, lat, kind, technology, date; id (else `file:row`), operator (else `unknown`) and note are
 * optional. File-level errors refuse the file: `ground-file-too-large`, `empty-file`, `missing-column`,
 * `unterminated-quote`, `encoding-invalid` and the GeoJSON reader's. Row errors (the rest of the file is read):
 * `bad-row` (field count), `ground-position-invalid`, `ground-outside-hanoi`, `ground-not-point`,
 * `coords-crs-undeclared`, and those of `ground-report-rows.ts`. Every message names the file, the row (header =
 * row 1) or feature (from 0), the column, the value and the rule, in English and Vietnamese.
 */
import type { Feature } from 'geojson';
import type { GroundReport, GroundReportColumn } from '../../domain/ground-report.js';
import type { DataIssue } from '../../domain/report.js';
import { CoordinateReader } from './coordinates.js';
import { tokenizeText, type Delimiter } from './delimited.js';
import { encodingIssues, TextDecodeError, type EncodingReport } from './encoding.js';
import { crsAfterReading, readGeoJsonText } from './geojson-text.js';
import { GroundRowChecker, type GroundCells, type GroundPlace } from './ground-report-rows.js';
import {
  badPosition,
  COLUMN_OF_KEY,
  mapGroundHeader,
  MAX_GROUND_REPORT_BYTES,
  missingColumns,
  outside,
  tooLarge,
} from './ground-report-format.js';
import { headerKey } from './headers.js';
import { importIssue, unterminatedQuoteIssue } from './issue.js';
import { decodeBytes } from './text-input.js';
import { readDecimal, toNumber } from './values.js';

export { GROUND_HEADER_VARIANTS, MAX_GROUND_REPORT_BYTES, mapGroundHeader } from './ground-report-format.js';

/** How a file was read. */
export type GroundReportFileSummary = {
  file: string;
  format: 'csv' | 'geojson';
  /** How the bytes were decoded; null when they were not (too large, invalid under their byte-order mark). */
  encoding: EncodingReport | null;
  /** The CSV's delimiter; null for GeoJSON. */
  delimiter: Delimiter | null;
  /** Whether a decimal comma was read in a position. */
  decimalComma: boolean;
  /** Data rows (CSV) or features (GeoJSON) found, reports kept, rows refused. */
  rows: number;
  accepted: number;
  rejected: number;
};

/** The reports of a file, every message (file errors, row errors, warnings) and how it was read. */
export type GroundReportImport = { reports: GroundReport[]; issues: DataIssue[]; summary: GroundReportFileSummary };

/** Reads a file's bytes (a picked `File`, or `fs.openAsBlob` in Node); `name` is named in every message. */
export async function importGroundReportFile(
  file: { size: number; arrayBuffer: () => Promise<ArrayBuffer> },
  name: string,
): Promise<GroundReportImport> {
  if (file.size > MAX_GROUND_REPORT_BYTES) return refused(name, tooLarge(name, file.size));
  return importGroundReportBytes(new Uint8Array(await file.arrayBuffer()), name);
}

/** Reads a whole file's bytes; see the module comment. Never throws for a bad file. */
export function importGroundReportBytes(bytes: Uint8Array, name: string): GroundReportImport {
  if (bytes.byteLength > MAX_GROUND_REPORT_BYTES) return refused(name, tooLarge(name, bytes.byteLength));
  let decoded: ReturnType<typeof decodeBytes>;
  try {
    decoded = decodeBytes(bytes, name);
  } catch (err) {
    if (err instanceof TextDecodeError) return refused(name, err.issue);
    throw err;
  }
  const { text, report: encoding } = decoded;
  const geojson = /\.(geo)?json$/i.test(name) || text.trimStart().startsWith('{');
  const result = geojson ? parseGroundReportGeoJson(text, name) : parseGroundReportCsv(text, name);
  result.summary.encoding = encoding;
  result.issues.unshift(...encodingIssues(encoding, name));
  return result;
}

/** Reads the text of a CSV (or `;`/tab-delimited) file of reports. */
export function parseGroundReportCsv(text: string, file: string): GroundReportImport {
  const { delimiter, records, unterminatedAt } = tokenizeText(text);
  const [headerRecord, ...data] = records;
  const summary = emptySummary(file, 'csv', delimiter);
  const issues: DataIssue[] = [];
  if (unterminatedAt !== null) issues.push(unterminatedQuoteIssue(file, unterminatedAt, 'unterminated-quote'));
  if (headerRecord === undefined) {
    if (unterminatedAt === null)
      issues.push(
        importIssue(
          'error',
          'empty-file',
          file,
          { label: 'file' },
          { en: 'the file has no header row', vi: 'tệp không có dòng tiêu đề' },
          { en: 'a CSV file must start with a header row', vi: 'tệp CSV phải bắt đầu bằng một dòng tiêu đề' },
        ),
      );
    return { reports: [], issues, summary };
  }
  const header = headerRecord.fields.map((h) => h.trim());
  const columns = mapGroundHeader(header);
  issues.push(...missingColumns(file, columns, header, 'column'));
  if (issues.some((i) => i.severity === 'error' && i.index === null)) return { reports: [], issues, summary };

  const names = Object.fromEntries(Object.entries(columns).map(([c, i]) => [c, header[i]!]));
  const checker = new GroundRowChecker(file, names);
  const coordinates = new CoordinateReader('auto', 'row', null, file);
  const reports: GroundReport[] = [];
  const allowComma = delimiter !== ',';
  data.forEach(({ fields, row }, k) => {
    summary.rows++;
    const place: GroundPlace = { label: 'row', n: row, dataRow: k + 1 };
    const cell = (c: GroundReportColumn) => (columns[c] === undefined ? undefined : (fields[columns[c]] ?? ''));
    const id = String(cell('id') ?? '').trim() || null;
    if (fields.length !== header.length) {
      const s = fields.length === 1 ? '' : 's';
      issues.push(
        importIssue(
          'error',
          'bad-row',
          file,
          { label: 'row', n: row, id },
          {
            en: `${fields.length} field${s}, expected ${header.length} as in the header`,
            vi: `có ${fields.length} trường, trong khi dòng tiêu đề có ${header.length}`,
          },
          {
            en: 'every row must have as many fields as the header (RFC 4180)',
            vi: 'mỗi dòng phải có số trường bằng dòng tiêu đề (RFC 4180)',
          },
          { value: fields.length, line: row, dataRow: k + 1 },
        ),
      );
      return;
    }
    const lng = readDecimal(cell('lng') ?? '', allowComma);
    const lat = readDecimal(cell('lat') ?? '', allowComma);
    summary.decimalComma ||= lng.comma || lat.comma;
    const a = toNumber(lng.text);
    const b = toNumber(lat.text);
    const position = a === null || b === null ? null : coordinates.read(a, b, row);
    const cells: GroundCells = {};
    for (const c of ['id', 'kind', 'operator', 'technology', 'date', 'note'] as const) cells[c] = cell(c);
    const positionIssue =
      a === null || b === null
        ? badPosition(checker, place, id, `${cell('lng')}, ${cell('lat')}`)
        : position === null
          ? coordinates.heldIssue(row, id)
          : outside(checker, place, id, position);
    add(checker.check(cells, position ?? [0, 0], place), positionIssue, reports, issues);
  });
  summary.accepted = reports.length;
  summary.rejected = summary.rows - reports.length;
  return { reports, issues, summary };
}

/** Reads the text of a GeoJSON file of reports. */
export function parseGroundReportGeoJson(text: string, file: string): GroundReportImport {
  const read = readGeoJsonText(text, file);
  const summary = emptySummary(file, 'geojson', null);
  const issues: DataIssue[] = [...read.issues];
  if (issues.some((i) => i.severity === 'error' && i.index === null)) return { reports: [], issues, summary };
  const names = new Map<GroundReportColumn, string>();
  for (const f of read.features)
    for (const k of Object.keys(f.properties ?? {})) {
      const c = COLUMN_OF_KEY.get(headerKey(k));
      if (c !== undefined && !names.has(c)) names.set(c, k);
    }
  const present = Object.fromEntries([...names.keys()].map((c) => [c, 0])) as Partial<
    Record<GroundReportColumn, number>
  >;
  const missing = missingColumns(file, { ...present, lng: 0, lat: 0 }, [...names.values()], 'property');
  if (read.features.length > 0 && missing.length > 0) return { reports: [], issues: [...issues, ...missing], summary };

  const checker = new GroundRowChecker(file, Object.fromEntries(names));
  const coordinates = new CoordinateReader('auto', 'feature', crsAfterReading(read.crs), file);
  const reports: GroundReport[] = [];
  read.features.forEach((f: Feature, k) => {
    const n = read.indices[k]!;
    summary.rows++;
    const place: GroundPlace = { label: 'feature', n };
    const props = f.properties ?? {};
    const cells: GroundCells = {};
    for (const c of ['id', 'kind', 'operator', 'technology', 'date', 'note'] as const) {
      const key = names.get(c);
      cells[c] = key === undefined ? undefined : props[key];
    }
    const id = typeof cells.id === 'string' || typeof cells.id === 'number' ? String(cells.id) : null;
    const g = f.geometry;
    const [a, b] = g?.type === 'Point' ? g.coordinates : [];
    if (g?.type !== 'Point' || typeof a !== 'number' || typeof b !== 'number') {
      const what = g === null ? 'no geometry' : `a ${g.type}`;
      issues.push(
        checker.issue(
          'error',
          'ground-not-point',
          { label: 'feature', n, id },
          place,
          'lng',
          g?.type ?? null,
          { en: `the feature has ${what}`, vi: `đối tượng có ${g === null ? 'không có hình học' : `hình ${g.type}`}` },
          { en: 'a report is a Point [lng, lat]', vi: 'mỗi báo cáo là một điểm (Point) [kinh độ, vĩ độ]' },
        ),
      );
      return;
    }
    const position = coordinates.read(a, b, n);
    const positionIssue = position === null ? coordinates.heldIssue(n, id) : outside(checker, place, id, position);
    add(checker.check(cells, position ?? [0, 0], place), positionIssue, reports, issues);
  });
  summary.accepted = reports.length;
  summary.rejected = summary.rows - reports.length;
  return { reports, issues, summary };
}

/** Keeps a checked row's report unless its position was refused; its messages go to `issues`. */
function add(
  checked: { report: GroundReport | null; issues: DataIssue[] },
  positionIssue: DataIssue | null,
  reports: GroundReport[],
  issues: DataIssue[],
): void {
  if (positionIssue) issues.push(positionIssue);
  issues.push(...checked.issues);
  if (checked.report && !positionIssue) reports.push(checked.report);
}

function emptySummary(file: string, format: 'csv' | 'geojson', delimiter: Delimiter | null): GroundReportFileSummary {
  return { file, format, encoding: null, delimiter, decimalComma: false, rows: 0, accepted: 0, rejected: 0 };
}

function refused(file: string, issue: DataIssue): GroundReportImport {
  return { reports: [], issues: [issue], summary: emptySummary(file, /json$/i.test(file) ? 'geojson' : 'csv', null) };
}
