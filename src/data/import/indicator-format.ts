/**
 * The shape of an area-indicators file (see `indicators.ts`): its columns and the header names accepted for each,
 * the options and report of an import, and the summary of the accepted indicators.
 *
 * Split from `indicators.ts` (which re-exports every public name here): definitions and small pure helpers, apart
 * from the parse that walks a file.
 */
import { indicatorKind, knownIndicator, type IndicatorKind, type IndicatorValue } from '../../domain/indicators.js';
import type { Layout } from '../../domain/admin.js';
import type { DataIssue } from '../../domain/report.js';
import type { Delimiter } from './delimited.js';
import { headerKey } from './headers.js';

/** The columns of an indicator file. */
export const INDICATOR_COLUMNS = ['code', 'layout', 'indicator', 'value', 'unit', 'date', 'source', 'name'] as const;
/** One column of an indicator file; see {@link INDICATOR_HEADER_VARIANTS}. */
export type IndicatorColumn = (typeof INDICATOR_COLUMNS)[number];

/** Columns without which no row can be read. */
export const REQUIRED_INDICATOR_COLUMNS: readonly IndicatorColumn[] = ['code', 'indicator', 'value', 'date'];

/** Header names accepted per column, as people write them (compared by `headerKey`). */
export const INDICATOR_HEADER_VARIANTS: Readonly<Record<IndicatorColumn, readonly string[]>> = {
  code: ['code', 'ma', 'mã', 'ma_dvhc', 'mã đvhc', 'gso_code', 'area_code'],
  layout: ['layout', 'bố cục', 'so do', 'sơ đồ', 'layout_year'],
  indicator: ['indicator', 'chỉ tiêu', 'chi_tieu', 'indicator_name', 'indicator_id', 'tên chỉ tiêu'],
  value: ['value', 'giá trị', 'gia tri'],
  unit: ['unit', 'đơn vị', 'don vi'],
  date: ['date', 'ngày', 'ngay', 'as_of'],
  source: ['source', 'nguồn', 'nguon'],
  name: ['name', 'tên', 'ten', 'area_name'],
};

/** Column of each accepted header name, by its `headerKey`. */
const COLUMN_OF_KEY: ReadonlyMap<string, IndicatorColumn> = new Map(
  INDICATOR_COLUMNS.flatMap((c) => INDICATOR_HEADER_VARIANTS[c].map((name) => [headerKey(name), c] as const)),
);

/** Options of `parseIndicatorCsv` (`indicators.ts`). */
export type IndicatorImportOptions = {
  /** File name used in every message. */
  fileName: string;
  /** Layout of rows without a layout cell (no column, or an empty cell). @default none: such rows are refused */
  layout?: Layout;
};

/** One indicator of the accepted values. */
export type IndicatorSummary = {
  id: string;
  /** The unit of its first accepted row (the others match it). */
  unit: string;
  kind: IndicatorKind;
  /** Accepted values. */
  count: number;
  /** Whether the id is one of `KNOWN_INDICATORS`. */
  known: boolean;
};

/**
 * What happened to one file. Every data row is accepted or rejected: `rows === accepted + rejected`. A rejected
 * row has exactly one error issue with its row number, unless a file-level error (missing column, missing
 * layout) refused the whole file: then every row is rejected and no row is read.
 */
export type IndicatorImportReport = {
  /** Data rows, header and blank lines excluded. */
  rows: number;
  accepted: number;
  rejected: number;
  /** Warning issues (the rows they name are accepted). */
  warnings: number;
  delimiter: Delimiter;
  /** True when a value was written with a decimal comma (`87,5`). */
  decimalComma: boolean;
  /** Where the rows' layout came from: a column (empty cells fall back to the option), the option, or nowhere. */
  layoutFrom: 'column' | 'option' | null;
  /** The accepted indicators in order of first appearance. */
  indicators: IndicatorSummary[];
};

/** Values, issues (file-level first, then by row) and report of one file. */
export type IndicatorImportResult = { values: IndicatorValue[]; issues: DataIssue[]; report: IndicatorImportReport };

/** The column index of each recognised header name; when two names mean one column, the first wins. */
export function mapHeader(fields: readonly string[]): Partial<Record<IndicatorColumn, number>> {
  const columns: Partial<Record<IndicatorColumn, number>> = {};
  fields.forEach((name, i) => {
    const column = COLUMN_OF_KEY.get(headerKey(name));
    if (column !== undefined && columns[column] === undefined) columns[column] = i;
  });
  return columns;
}
/** The accepted indicators, in order of first appearance, with the unit of their first value. */
export function summarise(values: readonly IndicatorValue[]): IndicatorSummary[] {
  const byId = new Map<string, IndicatorSummary>();
  for (const v of values) {
    const entry = byId.get(v.indicator);
    if (entry) entry.count++;
    else
      byId.set(v.indicator, {
        id: v.indicator,
        unit: v.unit,
        kind: indicatorKind(v.indicator, v.unit),
        count: 1,
        known: knownIndicator(v.indicator) !== null,
      });
  }
  return [...byId.values()];
}
