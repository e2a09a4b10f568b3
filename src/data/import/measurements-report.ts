/**
 * What the signal-measurement importer (`measurements.ts`) collects while it reads (measurements, messages,
 * counts, the days covered) and the report it ends with.
 */
import type { DataIssue } from '../../domain/report.js';
import type { SignalMeasurement } from '../../domain/measurement.js';
import type { Delimiter } from './delimited.js';
import type { EncodingReport } from './encoding.js';
import { importIssue, type IssuePlace } from './issue.js';
import type { RowProblem } from './speed-checks.js';

/** The input format of a measurement file. */
export type MeasurementFormat = 'csv' | 'geojson';

/**
 * The report of one imported measurement file. Every data row (or feature) ends in one place: one or two
 * measurements (`kept` counts measurements; a row with both an LTE RSRP and an NR SS-RSRP gives two), every error
 * of the row in `rejected`, or one warning for a row left out on purpose (`skipped`: 3G, 2G and Wi-Fi rows),
 * unless a file error stops the import (a missing column: no row is read).
 */
export type MeasurementImportReport = {
  source: string;
  format: MeasurementFormat;
  /** Field delimiter; null for GeoJSON. */
  delimiter: Delimiter | null;
  /** `,` when any number was written with a decimal comma; null for GeoJSON. */
  decimalSeparator: '.' | ',' | null;
  /** How the bytes were decoded; null when the text was given as a string. */
  encoding: EncodingReport | null;
  /** Data rows (or features) read, header excluded. */
  rows: number;
  /** Measurements kept. */
  kept: number;
  /** Every error of the rejected rows: a row may have several. */
  rejected: DataIssue[];
  /** Rows rejected: the distinct rows of `rejected`. */
  rejectedRows: number;
  /** Rows left out by rule (not 4G or 5G), each with a warning. */
  skipped: number;
  warnings: DataIssue[];
  fileErrors: DataIssue[];
  /** First and last day of the kept measurements that have a time, ISO; null when none has. */
  window: { from: string; to: string } | null;
};

/** Measurements and the report of one imported file. */
export type MeasurementImport = { measurements: SignalMeasurement[]; report: MeasurementImportReport };

/** Running state of one import. */
export type MeasurementCollector = {
  source: string;
  measurements: SignalMeasurement[];
  rows: number;
  skipped: number;
  rejected: DataIssue[];
  rejectedRows: number;
  warnings: DataIssue[];
  fileErrors: DataIssue[];
  from: string;
  to: string;
  /** Keeps measurements, or files all of a row's problems as errors at `place`. */
  add(
    result: readonly SignalMeasurement[] | { problems: readonly RowProblem[] },
    place: IssuePlace,
    detail: { line?: number; dataRow?: number },
  ): void;
};

/** A new collector for the file `source`. */
export function createMeasurementCollector(source: string): MeasurementCollector {
  const c: MeasurementCollector = {
    source,
    measurements: [],
    rows: 0,
    skipped: 0,
    rejected: [],
    rejectedRows: 0,
    warnings: [],
    fileErrors: [],
    from: '',
    to: '',
    add(result, place, detail) {
      if ('problems' in result) {
        if (result.problems.length === 0) return;
        c.rejectedRows++;
        for (const p of result.problems)
          c.rejected.push(
            importIssue('error', p.rule, source, place, p.what, p.why, {
              column: p.column,
              value: p.value ?? undefined,
              ...detail,
            }),
          );
        return;
      }
      for (const m of result) {
        c.measurements.push(m);
        if (m.date === null) continue;
        if (c.from === '' || m.date < c.from) c.from = m.date;
        if (m.date > c.to) c.to = m.date;
      }
    },
  };
  return c;
}

/** The report of a finished import. */
export function measurementReport(
  c: MeasurementCollector,
  format: MeasurementFormat,
  delimiter: Delimiter | null,
  decimalSeparator: '.' | ',' | null,
): MeasurementImportReport {
  return {
    source: c.source,
    format,
    delimiter,
    decimalSeparator,
    encoding: null,
    rows: c.rows,
    kept: c.measurements.length,
    rejected: c.rejected,
    rejectedRows: c.rejectedRows,
    skipped: c.skipped,
    warnings: c.warnings,
    fileErrors: c.fileErrors,
    window: c.from === '' ? null : { from: c.from, to: c.to },
  };
}
