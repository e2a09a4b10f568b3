/**
 * Delimited site lists (the project's CSV and OpenCelliD exports, as Excel writes them) → validated sites and a
 * report, fed in chunks: a Web Worker pushes pieces of a large file and posts the progress after each.
 *
 * Pure: text in, sites and issues out; no DOM, no fetch. The format is read from the first record: the
 * OpenCelliD header or an OpenCelliD data row (see `opencellid.ts`), else the project's header (see `headers.ts`
 * for the names recognised, and `mapColumns` for a user's mapping). Delimiter: from the first line (see
 * `detectDelimiter`). A leading byte-order mark is dropped. In semicolon- and tab-delimited files a number may
 * have a decimal comma (`21,0285`). Rows are numbered as in `csv.ts`: the header is row 1.
 *
 * File-level messages (`index` null unless said):
 *
 * | rule | example |
 * |---|---|
 * | `csv-empty` | `s.csv: the file has no header row — a CSV file must start with a header row` |
 * | `import-column-missing` | `s.csv: no column for "lat" (header: id, operator, lon) — name it one of lat, latitude, y, vĩ độ, …, or choose it in the mapping` |
 * | `csv-unterminated-quote` | `s.csv: row 4: a quoted field is never closed — every opening quote needs a closing quote (RFC 4180)` (index 4) |
 *
 * Row errors: `csv-field-count` (as in `csv.ts`), those of `site-rows.ts` and of `checkSites`, e.g.
 * `s.csv: row 3 (id "A2"): operator "gmobile" is unknown — operator must be one of viettel, vnpt, mobifone, vietnamobile`.
 */
import type { DataIssue } from '../../domain/report';
import { checkNumberedRows, distinctRows, type NumberedRow } from './check-rows';
import { CoordinateReader } from './coordinates';
import { DelimitedTokenizer, detectDelimiter, firstLineEnd, type CsvRecord, type Delimiter } from './delimited';
import { mapColumns, variantsOf } from './headers';
import { isOpenCellIdHeader, looksLikeOpenCellIdRow, OpenCellIdCollector } from './opencellid';
import { buildSiteRow, type RowContext } from './site-rows';
import {
  REQUIRED_SITE_FIELDS, SITE_IMPORT_DEFAULTS, type ColumnMapping, type ImportProgress, type SiteImportOptions, type SiteImportResult,
} from './types';

/** A streaming importer: `push` pieces of the text in order, then `end` once. */
export interface SiteImporter {
  /** Reads the next piece; returns the progress so far. */
  push(chunk: string): ImportProgress;
  /** Ends the input and validates the sites. */
  end(): SiteImportResult;
}

