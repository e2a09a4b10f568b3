/**
 * One row of a measurement file (or one GeoJSON feature's properties) → its measurements, a skip (3G, 2G, Wi-Fi),
 * or every problem of the row.
 *
 * | cell | read as |
 * |---|---|
 * | SS-RSRP (`ss_rsrp`, `nr_rsrp`…) | a 5G measurement |
 * | RSRP (`rsrp`) | a measurement of the row's technology (its technology column, else its band's, else 4G); 4G when the row also has an SS-RSRP (the LTE anchor of a 5G NSA connection) |
 * | band (`B3`, `n78`, `1800`, `3500`, `L1800`…, see `bands.ts`) | the band of the measurement of its technology; the first of several (carrier aggregation lists the primary cell first) |
 * | operator (`Viettel`, `VinaPhone`, `Mobi`…, or the PLMN `452-04`, `45204`) | the operator, required |
 * | technology (`LTE`, `4G`, `NR`, `5G NSA`…) | the technology; `3G`, `2G`, `WiFi` rows are left out with a warning |
 * | time (ISO 8601, `DD/MM/YYYY HH:mm`, Unix seconds or ms) | its Vietnam day; empty is null |
 *
 * | rule | English example |
 * |---|---|
 * | `measurement-position` | `m.csv: row 3: latitude "abc" is not a number — latitude must be WGS84 degrees from -90 to 90` |
 * | `measurement-rsrp` | `m.csv: row 4: RSRP "95" dBm is outside −156 to −31 dBm — phones report RSRP and SS-RSRP from −156 to −31 dBm (3GPP TS 36.133, TS 38.133): is the sign missing, or is it another column?` |
 * | `measurement-operator` | `m.csv: row 5: operator "Gmobile" is unknown — operator must be one of Viettel, VinaPhone (VNPT), MobiFone, Vietnamobile, or a PLMN 452-01, 452-02, 452-04, 452-05` |
 * | `measurement-network` | `m.csv: row 6: network type "Cell" is unknown — write LTE or 4G, NR or 5G (3G, 2G and Wi-Fi rows are left out)` |
 * | `measurement-band` | `m.csv: row 7: band "B7" (LTE B7, 2500–2690 MHz) is not modelled — the coverage model knows …` (`bands.ts`) |
 * | `measurement-time` | `m.csv: row 8: time "yesterday" is not a date and time — write ISO 8601 …` |
 */
import { BANDS, OPERATORS, type Band, type Operator, type Technology } from '../../domain/telecom.js';
import { MAX_RSRP_DBM, MIN_RSRP_DBM, type SignalMeasurement } from '../../domain/measurement.js';
import { readBandCell } from './bands.js';
import type { Bilingual } from './issue.js';
import type { MeasurementField } from './measurements-columns.js';
import type { NumberContext, RowProblem } from './speed-checks.js';
import { networkTechnology, readNumberCell, testDay } from './speed-values.js';
import { normaliseOperator } from './values.js';

/** What a row gives the reader: its cells by field (undefined without a column) and the name of each column. */
export type MeasurementRowInput = {
  cell(f: MeasurementField): unknown;
  column(f: MeasurementField): string;
  /** A GeoJSON point's `[lng, lat]`; null to read the latitude and longitude cells. */
  position: readonly [number, number] | null;
};

/** What became of a row. */
export type MeasurementRowOutcome =
  | { kind: 'kept'; measurements: SignalMeasurement[] }
  | { kind: 'skipped'; raw: string }
  | { kind: 'rejected'; problems: RowProblem[] };

/** Mobile network codes of Vietnam (MCC 452), ITU-T E.212 list. */
const PLMN_OPERATORS: ReadonlyMap<string, Operator> = new Map([
  ['45201', 'mobifone'],
  ['45202', 'vnpt'],
  ['45204', 'viettel'],
  ['45205', 'vietnamobile'],
]);

