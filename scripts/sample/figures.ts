/**
 * The public figures the sample generator is calibrated to, exactly as listed in
 * `shared/data/hanoi/README.md` ("Telecom: what exists, and figures to calibrate sample data"), each from a
 * press report quoting the authority named. `CALIBRATION.md` says how each one becomes a parameter.
 */
import type { CumulativeKnot } from './timeline.js';

/**
 * BTS in Hà Nội by operator, ~2015: 6,340 in all, 1,200 of them sharing infrastructure.
 * Source: Hà Nội Department of Information and Communications, via Hànộimới.
 */
export const BTS_HANOI_2015 = {
  vinaphone: 1900,
  viettel: 1750,
  mobifone: 1600,
  gmobile: 580,
  vietnamobile: 450,
  sfone: 111,
  total: 6340,
  shared: 1200,
} as const;

/** Over 9,300 BTS in Hà Nội, over 8,770 of them 3G/4G; 2019-01. Source: the Department's director, via VNA. */
export const BTS_HANOI_2019_01 = 9300;

/**
 * 5G in Hà Nội, 2024: 86 trial sites (VNPT 50, Viettel 36); about 2,000 registered for Q4 2024
 * (Viettel 1,500, VNPT 480). Source: the Department, via Hànộimới.
 */
export const FIVE_G_HANOI_2024 = {
  trials: { vnpt: 50, viettel: 36 },
  registeredQ4: { viettel: 1500, vnpt: 480, total: 2000 },
} as const;

/**
 * National 5G sites: 6,500 at launch (2024-10), 10,600 (Q1 2025), 11,591 (May 2025), over 35,000
 * (Jan 2026, Viettel over 80 %). Source: Government and Ministry reports, via Vietnam News, VietNamNet.
 * Used for the shape of the 5G roll-out over time only; the day within the month is ours.
 */
export const FIVE_G_NATIONAL_KNOTS: readonly CumulativeKnot[] = [
  { date: '2024-10-15', count: 6500 },
  { date: '2025-03-31', count: 10600 },
  { date: '2025-05-31', count: 11591 },
  { date: '2026-01-31', count: 35000 },
];

/** Viettel's national share of 5G sites, Jan 2026 ("over 80 %"), fraction 0–1. */
export const FIVE_G_VIETTEL_SHARE_2026_01 = 0.8;

/**
 * The README's estimate (not an official figure) from the population share: about 12–13 thousand 4G sites
 * and about 3 thousand 5G sites in Hà Nội in 2025–2026.
 */
export const ESTIMATE_HANOI_2026 = { sites4g: 12500, sites5g: 3000 } as const;

/**
 * Build-out of BTS in Hà Nội, cumulative: the ~2015 and 2019-01 counts above and the 2026 estimate.
 * The start (2013-01-01, none) is our assumption: it makes 2014–2019 the main build-out.
 */
export const SITE_BUILD_OUT_KNOTS: readonly CumulativeKnot[] = [
  { date: '2013-01-01', count: 0 },
  { date: '2015-07-01', count: BTS_HANOI_2015.total },
  { date: '2019-01-15', count: BTS_HANOI_2019_01 },
  { date: '2026-01-01', count: ESTIMATE_HANOI_2026.sites4g },
];

/** Measured mobile download in Hà Nội, Mbit/s: Ookla, H1 2025 (via 24h.com.vn). A median. */
export const OOKLA_HANOI_MOBILE_MEDIAN_MBPS_2025H1 = 119.52;

/**
 * National 5G download by operator, Mbit/s, April 2025 (VNNIC, via dientuungdung.vn). Read here as means:
 * the report gives one figure per operator and does not say which statistic.
 */
export const FIVE_G_DOWNLOAD_MBPS_2025_04 = { viettel: 364, mobifone: 170, vnpt: 159 } as const;

/** The plan's targets used to check the sample: 4G ≥ 40 Mbit/s and 5G ≥ 100 Mbit/s download. */
export const PLAN_TARGET_MBPS = { '4G': 40, '5G': 100 } as const;