/** Creates a streaming importer of one delimited file; see the module comment. */
export function createSiteImporter(options: SiteImportOptions): SiteImporter {
  const { source } = options;
  const override = options.mapping ?? SITE_IMPORT_DEFAULTS.mapping;
  const coordinates = new CoordinateReader(options.coordinates ?? SITE_IMPORT_DEFAULTS.coordinates);
  const ctx: RowContext = { source, allowDecimalComma: false, coordinates, sawDecimalComma: false, unguardFormulas: true };
  const fileErrors: DataIssue[] = [];
  const rejected: DataIssue[] = [];
  const rows: NumberedRow[] = [];
  const fileError = (rule: string, what: string, why: string, row: number | null = null): void => {
    fileErrors.push({ severity: 'error', rule, file: source, index: row, key: null, message: `${source}:${row === null ? '' : ` row ${row}:`} ${what} — ${why}` });
  };
  let pending = '';
  let chars = 0;
  let dataRows = 0;
  let delimiter: Delimiter | null = null;
  let tokenizer: DelimitedTokenizer | null = null;
  let format: 'unknown' | 'project-csv' | 'opencellid' = 'unknown';
  let mapping: ColumnMapping | null = null;
  let stopped = false; // a required column is missing: rows are counted, not read
  let ocid: OpenCellIdCollector | null = null;

  const onProjectRow = (record: CsvRecord): void => {
    const { fields, row } = record;
    const columns = mapping!.columns;
    if (fields.length !== mapping!.header.length) {
      const what = `${fields.length} field${fields.length === 1 ? '' : 's'}, expected ${mapping!.header.length} as in the header`;
      rejected.push({ severity: 'error', rule: 'csv-field-count', file: source, index: row, key: null, message: `${source}: row ${row}: ${what} — every row must have as many fields as the header (RFC 4180)` });
      return;
    }
    const result = buildSiteRow((f) => (columns[f] === null ? undefined : fields[columns[f]!]), row, ctx);
    if (result.ok) rows.push({ raw: result.raw, n: row });
    else rejected.push(result.issue);
  };

  const onRecord = (record: CsvRecord): void => {
    if (format === 'unknown') {
      if (isOpenCellIdHeader(record.fields) || looksLikeOpenCellIdRow(record.fields)) {
        format = 'opencellid';
        ocid = new OpenCellIdCollector(source, coordinates);
        if (isOpenCellIdHeader(record.fields)) return;
      } else {
        format = 'project-csv';
        mapping = mapColumns(record.fields.map((h) => h.trim()), override);
        const missing = REQUIRED_SITE_FIELDS.filter((f) => mapping!.columns[f] === null);
        for (const f of missing) {
          fileError('import-column-missing', `no column for "${f}" (header: ${mapping.header.join(', ')})`, `name it one of ${variantsOf(f)}, or choose it in the mapping`);
        }
        stopped = missing.length > 0;
        return;
      }
    }
    dataRows++;
    if (stopped) return;
    if (ocid !== null) ocid.add(record.fields, record.row);
    else onProjectRow(record);
  };

  const startTokenizer = (firstLine: string): void => {
    delimiter = detectDelimiter(firstLine);
    ctx.allowDecimalComma = delimiter !== ',';
    tokenizer = new DelimitedTokenizer(delimiter, onRecord);
  };

  return {
    push(chunk: string): ImportProgress {
      chars += chunk.length;
      if (tokenizer !== null) {
        tokenizer.push(chunk);
      } else {
        pending += chunk;
        if (pending.startsWith('\uFEFF')) pending = pending.slice(1);
        const end = firstLineEnd(pending);
        if (end >= 0) {
          startTokenizer(pending.slice(0, end));
          tokenizer!.push(pending);
          pending = '';
        }
      }
      return { chars, rows: dataRows };
    },

    end(): SiteImportResult {
      if (tokenizer === null) {
        startTokenizer(pending);
        tokenizer!.push(pending);
      }
      const { unterminatedAt } = tokenizer!.end();
      if (unterminatedAt !== null) {
        fileError('csv-unterminated-quote', 'a quoted field is never closed', 'every opening quote needs a closing quote (RFC 4180)', unterminatedAt);
      }
      if (format === 'unknown' && unterminatedAt === null) fileError('csv-empty', 'the file has no header row', 'a CSV file must start with a header row');
      const collector = ocid as OpenCellIdCollector | null;
      const grouped = collector?.finish() ?? { rows, warnings: [] };
      if (collector) rejected.push(...collector.rejected);
      const checked = checkNumberedRows(grouped.rows, source);
      const allRejected = [...rejected, ...checked.issues].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
      return {
        sites: checked.sites,
        report: {
          source,
          format: format === 'opencellid' ? 'opencellid' : 'project-csv',
          delimiter,
          decimalSeparator: ctx.sawDecimalComma ? ',' : '.',
          coordinates: coordinates.report(),
          mapping,
          encoding: null,
          rows: dataRows,
          accepted: checked.sites.length,
          rejected: allRejected,
          rejectedRows: distinctRows(allRejected),
          fileErrors,
          warnings: grouped.warnings,
          leftOut: collector?.leftOut ?? 0,
          merged: collector?.merged ?? 0,
        },
      };
    },
  };
}

/** Imports a whole delimited text at once: `push(text)` then `end()`. */
export function importSitesText(text: string, options: SiteImportOptions): SiteImportResult {
  const importer = createSiteImporter(options);
  importer.push(text);
  return importer.end();
}