/** Reads one row; see the module comment. */
export function readMeasurementRow(row: MeasurementRowInput, nums: NumberContext): MeasurementRowOutcome {
  const problems: RowProblem[] = [];
  const problem = (f: MeasurementField, rule: string, what: Bilingual, why: Bilingual) =>
    problems.push({ rule, column: row.column(f), value: row.cell(f), what, why });
  const text = (f: MeasurementField): string => {
    const v = row.cell(f);
    return v === undefined || v === null ? '' : String(v).trim();
  };

  const [lng, lat] = row.position ?? [coordinate('lng', row, nums, problem), coordinate('lat', row, nums, problem)];
  if (lat === 0 && lng === 0)
    problem(
      'lat',
      'measurement-position',
      { en: 'position 0, 0 is no GPS fix', vi: 'vị trí 0, 0 không phải là toạ độ GPS' },
      {
        en: 'apps write 0, 0 when the phone had no position',
        vi: 'ứng dụng ghi 0, 0 khi điện thoại chưa xác định được vị trí',
      },
    );
  const operator = readOperator(text('operator'), problem);
  let tech: Technology | 'skip' | null = null;
  const netRaw = text('technology');
  if (netRaw !== '') {
    tech = networkTechnology(netRaw);
    if (tech === null)
      problem(
        'technology',
        'measurement-network',
        { en: `network type "${netRaw}" is unknown`, vi: `loại mạng "${netRaw}" không nhận ra` },
        {
          en: 'write LTE or 4G, NR or 5G (3G, 2G and Wi-Fi rows are left out)',
          vi: 'ghi LTE hoặc 4G, NR hoặc 5G (dòng 3G, 2G và Wi-Fi được bỏ qua)',
        },
      );
  }
  const before = problems.length;
  const lte = rsrpValue('rsrp', row, nums, problem);
  const nr = rsrpValue('ssRsrp', row, nums, problem);
  // A 3G or Wi-Fi row has no RSRP to give; an RSRP that is there but wrong was reported above.
  if (lte === null && nr === null && problems.length === before && tech !== 'skip')
    problem(
      row.cell('rsrp') === undefined ? 'ssRsrp' : 'rsrp',
      'measurement-rsrp',
      { en: 'RSRP is empty', vi: 'RSRP trống' },
      {
        en: 'a measurement needs an RSRP (4G) or SS-RSRP (5G) value in dBm',
        vi: 'mỗi lượt đo cần giá trị RSRP (4G) hoặc SS-RSRP (5G) theo dBm',
      },
    );
  const band = readBand(text('band'), tech === 'skip' ? null : tech, problem);
  let time: string | null = null;
  const timeRaw = text('time');
  if (timeRaw !== '') {
    time = testDay(timeRaw);
    if (time === null)
      problem(
        'time',
        'measurement-time',
        { en: `time "${timeRaw}" is not a date and time`, vi: `thời gian "${timeRaw}" không phải là ngày giờ` },
        {
          en: 'write ISO 8601 (2025-03-14T08:30:00+07:00), DD/MM/YYYY HH:mm, or Unix seconds or milliseconds',
          vi: 'ghi theo ISO 8601 (2025-03-14T08:30:00+07:00), DD/MM/YYYY HH:mm, hoặc số giây hay mili giây Unix',
        },
      );
  }
  if (tech === 'skip' && problems.length === 0) return { kind: 'skipped', raw: netRaw };
  if (problems.length > 0 || lng === null || lat === null || operator === null || tech === 'skip')
    return { kind: 'rejected', problems };

  const one = (rsrpDbm: number, technology: Technology): SignalMeasurement => ({
    lng,
    lat,
    rsrpDbm,
    operator,
    technology,
    band: band !== null && BANDS[band].tech === technology ? band : null,
    date: time,
  });
  const measurements: SignalMeasurement[] = [];
  if (lte !== null) measurements.push(one(lte, nr !== null ? '4G' : (tech ?? (band ? BANDS[band].tech : '4G'))));
  if (nr !== null) measurements.push(one(nr, '5G'));
  return { kind: 'kept', measurements };
}

type Problem = (f: MeasurementField, rule: string, what: Bilingual, why: Bilingual) => void;

