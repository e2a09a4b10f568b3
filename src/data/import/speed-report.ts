/**
 * What the speed importers collect while they read (records, messages, counts, the dates covered) and the
 * report they end with.
 */
import type { Feature, Point } from 'geojson';
import type { DataIssue } from '../../domain/report.js';
import type { SpeedTestProps } from '../../domain/telecom.js';
import { quarterEnd } from '../../analysis/targets.js';
import type { Delimiter } from './delimited.js';
import { importIssue, type IssuePlace } from './issue.js';
import type { RowProblem } from './speed-checks.js';
import type { SpeedImportFormat, SpeedImportReport } from './speed-types.js';

/** Running state of one speed import. */
export type SpeedCollector = {
  source: string;
  tests: Feature<Point, SpeedTestProps>[];
  rows: number;
  testCount: number;
  skipped: number;
  rejected: DataIssue[];
  rejectedRows: number;
  warnings: DataIssue[];
  fileErrors: DataIssue[];
  from: string;
  to: string;
  /** Keeps a record, or files all of a row's problems as errors at `place`. */
  add(
    result: Feature<Point, SpeedTestProps> | RowProblem[],
    place: IssuePlace,
    detail: { line: number; dataRow: number } | null,
  ): void;
};

export function createSpeedCollector(source: string): SpeedCollector {
  const c: SpeedCollector = {
    source,
    tests: [],
    rows: 0,
    testCount: 0,
    skipped: 0,
    rejected: [],
    rejectedRows: 0,
    warnings: [],
    fileErrors: [],
    from: '',
    to: '',
    add(result, place, detail) {
      if (Array.isArray(result)) {
        if (result.length === 0) return;
        c.rejectedRows++;
        for (const p of result) {
          c.rejected.push(
            importIssue('error', p.rule, source, place, p.what, p.why, {
              column: p.column,
              value: p.value ?? undefined,
              ...(detail ?? {}),
            }),
          );
        }
        return;
      }
      const p = result.properties;
      c.tests.push(result);
      c.testCount += p.tests;
      const last = p.kind === 'tile' ? quarterEnd(p.date) : p.date;
      if (c.from === '' || p.date < c.from) c.from = p.date;
      if (last > c.to) c.to = last;
    },
  };
  return c;
}

/** The report of a finished import. */
export function speedReport(
  c: SpeedCollector,
  format: SpeedImportFormat,
  delimiter: Delimiter | null,
  decimalSeparator: '.' | ',' | null,
): SpeedImportReport {
  return {
    source: c.source,
    format,
    delimiter,
    decimalSeparator,
    encoding: null,
    rows: c.rows,
    kept: c.tests.length,
    rejected: c.rejected,
    rejectedRows: c.rejectedRows,
    skipped: c.skipped,
    warnings: c.warnings,
    fileErrors: c.fileErrors,
    tests: c.testCount,
    window: c.from === '' ? null : { from: c.from, to: c.to },
  };
}
