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
import type { Feature, Point } from 'geojson';
import type { Technology } from '../../domain/telecom.js';
import { OPERATORS, type Operator } from '../../domain/telecom.js';
import { DelimitedStream, type CsvRecord } from './delimited.js';
import { importIssue, type Bilingual, type IssuePlace } from './issue.js';
import {
  looksLikeSpeedHeader,
  mapOoklaColumns,
  mapSpeedColumns,
  speedVariantsOf,
  type SpeedColumns,
  type SpeedField,
} from './speed-columns.js';
import { checkLatency, checkRate, isProblem, type NumberContext, type RowProblem } from './speed-checks.js';
import { ooklaRecord, setUpOokla, type OoklaSetup } from './speed-ookla.js';
import { createSpeedCollector, speedReport } from './speed-report.js';
import type { SpeedImport, SpeedImportOptions } from './speed-types.js';
import { networkTechnology, readNumberCell, testDay } from './speed-values.js';
import { normaliseOperator } from './values.js';
import type { SpeedTestProps } from '../../domain/telecom.js';
import type { ImportProgress } from './types.js';

export { looksLikeSpeedHeader } from './speed-columns.js';
export { importSpeedFeatures, looksLikeOoklaFeatures } from './speed-ookla.js';

/** A streaming speed importer: `push` pieces of the text in order, then `end` once. */
export interface SpeedImporter {
  push(chunk: string): ImportProgress;
  end(): SpeedImport;
}