/** A latitude or longitude cell, WGS84 degrees; null (with a problem) when empty, not a number or out of range. */
function coordinate(f: 'lat' | 'lng', row: MeasurementRowInput, nums: NumberContext, problem: Problem): number | null {
  const raw = row.cell(f);
  const max = f === 'lat' ? 90 : 180;
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
  problem(f, 'measurement-position', what, {
    en: `${name.en} must be WGS84 degrees from -${max} to ${max}`,
    vi: `${name.vi} phải là độ WGS84 từ -${max} đến ${max}`,
  });
  return null;
}

/** An RSRP or SS-RSRP cell, dBm: null when empty or absent (no problem), or when wrong (with a problem). */
function rsrpValue(
  f: 'rsrp' | 'ssRsrp',
  row: MeasurementRowInput,
  nums: NumberContext,
  problem: Problem,
): number | null {
  const raw = row.cell(f);
  const r = readNumberCell(raw, nums.allowComma);
  if (r.comma) nums.sawComma = true;
  const v = r.value;
  if (v === null) return null;
  if (!Number.isNaN(v) && v >= MIN_RSRP_DBM && v <= MAX_RSRP_DBM) return v;
  const name = f === 'rsrp' ? 'RSRP' : 'SS-RSRP';
  const shown = typeof raw === 'string' ? `"${raw}"` : JSON.stringify(raw);
  problem(
    f,
    'measurement-rsrp',
    Number.isNaN(v)
      ? { en: `${name} ${shown} is not a number`, vi: `${name} ${shown} không phải là số` }
      : {
          en: `${name} ${shown} dBm is outside −156 to −31 dBm`,
          vi: `${name} ${shown} dBm nằm ngoài khoảng −156 đến −31 dBm`,
        },
    {
      en: 'phones report RSRP and SS-RSRP from −156 to −31 dBm (3GPP TS 36.133, TS 38.133): is the sign missing, or is it another column?',
      vi: 'điện thoại báo RSRP và SS-RSRP từ −156 đến −31 dBm (3GPP TS 36.133, TS 38.133): có thiếu dấu trừ, hay đây là cột khác?',
    },
  );
  return null;
}

/** The operator of a cell by name or PLMN code; null (with a problem) when empty or unknown. */
function readOperator(raw: string, problem: Problem): Operator | null {
  const why = {
    en: 'operator must be one of Viettel, VinaPhone (VNPT), MobiFone, Vietnamobile, or a PLMN 452-01, 452-02, 452-04, 452-05',
    vi: 'nhà mạng phải là Viettel, VinaPhone (VNPT), MobiFone, Vietnamobile, hoặc mã PLMN 452-01, 452-02, 452-04, 452-05',
  };
  if (raw === '') {
    problem(
      'operator',
      'measurement-operator',
      { en: 'operator is empty', vi: 'nhà mạng trống' },
      {
        en: "a measurement is compared with its own operator's sites: " + why.en,
        vi: 'lượt đo được so với trạm của chính nhà mạng đó: ' + why.vi,
      },
    );
    return null;
  }
  const plmn = PLMN_OPERATORS.get(raw.replace(/[\s\-_/]/g, ''));
  if (plmn !== undefined) return plmn;
  const op = normaliseOperator(raw);
  if (typeof op === 'string' && (OPERATORS as readonly string[]).includes(op)) return op as Operator;
  problem(
    'operator',
    'measurement-operator',
    { en: `operator "${raw}" is unknown`, vi: `nhà mạng "${raw}" không nhận ra` },
    why,
  );
  return null;
}

/** The band of a cell (the first of several): null when empty; null with a problem when it is no modelled band. */
function readBand(raw: string, tech: Technology | null, problem: Problem): Band | null {
  if (raw === '') return null;
  const cell = readBandCell(raw, tech === null ? [] : [tech]);
  for (const bad of cell.items) {
    if (bad.kind === 'band') continue;
    problem('band', 'measurement-band', bad.what, bad.why);
    return null;
  }
  return cell.bands[0] ?? null;
}
