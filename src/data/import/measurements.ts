/**
 * Signal measurements as people have them → `SignalMeasurement` records and a report: drive-test exports and
 * speed-test exports with signal fields as delimited text (fed in chunks, like `createSpeedImporter`), or GeoJSON
 * points with the same properties (`importMeasurementFeatures`). Columns are matched by name
 * (`measurements-columns.ts`), rows read by `measurements-row.ts`. Excel's habits are read as in the other
 * importers: a byte-order mark is dropped, the delimiter comes from the first line (`,`, `;` or tab), and `;`- or
 * tab-delimited files may write decimal commas. Rows are numbered as in `csv.ts` (header = 1), features from 0.
 *
 * | rule | severity | English example |
 * |---|---|---|
 * | `csv-empty` | file error | `m.csv: the file has no header row — a CSV file must start with a header row` |
 * | `measurement-column-missing` | file error | `m.csv: no column for the operator (header: lat, lon, rsrp) — name it one of operator, carrier, …` |
 * | `measurement-tech-assumed` | warning | `m.csv: no technology, band or SS-RSRP column: every RSRP is read as 4G (LTE) — …` |
 * | `csv-field-count` | row error | `m.csv: row 4: 5 fields, expected 7 as in the header — every row must have as many fields as the header (RFC 4180)` |
 * | `measurement-geometry` | feature error | `m.geojson: feature 2: geometry LineString is not a point — a measurement is taken at one point` |
 * | `measurement-network-skipped` | warning | `m.csv: row 7: network type "WiFi" is not 4G or 5G: the row is left out — the model predicts 4G and 5G` |
 * | `measurement-…` | row error | see `measurements-row.ts` |
 */
import type { Feature } from 'geojson';
import { DelimitedStream, type CsvRecord } from './delimited.js';
import { importIssue, unterminatedQuoteIssue, type Bilingual, type IssuePlace } from './issue.js';
import {
  mapMeasurementColumns,
  measurementVariantsOf,
  type MeasurementColumns,
  type MeasurementField,
} from './measurements-columns.js';
import {
  createMeasurementCollector,
  measurementReport,
  type MeasurementCollector,
  type MeasurementImport,
} from './measurements-report.js';
import { readMeasurementRow, type MeasurementRowInput } from './measurements-row.js';
import type { NumberContext } from './speed-checks.js';
import type { ImportProgress } from './types.js';

export type { MeasurementImport, MeasurementImportReport } from './measurements-report.js';

/** A streaming measurement importer: `push` pieces of the text in order, then `end` once. */
export interface MeasurementImporter {
  push(chunk: string): ImportProgress;
  end(): MeasurementImport;
}

const FIELD_NAMES: Readonly<Record<MeasurementField, Bilingual>> = {
  lat: { en: 'the latitude', vi: 'vĩ độ' },
  lng: { en: 'the longitude', vi: 'kinh độ' },
  rsrp: { en: 'the RSRP or SS-RSRP', vi: 'RSRP hoặc SS-RSRP' },
  ssRsrp: { en: 'the SS-RSRP', vi: 'SS-RSRP' },
  operator: { en: 'the operator', vi: 'nhà mạng' },
  band: { en: 'the band', vi: 'băng tần' },
  technology: { en: 'the technology', vi: 'công nghệ' },
  time: { en: 'the time', vi: 'thời gian' },
  id: { en: 'the id', vi: 'mã' },
};

/**
 * Checks a header (or the property names of a GeoJSON file) into `out`: a file error per missing required column
 * (`withPosition`: the latitude and longitude come from the geometry), a warning when RSRP's technology is
 * assumed. Returns whether the rows can be read.
 */
