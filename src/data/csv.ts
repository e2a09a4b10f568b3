/**
 * CSV input: a table reader over the project's one CSV tokenizer, and the validators of the 2019 census
 * population files.
 *
 * Pure: takes the file's text and name; the pipeline does the reading. Rows are numbered by the one-based
 * line on which the record starts, so the header is row 1 and, in a file without line breaks inside quoted
 * fields, row n is line n in an editor. Blank lines are skipped. Every row that is not returned is reported
 * as an `error` issue (`index` = its row number); nothing is dropped silently.
 *
 * Message format: `<file>: row <n>: <what, with the value> — <rule>`; with a code column,
 * `<file>: row <n> (<column> "<code>"): …`; file-level issues (`index` null): `<file>: <what> — <rule>`.
 *
 * | rule | example message |
 * |---|---|
 * | `csv-empty` | `p.csv: the file has no header row — a CSV file must start with a header row` |
 * | `csv-unterminated-quote` | `p.csv: row 4: a quoted field is never closed — every opening quote needs a closing quote (RFC 4180)` |
 * | `csv-header-duplicate` | `p.csv: column "total" appears twice in the header (columns 4 and 11) — column names must be unique` |
 * | `csv-field-count` | `p.csv: row 7: 3 fields, expected 15 as in the header — every row must have as many fields as the header (RFC 4180)` |
 * | `csv-column-missing` | `p.csv: column "total" is missing (header: ward_code, ward_name_official, district_code) — required columns: ward_code, ward_name_official, district_code, total` |
 * | `population-code-missing` | `p.csv: row 5: ward_code is empty — every row needs a ward_code` |
 * | `population-code-duplicate` | `p.csv: row 9 (ward_code "00001"): ward_code "00001" repeats row 2 — each ward_code must appear once` |
 * | `population-unjoined` | `p.csv: row 3 (ward_code "99999"): ward_code "99999" does not join: no such ward in the boundary layer — every row must match a boundary ward` |
 * | `population-total-invalid` | `p.csv: row 3 (ward_code "00004"): total "7,065" is not a whole number — total must be a non-negative whole number of residents` |
 * | `population-total-negative` | `p.csv: row 3 (ward_code "00004"): total "-12" is negative — total must be a non-negative whole number of residents` |
 * | `population-missing` | `p.csv: ward "00034" has no population row — every boundary ward needs one` |
 *
 * All are errors. A row is checked in the order code, duplicate, join, total, and reports only its first
 * problem. `population-missing` is reported once per known code that appears in no row at all (a row rejected
 * for its total already names the code, so it is not reported twice; a row with the wrong field count cannot be
 * read, so its code is also reported as missing).
 */
import type { DataIssue } from '../domain/report.js';
import { tokenizeText } from './import/delimited.js';

/** A parsed CSV file: the header, the well-formed rows keyed by header name, their row numbers, the issues. */
export type CsvTable = {
  header: string[];
  rows: Record<string, string>[];
  /** One-based row number (line where the record starts) of each entry of `rows`; the header is row 1. */
  rowNumbers: number[];
  issues: DataIssue[];
};

/** Population of one 2019 ward, 2019 census. */
export type WardPopulation = {
  /** Residents, 2019 census (whole number). */
  total: number;
  /** GSO district code, 3 digits, e.g. `001`. */
  districtCode: string;
  /** Official name with the type prefix, e.g. `Phường Phúc Xá`. */
  name: string;
};

/** Population of one 2019 district, 2019 census. */
export type DistrictPopulation = {
  /** Residents, 2019 census (whole number). */
  total: number;
  /** Official name with the type prefix, e.g. `Quận Ba Đình`. */
  name: string;
};

/**
 * Parses RFC 4180 CSV through the project's one tokenizer (`import/delimited.ts`): quoted fields with `""`
 * escapes and line breaks, CRLF, LF or lone CR line ends, a leading byte-order mark stripped. The delimiter is
 * read from the header line (`detectDelimiter`: the most frequent of comma, semicolon and tab outside quotes;
 * comma on a tie or when there is none). Header names are trimmed. A row whose fields are all empty is kept (and
 * checked like any other); a row with the wrong number of fields is an error and left out.
 */
export function parseCsv(text: string, file: string): CsvTable {
  const issues: DataIssue[] = [];
  const error = (rule: string, row: number | null, what: string, why: string): void => {
    const where = row === null ? '' : ` row ${row}:`;
    issues.push({ severity: 'error', rule, file, index: row, key: null, message: `${file}:${where} ${what} — ${why}` });
  };
  const { records, unterminatedAt } = tokenizeText(text, { keepEmptyRecords: true });
  if (unterminatedAt !== null) {
    error(
      'csv-unterminated-quote',
      unterminatedAt,
      'a quoted field is never closed',
      'every opening quote needs a closing quote (RFC 4180)',
    );
  }
  const [headerRecord, ...dataRecords] = records;
  if (headerRecord === undefined) {
    if (unterminatedAt === null)
      error('csv-empty', null, 'the file has no header row', 'a CSV file must start with a header row');
    return { header: [], rows: [], rowNumbers: [], issues };
  }
  const header = headerRecord.fields.map((h) => h.trim());
  const columnOf = new Map<string, number>();
  header.forEach((name, i) => {
    const first = columnOf.get(name);
    if (first === undefined) columnOf.set(name, i);
    else
      error(
        'csv-header-duplicate',
        null,
        `column "${name}" appears twice in the header (columns ${first + 1} and ${i + 1})`,
        'column names must be unique',
      );
  });

  const rows: Record<string, string>[] = [];
  const rowNumbers: number[] = [];
  for (const { fields, row } of dataRecords) {
    if (fields.length !== header.length) {
      const what = `${fields.length} field${fields.length === 1 ? '' : 's'}, expected ${header.length} as in the header`;
      error('csv-field-count', row, what, 'every row must have as many fields as the header (RFC 4180)');
      continue;
    }
    const record: Record<string, string> = {};
    // The first column of a repeated name wins, as reported above.
    for (let i = header.length - 1; i >= 0; i--) record[header[i]!] = fields[i]!;
    rows.push(record);
    rowNumbers.push(row);
  }
  return { header, rows, rowNumbers, issues };
}

