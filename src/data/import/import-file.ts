/**
 * Reads an imported file in the worker (and on the command line, `scripts/analyse.ts`): the one dispatcher from
 * a file to its importer.
 *
 * - A delimited text file (by extension, else by its first bytes) is streamed through `decodeBlob` (byte-order
 *   mark, strict UTF-8, else Windows-1258; `text-input.ts`) into the importer its header asks for: speed
 *   measurements (`looksLikeSpeedHeader`: a test list or Ookla tiles) or a site list (the project's CSV or an
 *   OpenCelliD export). A 1,000,000-row file never sits in memory as one string, nor blocks anything but this
 *   worker; when strict UTF-8 fails deep in a file, the importer is made again and the file read again.
 * - GeoJSON (decoded whole, `readGeoJsonText`: a FeatureCollection, a single Feature or a bare geometry, a `crs`
 *   member honoured) and FlatGeobuf hold sites (points), coverage polygons, cable segments (lines) or Ookla speed
 *   tiles; with `auto`, Ookla tiles are told by their properties and everything else by geometry: a file holding
 *   several kinds is split by kind (`splitByGeometryKind`) and each part imported by its importer.
 */
import type { Feature } from 'geojson';
import type { DataIssue } from '../../domain/report.js';
import { createSiteImporter } from './import-sites.js';
import { importSiteRead } from './geojson-sites.js';
import type { ImportProgress, SiteImportOptions, SiteImportResult } from './types.js';
import { readFgb } from '../fgb-read.js';
import { importCoverageRead, type CoverageImport } from './coverage-import.js';
import { importCableRead, type CableImport } from './cable-import.js';
import { encodingIssues, type DecodeOptions, type EncodingReport } from './encoding.js';
import { decodeBlob, decodeBytes } from './text-input.js';
import { detectDelimiter, firstLineEnd, tokenize } from './delimited.js';
import {
  featuresRead,
  readGeoJsonText,
  splitByGeometryKind,
  type GeoJsonRead,
  type IndexedFeatures,
} from './geojson-text.js';
import {
  createSpeedImporter,
  importSpeedFeatures,
  looksLikeOoklaFeatures,
  looksLikeSpeedHeader,
} from './speed-import.js';
import type { SpeedImport, SpeedImportOptions } from './speed-types.js';
import { importIssue } from './issue.js';

/** What a file holds, as the user says or as detected (`auto`). */
export type ImportKindChoice = 'auto' | 'sites' | 'coverage' | 'cables' | 'speeds';

/** One kind of data read from a file. */
export type ImportedPart =
  | { kind: 'sites'; result: SiteImportResult }
  | { kind: 'coverage'; result: CoverageImport }
  | { kind: 'cables'; result: CableImport }
  | { kind: 'speeds'; result: SpeedImport };

/** An imported file read: one part, or (a GeoJSON holding several kinds of geometry) one part per kind. */
export type ImportedFile = ImportedPart | { kind: 'mixed'; parts: ImportedPart[]; issues: DataIssue[] };

/** Options of {@link importAnyFile}: the site importer's, the speed importer's and the text loader's. */
export type FileImportOptions = Omit<SiteImportOptions, 'source'> & Omit<SpeedImportOptions, 'source'> & DecodeOptions;

type Progress = (p: ImportProgress & { bytes: number; totalBytes: number }) => void;

/** Reads any importable file; see the module comment. */
export async function importAnyFile(
  file: Blob,
  name: string,
  kind: ImportKindChoice,
  options: FileImportOptions,
  onProgress: Progress = () => {},
): Promise<ImportedFile> {
  const fileKind = fileKindOf(name) ?? (await sniff(file));
  if (fileKind === 'delimited') {
    if (kind === 'coverage' || kind === 'cables') {
      const what =
        kind === 'coverage'
          ? { en: 'coverage polygons', vi: 'vùng phủ (đa giác)' }
          : { en: 'cable segments', vi: 'tuyến cáp' };
      const issue = importIssue(
        'error',
        'import-kind-text',
        name,
        { label: 'file' },
        {
          en: `${what.en} cannot come as a delimited text file`,
          vi: `${what.vi} không thể ở dạng tệp văn bản có dấu phân cách`,
        },
        { en: 'they need geometry: use GeoJSON or FlatGeobuf', vi: 'cần có hình học: dùng GeoJSON hoặc FlatGeobuf' },
      );
      throw Object.assign(new Error(issue.message), { issue });
    }
    return importDelimited(file, name, kind, options, onProgress);
  }
  const read =
    fileKind === 'geojson'
      ? await readGeoJsonFile(file, name, options)
      : featuresRead((await readFgb(new Uint8Array(await file.arrayBuffer()), { name })).features as Feature[]);
  return importRead(read, name, kind, options, fileKind === 'geojson' ? 'geojson' : 'flatgeobuf');
}

/** A GeoJSON text decoded and read; notes about the encoding join the reader's issues. */
async function readGeoJsonFile(
  file: Blob,
  name: string,
  options: DecodeOptions,
): Promise<GeoJsonRead & { encoding: EncodingReport }> {
  const { text, report } = decodeBytes(new Uint8Array(await file.arrayBuffer()), name, options);
  const read = readGeoJsonText(text, name);
  return { ...read, issues: [...encodingIssues(report, name), ...read.issues], encoding: report };
}

