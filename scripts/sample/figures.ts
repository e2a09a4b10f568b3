/**
 * The public figures the sample generator is calibrated to, read from the project's calibration targets
 * `data/calibration.json` (each with the figure as published, its date and its source: a press report quoting the
 * authority named, as listed in `shared/data/hanoi/README.md`, "Telecom"). `CALIBRATION.md` says how each one
 * becomes a parameter. The file is checked when this module loads; an error names the entry and the rule.
 */
import calibrationJson from '../../data/calibration.json' with { type: 'json' };
import { jsonCheck, type JsonCheck } from '../pipeline/json-check.js';
import type { CumulativeKnot } from './timeline.js';

/** Repository-relative name of the calibration targets, as errors name it. */
export const CALIBRATION_FILE = 'data/calibration.json';

const KEYS = [
  'btsHanoi2015',
  'btsHanoi2019',
  'fiveGHanoi2024',
  'fiveGNational',
  'fiveGViettelShare2026',
  'estimateHanoi2026',
  'ooklaHanoiMobileMedianMbps',
  'fiveGDownloadMbps',
  'planTargetMbps',
  'buildOutStart',
] as const;

/** Every entry: `{figure, published, source, [note], [buildOutDate], value}`; returns its value and build-out date. */
function entry(c: JsonCheck, v: unknown, at: string): { value: unknown; buildOutDate: string | null } {
  const o = c.object(v, at);
  const allowed = ['figure', 'published', 'source', 'note', 'buildOutDate', 'value'];
  for (const k of Object.keys(o))
    if (!allowed.includes(k)) c.fail(`${at}.${k}`, o[k], `unknown key: the keys are ${allowed.join(', ')}`);
  for (const k of ['figure', 'published', 'source'] as const) c.string(o[k], `${at}.${k}`);
  if ('note' in o) c.string(o.note, `${at}.note`);
  if (!('value' in o)) c.fail(`${at}.value`, undefined, 'every figure has a value');
  const date = 'buildOutDate' in o ? isoDate(c, o.buildOutDate, `${at}.buildOutDate`) : null;
  return { value: o.value, buildOutDate: date };
}

function isoDate(c: JsonCheck, v: unknown, at: string): string {
  const s = c.string(v, at);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : c.fail(at, v, 'must be an ISO date YYYY-MM-DD');
}

/** Checks `data/calibration.json` and returns its figures with their types. */
export function checkCalibration(json: unknown, file: string = CALIBRATION_FILE) {
  const c = jsonCheck(file);
  const e = c.record(json, '', KEYS, (v, at) => entry(c, v, at));
  const count = (v: unknown, at: string) => c.number(v, at, 0);
  const counts = <K extends string>(key: (typeof KEYS)[number], keys: readonly K[]) =>
    c.record(e[key].value, `${key}.value`, keys, count);
  const dated = (key: (typeof KEYS)[number]) =>
    e[key].buildOutDate ?? c.fail(`${key}.buildOutDate`, undefined, 'this figure is a knot of the build-out curve');
  const bts2015 = counts('btsHanoi2015', [
    'vinaphone',
    'viettel',
    'mobifone',
    'gmobile',
    'vietnamobile',
    'sfone',
    'total',
    'shared',
  ] as const);
  const five = c.record(e.fiveGHanoi2024.value, 'fiveGHanoi2024.value', ['trials', 'registeredQ4'], (v) => v);
  return {
    btsHanoi2015: { ...bts2015, date: dated('btsHanoi2015') },
    btsHanoi2019: { total: count(e.btsHanoi2019.value, 'btsHanoi2019.value'), date: dated('btsHanoi2019') },
    fiveGHanoi2024: {
      trials: c.record(five.trials, 'fiveGHanoi2024.value.trials', ['vnpt', 'viettel'] as const, count),
      registeredQ4: c.record(
        five.registeredQ4,
        'fiveGHanoi2024.value.registeredQ4',
        ['viettel', 'vnpt', 'total'] as const,
        count,
      ),
    },
    fiveGNational: c.array(e.fiveGNational.value, 'fiveGNational.value', (v, at): CumulativeKnot => {
      const k = c.record(v, at, ['date', 'count'], (x) => x);
      return { date: isoDate(c, k.date, `${at}.date`), count: count(k.count, `${at}.count`) };
    }),
    fiveGViettelShare2026: c.number(e.fiveGViettelShare2026.value, 'fiveGViettelShare2026.value', 0, 1),
    estimateHanoi2026: {
      ...counts('estimateHanoi2026', ['sites4g', 'sites5g'] as const),
      date: dated('estimateHanoi2026'),
    },
    ooklaHanoiMobileMedianMbps: c.number(e.ooklaHanoiMobileMedianMbps.value, 'ooklaHanoiMobileMedianMbps.value', 0),
    fiveGDownloadMbps: counts('fiveGDownloadMbps', ['viettel', 'mobifone', 'vnpt'] as const),
    planTargetMbps: counts('planTargetMbps', ['4G', '5G'] as const),
    buildOutStart: { count: count(e.buildOutStart.value, 'buildOutStart.value'), date: dated('buildOutStart') },
  };
}

