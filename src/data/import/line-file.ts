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
import { crsOfEpsg, SUPPORTED_CRS_TEXT } from './crs.js';
import { encodingIssues } from './encoding.js';
import { featuresRead, readGeoJsonText, type GeoJsonRead } from './geojson-text.js';
import { convertPositions } from './geojson-positions.js';
import { importIssue, type Bilingual } from './issue.js';
import { importLineRead, type LineImport, type LineKindChoice } from './line-import.js';
import { decodeBytes } from './text-input.js';

/** Reads a GeoJSON or FlatGeobuf line file named `name` into named lines; see the module comment. */
export async function importLineFile(file: Blob, name: string, kind: LineKindChoice = 'auto'): Promise<LineImport> {
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
    const { text, report } = decodeBytes(bytes, name);
    const read = readGeoJsonText(text, name);
    return importLineRead({ ...read, issues: [...encodingIssues(report, name), ...read.issues] }, name, kind);
  }
  let read: GeoJsonRead;
  let code: number | null;
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
  }
  return importLineRead(read, name, kind);
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
function refused(file: string, rule: string, what: Bilingual, why: Bilingual): LineImport {
  return {
    lines: [],
    accepted: 0,
    features: 0,
    issues: [importIssue('error', rule, file, { label: 'file' }, what, why)],
  };
}
