/**
 * The annual report (report.ts) of the coverage service's data: the figures as of the report date and a year
 * before, through the service's dated results, with the indicator targets when indicator values are given.
 */
import type { IndicatorValue } from '../domain/indicators.js';
import { yearBefore } from './as-of.js';
import type { CoverageService } from './coverage-service.js';
import { buildReport, type AnnualReport } from './report.js';

/**
 * The annual report as of `asOf` (default 30 November of `year`, ISO `YYYY-MM-DD`) against a year before, for the
 * areas of a layout; the service's date in use is put back afterwards.
 */
export function serviceReport(
  service: CoverageService,
  year: number,
  layout: '2025' | '2019',
  asOf: string = `${year}-11-30`,
  indicatorValues: readonly IndicatorValue[] = [],
): AnnualReport {
  const previousAsOf = yearBefore(asOf);
  const [before, now] = service.resultsAtDates([previousAsOf, asOf]);
  const indicators =
    indicatorValues.length > 0
      ? {
          now: service.indicators(indicatorValues, asOf),
          before: service.indicators(indicatorValues, previousAsOf),
        }
      : null;
  return buildReport(now!, before!, service.reportAreas(layout), { year, asOf, previousAsOf, layout }, indicators);
}
