/**
 * A line file as the user picks it (a `Blob` and its name) → named lines (line-import.ts). GeoJSON (`.geojson`,
 * `.json`, or text starting with `{`) is decoded as the other imports decode it (byte-order mark, strict UTF-8, else
 * Windows-1258; `text-input.ts`) and read by `readGeoJsonText`, its `crs` member honoured. FlatGeobuf (`.fgb`, or
 * the FlatGeobuf magic bytes) is read by `readFgb`; the system its header declares is honoured too: EPSG:4326 (or
 * none) is read as `[lng, lat]`, a VN-2000 code (crs.ts) is converted to WGS84 as a GeoJSON `crs` member would be.
 *
 * Never throws: a file that cannot be read at all answers no lines and one file-level error.
 *
 * | rule | severity | example |
 * |---|---|---|
 * | `line-file-format` | error | `l.csv: the file is neither GeoJSON nor FlatGeobuf — a line file needs geometry: export it as GeoJSON or FlatGeobuf (QGIS: Export → Save Features As…)` |
 * | `fgb-invalid` | error | `l.fgb: not a FlatGeobuf file (magic bytes …) — the file could not be read as FlatGeobuf` |
 * | `crs-unsupported` | error | `l.fgb: the header's system EPSG:3857 is not a supported system — supported: …; reproject the file to EPSG:4326 (QGIS: Export → Save Features As…)` |
 */
import type { Feature } from 'geojson';
import { FGB_MAGIC_BYTES } from '../fgb.js';
import { readFgb, readFgbHeader } from '../fgb-read.js';
import { errorMessage } from '../../domain/errors.js';
import { crsOfEpsg, SUPPORTED_CRS_TEXT, type DeclaredCrs } from './crs.js';
import { encodingIssues, type EncodingReport } from './encoding.js';
import { featuresRead, readGeoJsonText, type GeoJsonRead } from './geojson-text.js';
import { convertPositions } from './geojson-positions.js';
import { importIssue, type Bilingual } from './issue.js';
import { importLineRead, type LineImport, type LineKindChoice } from './line-import.js';
import { decodeBytes } from './text-input.js';

/** How a line file's positions were read: the system, the one the file declared (null: none), and why, in both languages. */
export type LineCrsReport = { system: 'wgs84' | 'vn2000'; declared: string | null; reason: string; reasonVi: string };

/** How a line file was read: its format, its text encoding (GeoJSON; null for FlatGeobuf) and its system. */
export type LineFileReport = {
  format: 'geojson' | 'flatgeobuf';
  encoding: EncodingReport | null;
  crs: LineCrsReport;
};

/** A line file's lines, and how it was read (null when it could not be read at all). */
export type LineFileImport = LineImport & { report: LineFileReport | null };

/** Where a system came from, for the report's reason. */
const WHERE = {
  geojson: {
    en: "the GeoJSON's crs member",
    vi: 'thành phần crs của GeoJSON',
    none: { en: 'the GeoJSON has no crs member', vi: 'GeoJSON không có thành phần crs' },
  },
  flatgeobuf: {
    en: 'the FlatGeobuf header',
    vi: 'phần đầu tệp FlatGeobuf',
    none: { en: 'the FlatGeobuf header declares no system', vi: 'phần đầu tệp FlatGeobuf không khai báo hệ tọa độ' },
  },
} as const;

/** The report of the system `declared` (null: none) as `format` gave it. */
export function lineCrsReport(format: LineFileReport['format'], declared: DeclaredCrs | null): LineCrsReport {
  const where = WHERE[format];
  if (declared === null)
    return {
      system: 'wgs84',
      declared: null,
      reason: `${where.none.en}: read as WGS84 [lng, lat] degrees (RFC 7946)`,
      reasonVi: `${where.none.vi}: đọc là độ WGS84 [kinh độ, vĩ độ] (RFC 7946)`,
    };
  if (declared.kind === 'wgs84')
    return {
      system: 'wgs84',
      declared: declared.name,
      reason: `${where.en} declares ${declared.name}: read as [lng, lat] degrees`,
      reasonVi: `${where.vi} khai báo ${declared.name}: đọc là độ [kinh độ, vĩ độ]`,
    };
  return {
    system: 'vn2000',
    declared: declared.name,
    reason: `${where.en} declares ${declared.name}: every position converted to WGS84`,
    reasonVi: `${where.vi} khai báo ${declared.name}: mọi tọa độ được chuyển sang WGS84`,
  };
}