/** Column names and words of one census file. */
type TotalsLayout = {
  codeColumn: string;
  nameColumn: string;
  totalColumn: string;
  extraColumns: readonly string[];
  unit: string;
};

type TotalsRow = { code: string; total: number; record: Record<string, string> };

/**
 * Reads `wards-2019-census.csv` (columns `ward_code`, `ward_name_official`, `district_code`, `total`, …) and
 * joins it to the boundary layer's ward codes. Rows that fail a check are reported and left out of `byWard`.
 */
export function parsePopulationCsv(
  text: string,
  file: string,
  knownWardCodes: ReadonlySet<string>,
): { byWard: Map<string, WardPopulation>; issues: DataIssue[] } {
  const layout: TotalsLayout = {
    codeColumn: 'ward_code',
    nameColumn: 'ward_name_official',
    totalColumn: 'total',
    extraColumns: ['district_code'],
    unit: 'ward',
  };
  const { rows, issues } = parseTotals(text, file, layout, knownWardCodes);
  const byWard = new Map<string, WardPopulation>();
  for (const { code, total, record } of rows) {
    byWard.set(code, {
      total,
      districtCode: record['district_code']!.trim(),
      name: record['ward_name_official']!.trim(),
    });
  }
  return { byWard, issues };
}

/**
 * Reads `districts-2019-census.csv` (columns `district_code`, `district_name`, `population_2019`). With
 * `knownDistrictCodes`, rows are joined to them as in {@link parsePopulationCsv}; with null, no join is checked.
 */
export function parseDistrictTotalsCsv(
  text: string,
  file: string,
  knownDistrictCodes: ReadonlySet<string> | null = null,
): { byDistrict: Map<string, DistrictPopulation>; issues: DataIssue[] } {
  const layout: TotalsLayout = {
    codeColumn: 'district_code',
    nameColumn: 'district_name',
    totalColumn: 'population_2019',
    extraColumns: [],
    unit: 'district',
  };
  const { rows, issues } = parseTotals(text, file, layout, knownDistrictCodes);
  const byDistrict = new Map<string, DistrictPopulation>();
  for (const { code, total, record } of rows) byDistrict.set(code, { total, name: record['district_name']!.trim() });
  return { byDistrict, issues };
}

/** A census total: a whole number, optionally written with a `.0` fraction (`21946.0`). */
const WHOLE_NUMBER = /^-?\d+(\.0+)?$/;

function parseTotals(
  text: string,
  file: string,
  layout: TotalsLayout,
  known: ReadonlySet<string> | null,
): { rows: TotalsRow[]; issues: DataIssue[] } {
  const table = parseCsv(text, file);
  const issues = [...table.issues];
  const { codeColumn, totalColumn, unit } = layout;
  const required = [codeColumn, layout.nameColumn, ...layout.extraColumns, totalColumn];
  const missing = required.filter((c) => !table.header.includes(c));
  if (table.header.length > 0 && missing.length > 0) {
    for (const column of missing) {
      const message = `${file}: column "${column}" is missing (header: ${table.header.join(', ')}) — required columns: ${required.join(', ')}`;
      issues.push({ severity: 'error', rule: 'csv-column-missing', file, index: null, key: null, message });
    }
    return { rows: [], issues };
  }

  const rows: TotalsRow[] = [];
  const firstRowOf = new Map<string, number>();
  const seen = new Set<string>();
  const totalRule = `${totalColumn} must be a non-negative whole number of residents`;
  table.rows.forEach((record, i) => {
    const row = table.rowNumbers[i]!;
    const code = record[codeColumn]!.trim();
    const fail = (rule: string, what: string, why: string): void => {
      const keyPart = code === '' ? '' : ` (${codeColumn} "${code}")`;
      issues.push({
        severity: 'error',
        rule,
        file,
        index: row,
        key: code === '' ? null : code,
        message: `${file}: row ${row}${keyPart}: ${what} — ${why}`,
      });
    };
    if (code === '')
      return fail('population-code-missing', `${codeColumn} is empty`, `every row needs a ${codeColumn}`);
    seen.add(code);
    const first = firstRowOf.get(code);
    if (first !== undefined) {
      return fail(
        'population-code-duplicate',
        `${codeColumn} "${code}" repeats row ${first}`,
        `each ${codeColumn} must appear once`,
      );
    }
    firstRowOf.set(code, row);
    if (known !== null && !known.has(code)) {
      const what = `${codeColumn} "${code}" does not join: no such ${unit} in the boundary layer`;
      return fail('population-unjoined', what, `every row must match a boundary ${unit}`);
    }
    const rawTotal = record[totalColumn]!.trim();
    if (!WHOLE_NUMBER.test(rawTotal))
      return fail('population-total-invalid', `${totalColumn} "${rawTotal}" is not a whole number`, totalRule);
    const total = Number(rawTotal);
    if (total < 0) return fail('population-total-negative', `${totalColumn} "${rawTotal}" is negative`, totalRule);
    rows.push({ code, total, record });
  });

  for (const code of known ?? []) {
    if (seen.has(code)) continue;
    const message = `${file}: ${unit} "${code}" has no population row — every boundary ${unit} needs one`;
    issues.push({ severity: 'error', rule: 'population-missing', file, index: null, key: code, message });
  }
  return { rows, issues };
}
