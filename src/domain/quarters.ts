/**
 * Quarters of the time control: index 0 is the first quarter offered, a quarter stands for its last day
 * (ISO `YYYY-MM-DD`).
 */

/**
 * How many quarters around the time control's date the coverage worker prepares in idle time (the engine keeps
 * their tile states: see union-states.ts; about 12,000 states, 50 MB, for 16 quarters of the sample).
 */
export const WARM_QUARTERS = 16;

/** The first quarter offered (the sample's first 4G sites went on air in 2013). */
export const FIRST_QUARTER = { year: 2013, quarter: 1 } as const;

/** The last day of quarter `index` counted from FIRST_QUARTER, ISO `YYYY-MM-DD`. */
export function quarterEnd(index: number): string {
  const q = FIRST_QUARTER.quarter - 1 + index;
  const year = FIRST_QUARTER.year + Math.floor(q / 4);
  return `${year}-${['03-31', '06-30', '09-30', '12-31'][q % 4]}`;
}

/** The quarter index of a date. */
export function quarterOf(date: string): number {
  const [y, m] = date.split('-').map(Number);
  return (y! - FIRST_QUARTER.year) * 4 + Math.floor((m! - 1) / 3) - (FIRST_QUARTER.quarter - 1);
}

/**
 * The ends of the `count` quarters nearest to `date` (its own first, then alternately earlier and later), up
 * to the quarter of `today`: the order in which the time control's likely next dates are prepared.
 */
export function nearestQuarters(date: string, today: string, count: number): string[] {
  const at = quarterOf(date);
  const last = quarterOf(today);
  const out: string[] = [];
  for (let d = 0; out.length < count && (at - d >= 0 || at + d <= last); d++) {
    for (const i of d === 0 ? [at] : [at - d, at + d])
      if (i >= 0 && i <= last && out.length < count) out.push(quarterEnd(i));
  }
  return out;
}