function checkHeader(cols: MeasurementColumns, out: MeasurementCollector, withPosition: boolean): boolean {
  const c = cols.columns;
  const file: IssuePlace = { label: 'file' };
  const missing: MeasurementField[] = [];
  if (!withPosition) missing.push(...(['lat', 'lng'] as const).filter((f) => c[f] === null));
  if (c.rsrp === null && c.ssRsrp === null) missing.push('rsrp');
  if (c.operator === null) missing.push('operator');
  for (const f of missing) {
    const names = f === 'rsrp' ? `${measurementVariantsOf('rsrp')}, ${measurementVariantsOf('ssRsrp')}` : null;
    out.fileErrors.push(
      importIssue(
        'error',
        'measurement-column-missing',
        out.source,
        file,
        {
          en: `no column for ${FIELD_NAMES[f].en} (header: ${cols.header.join(', ')})`,
          vi: `không có cột ${FIELD_NAMES[f].vi} (tiêu đề: ${cols.header.join(', ')})`,
        },
        {
          en: `name it one of ${names ?? measurementVariantsOf(f)}`,
          vi: `đặt tên cột là một trong ${names ?? measurementVariantsOf(f)}`,
        },
      ),
    );
  }
  if (missing.length > 0) return false;
  if (c.technology === null && c.band === null && c.ssRsrp === null)
    out.warnings.push(
      importIssue(
        'warning',
        'measurement-tech-assumed',
        out.source,
        file,
        {
          en: 'no technology, band or SS-RSRP column: every RSRP is read as 4G (LTE)',
          vi: 'không có cột công nghệ, băng tần hay SS-RSRP: mọi giá trị RSRP được đọc là 4G (LTE)',
        },
        {
          en: 'a column such as network_type (LTE, NR), or ss_rsrp for 5G, would let each row say',
          vi: 'một cột như network_type (LTE, NR), hoặc ss_rsrp cho 5G, sẽ cho biết công nghệ của từng dòng',
        },
      ),
    );
  return true;
}

/** Reads one row (or feature) into `out`. */
function readInto(
  out: MeasurementCollector,
  input: MeasurementRowInput,
  nums: NumberContext,
  place: IssuePlace,
  detail: { line?: number; dataRow?: number },
): void {
  const r = readMeasurementRow(input, nums);
  if (r.kind === 'kept') return out.add(r.measurements, place, detail);
  if (r.kind === 'rejected') return out.add({ problems: r.problems }, place, detail);
  out.skipped++;
  out.warnings.push(
    importIssue(
      'warning',
      'measurement-network-skipped',
      out.source,
      place,
      {
        en: `network type "${r.raw}" is not 4G or 5G: the row is left out`,
        vi: `loại mạng "${r.raw}" không phải 4G hay 5G: bỏ qua dòng này`,
      },
      { en: 'the model predicts 4G and 5G', vi: 'mô hình chỉ dự báo 4G và 5G' },
      { column: input.column('technology'), value: r.raw, ...detail },
    ),
  );
}

