/**
 * Reads the command line's input files through the app's own import path: `importAnyFile` (as the worker runs it
 * for a dropped file, streamed from disk by `fs.openAsBlob`), the app's indicator parser for `--kind
 * indicators`, or the app's line import (`importLineFile`, as the worker's `importLines` runs it for the import
 * tab's line file) for `--kind lines|road|railway|metro`. A file that cannot be read at all is kept as an outcome
 * with its error, never thrown.
 */
import fs from 'node:fs';
import path from 'node:path';
import { encodingIssues, type EncodingReport } from '../../src/data/import/encoding.js';
import {
  parseIndicatorCsv,
  type IndicatorImportReport,
  type IndicatorImportResult,
} from '../../src/data/import/indicators.js';
import { decodeBytes } from '../../src/data/import/text-input.js';
import type { IndicatorAreaCatalogue } from '../../src/domain/indicators.js';
import { errorMessage } from '../../src/domain/errors.js';
import {
  importAnyFile,
  type FileImportOptions,
  type ImportedFile,
  type ImportedPart,
} from '../../src/data/import/import-file.js';
import { importLineFile, type LineCrsReport, type LineFileReport } from '../../src/data/import/line-file.js';
import type { LineKindChoice } from '../../src/data/import/line-import.js';
import type { NamedLine } from '../../src/domain/named-line.js';
import type { DataIssue } from '../../src/domain/report.js';
import { isLineFileKind, lineKindChoiceOf, type AnalyseKind, type InputFile } from './args.js';

/** An indicator file's result, with how its bytes were decoded. */
export type IndicatorFileResult = IndicatorImportResult & {
  report: IndicatorImportReport & { encoding: EncodingReport };
};

/**
 * A line file's result: the app's `LineImport` with its counts as a report (`rows`: features in the file after
 * GeometryCollections are split; `accepted`: features kept, each in one named line; `rejectedRows`: the others;
 * `lines`: named lines, the features of one name and kind grouped; `kindChoice`: the app's choice it was read with;
 * `format`, `encoding`, `crs`: how the file was read, null when it could not be read at all).
 */
export type LineFileResult = {
  lines: NamedLine[];
  issues: DataIssue[];
  report: {
    kindChoice: LineKindChoice;
    rows: number;
    accepted: number;
    rejectedRows: number;
    lines: number;
    format: LineFileReport['format'] | null;
    encoding: EncodingReport | null;
    crs: LineCrsReport | null;
  };
};

/** One kind of data a file gave: one of the app's import parts, area indicators, or named lines. */
export type PartInput =
  ImportedPart | { kind: 'indicators'; result: IndicatorFileResult } | { kind: 'lines'; result: LineFileResult };

/** What a file gave: one of the app's import results (a mixed GeoJSON: one part per kind), area indicators or lines. */
export type ImportedInput = ImportedFile | PartInput;

/** The parts of an imported file: one, or one per kind of geometry when the importer split a mixed file. */
export function partsOf(imported: ImportedInput): PartInput[] {
  return imported.kind === 'mixed' ? imported.parts : [imported];
}

/** One input file after reading: its result, or why it could not be read (`error`, English and Vietnamese). */
export type FileOutcome = {
  /** Absolute path. */
  path: string;
  /** The file name used in every message, as the app uses a dropped file's name. */
  name: string;
  /** Size in bytes; null when the file could not be opened. */
  bytes: number | null;
  /** What the command line said the file holds. */
  requested: AnalyseKind;
  imported: ImportedInput | null;
  error: { en: string; vi: string } | null;
  /** Time to read and check the file, ms. */
  ms: number;
};

/** Reads each file in turn (in the order given: later site ids win, as later imports do in the app). */
export async function importFiles(
  files: readonly InputFile[],
  options: FileImportOptions,
  areas: () => IndicatorAreaCatalogue,
): Promise<FileOutcome[]> {
  const out: FileOutcome[] = [];
  for (const file of files) out.push(await importOne(file, options, areas));
  return out;
}

async function importOne(
  file: InputFile,
  options: FileImportOptions,
  areas: () => IndicatorAreaCatalogue,
): Promise<FileOutcome> {
  const t0 = performance.now();
  const name = path.basename(file.path);
  const outcome: FileOutcome = {
    path: file.path,
    name,
    bytes: null,
    requested: file.kind,
    imported: null,
    error: null,
    ms: 0,
  };
  let blob: Blob;
  try {
    const stat = await fs.promises.stat(file.path);
    if (!stat.isFile()) throw new Error('not a file');
    blob = await fs.openAsBlob(file.path);
    outcome.bytes = blob.size;
  } catch (err) {
    const why = err instanceof Error && 'code' in err && err.code === 'ENOENT' ? null : errorMessage(err);
    outcome.error =
      why === null
        ? { en: `${name}: no such file (${file.path})`, vi: `${name}: không có tệp này (${file.path})` }
        : { en: `${name}: cannot be read (${why})`, vi: `${name}: không đọc được tệp (${why})` };
    outcome.ms = performance.now() - t0;
    return outcome;
  }
  try {
    outcome.imported = await importBlob(blob, name, file.kind, options, areas);
  } catch (err) {
    const message = errorMessage(err);
    // The worker prefixes the file name the same way when the importer did not.
    const en = message.startsWith(name) ? message : `${name}: ${message}`;
    outcome.error = { en, vi: en };
  }
  outcome.ms = performance.now() - t0;
  return outcome;
}

async function importBlob(
  blob: Blob,
  name: string,
  kind: AnalyseKind,
  options: FileImportOptions,
  areas: () => IndicatorAreaCatalogue,
): Promise<ImportedInput> {
  if (kind === 'indicators') {
    // Decoded as site files are (byte-order mark, strict UTF-8, else Windows-1258), with the same notes.
    const { text, report: encoding } = decodeBytes(new Uint8Array(await blob.arrayBuffer()), name, options);
    const parsed = parseIndicatorCsv(text, areas(), { fileName: name });
    return {
      kind: 'indicators',
      result: {
        ...parsed,
        issues: [...encodingIssues(encoding, name), ...parsed.issues],
        report: { ...parsed.report, encoding },
      },
    };
  }
  if (isLineFileKind(kind)) {
    const lineKind = lineKindChoiceOf(kind);
    // Decoded, checked and grouped by the app's line import; it reports every problem instead of throwing.
    const { lines, accepted, features, issues, report: read } = await importLineFile(blob, name, lineKind);
    const report = {
      kindChoice: lineKind,
      rows: features,
      accepted,
      rejectedRows: features - accepted,
      lines: lines.length,
      format: read?.format ?? null,
      encoding: read?.encoding ?? null,
      crs: read?.crs ?? null,
    };
    return { kind: 'lines', result: { lines, issues, report } };
  }
  return importAnyFile(blob, name, kind, options);
}

/** The named lines of each line file that gave some, in file order, with the file's name as their source. */
export function importedLineSets(outcomes: readonly FileOutcome[]): { source: string; lines: NamedLine[] }[] {
  return outcomes.flatMap((o) =>
    (o.imported ? partsOf(o.imported) : [])
      .flatMap((p) => (p.kind === 'lines' && p.result.lines.length > 0 ? [p.result.lines] : []))
      .map((lines) => ({ source: o.name, lines })),
  );
}
