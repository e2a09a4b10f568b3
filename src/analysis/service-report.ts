/**
 * The annual report (report.ts) of the coverage service's data: the figures as of the report date and a year
 * before, through the service's dated results, with the indicator targets when indicator values are given, the
 * operator comparison, shared infrastructure on both dates (the sites on air by each date, grouped into towers by
 * sharing-towers.ts: by tower id, else within 30 m) and the model's parameters in use (report-figures.ts).
 */
import type { IndicatorValue } from '../domain/indicators.js';
import { sitesAsOf, yearBefore } from './as-of.js';
import type { CoverageService } from './coverage-service.js';
import { buildReport, type AnnualReport } from './report.js';
import { figureAreas, sharingRows, type ReportParams } from './report-figures.js';
import { detectTowers, sharingByArea, type AreaLocator, type SharingTable } from './sharing.js';
import type { Site } from '../domain/telecom.js';
import { overridesOf } from './params-overrides.js';

/** The sharing figures of the sites on air on `date`, located by `locator`. */
export function sharingAsOf(sites: readonly Site[], date: string, locator: AreaLocator): SharingTable {
  return sharingByArea(detectTowers(sitesAsOf(sites, date)), locator);
}

/**
 * The annual report as of `asOf` (default 30 November of `year`, ISO `YYYY-MM-DD`) against a year before, for the
 * areas of a layout; the service's date in use is put back afterwards. `sites` are the sites whose towers are
 * counted: the service's own, or the shipped ones when the service holds none and answers both dates from the
 * data build's stored figures of them (`npm run report`).
 */
export function serviceReport(
  service: CoverageService,
  year: number,
  layout: '2025' | '2019',
  asOf: string = `${year}-11-30`,
  indicatorValues: readonly IndicatorValue[] = [],
  sites: readonly Site[] = service.allSites,
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
  const areas = service.reportAreas(layout);
  const sharing = sharingRows(
    sharingAsOf(sites, asOf, service),
    sharingAsOf(sites, previousAsOf, service),
    figureAreas(areas),
  );
  const overrides = overridesOf(service.model.params);
  const params: ReportParams = { overrides, defaults: Object.keys(overrides).length === 0 };
  return buildReport(now!, before!, areas, { year, asOf, previousAsOf, layout }, indicators, { sharing, params });
}
