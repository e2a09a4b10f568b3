/**
 * Area-indicator files → validated `IndicatorValue`s and a report. Pure: text in, values and issues out; no DOM,
 * no fetch.
 *
 * The format is long, one figure per row, with a header row (names compared without case, diacritics, spaces or
 * punctuation; see {@link INDICATOR_HEADER_VARIANTS}): `code`, `indicator`, `value` and `date` are required;
 * `layout`, `unit`, `source` and `name` are optional. A leading byte-order mark is dropped; the delimiter is read
 * from the first line (`,`, `;` or tab, see `detectDelimiter`); in semicolon- and tab-delimited files a value may
 * have a decimal comma (`87,5`). Rows are numbered as in `csv.ts`: the header is row 1, blank lines are skipped
 * but keep their numbers. Row rules and warnings: see `indicator-rows.ts`.
 *
 * The layout of a row comes from its `layout` cell, else from `options.layout`. Since 1 July 2025 the 126 units
 * of Hà Nội reuse 5-digit codes of 2019 wards (00004 is Phường Ba Đình in 2025 and Phường Trúc Bạch in 2019), so
 * a file with neither is refused as a whole.
 *
 * File-level messages (`index` null unless said):
 *
 * | rule | severity | example |
 * |---|---|---|
 * | `empty-file` | error | `i.csv: the file has no header row — a CSV file must start with a header row` |
 * | `missing-column` | error | `i.csv: no column for "value" (header: code, indicator, date) — name it one of value, giá trị, gia tri` |
 * | `missing-layout` | error | `i.csv: the file has no layout column and no layout was chosen — …` |
 * | `unterminated-quote` | error | `i.csv: row 4: a quoted field is never closed — every opening quote needs a closing quote (RFC 4180)` (index 4) |
 * | `no-source` | warning | `i.csv: the file has no source column — name where the figures come from in a column "source" or "nguồn"` |
 * | `no-data` | error | `i.csv: the file has a header row but no data rows — an indicator file needs one row per area, indicator and date below the header` |
 *
 * Row errors besides those of `indicator-rows.ts`: `bad-row`, e.g.
 * `i.csv: row 22 (code "00004"): 3 fields, expected 8 as in the header — every row must have as many fields as the header (RFC 4180)`.
 *
 * Every message is in English (`message`, above) and Vietnamese (`vi`, shown when the interface is in Vietnamese:
 * `i.csv: tệp không có cột nguồn — hãy ghi nguồn của số liệu trong một cột "source" hoặc "nguồn"`), built by
 * `importIssue` in `issue.ts`.
 */
import type { IndicatorValue } from '../../domain/indicators.js';
import type { DataIssue } from '../../domain/report.js';
import { tokenizeText } from './delimited.js';
import { importIssue, unterminatedQuoteIssue, type Bilingual, type IssueDetail } from './issue.js';
import {
  INDICATOR_COLUMNS,
  INDICATOR_HEADER_VARIANTS,
  mapHeader,
  REQUIRED_INDICATOR_COLUMNS,
  summarise,
  type IndicatorColumn,
  type IndicatorImportOptions,
  type IndicatorImportResult,
} from './indicator-format.js';
import { IndicatorRowChecker, type IndicatorAreaCatalogue, type IndicatorCells } from './indicator-rows.js';

export type { IndicatorAreaCatalogue } from './indicator-rows.js';
export {
  INDICATOR_COLUMNS,
  INDICATOR_HEADER_VARIANTS,
  REQUIRED_INDICATOR_COLUMNS,
  type IndicatorColumn,
  type IndicatorImportOptions,
  type IndicatorImportReport,
  type IndicatorImportResult,
  type IndicatorSummary,
} from './indicator-format.js';