/** Features read from GeoJSON or FlatGeobuf → the part (or parts) they make. */
function importRead(
  read: GeoJsonRead & { encoding?: EncodingReport },
  name: string,
  kind: ImportKindChoice,
  options: FileImportOptions,
  format: 'geojson' | 'flatgeobuf',
): ImportedFile {
  const encoding = read.encoding ?? null;
  if (kind === 'speeds' || (kind === 'auto' && looksLikeOoklaFeatures(read.features))) {
    const result = importSpeedFeatures(read.features, { ...options, source: name });
    result.report.encoding = encoding;
    result.report.warnings.unshift(...read.issues.filter((i) => i.severity === 'warning'));
    result.report.fileErrors.unshift(...read.issues.filter((i) => i.severity === 'error'));
    return { kind: 'speeds', result };
  }
  const importAs = (k: 'sites' | 'coverage' | 'cables', r: GeoJsonRead): ImportedPart => {
    if (k === 'coverage') return { kind: 'coverage', result: importCoverageRead(r, name) };
    if (k === 'cables') return { kind: 'cables', result: importCableRead(r, name) };
    const result = importSiteRead(r, { ...options, source: name }, format);
    result.report.encoding = encoding;
    return { kind: 'sites', result };
  };
  if (kind !== 'auto') return importAs(kind, read);
  const split = splitByGeometryKind(read, name);
  const found = (
    [
      ['coverage', split.polygons],
      ['cables', split.lines],
      ['sites', split.points],
    ] as const
  ).filter(([, p]) => p.features.length > 0);
  if (found.length <= 1) {
    const [k, p]: readonly ['sites' | 'coverage' | 'cables', IndexedFeatures] = found[0] ?? ['sites', split.points];
    return importAs(k, { ...read, ...p, issues: [...read.issues, ...split.issues] });
  }
  // File-level messages are said once, by the file; each part keeps its features' own messages.
  return {
    kind: 'mixed',
    parts: found.map(([k, p]) => importAs(k, { ...read, ...p, issues: [] })),
    issues: [...read.issues, ...split.issues],
  };
}

/** The kind of a file whose name does not tell, from its first bytes: `{` is GeoJSON. */
async function sniff(file: Blob): Promise<FileKind> {
  const bytes = new Uint8Array(await file.slice(0, 64).arrayBuffer());
  let head: string;
  try {
    head = decodeBytes(bytes, '').text.trimStart();
  } catch {
    return 'delimited'; // the cut may split a character: the whole file's decoding will say what is wrong
  }
  return head.startsWith('{') ? 'geojson' : 'delimited';
}

export type FileKind = 'delimited' | 'geojson' | 'flatgeobuf';

/** The kind of a file by its name; null when the name does not tell. */
export function fileKindOf(name: string): FileKind | null {
  if (/\.(csv|txt|tsv)$/i.test(name)) return 'delimited';
  if (/\.(geo)?json$/i.test(name)) return 'geojson';
  if (/\.fgb$/i.test(name)) return 'flatgeobuf';
  return null;
}

type Streaming = { push(chunk: string): ImportProgress; end(): ImportedPart };

/** The importer a delimited file's first line asks for (the header, or an OpenCelliD row without one). */
function importerFor(firstLine: string, name: string, kind: ImportKindChoice, options: FileImportOptions): Streaming {
  const header = tokenize(firstLine, detectDelimiter(firstLine)).records[0]?.fields ?? [];
  if (kind === 'speeds' || (kind === 'auto' && looksLikeSpeedHeader(header) !== null)) {
    const importer = createSpeedImporter({ ...options, source: name });
    return { push: (c) => importer.push(c), end: () => ({ kind: 'speeds', result: importer.end() }) };
  }
  const importer = createSiteImporter({ ...options, source: name });
  return { push: (c) => importer.push(c), end: () => ({ kind: 'sites', result: importer.end() }) };
}

/** Streams a delimited file into its importer; the encoding goes into the report, its notes first. */
async function importDelimited(
  file: Blob,
  name: string,
  kind: ImportKindChoice,
  options: FileImportOptions,
  onProgress: Progress,
): Promise<ImportedPart> {
  let importer: Streaming | null = null;
  let head = '';
  let rows = 0;
  const feed = (text: string): ImportProgress => {
    if (importer !== null) return importer.push(text);
    head += text;
    const end = firstLineEnd(head);
    if (end < 0) return { chars: head.length, rows };
    importer = importerFor(head.slice(0, end), name, kind, options);
    const held = head;
    head = '';
    return importer.push(held);
  };
  const encoding = await decodeBlob(
    file,
    name,
    {
      push: (text, bytes) => {
        const p = feed(text);
        rows = p.rows;
        onProgress({ ...p, ...bytes });
      },
      restart: () => {
        importer = null; // strict UTF-8 failed: read again as Windows-1258
        head = '';
      },
    },
    options,
  );
  const done: Streaming = importer ?? importerFor(head, name, kind, options);
  if (importer === null) done.push(head);
  const part = done.end();
  if (part.kind === 'sites' || part.kind === 'speeds') {
    part.result.report.encoding = encoding;
    part.result.report.warnings.unshift(...encodingIssues(encoding, name));
  }
  return part;
}

/** Imports one site file (any format): the site part of {@link importAnyFile}. */
export async function importSiteFile(
  file: Blob,
  name: string,
  options: FileImportOptions,
  onProgress: Progress = () => {},
): Promise<SiteImportResult> {
  const imported = await importAnyFile(file, name, 'sites', options, onProgress);
  if (imported.kind !== 'sites') throw new Error(`${name}: not a site list`);
  return imported.result;
}
