/**
 * Dates for sample data: ISO `YYYY-MM-DD` ↔ day numbers, and draws from a build-out curve given as
 * cumulative counts at dates (e.g. "6,340 BTS ~2015, 9,300 in 2019-01"). All arithmetic is in whole UTC
 * days, so no time zone or clock can change a result.
 */
import type { Rng } from './random.js';

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 (UTC) of an ISO `YYYY-MM-DD` date; throws on anything else. */
export function isoToDay(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  if (!m || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== iso) {
    throw new Error(`Invalid date "${iso}": expected an ISO calendar date YYYY-MM-DD`);
  }
  return ms / MS_PER_DAY;
}

/** The ISO `YYYY-MM-DD` date of a day number (days since 1970-01-01 UTC). */
export function dayToIso(day: number): string {
  return new Date(Math.floor(day) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** A uniform ISO date between two day numbers (both inclusive); the later one when the range is empty. */
export function uniformDate(rng: Rng, fromDay: number, toDay: number): string {
  if (toDay <= fromDay) return dayToIso(toDay);
  return dayToIso(fromDay + Math.floor(rng.next() * (toDay - fromDay + 1)));
}

/** A point of a build-out curve: `count` things existed on `date` (ISO). */
export type CumulativeKnot = { date: string; count: number };

/** Draws on-air dates whose cumulative distribution follows a build-out curve up to an end date. */
export type BuildOut = {
  /** An ISO date; `u` in [0, 1) is the quantile. Never after the end date. */
  dateAt(u: number): string;
};

type Segment = { d0: number; d1: number; c0: number; c1: number };

/**
 * A piecewise-linear cumulative curve through `knots` (ascending dates, non-decreasing counts), cut at
 * `endIso` and normalised so that everything is on air by then. The first knot's count is spread evenly
 * over the `leadInDays` before it (sites built before a launch date). Past the last knot the curve goes on
 * at the average slope of the knots, so an end date after the last public figure still sees steady growth.
 */
export function createBuildOut(knots: readonly CumulativeKnot[], endIso: string, leadInDays = 0): BuildOut {
  const end = isoToDay(endIso);
  const pts = knots.map((k) => ({ d: isoToDay(k.date), c: k.count }));
  const first = pts[0];
  const last = pts[pts.length - 1];
  if (!first || !last) throw new Error('createBuildOut(): no knots');
  const segments: Segment[] = [];
  if (first.c > 0) segments.push({ d0: first.d - Math.max(1, leadInDays), d1: first.d, c0: 0, c1: first.c });
  for (let i = 1; i < pts.length; i++) {
    segments.push({ d0: pts[i - 1]!.d, d1: pts[i]!.d, c0: pts[i - 1]!.c, c1: pts[i]!.c });
  }
  const slope = last.d > first.d ? (last.c - first.c) / (last.d - first.d) : 0;
  if (end > last.d) segments.push({ d0: last.d, d1: end, c0: last.c, c1: last.c + slope * (end - last.d) });

  // Cut every segment at the end date.
  const cut: Segment[] = [];
  for (const s of segments) {
    if (s.d0 >= end) break;
    if (s.d1 <= end) cut.push(s);
    else cut.push({ ...s, d1: end, c1: s.c0 + ((s.c1 - s.c0) * (end - s.d0)) / (s.d1 - s.d0) });
  }
  const total = cut.length > 0 ? cut[cut.length - 1]!.c1 : 0;

  return {
    dateAt(u) {
      if (!(total > 0)) return dayToIso(end);
      const target = u * total;
      for (const s of cut) {
        if (target < s.c1 || s === cut[cut.length - 1]) {
          const f = s.c1 > s.c0 ? (target - s.c0) / (s.c1 - s.c0) : 0;
          const day = s.d0 + Math.max(0, Math.min(1, f)) * (s.d1 - s.d0);
          return dayToIso(Math.min(end, Math.floor(day)));
        }
      }
      return dayToIso(end);
    },
  };
}