const REQUIRED: readonly SpeedField[] = ['time', 'lat', 'lng', 'down'];
const FIELD_NAMES: Readonly<Record<SpeedField, Bilingual>> = {
  time: { en: 'the time', vi: 'thời gian' },
  lat: { en: 'the latitude', vi: 'vĩ độ' },
  lng: { en: 'the longitude', vi: 'kinh độ' },
  down: { en: 'the download', vi: 'tốc độ tải xuống' },
  up: { en: 'the upload', vi: 'tốc độ tải lên' },
  latency: { en: 'the latency', vi: 'độ trễ' },
  operator: { en: 'the operator', vi: 'nhà mạng' },
  network: { en: 'the network type', vi: 'loại mạng' },
  id: { en: 'the id', vi: 'mã' },
};

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
    cols = mapSpeedColumns(header);
    const needed =
      cols.columns.network === null && options.speedTech === undefined ? [...REQUIRED, 'network' as const] : REQUIRED;
    for (const f of needed.filter((f) => cols!.columns[f] === null)) {
      stop = true;
      out.fileErrors.push(
        importIssue(
          'error',
          'speed-column-missing',
          source,
          file,
          {
            en: `no column for ${FIELD_NAMES[f].en} (header: ${header.join(', ')})`,
            vi: `không có cột ${FIELD_NAMES[f].vi} (tiêu đề: ${header.join(', ')})`,
          },
          {
            en: `name it one of ${speedVariantsOf(f)}${f === 'network' ? ', or choose the technology' : ''}`,
            vi: `đặt tên cột là một trong ${speedVariantsOf(f)}${f === 'network' ? ', hoặc chọn công nghệ' : ''}`,
          },
        ),
      );
    }
    if (stop) return;
    for (const f of cols.units.assumed) {
      const name = header[cols.columns[f]!]!;
      const unit = cols.units[f];
      out.warnings.push(
        importIssue(
          'warning',
          'speed-unit-assumed',
          source,
          file,
          {
            en: `column "${name}" names no unit: read as ${unit}`,
            vi: `cột "${name}" không ghi đơn vị: đọc là ${unit}`,
          },
          cols.speedtestApp
            ? {
                en: "the Speedtest app's export (with its ConnType column) writes kbit/s",
                vi: 'tệp xuất của ứng dụng Speedtest (có cột ConnType) ghi theo kbit/s',
              }
            : {
                en: `name it ${f === 'down' ? 'download' : 'upload'}_mbps or ${f === 'down' ? 'download' : 'upload'}_kbps to say which`,
                vi: `đặt tên ${f === 'down' ? 'download' : 'upload'}_mbps hoặc ${f === 'down' ? 'download' : 'upload'}_kbps để nói rõ`,
              },
          { column: name },
        ),
      );
    }
    if (cols.columns.network === null) {
      out.warnings.push(
        importIssue(
          'warning',
          'speed-network-option',
          source,
          file,
          {
            en: `no network-type column: every test is read as ${options.speedTech}, as chosen`,
            vi: `không có cột loại mạng: mọi lượt đo được đọc là ${options.speedTech} theo lựa chọn`,
          },
          {
            en: 'a column such as network_type (LTE, NR) would let each test say',
            vi: 'một cột như network_type (LTE, NR) sẽ cho biết công nghệ của từng lượt đo',
          },
        ),
      );
    }
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
    testRow(record, dataRow);
  };

  /** One test row → a record, a skip warning, or all of its problems (hot path: no allocation beyond the record when valid). */
  const testRow = (record: CsvRecord, dataRow: number): void => {
    const c = cols!;
    const fields = record.fields;
    const cell = (f: SpeedField) => (c.columns[f] === null ? undefined : fields[c.columns[f]!]);
    const colName = (f: SpeedField) => (c.columns[f] === null ? f : c.header[c.columns[f]!]!);
    const idText = cell('id')?.trim() || null;
    const problems: RowProblem[] = [];
    const problem = (f: SpeedField, rule: string, what: Bilingual, why: Bilingual) =>
      problems.push({ rule, column: colName(f), value: cell(f), what, why });
    const timeRaw = cell('time') ?? '';
    const date = testDay(timeRaw);
    if (date === null) {
      problem(
        'time',
        'speed-time',
        timeRaw.trim() === ''
          ? { en: 'time is empty', vi: 'thời gian trống' }
          : { en: `time "${timeRaw}" is not a date and time`, vi: `thời gian "${timeRaw}" không phải là ngày giờ` },
        {
          en: 'write ISO 8601 (2025-03-14T08:30:00+07:00), DD/MM/YYYY HH:mm, or Unix seconds or milliseconds',
          vi: 'ghi theo ISO 8601 (2025-03-14T08:30:00+07:00), DD/MM/YYYY HH:mm, hoặc số giây hay mili giây Unix',
        },
      );
    }
    const lat = coordinate('lat', cell('lat'), 90, problem);
    const lng = coordinate('lng', cell('lng'), 180, problem);
    if (lat === 0 && lng === 0) {
      problem(
        'lat',
        'speed-position',
        { en: 'position 0, 0 is no GPS fix', vi: 'vị trí 0, 0 không phải là toạ độ GPS' },
        {
          en: 'apps write 0, 0 when the phone had no position',
          vi: 'ứng dụng ghi 0, 0 khi điện thoại chưa xác định được vị trí',
        },
      );
    }
    const down = checkRate('down', cell('down'), colName('down'), c.units.down, nums);
    if (isProblem(down)) problems.push(down);
    const up = c.columns.up === null ? null : checkRate('up', cell('up'), colName('up'), c.units.up, nums);
    if (isProblem(up)) problems.push(up);
    const latency = c.columns.latency === null ? null : checkLatency(cell('latency'), colName('latency'), nums);
    if (isProblem(latency)) problems.push(latency);
    const operator = readOperator(cell('operator'), problem);
    let tech: Technology | 'skip' | null = options.speedTech ?? null;
    if (c.columns.network !== null) {
      const raw = cell('network')!.trim();
      tech = networkTechnology(raw);
      if (tech === null) {
        problem(
          'network',
          'speed-network',
          raw === ''
            ? { en: 'network type is empty', vi: 'loại mạng trống' }
            : { en: `network type "${raw}" is unknown`, vi: `loại mạng "${raw}" không nhận ra` },
          {
            en: 'write LTE or 4G, NR or 5G (3G, 2G and Wi-Fi rows are left out)',
            vi: 'ghi LTE hoặc 4G, NR hoặc 5G (dòng 3G, 2G và Wi-Fi được bỏ qua)',
          },
        );
      } else if (tech === 'skip' && problems.length === 0) {
        out.skipped++;
        out.warnings.push(
          importIssue(
            'warning',
            'speed-network-skipped',
            source,
            { label: 'row', n: record.row, id: idText },
            {
              en: `network type "${raw}" is not 4G or 5G: the test is left out`,
              vi: `loại mạng "${raw}" không phải 4G hay 5G: bỏ qua lượt đo này`,
            },
            { en: "the plan's speed targets are for 4G and 5G", vi: 'mục tiêu tốc độ của kế hoạch dành cho 4G và 5G' },
            { column: colName('network'), value: raw, line: record.row, dataRow },
          ),
        );
        return;
      }
    }
    if (
      problems.length > 0 ||
      date === null ||
      lat === null ||
      lng === null ||
      tech === null ||
      tech === 'skip' ||
      isProblem(down) ||
      down === null ||
      isProblem(up) ||
      isProblem(latency) ||
      operator === undefined
    ) {
      out.add(problems, { label: 'row', n: record.row, id: idText }, { line: record.row, dataRow });
      return;
    }
    const props: SpeedTestProps = {
      id: idText ?? `${source}#${record.row}`,
      tech,
      operator,
      downMbps: down,
      upMbps: up,
      latencyMs: latency,
      date,
      tests: 1,
      kind: 'test',
      sample: false,
    };
    out.add(
      { type: 'Feature', geometry: { type: 'Point', coordinates: [lng, lat] }, properties: props } satisfies Feature<
        Point,
        SpeedTestProps
      >,
      { label: 'file' },
      null,
    );
  };

  const coordinate = (
    f: 'lat' | 'lng',
    raw: string | undefined,
    max: number,
    problem: (f: SpeedField, rule: string, what: Bilingual, why: Bilingual) => void,
  ): number | null => {
    const r = readNumberCell(raw, nums.allowComma);
    if (r.comma) nums.sawComma = true;
    const v = r.value;
    if (v !== null && !Number.isNaN(v) && Math.abs(v) <= max) return v;
    const name = f === 'lat' ? { en: 'latitude', vi: 'vĩ độ' } : { en: 'longitude', vi: 'kinh độ' };
    const what =
      v === null
        ? { en: `${name.en} is empty`, vi: `${name.vi} trống` }
        : Number.isNaN(v)
          ? { en: `${name.en} "${raw}" is not a number`, vi: `${name.vi} "${raw}" không phải là số` }
          : { en: `${name.en} "${raw}" is outside ±${max}`, vi: `${name.vi} "${raw}" nằm ngoài ±${max}` };
    problem(f, 'speed-position', what, {
      en: `${name.en} must be WGS84 degrees from -${max} to ${max}`,
      vi: `${name.vi} phải là độ WGS84 từ -${max} đến ${max}`,
    });
    return null;
  };

  /** The operator of a cell: null when empty or absent, undefined (with a problem) when unknown. */
  const readOperator = (
    raw: string | undefined,
    problem: (f: SpeedField, rule: string, what: Bilingual, why: Bilingual) => void,
  ): Operator | null | undefined => {
    if (raw === undefined || raw.trim() === '') return null;
    const op = normaliseOperator(raw);
    if (typeof op === 'string' && (OPERATORS as readonly string[]).includes(op)) return op as Operator;
    problem(
      'operator',
      'speed-operator',
      { en: `operator "${raw.trim()}" is unknown`, vi: `nhà mạng "${raw.trim()}" không nhận ra` },
      {
        en: 'operator must be one of Viettel, VinaPhone (VNPT), MobiFone, Vietnamobile',
        vi: 'nhà mạng phải là Viettel, VinaPhone (VNPT), MobiFone hoặc Vietnamobile',
      },
    );
    return undefined;
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
        out.fileErrors.push(
          importIssue(
            'error',
            'csv-unterminated-quote',
            source,
            { label: 'row', n: unterminatedAt },
            { en: 'a quoted field is never closed', vi: 'một trường trong ngoặc kép không được đóng' },
            {
              en: 'every opening quote needs a closing quote (RFC 4180)',
              vi: 'mỗi dấu ngoặc kép mở cần một dấu đóng (RFC 4180)',
            },
            { line: unterminatedAt },
          ),
        );
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