/** Creates a streaming importer of one delimited measurement file named `source`; see the module comment. */
export function createMeasurementImporter(source: string): MeasurementImporter {
  const out = createMeasurementCollector(source);
  const nums: NumberContext = { allowComma: false, sawComma: false };
  let cols: MeasurementColumns | null = null;
  let readable = false;
  let chars = 0;

  const onRecord = (record: CsvRecord): void => {
    if (cols === null) {
      cols = mapMeasurementColumns(record.fields.map((h) => h.trim()));
      readable = checkHeader(cols, out, false);
      return;
    }
    out.rows++;
    if (!readable) return;
    const c = cols;
    const detail = { line: record.row, dataRow: out.rows };
    if (record.fields.length !== c.header.length) {
      const n = record.fields.length;
      out.add(
        {
          problems: [
            {
              rule: 'csv-field-count',
              column: '',
              value: undefined,
              what: {
                en: `${n} field${n === 1 ? '' : 's'}, expected ${c.header.length} as in the header`,
                vi: `${n} trường, cần ${c.header.length} trường như dòng tiêu đề`,
              },
              why: {
                en: 'every row must have as many fields as the header (RFC 4180)',
                vi: 'mỗi dòng phải có số trường bằng dòng tiêu đề (RFC 4180)',
              },
            },
          ],
        },
        { label: 'row', n: record.row },
        detail,
      );
      return;
    }
    const at = (f: MeasurementField) => c.columns[f];
    const input: MeasurementRowInput = {
      cell: (f) => (at(f) === null ? undefined : record.fields[at(f)!]),
      column: (f) => (at(f) === null ? f : c.header[at(f)!]!),
      position: null,
    };
    const id = at('id') === null ? null : record.fields[at('id')!]!.trim() || null;
    readInto(out, input, nums, { label: 'row', n: record.row, id }, detail);
  };

  const stream = new DelimitedStream((delimiter) => {
    nums.allowComma = delimiter !== ',';
  }, onRecord);

  return {
    push(chunk) {
      chars += chunk.length;
      stream.push(chunk);
      return { chars, rows: out.rows };
    },
    end() {
      const { unterminatedAt } = stream.end();
      if (unterminatedAt !== null) out.fileErrors.push(unterminatedQuoteIssue(source, unterminatedAt));
      else if (cols === null)
        out.fileErrors.push(
          importIssue(
            'error',
            'csv-empty',
            source,
            { label: 'file' },
            { en: 'the file has no header row', vi: 'tệp không có dòng tiêu đề' },
            { en: 'a CSV file must start with a header row', vi: 'tệp CSV phải bắt đầu bằng dòng tiêu đề' },
          ),
        );
      return {
        measurements: out.measurements,
        report: measurementReport(out, 'csv', stream.delimiter, nums.sawComma ? ',' : '.'),
      };
    },
  };
}

/** Imports a whole delimited measurement text at once. */
export function importMeasurementText(text: string, source: string): MeasurementImport {
  const importer = createMeasurementImporter(source);
  importer.push(text);
  return importer.end();
}

/**
 * Imports GeoJSON features (already read, `readGeoJsonText`) as measurements: each a Point `[lng, lat]` whose
 * properties carry the columns' names; `indices` number them as in their file.
 */
export function importMeasurementFeatures(
  features: readonly Feature[],
  indices: readonly number[],
  source: string,
): MeasurementImport {
  const out = createMeasurementCollector(source);
  const names = new Set<string>();
  for (const f of features) for (const k of Object.keys(f.properties ?? {})) names.add(k);
  const cols = mapMeasurementColumns([...names]);
  const nums: NumberContext = { allowComma: false, sawComma: false };
  out.rows = features.length;
  if (checkHeader(cols, out, true)) {
    const nameOf = (f: MeasurementField) => (cols.columns[f] === null ? null : cols.header[cols.columns[f]!]!);
    features.forEach((f, i) => {
      const props = f.properties ?? {};
      const idName = nameOf('id');
      const idValue = f.id ?? (idName === null ? null : props[idName]);
      const place: IssuePlace = { label: 'feature', n: indices[i] ?? i, id: idValue == null ? null : String(idValue) };
      const g = f.geometry;
      if (g?.type !== 'Point' || g.coordinates.length < 2) {
        out.add(
          {
            problems: [
              {
                rule: 'measurement-geometry',
                column: '',
                value: undefined,
                what: {
                  en: `geometry ${g?.type ?? 'null'} is not a point`,
                  vi: `hình học ${g?.type ?? 'null'} không phải là điểm`,
                },
                why: { en: 'a measurement is taken at one point', vi: 'mỗi lượt đo được thực hiện tại một điểm' },
              },
            ],
          },
          place,
          {},
        );
        return;
      }
      const input: MeasurementRowInput = {
        cell: (k) => {
          const name = nameOf(k);
          return name === null ? undefined : props[name];
        },
        column: (k) => nameOf(k) ?? k,
        position: [g.coordinates[0]!, g.coordinates[1]!],
      };
      readInto(out, input, nums, place, {});
    });
  }
  return { measurements: out.measurements, report: measurementReport(out, 'geojson', null, null) };
}
