/**
 * One row of a speed-test file (`speedtest-csv`, see `speed-import.ts`) → a speed record, a skip warning
 * (`speed-network-skipped`), or every problem of the row (`speed-time`, `speed-position`, `speed-operator`,
 * `speed-network`, and the rate and latency checks of `speed-checks.ts`).
 *
 * Split from `speed-import.ts`, which handles the stream and the format; this is the hot path of a test file.
 */
import type { Feature, Point } from 'geojson';
import type { Technology } from '../../domain/telecom.js';
import { OPERATORS, type Operator } from '../../domain/telecom.js';
import type { SpeedTestProps } from '../../domain/telecom.js';
import type { CsvRecord } from './delimited.js';
import { importIssue, type Bilingual } from './issue.js';
import type { SpeedColumns, SpeedField } from './speed-columns.js';
import { checkLatency, checkRate, isProblem, type NumberContext, type RowProblem } from './speed-checks.js';
import type { SpeedCollector } from './speed-report.js';
import { networkTechnology, readNumberCell, testDay } from './speed-values.js';
import { normaliseOperator } from './values.js';

/** Reports a problem of the row's field `f`. */
type Problem = (f: SpeedField, rule: string, what: Bilingual, why: Bilingual) => void;

/**
 * One test row → a record, a skip warning, or all of its problems, added to `out` (hot path: no allocation beyond
 * the record when valid). `chosenTech` is the technology chosen for a file without a network column.
 */
export function readSpeedTestRow(
  record: CsvRecord,
  dataRow: number,
  c: SpeedColumns,
  chosenTech: Technology | undefined,
  nums: NumberContext,
  out: SpeedCollector,
): void {
  const source = out.source;
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
  const lat = coordinate('lat', cell('lat'), 90, nums, problem);
  const lng = coordinate('lng', cell('lng'), 180, nums, problem);
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
  let tech: Technology | 'skip' | null = chosenTech ?? null;
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
}

/** A latitude or longitude cell, WGS84 degrees within ±`max`; null (with a problem) otherwise. */
function coordinate(
  f: 'lat' | 'lng',
  raw: string | undefined,
  max: number,
  nums: NumberContext,
  problem: Problem,
): number | null {
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
}

/** The operator of a cell: null when empty or absent, undefined (with a problem) when unknown. */
function readOperator(raw: string | undefined, problem: Problem): Operator | null | undefined {
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
}
