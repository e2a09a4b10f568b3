/**
 * `import-report.json` of `npm run analyse`: what became of each input file, built generically from whatever the
 * importer returned, so that a field added to an import report (or a new kind of file) reaches the JSON without a
 * change here:
 * - every `DataIssue` found in the result (at any depth) is a message, with its rule, row, line, column and value;
 * - the result's other top-level arrays are the data kept (sites, coverage items, cable segments, values…);
 * - the `report` object and other top-level objects (`repairs`) are copied into `details`, without their issue
 *   lists (those are the messages).
 *
 * Counts: `read` is the importer's own count (`report.rows`), else kept + rejected; `rejected` is the importer's
 * count of rejected rows (`rejectedRows`, or `rejected` when a number), else the rows or features named by an
 * error; `repaired` is the importer's count (`repairedRows` / `repaired`) when it gives one, else the rows or
 * features kept with a warning naming them (a value capped, a ring closed…). For coverage, `kept` counts coverage
 * items: one per technology of a feature. For a line file (kind `lines`), `read` and `kept` count features, as
 * `rejected` does; the named lines they make (the features of one name and kind) are `details.lines`.
 *
 * The generic reading of a result is `result-scan.ts`; the account printed to stderr is `print-file-report.ts`.
 */
import type { DataIssue } from '../../src/domain/report.js';
import { fileKindOf } from '../../src/data/import/import-file.js';
import type { AnalyseKind } from './args.js';
import { partsOf, type FileOutcome, type PartInput } from './import-files.js';
import { collectIssues, detailsOf, isIssueListAt, isObject, num, str } from './result-scan.js';

/** One message of a file, every optional detail present (null when unknown). */
export type ReportMessage = {
  severity: DataIssue['severity'];
  rule: string;
  /** As in `DataIssue.index`: one-based row (delimited text, header = row 1) or zero-based feature; null for the file. */
  index: number | null;
  key: string | null;
  /** One-based data row: the n-th record after the header. */
  dataRow: number | null;
  /** One-based physical line where the record starts. */
  line: number | null;
  column: string | null;
  value: string | null;
  message: string;
  vi: string;
};

/** Rows (or features) of a file and where they ended. */
export type FileCounts = {
  read: number | null;
  kept: number;
  repaired: number;
  rejected: number;
  errors: number;
  warnings: number;
};

/** What became of one input file. */
export type FileReport = {
  file: string;
  path: string;
  bytes: number | null;
  /** What the command line said (`auto` unless `--kind`). */
  requested: AnalyseKind;
  /**
   * What the file was read as (`sites`, `coverage`, `cables`, `speeds`, `mixed`, `indicators`, `lines`); null when
   * it could not be read.
   */
  kind: string | null;
  /** Detected format: `project-csv`, `opencellid`, `geojson`, `flatgeobuf`, `delimited`…; null when unknown. */
  format: string | null;
  /** How the bytes were decoded (the importer's `EncodingReport`); null when it does not say. */
  encoding: unknown;
  delimiter: string | null;
  /** Decimal mark of the numbers: `,` when a number was written with a decimal comma. */
  decimalMark: '.' | ',' | null;
  /** How coordinates were read and why (the importer's `CoordinateReport`); null when it does not say. */
  crs: unknown;
  counts: FileCounts;
  /** True when no row of the file was kept (or it could not be read). */
  refused: boolean;
  messages: ReportMessage[];
  /** The rest of the importer's report, without its issue lists (those are `messages`). */
  details: Record<string, unknown>;
  /** Time to read and check the file, ms. */
  ms: number;
  /** Each part of a file the importer split by kind (points, polygons, lines); null for a file of one kind. */
  parts: PartReport[] | null;
};

/** One message with every detail present, null when unknown (`vi` falls back to the English text). */
export function messageOf(i: DataIssue): ReportMessage {
  return {
    severity: i.severity,
    rule: i.rule,
    index: i.index,
    key: i.key,
    dataRow: i.dataRow ?? null,
    line: i.line ?? null,
    column: i.column ?? null,
    value: i.value ?? null,
    message: i.message,
    vi: i.vi ?? i.message,
  };
}

/** Report fields given their own place in a {@link FileReport}, left out of `details`. */
const LIFTED = ['source', 'format', 'encoding', 'delimiter', 'decimalSeparator', 'decimalComma', 'coordinates', 'crs'];

/** File-level messages first, then by row or feature; the importer's order otherwise. */
const byPlace = (a: ReportMessage, b: ReportMessage) => (a.index ?? -1) - (b.index ?? -1);

/** How one part of a file was read (a file of one kind has one part; a mixed GeoJSON one per kind). */
export type PartReport = Pick<
  FileReport,
  'format' | 'encoding' | 'delimiter' | 'decimalMark' | 'crs' | 'counts' | 'details'
