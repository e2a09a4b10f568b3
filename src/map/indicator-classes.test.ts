import { describe, expect, it } from 'vitest';
import { classOf, indicatorBreaks, indicatorLabels } from './indicator-classes.js';
import type { IndicatorFigure, IndicatorSummary } from '../analysis/indicators.js';

const summary = (id: string): IndicatorSummary => ({
  id,
  unit: 'hộ',
  kind: 'count',
  known: null,
  sources: [],
  dates: ['2024-12-31', '2024-12-31'],
  city: null,
  target: null,
  pass: null,
  counts: { unit2025: 0, district2019: 0, ward2019: 0 },
});
const fig = (value: number): IndicatorFigure => ({
  value,
  from: 'loaded',
  derived: false,
  date: '2024-12-31',
  basisShare: 1,
});

describe('indicator classes', () => {
  it('uses breaks around the target for the plan indicators', () => {
    expect(indicatorBreaks(summary('fibre_households_pct'), {}, 'unit2025')).toEqual([50, 80, 95, 100]);
    expect(classOf(100, [50, 80, 95, 100])).toBe(4);
    expect(classOf(99.99, [50, 80, 95, 100])).toBe(3);
    expect(classOf(10, [50, 80, 95, 100])).toBe(0);
  });

  it('uses quantile breaks of the level shown for other indicators, rounded and without duplicates', () => {
    const figures = Object.fromEntries([...Array(10).keys()].map((i) => [`unit2025|${i}`, fig(1000 + i * 123)]));
    figures['ward2019|x'] = fig(1e9);
    const b = indicatorBreaks(summary('households'), figures, 'unit2025');
    expect(b).toEqual([1200, 1500, 1700, 2000]);
    expect(indicatorBreaks(summary('households'), { 'unit2025|a': fig(5), 'unit2025|b': fig(5) }, 'unit2025')).toEqual(
      [],
    );
    expect(indicatorLabels([50, 80], '%', String)).toEqual(['< 50 %', '50–80 %', '≥ 80 %']);
  });
});
