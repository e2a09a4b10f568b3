/**
 * Checks of the measured values of a speed row (a test or an Ookla tile), shared by the importers: each returns
 * the value in the record's unit, or the problem in both languages, with the column and the value as written.
 *
 * | rule | English example |
 * |---|---|
 * | `speed-download` | `download "abc" is not a number — download must be a number of Mbit/s above 0` |
 * | `speed-download` | `download "45000" Mbit/s is above 20000 Mbit/s — no mobile link is faster than 5G's 20 Gbit/s peak (ITU-R M.2410): is the column in kbit/s? Name it download_kbps` |
 * | `speed-upload` | `upload "-1" is below 0 — upload must be a number of Mbit/s, 0 or more` |
 * | `speed-latency` | `latency "abc" is not a number — latency must be a number of milliseconds from 0 to 10000` |
 */
import type { Bilingual } from './issue.js';
import type { RateUnit } from './speed-columns.js';
import { MAX_DOWN_MBPS, MAX_LATENCY_MS, MAX_UP_MBPS, readNumberCell } from './speed-values.js';

/** One problem of a row, before it is placed (file, row) by the importer. */
export type RowProblem = { rule: string; column: string; value: unknown; what: Bilingual; why: Bilingual };

/** How numbers are read: decimal commas allowed (`;`- and tab-delimited files), and whether one was seen. */
export type NumberContext = { allowComma: boolean; sawComma: boolean };

const shown = (raw: unknown) => (typeof raw === 'string' ? `"${raw}"` : JSON.stringify(raw));

function read(raw: unknown, ctx: NumberContext): number | null {
  const r = readNumberCell(raw, ctx.allowComma);
  if (r.comma) ctx.sawComma = true;
  return r.value;
}

const RATE_NAMES = {
  down: { en: 'download', vi: 'tốc độ tải xuống' },
  up: { en: 'upload', vi: 'tốc độ tải lên' },
} as const;

/**
 * A download or upload in Mbit/s from a cell in `unit`. Download: required, above 0 (a test that moved no data
 * failed and measures nothing) and at most {@link MAX_DOWN_MBPS}; upload: empty is null, else 0 to
 * {@link MAX_UP_MBPS}.
 */
export function checkRate(
  which: 'down' | 'up',
  raw: unknown,
  column: string,
  unit: RateUnit,
  ctx: NumberContext,
): number | null | RowProblem {
  const name = RATE_NAMES[which];
  const value = read(raw, ctx);
  const problem = (what: Bilingual, why: Bilingual): RowProblem => ({
    rule: which === 'down' ? 'speed-download' : 'speed-upload',
    column,
    value: raw,
    what,
    why,
  });
  const rule: Bilingual =
    which === 'down'
      ? { en: `download must be a number of ${unit} above 0`, vi: `tốc độ tải xuống phải là một số ${unit} lớn hơn 0` }
      : {
          en: `upload must be a number of ${unit}, 0 or more`,
          vi: `tốc độ tải lên phải là một số ${unit}, từ 0 trở lên`,
        };
  if (value === null) {
    if (which === 'up') return null;
    return problem({ en: 'download is empty', vi: 'tốc độ tải xuống trống' }, rule);
  }
  if (Number.isNaN(value))
    return problem(
      { en: `${name.en} ${shown(raw)} is not a number`, vi: `${name.vi} ${shown(raw)} không phải là số` },
      rule,
    );
  if (which === 'down' ? value <= 0 : value < 0) {
    return which === 'down'
      ? problem(
          { en: `download ${shown(raw)} is not above 0`, vi: `tốc độ tải xuống ${shown(raw)} không lớn hơn 0` },
          {
            en: 'a test that moved no data failed and measures nothing',
            vi: 'lượt đo không truyền được dữ liệu là lượt đo lỗi, không đo được gì',
          },
        )
      : problem({ en: `upload ${shown(raw)} is below 0`, vi: `tốc độ tải lên ${shown(raw)} nhỏ hơn 0` }, rule);
  }
  const mbps = unit === 'kbit/s' ? value / 1000 : value;
  const max = which === 'down' ? MAX_DOWN_MBPS : MAX_UP_MBPS;
  if (mbps > max) {
    const peak = which === 'down' ? '20' : '10';
    return problem(
      {
        en: `${name.en} ${shown(raw)} ${unit} is above ${max} Mbit/s`,
        vi: `${name.vi} ${shown(raw)} ${unit} vượt quá ${max} Mbit/s`,
      },
      {
        en: `no mobile link is faster than 5G's ${peak} Gbit/s peak (ITU-R M.2410): is the column in kbit/s? Name it ${which === 'down' ? 'download' : 'upload'}_kbps`,
        vi: `không kết nối di động nào nhanh hơn đỉnh ${peak} Gbit/s của 5G (ITU-R M.2410): cột có phải tính bằng kbit/s không? Đặt tên cột là ${which === 'down' ? 'download' : 'upload'}_kbps`,
      },
    );
  }
  return mbps;
}

/** A latency in ms: empty is null, else 0 to {@link MAX_LATENCY_MS}. */
export function checkLatency(raw: unknown, column: string, ctx: NumberContext): number | null | RowProblem {
  const value = read(raw, ctx);
  if (value === null) return null;
  if (Number.isNaN(value) || value < 0 || value > MAX_LATENCY_MS) {
    const what = Number.isNaN(value)
      ? { en: `latency ${shown(raw)} is not a number`, vi: `độ trễ ${shown(raw)} không phải là số` }
      : {
          en: `latency ${shown(raw)} ms is outside 0–${MAX_LATENCY_MS}`,
          vi: `độ trễ ${shown(raw)} ms nằm ngoài khoảng 0–${MAX_LATENCY_MS}`,
        };
    return {
      rule: 'speed-latency',
      column,
      value: raw,
      what,
      why: {
        en: `latency must be a number of milliseconds from 0 to ${MAX_LATENCY_MS}`,
        vi: `độ trễ phải là một số mili giây từ 0 đến ${MAX_LATENCY_MS}`,
      },
    };
  }
  return value;
}

/** Whether a check returned a problem. */
export function isProblem(v: unknown): v is RowProblem {
  return typeof v === 'object' && v !== null && 'rule' in v;
}
