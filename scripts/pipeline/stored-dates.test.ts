/** The dates the data build stores figures of (stored-analysis.ts): quarter ends and the plan's reporting dates. */
import { describe, expect, it } from 'vitest';
import { QUARTERS_AHEAD, storedDates, storedQuarters } from './stored-analysis.js';

describe('storedDates', () => {
  const dates = storedDates('2026-12-01');

  it('keeps every quarter end, from 2013 Q1 to QUARTERS_AHEAD past the build, in order, once each', () => {
    const quarters = storedQuarters('2026-12-01');
    expect(quarters[0]).toBe('2013-03-31');
    expect(quarters.at(-1)).toBe('2027-12-31');
    expect(quarters).toHaveLength(15 * 4);
    expect(QUARTERS_AHEAD).toBe(4);
    expect(dates.filter((d) => quarters.includes(d))).toEqual(quarters);
    expect(dates).toEqual([...new Set(dates)].sort());
  });

  it('adds 30 November of every year stored, the annual report and its year before', () => {
    const reports = dates.filter((d) => d.endsWith('-11-30'));
    expect(reports).toEqual(Array.from({ length: 15 }, (_, i) => `${2013 + i}-11-30`));
    expect(dates).toHaveLength(15 * 4 + 15);
  });

  it('stores no report date past the last quarter', () => {
    expect(
      storedDates('2026-05-01')
        .filter((d) => d.endsWith('-11-30'))
        .at(-1),
    ).toBe('2026-11-30');
    expect(
      storedDates('2026-10-01')
        .filter((d) => d.endsWith('-11-30'))
        .at(-1),
    ).toBe('2027-11-30');
    expect(storedDates('2026-02-01').at(-1)).toBe('2027-03-31');
    expect(
      storedDates('2026-02-01')
        .filter((d) => d.endsWith('-11-30'))
        .at(-1),
    ).toBe('2026-11-30');
  });
});