const F = checkCalibration(calibrationJson);

/** BTS in Hà Nội by operator, ~2015: 6,340 in all, 1,200 of them sharing infrastructure. */
export const BTS_HANOI_2015: Readonly<Omit<typeof F.btsHanoi2015, 'date'>> = {
  vinaphone: F.btsHanoi2015.vinaphone,
  viettel: F.btsHanoi2015.viettel,
  mobifone: F.btsHanoi2015.mobifone,
  gmobile: F.btsHanoi2015.gmobile,
  vietnamobile: F.btsHanoi2015.vietnamobile,
  sfone: F.btsHanoi2015.sfone,
  total: F.btsHanoi2015.total,
  shared: F.btsHanoi2015.shared,
};

/** Over 9,300 BTS in Hà Nội, over 8,770 of them 3G/4G; 2019-01. */
export const BTS_HANOI_2019_01: number = F.btsHanoi2019.total;

/** 5G in Hà Nội, 2024: 86 trial sites (VNPT 50, Viettel 36); about 2,000 registered for Q4 2024. */
export const FIVE_G_HANOI_2024: Readonly<typeof F.fiveGHanoi2024> = F.fiveGHanoi2024;

/** National 5G sites over time (cumulative counts at dates); the shape of the 5G roll-out only. */
export const FIVE_G_NATIONAL_KNOTS: readonly CumulativeKnot[] = F.fiveGNational;

/** Viettel's national share of 5G sites, Jan 2026 ("over 80 %"), fraction 0–1. */
export const FIVE_G_VIETTEL_SHARE_2026_01: number = F.fiveGViettelShare2026;

/** The data README's estimate (not an official figure): about 12,500 4G and 3,000 5G sites in 2025–2026. */
export const ESTIMATE_HANOI_2026: Readonly<{ sites4g: number; sites5g: number }> = {
  sites4g: F.estimateHanoi2026.sites4g,
  sites5g: F.estimateHanoi2026.sites5g,
};

/**
 * Build-out of BTS in Hà Nội, cumulative: the ~2015 and 2019-01 counts and the 2026 estimate, each at its
 * `buildOutDate`, after a start with none (an assumption: it makes 2014–2019 the main build-out).
 */
export const SITE_BUILD_OUT_KNOTS: readonly CumulativeKnot[] = [
  { date: F.buildOutStart.date, count: F.buildOutStart.count },
  { date: F.btsHanoi2015.date, count: F.btsHanoi2015.total },
  { date: F.btsHanoi2019.date, count: F.btsHanoi2019.total },
  { date: F.estimateHanoi2026.date, count: F.estimateHanoi2026.sites4g },
];

/** Measured mobile download in Hà Nội, Mbit/s: Ookla, H1 2025. A median. */
export const OOKLA_HANOI_MOBILE_MEDIAN_MBPS_2025H1: number = F.ooklaHanoiMobileMedianMbps;

/** National 5G download by operator, Mbit/s, April 2025 (VNNIC), read as means. */
export const FIVE_G_DOWNLOAD_MBPS_2025_04: Readonly<typeof F.fiveGDownloadMbps> = F.fiveGDownloadMbps;

/** The plan's targets used to check the sample: 4G ≥ 40 Mbit/s and 5G ≥ 100 Mbit/s download. */
export const PLAN_TARGET_MBPS: Readonly<typeof F.planTargetMbps> = F.planTargetMbps;
