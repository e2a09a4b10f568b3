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
 * Rows are checked as they arrive (`SiteChecker`, `../../analysis/site-check.ts`): only sites and the problems are
 * kept, never the raw rows, so a million-row file stays within a few hundred MB. OpenCelliD rows are grouped by
 * `OpenCellIdCollector` and checked at the end.
 *
 * File-level messages (`index` null unless said; English shown, each has its Vietnamese twin in `vi`):
 *
 * | rule | example |
 * |---|---|
 * | `csv-empty` | `s.csv: the file has no header row — a CSV file must start with a header row` (an empty file) |
 * | `csv-no-data` | `s.csv: the file has a header row but no data rows — a site list needs one row per site below the header` |
 * | `import-column-missing` | `s.csv: no column for "lat" (header: id, operator, lon) — name it one of lat, latitude, y, vĩ độ, …, or choose it in the mapping` |
 * | `csv-unterminated-quote` | `s.csv: row 4: a quoted field is never closed — every opening quote needs a closing quote (RFC 4180)` (index 4) |
 * | `site-technology-from-band` (warning) | `s.csv: 2 rows (3, 7) took their technology from their bands: the "tech" cell is empty — …` |
 *
 * Row errors: `csv-field-count` (`s.csv: row 3: 5 fields, expected 12 as in the header — every row must have as
 * many fields as the header (RFC 4180)`), those of `site-rows.ts` and of `checkSites`. A row reports all of its
 * problems, one error each, with `column` (the header name as written) and `value`; it counts once in
 * `rejectedRows`. Every row issue has `line` (the physical line on which its record starts, = `index`) and
 * `dataRow` (its ordinal among the data records, 1-based: a quoted line break or a blank line makes them differ).
 */