> & { kind: string };

/** The report of one part, and its messages. */
function partReport(part: PartInput, name: string): { report: PartReport; messages: ReportMessage[] } {
  const result = isObject(part.result) ? (part.result as Record<string, unknown>) : {};
  const report = isObject(result.report) ? result.report : {};
  const issues = new Set<DataIssue>();
  collectIssues(result, issues);
  const messages = [...issues].map(messageOf).sort(byPlace);
  let kept = 0;
  const details: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(result)) {
    if (Array.isArray(v) && !isIssueListAt(k, v)) kept += v.length;
    else if (k === 'report' && isObject(v)) Object.assign(details, detailsOf(v, LIFTED));
    else if (isObject(v)) details[k] = detailsOf(v);
  }
  // Many features make one named line (40 OSM ways of "Vành đai 3"): features kept, to add up with those rejected.
  if (part.kind === 'lines') kept = part.result.report.accepted;
  const rowsOf = (severity: DataIssue['severity']) =>
    new Set(messages.filter((m) => m.severity === severity && m.index !== null).map((m) => m.index));
  const rejectedRows = rowsOf('error');
  const rejected = num(report.rejectedRows) ?? num(report.rejected) ?? rejectedRows.size;
  const repaired =
    num(report.repairedRows) ??
    num(report.repaired) ??
    [...rowsOf('warning')].filter((i) => !rejectedRows.has(i)).length;
  const decimal =
    str(report.decimalSeparator) ?? (report.decimalComma === true ? ',' : report.decimalComma === false ? '.' : null);
  return {
    report: {
      kind: part.kind,
      format: str(report.format) ?? (part.kind === 'indicators' ? 'indicator-csv' : fileKindOf(name)),
      encoding: report.encoding ?? null,
      delimiter: str(report.delimiter),
      decimalMark: decimal === '.' || decimal === ',' ? decimal : null,
      crs: report.coordinates ?? report.crs ?? null,
      counts: {
        read: num(report.rows) ?? num(result.rows) ?? kept + rejected,
        kept,
        repaired,
        rejected,
        ...severities(messages),
      },
      details,
    },
    messages,
  };
}

const severities = (messages: readonly ReportMessage[]) => ({
  errors: messages.filter((m) => m.severity === 'error').length,
  warnings: messages.filter((m) => m.severity === 'warning').length,
});

/** The report of one file (see the module comment). */
export function fileReport(o: FileOutcome): FileReport {
  const base = { file: o.name, path: o.path, bytes: o.bytes, requested: o.requested, ms: Math.round(o.ms) };
  if (o.imported === null) {
    const err = o.error ?? { en: `${o.name}: not read`, vi: `${o.name}: không đọc được` };
    const message: ReportMessage = {
      severity: 'error',
      rule: 'file-refused',
      index: null,
      key: null,
      dataRow: null,
      line: null,
      column: null,
      value: null,
      message: err.en,
      vi: err.vi,
    };
    return {
      ...base,
      kind: null,
      format: null,
      encoding: null,
      delimiter: null,
      decimalMark: null,
      crs: null,
      counts: { read: null, kept: 0, repaired: 0, rejected: 0, errors: 1, warnings: 0 },
      refused: true,
      messages: [message],
      details: {},
      parts: null,
    };
  }
  const parts = partsOf(o.imported).map((p) => partReport(p, o.name));
  if (parts.length === 1 && partsOf(o.imported)[0] === o.imported) {
    const { report, messages } = parts[0]!;
    return { ...base, ...report, refused: report.counts.kept === 0, messages, parts: null };
  }
  // A file split by kind: its own messages (e.g. what was split), then each part's.
  const own = new Set<DataIssue>();
  collectIssues((o.imported as unknown as { issues?: unknown }).issues, own);
  const messages = [...[...own].map(messageOf), ...parts.flatMap((p) => p.messages)];
  const reports = parts.map((p) => p.report);
  const first = <K extends keyof PartReport>(k: K): PartReport[K] | null =>
    reports.map((r) => r[k]).find((v) => v !== null) ?? null;
  const sum = (k: 'kept' | 'repaired' | 'rejected') => reports.reduce((n, r) => n + r.counts[k], 0);
  const reads = reports.map((r) => r.counts.read);
  const kept = sum('kept');
  return {
    ...base,
    kind: o.imported.kind,
    format: first('format'),
    encoding: first('encoding'),
    delimiter: first('delimiter'),
    decimalMark: first('decimalMark'),
    crs: first('crs'),
    counts: {
      read: reads.every((r) => r === null) ? null : reads.reduce<number>((n, r) => n + (r ?? 0), 0),
      kept,
      repaired: sum('repaired'),
      rejected: sum('rejected'),
      ...severities(messages),
    },
    refused: kept === 0,
    messages,
    details: {},
    parts: reports,
  };
}