/** Parses and validates an area-indicators file against the areas that exist; see the module comment. */
export function parseIndicatorCsv(
  text: string,
  areas: IndicatorAreaCatalogue,
  options: IndicatorImportOptions,
): IndicatorImportResult {
  const file = options.fileName;
  const fileIssues: DataIssue[] = [];
  const fileIssue = (
    severity: DataIssue['severity'],
    rule: string,
    what: Bilingual,
    why: Bilingual,
    detail: IssueDetail = {},
  ): void => {
    fileIssues.push(importIssue(severity, rule, file, { label: 'file' }, what, why, detail));
  };
  const { delimiter, records, unterminatedAt } = tokenizeText(text);
  if (unterminatedAt !== null) {
    fileIssues.push(unterminatedQuoteIssue(file, unterminatedAt, 'unterminated-quote'));
  }
  const [headerRecord, ...dataRecords] = records;
  const header = headerRecord?.fields.map((h) => h.trim()) ?? [];
  const columns = mapHeader(header);
  const hasLayoutColumn = columns.layout !== undefined;
  const layoutFrom = hasLayoutColumn ? 'column' : options.layout !== undefined ? 'option' : null;
  const columnNames: Partial<Record<IndicatorColumn, string>> = {};
  for (const c of INDICATOR_COLUMNS) {
    const i = columns[c];
    if (i !== undefined) columnNames[c] = header[i] ?? c;
  }
  const checker = new IndicatorRowChecker(file, areas, options.layout ?? null, delimiter !== ',', columnNames);

  if (headerRecord === undefined) {
    if (unterminatedAt === null) {
      fileIssue(
        'error',
        'empty-file',
        { en: 'the file has no header row', vi: 'tệp không có dòng tiêu đề' },
        { en: 'a CSV file must start with a header row', vi: 'tệp CSV phải bắt đầu bằng một dòng tiêu đề' },
      );
    }
  } else {
    for (const column of REQUIRED_INDICATOR_COLUMNS.filter((c) => columns[c] === undefined)) {
      const names = INDICATOR_HEADER_VARIANTS[column].join(', ');
      fileIssue(
        'error',
        'missing-column',
        {
          en: `no column for "${column}" (header: ${header.join(', ')})`,
          vi: `không có cột "${column}" (dòng tiêu đề: ${header.join(', ')})`,
        },
        { en: `name it one of ${names}`, vi: `hãy đặt tên cột là một trong: ${names}` },
        { column },
      );
    }
    if (layoutFrom === null) {
      fileIssue(
        'error',
        'missing-layout',
        {
          en: 'the file has no layout column and no layout was chosen',
          vi: 'tệp không có cột địa giới và chưa chọn địa giới khi nhập',
        },
        {
          en:
            'give the layout (2025 or 2019) in a column "layout" or as an import option: since 1 July 2025 the 126 units reuse the 5-digit codes ' +
            "of 2019 wards (every unit's code is also an old ward's code: 00004 is Phường Ba Đình in 2025 and Phường Trúc Bạch in 2019), " +
            'so a code alone does not say which area it means',
          vi:
            'hãy ghi địa giới (2025 hoặc 2019) trong cột "layout" hoặc chọn khi nhập: từ ngày 1/7/2025, 126 xã/phường mới dùng lại mã 5 chữ số ' +
            'của các phường/xã năm 2019 (mã của mỗi xã/phường mới cũng là mã của một phường/xã cũ: 00004 là Phường Ba Đình năm 2025 và Phường ' +
            'Trúc Bạch năm 2019), nên chỉ riêng mã không cho biết đó là địa bàn nào',
        },
      );
    }
    if (columns.source === undefined) {
      fileIssue(
        'warning',
        'no-source',
        { en: 'the file has no source column', vi: 'tệp không có cột nguồn' },
        {
          en: 'name where the figures come from in a column "source" or "nguồn"',
          vi: 'hãy ghi nguồn của số liệu trong một cột "source" hoặc "nguồn"',
        },
      );
    }
    if (dataRecords.length === 0 && unterminatedAt === null) {
      fileIssue(
        'error',
        'no-data',
        { en: 'the file has a header row but no data rows', vi: 'tệp có dòng tiêu đề nhưng không có dòng dữ liệu nào' },
        {
          en: 'an indicator file needs one row per area, indicator and date below the header',
          vi: 'bên dưới dòng tiêu đề, tệp chỉ tiêu cần một dòng cho mỗi địa bàn, chỉ tiêu và ngày',
        },
      );
    }
  }
  const refused = fileIssues.some((i) => i.severity === 'error' && i.index === null);

  const values: IndicatorValue[] = [];
  const rowIssues: DataIssue[] = [];
  if (!refused) {
    const cell = (fields: readonly string[], column: IndicatorColumn): string | null => {
      const i = columns[column];
      return i === undefined ? null : (fields[i] ?? '');
    };
    dataRecords.forEach(({ fields, row }, n) => {
      const at = { row, dataRow: n + 1, code: cell(fields, 'code')?.trim() ?? '' };
      if (fields.length !== header.length) {
        const s = fields.length === 1 ? '' : 's';
        rowIssues.push(
          checker.issue(
            'error',
            'bad-row',
            at,
            {
              en: `${fields.length} field${s}, expected ${header.length} as in the header`,
              vi: `có ${fields.length} trường, trong khi dòng tiêu đề có ${header.length}`,
            },
            {
              en: 'every row must have as many fields as the header (RFC 4180)',
              vi: 'mỗi dòng phải có số trường bằng dòng tiêu đề (RFC 4180)',
            },
            { value: fields.length },
          ),
        );
        return;
      }
      const cells: IndicatorCells = {
        code: cell(fields, 'code')!,
        layout: cell(fields, 'layout'),
        indicator: cell(fields, 'indicator')!,
        value: cell(fields, 'value')!,
        unit: cell(fields, 'unit'),
        date: cell(fields, 'date')!,
        source: cell(fields, 'source'),
        name: cell(fields, 'name'),
      };
      const result = checker.check(cells, at);
      if (result.ok) {
        values.push(result.value);
        rowIssues.push(...result.warnings);
      } else {
        rowIssues.push(result.issue);
      }
    });
  }

  const issues = [...fileIssues, ...rowIssues];
  return {
    values,
    issues,
    report: {
      rows: dataRecords.length,
      accepted: values.length,
      rejected: dataRecords.length - values.length,
      warnings: issues.filter((i) => i.severity === 'warning').length,
      delimiter,
      decimalComma: checker.sawDecimalComma,
      layoutFrom,
      indicators: summarise(values),
    },
  };
}