import { SiteChecker } from '../../analysis/site-check.js';
import type { DataIssue } from '../../domain/report.js';
import type { Site } from '../../domain/telecom.js';
import { checkNumberedRows, columnNames, distinctRows } from './check-rows.js';
import { CoordinateReader } from './coordinates.js';
import { DelimitedStream, type CsvRecord } from './delimited.js';
import { mapColumns, variantsOf } from './headers.js';
import { importIssue, UNTERMINATED_QUOTE, type Bilingual } from './issue.js';
import { isOpenCellIdHeader, looksLikeOpenCellIdRow, OpenCellIdCollector } from './opencellid.js';
import { RowLines } from './site-lines.js';
import { buildSiteRow, techFromBandsWarning, type FieldReader, type RowContext } from './site-rows.js';
import { withTowerId } from './tower-id.js';
import {
  REQUIRED_SITE_FIELDS,
  SITE_IMPORT_DEFAULTS,
  type ColumnMapping,
  type ImportProgress,
  type SiteImportOptions,
  type SiteImportResult,
} from './types.js';

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
  const coordinates = new CoordinateReader(
    options.coordinates ?? SITE_IMPORT_DEFAULTS.coordinates,
    'row',
    null,
    source,
  );
  const ctx: RowContext = {
    source,
    allowDecimalComma: false,
    coordinates,
    sawDecimalComma: false,
    unguardFormulas: true,
    techFromBands: { count: 0, sample: [] },
  };
  const fileErrors: DataIssue[] = [];
  const rejected: DataIssue[] = [];
  const sites: Site[] = [];
  const fileError = (rule: string, what: Bilingual, why: Bilingual, row: number | null = null): void => {
    fileErrors.push(
      importIssue(
        'error',
        rule,
        source,
        row === null ? { label: 'file' } : { label: 'row', n: row },
        what,
        why,
        row === null ? {} : { line: row },
      ),
    );
  };
  let chars = 0;
  let dataRows = 0;
  let format: 'unknown' | 'project-csv' | 'opencellid' = 'unknown';
  let mapping: ColumnMapping | null = null;
  let checker: SiteChecker | null = null;
  let stopped = false; // a required column is missing: rows are counted, not read
  let ocid: OpenCellIdCollector | null = null;
  const lines = new RowLines();
  // The record being built, read through one reader made once (no closure per row).
  let current: readonly string[] = [];
  let columns: ColumnMapping['columns'] | null = null;
  const read: FieldReader = (field) => {
    const c = columns![field];
    return c === null ? undefined : current[c];
  };
  const scratch: DataIssue[] = [];

  const onProjectRow = (record: CsvRecord): void => {
    const { fields, row } = record;
    const expected = mapping!.header.length;
    if (fields.length !== expected) {
      const s = fields.length === 1 ? '' : 's';
      rejected.push(
        importIssue(
          'error',
          'csv-field-count',
          source,
          { label: 'row', n: row },
          {
            en: `${fields.length} field${s}, expected ${expected} as in the header`,
            vi: `${fields.length} trường, cần ${expected} như dòng tiêu đề`,
          },
          {
            en: 'every row must have as many fields as the header (RFC 4180)',
            vi: 'mỗi dòng phải có số trường bằng dòng tiêu đề (RFC 4180)',
          },
          { value: fields.length, line: row, dataRow: dataRows },
        ),
      );
      return;
    }
    current = fields;
    const result = buildSiteRow(read, row, ctx);
    const site = checker!.check(result.raw, row, scratch, result.ok ? undefined : result.problems);
    if (site !== null) {
      sites.push(withTowerId(site, result.raw));
      return;
    }
    for (const issue of scratch) {
      issue.line = row;
      issue.dataRow = dataRows;
      rejected.push(issue);
    }
    scratch.length = 0;
  };

  const onHeader = (fields: readonly string[]): void => {
    format = 'project-csv';
    mapping = mapColumns(
      fields.map((h) => h.trim()),
      override,
    );
    columns = mapping.columns;
    ctx.columns = columnNames(mapping);
    checker = new SiteChecker(source, { columns: ctx.columns });
    const missing = REQUIRED_SITE_FIELDS.filter((f) => mapping!.columns[f] === null);
    for (const f of missing) {
      const header = mapping.header.join(', ');
      fileError(
        'import-column-missing',
        { en: `no column for "${f}" (header: ${header})`, vi: `không có cột cho "${f}" (tiêu đề: ${header})` },
        {
          en: `name it one of ${variantsOf(f)}, or choose it in the mapping`,
          vi: `hãy đặt tên cột là một trong ${variantsOf(f)}, hoặc chọn trong bảng ánh xạ`,
        },
      );
    }
    stopped = missing.length > 0;
  };

  const onRecord = (record: CsvRecord): void => {
    if (format === 'unknown') {
      if (isOpenCellIdHeader(record.fields) || looksLikeOpenCellIdRow(record.fields)) {
        format = 'opencellid';
        ocid = new OpenCellIdCollector(source, coordinates, {
          footprint: options.footprint ?? SITE_IMPORT_DEFAULTS.footprint,
          ...(options.ocidBands ? { bands: options.ocidBands } : {}),
        });
        if (isOpenCellIdHeader(record.fields)) return;
      } else {
        onHeader(record.fields);
        return;
      }
    }
    dataRows++;
    lines.note(record.row, dataRows);
    if (stopped) return;
    if (ocid !== null) ocid.add(record.fields, record.row);
    else onProjectRow(record);
  };

  const stream = new DelimitedStream((delimiter) => {
    ctx.allowDecimalComma = delimiter !== ',';
  }, onRecord);

  return {
    push(chunk: string): ImportProgress {
      chars += chunk.length;
      stream.push(chunk);
      return { chars, rows: dataRows };
    },

    end(): SiteImportResult {
      const { unterminatedAt } = stream.end();
      if (unterminatedAt !== null) {
        fileError('csv-unterminated-quote', UNTERMINATED_QUOTE.what, UNTERMINATED_QUOTE.why, unterminatedAt);
      }
      if (format === 'unknown' && unterminatedAt === null) {
        fileError(
          'csv-empty',
          { en: 'the file has no header row', vi: 'tệp không có dòng tiêu đề' },
          { en: 'a CSV file must start with a header row', vi: 'tệp CSV phải bắt đầu bằng một dòng tiêu đề' },
        );
      } else if (format !== 'unknown' && dataRows === 0 && unterminatedAt === null) {
        fileError(
          'csv-no-data',
          {
            en: 'the file has a header row but no data rows',
            vi: 'tệp có dòng tiêu đề nhưng không có dòng dữ liệu nào',
          },
          {
            en: 'a site list needs one row per site below the header',
            vi: 'danh sách trạm cần mỗi trạm một dòng bên dưới dòng tiêu đề',
          },
        );
      }
      const collector = ocid as OpenCellIdCollector | null;
      let warnings: DataIssue[] = [];
      let allRejected = rejected;
      if (collector !== null) {
        const grouped = collector.finish();
        const checked = checkNumberedRows(grouped.rows, source);
        sites.push(...checked.sites);
        allRejected = [...rejected, ...collector.rejected, ...checked.issues]
          .map((issue) => lines.place(issue))
          .sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
        warnings = grouped.warnings.map((issue) => lines.place(issue));
      }
      const m = mapping as ColumnMapping | null;
      const fromBands = techFromBandsWarning(
        source,
        ctx.techFromBands!,
        m === null || m.columns.technologies === null ? null : m.header[m.columns.technologies]!,
      );
      if (fromBands !== null) warnings.push(fromBands);
      return {
        sites,
        report: {
          source,
          format: format === 'opencellid' ? 'opencellid' : 'project-csv',
          delimiter: stream.delimiter,
          decimalSeparator: ctx.sawDecimalComma ? ',' : '.',
          coordinates: coordinates.report(),
          mapping,
          encoding: null,
          rows: dataRows,
          accepted: sites.length,
          rejected: allRejected,
          rejectedRows: distinctRows(allRejected),
          fileErrors,
          warnings,
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