/** Reads a GeoJSON or FlatGeobuf line file named `name` into named lines; see the module comment. */
export async function importLineFile(file: Blob, name: string, kind: LineKindChoice = 'auto'): Promise<LineFileImport> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const format = formatOf(name, bytes);
  if (format === null)
    return refused(
      name,
      'line-file-format',
      { en: 'the file is neither GeoJSON nor FlatGeobuf', vi: 'tệp không phải GeoJSON hay FlatGeobuf' },
      {
        en: 'a line file needs geometry: export it as GeoJSON or FlatGeobuf (QGIS: Export → Save Features As…)',
        vi: 'tệp tuyến cần có hình học: hãy xuất ra GeoJSON hoặc FlatGeobuf (QGIS: Export → Save Features As…)',
      },
    );
  if (format === 'geojson') {
    const { text, report: encoding } = decodeBytes(bytes, name);
    const read = readGeoJsonText(text, name);
    const lines = importLineRead({ ...read, issues: [...encodingIssues(encoding, name), ...read.issues] }, name, kind);
    return { ...lines, report: { format, encoding, crs: lineCrsReport(format, read.crs) } };
  }
  let read: GeoJsonRead;
  let code: number | null;
  let declared: DeclaredCrs | null = null;
  try {
    code = readFgbHeader(bytes, name).crsCode;
    read = featuresRead((await readFgb(bytes, { name })).features as Feature[]);
  } catch (err) {
    const why = { en: 'the file could not be read as FlatGeobuf', vi: 'không đọc được tệp dưới dạng FlatGeobuf' };
    // The reader names the file itself: said once.
    const raw = errorMessage(err);
    const message = raw.startsWith(`${name}: `) ? raw.slice(name.length + 2) : raw;
    return refused(name, 'fgb-invalid', { en: message, vi: message }, why);
  }
  if (code !== null && code !== 0) {
    const crs = crsOfEpsg(code);
    if (crs === null)
      return refused(
        name,
        'crs-unsupported',
        {
          en: `the header's system EPSG:${code} is not a supported system`,
          vi: `hệ tọa độ EPSG:${code} khai báo trong phần đầu tệp không được hỗ trợ`,
        },
        {
          en: `${SUPPORTED_CRS_TEXT.en}; reproject the file to EPSG:4326 (QGIS: Export → Save Features As…)`,
          vi: `${SUPPORTED_CRS_TEXT.vi}; hãy chuyển tệp sang EPSG:4326 (QGIS: Export → Save Features As…)`,
        },
      );
    if (crs.kind === 'vn2000') convertPositions(read, crs, name);
    declared = crs;
  }
  return {
    ...importLineRead(read, name, kind),
    report: { format, encoding: null, crs: lineCrsReport(format, declared) },
  };
}

/** The format of a file by its name, else by its first bytes; null when neither tells GeoJSON or FlatGeobuf. */
function formatOf(name: string, bytes: Uint8Array): 'geojson' | 'flatgeobuf' | null {
  if (/\.fgb$/i.test(name)) return 'flatgeobuf';
  if (/\.(geo)?json$/i.test(name)) return 'geojson';
  if (FGB_MAGIC_BYTES.slice(0, 3).every((b, i) => bytes[i] === b)) return 'flatgeobuf';
  // A GeoJSON text starts with `{` after an optional byte-order mark and white space.
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 64)).replace(/^\uFEFF/, '');
  return head.trimStart().startsWith('{') ? 'geojson' : null;
}

/** No lines and one file-level error. */
function refused(file: string, rule: string, what: Bilingual, why: Bilingual): LineFileImport {
  return {
    report: null,
    lines: [],
    accepted: 0,
    features: 0,
    issues: [importIssue('error', rule, file, { label: 'file' }, what, why)],
  };
}
