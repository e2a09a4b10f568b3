/**
 * Speed measurements as people have them → speed records (`SpeedTestProps`) and a report, fed in chunks like
 * `createSiteImporter`: individual tests as measurement apps export them (`speedtest-csv`; columns and units in
 * `speed-columns.ts`), and Ookla's open-data tiles as CSV (`ookla-csv`; decisions in `speed-ookla.ts`, which
 * also reads them as GeoJSON: `importSpeedFeatures`). The format is read from the header (`looksLikeSpeedHeader`).
 * Excel's habits are read as in the site importer: a byte-order mark is dropped, the delimiter comes from the
 * first line (`,`, `;` or tab), and `;`- or tab-delimited files may write decimal commas.
 *
 * A test row becomes a record with `tests: 1`, `kind: 'test'`, `sample: false`; its `date` is the test's day in
 * Vietnam time (see `testDay`). Positions are WGS84 degrees (apps write GPS positions; VN-2000 metres are not
 * read here). Every problem of a row is reported, not only the first; rows are numbered as in `csv.ts` (header = 1).
 *
 * | rule | severity | English example |
 * |---|---|---|
 * | `csv-empty` | file error | `t.csv: the file has no header row — a CSV file must start with a header row` |
 * | `speed-column-missing` | file error | `t.csv: no column for the time (header: lat, lon, download_mbps) — name it one of time, timestamp, date, …` |
 * | `speed-unit-assumed` | warning | `t.csv: column "Download" names no unit: read as Mbit/s — name it download_mbps or download_kbps to say which` |
 * | `speed-network-option` | warning | `t.csv: no network-type column: every test is read as 4G, as chosen — …` |
 * | `csv-field-count` | row error | `t.csv: row 4: 5 fields, expected 7 as in the header — every row must have as many fields as the header (RFC 4180)` |
 * | `speed-time` | row error | `t.csv: row 3: time "yesterday" is not a date and time — write ISO 8601 (2025-03-14T08:30:00+07:00), DD/MM/YYYY HH:mm, or Unix seconds or milliseconds` |
 * | `speed-position` | row error | `t.csv: row 3: position 0, 0 is no GPS fix — …`, `latitude "abc" is not a number — …` |
 * | `speed-download` … | row error | see `speed-checks.ts` |
 * | `speed-operator` | row error | `t.csv: row 5: operator "Gmobile" is unknown — operator must be one of Viettel, VinaPhone (VNPT), MobiFone, Vietnamobile` |
 * | `speed-network` | row error | `t.csv: row 6: network type "Cell" is unknown — write LTE or 4G, NR or 5G (3G, 2G and Wi-Fi rows are left out)` |
 * | `speed-network-skipped` | warning | `t.csv: row 7: network type "WiFi" is not 4G or 5G: the test is left out — the plan's speed targets are for 4G and 5G` |
 */
import { DelimitedStream, type CsvRecord } from './delimited.js';
import { importIssue, unterminatedQuoteIssue, type IssuePlace } from './issue.js';
import { looksLikeSpeedHeader, mapOoklaColumns, type SpeedColumns } from './speed-columns.js';
import type { NumberContext } from './speed-checks.js';
import { readSpeedTestHeader } from './speed-header.js';
import { ooklaRecord, setUpOokla, type OoklaSetup } from './speed-ookla.js';
import { createSpeedCollector, speedReport } from './speed-report.js';
import { readSpeedTestRow } from './speed-test-row.js';
import type { SpeedImport, SpeedImportOptions } from './speed-types.js';
import type { ImportProgress } from './types.js';

export { looksLikeSpeedHeader } from './speed-columns.js';
export { importSpeedFeatures, looksLikeOoklaFeatures } from './speed-ookla.js';

/** A streaming speed importer: `push` pieces of the text in order, then `end` once. */
export interface SpeedImporter {
  push(chunk: string): ImportProgress;
  end(): SpeedImport;
}

/** Creates a streaming importer of one delimited speed file; see the module comment. */
export function createSpeedImporter(options: SpeedImportOptions): SpeedImporter {
  const { source } = options;
  const out = createSpeedCollector(source);
  const nums: NumberContext = { allowComma: false, sawComma: false };
  const file: IssuePlace = { label: 'file' };
  let chars = 0;
  let format: 'unknown' | 'speedtest-csv' | 'ookla-csv' = 'unknown';
  let width = 0;
  let stop = false;
  let cols: SpeedColumns | null = null;
  let ookla: { setup: OoklaSetup; columns: ReturnType<typeof mapOoklaColumns> } | null = null;

  const startHeader = (fields: string[]): void => {
    const header = fields.map((h) => h.trim());
    width = header.length;
    if (looksLikeSpeedHeader(header) === 'ookla') {
      format = 'ookla-csv';
      const columns = mapOoklaColumns(header);
      const setup = setUpOokla(options, columns.year !== null || columns.quarter !== null, out);
      ookla = { setup, columns };
      stop = setup.stop;
      return;
    }
    format = 'speedtest-csv';
    ({ cols, stop } = readSpeedTestHeader(header, options, out));
  };

  const onRecord = (record: CsvRecord): void => {
    if (format === 'unknown') return startHeader(record.fields);
    out.rows++;
    if (stop) return;
    const dataRow = out.rows;
    const detail = { line: record.row, dataRow };
    if (record.fields.length !== width) {
      out.rejectedRows++;
      out.rejected.push(
        importIssue(
          'error',
          'csv-field-count',
          source,
          { label: 'row', n: record.row },
          {
            en: `${record.fields.length} field${record.fields.length === 1 ? '' : 's'}, expected ${width} as in the header`,
            vi: `${record.fields.length} trường, cần ${width} trường như dòng tiêu đề`,
          },
          {
            en: 'every row must have as many fields as the header (RFC 4180)',
            vi: 'mỗi dòng phải có số trường bằng dòng tiêu đề (RFC 4180)',
          },
          detail,
        ),
      );
      return;
    }
    if (ookla !== null) {
      const { columns, setup } = ookla;
      const place = {
        label: 'row' as const,
        n: record.row,
        id: columns.quadkey === null ? null : record.fields[columns.quadkey]!.trim() || null,
      };
      out.add(
        ooklaRecord(
          {
            get: (c) => (columns[c] === null ? undefined : record.fields[columns[c]!]),
            place,
            geometryCentre: null,
            dataRow,
          },
          setup,
          nums,
        ),
        place,
        detail,
      );
      return;
    }
    readSpeedTestRow(record, dataRow, cols!, options.speedTech, nums, out);
  };

  const stream = new DelimitedStream((delimiter) => {
    nums.allowComma = delimiter !== ',';
  }, onRecord);

  return {
    push(chunk: string): ImportProgress {
      chars += chunk.length;
      stream.push(chunk);
      return { chars, rows: out.rows };
    },

    end(): SpeedImport {
      const { unterminatedAt } = stream.end();
      if (unterminatedAt !== null) {
        out.fileErrors.push(unterminatedQuoteIssue(source, unterminatedAt));
      } else if (format === 'unknown') {
        out.fileErrors.push(
          importIssue(
            'error',
            'csv-empty',
            source,
            file,
            { en: 'the file has no header row', vi: 'tệp không có dòng tiêu đề' },
            { en: 'a CSV file must start with a header row', vi: 'tệp CSV phải bắt đầu bằng dòng tiêu đề' },
          ),
        );
      }
      out.rejected.sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
      return {
        tests: out.tests,
        report: speedReport(
          out,
          format === 'ookla-csv' ? 'ookla-csv' : 'speedtest-csv',
          stream.delimiter,
          nums.sawComma ? ',' : '.',
        ),
      };
    },
  };
}

/** Imports a whole delimited speed text at once: `push(text)` then `end()`. */
export function importSpeedText(text: string, options: SpeedImportOptions): SpeedImport {
  const importer = createSpeedImporter(options);
  importer.push(text);
  return importer.end();
}
