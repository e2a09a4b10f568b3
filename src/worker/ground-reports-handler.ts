/**
 * The worker's answer to "reports from the ground" (issue #17, part 4; analysis/ground-reports.ts): the reports a
 * planner imported, each set against the coverage the analysis in use models at its point (the engine's footprints
 * of the base sites as of the map's date and the imported coverage polygons, through the point lookup,
 * point-lookup.ts), and counted per area and per H3 cell of resolution 8, sorted for follow-up. The plan's candidate
 * sites are left out: a report is about the network on air, not the one planned.
 *
 * The lookup is built on the first question (about 1 s at 12,500 sites) and kept until the base sites, the engine
 * or the imported coverage change, as the point handler keeps its own.
 */
import type { CoverageEngine } from '../analysis/engine/engine.js';
import type { ImportedCoverage } from '../analysis/engine/engine-sites.js';
import type { Footprint } from '../analysis/engine/footprints.js';
import { analyseGroundReports, type GroundReportAnalysis } from '../analysis/ground-reports.js';
import { lookupPoint, type PointLookup } from '../analysis/point-lookup.js';
import { pointLookupFromEngine } from '../analysis/point-lookup-engine.js';
import { groundReportOf, groundReportProblem, type GroundReport } from '../domain/ground-report.js';
import type { Site } from '../domain/telecom.js';
import type { PointService } from './point-handler.js';

/** Most reports analysed in one request; a person's file holds tens, a city's campaign thousands. */
export const MAX_GROUND_REPORTS = 100_000;

/** What the worker answers: the analysis, the reports it could not take, and the times it took. */
export type GroundReportsAnswer = GroundReportAnalysis & {
  /** Reports refused (not a valid report: the page validates on import, so this is a bug's trace), with why. */
  refused: { index: number; problem: string }[];
  /** Whether any site in use is sample data (the answer says the model runs on sample sites). */
  sample: boolean;
  /** Time to build the lookup (0 when it was kept), and to analyse, ms. */
  buildMs: number;
  analyseMs: number;
};

/**
 * A count as each language groups its thousands (100.000 in Vietnamese, 100,000 in English), as the page's
 * `formatFigure` writes whole numbers: the worker's messages cross as text, so they are written here.
 */
const grouped = (n: number, locale: 'vi-VN' | 'en-GB'): string => new Intl.NumberFormat(locale).format(n);

/** The error of a request with too many reports, in both languages (the worker's reply carries `vi`). */
export class TooManyReportsError extends Error {
  readonly vi: string;
  constructor(count: number) {
    super(
      `${grouped(count, 'en-GB')} reports are more than the ${grouped(MAX_GROUND_REPORTS, 'en-GB')} analysed at once`,
    );
    this.vi = `${grouped(count, 'vi-VN')} báo cáo vượt quá ${grouped(MAX_GROUND_REPORTS, 'vi-VN')} báo cáo được phân tích một lần`;
    this.name = 'TooManyReportsError';
  }
}

/** What imported coverage replaces: operator, technology and number of parts of each polygon. */
const coverageKey = (coverage: readonly ImportedCoverage[]): string =>
  coverage.map((c) => `${c.operator}|${c.tech}|${c.geometry.coordinates.length}`).join(',');

/**
 * The `groundReports` handler: `layers` waits for the first analysis (and a running suggestion) and gives the
 * imported coverage polygons in use. Rejects with `TooManyReportsError` above {@link MAX_GROUND_REPORTS}.
 */
export function groundReportsHandler(
  service: PointService,
  layers: () => Promise<{ coverage: readonly ImportedCoverage[] }>,
): (ctx: unknown, reports: readonly unknown[]) => Promise<GroundReportsAnswer> {
  let kept: { sites: readonly Site[]; engine: CoverageEngine; coverage: string; lookup: PointLookup } | null = null;
  let made = new WeakMap<Site, Footprint[]>();
  return async (_ctx, reports) => {
    if (!Array.isArray(reports))
      throw Object.assign(new TypeError('groundReports: the reports are not a list'), {
        vi: 'groundReports: các báo cáo không được gửi dưới dạng danh sách',
      });
    if (reports.length > MAX_GROUND_REPORTS) throw new TooManyReportsError(reports.length);
    const { coverage } = await layers();
    const engine = service.requireEngine();
    const t0 = performance.now();
    const imports = coverageKey(coverage);
    if (!kept || kept.sites !== service.sites || kept.engine !== engine || kept.coverage !== imports) {
      if (kept && (kept.engine !== engine || kept.coverage !== imports)) made = new WeakMap();
      const lookup = pointLookupFromEngine(engine, service.sites, [], coverage, made);
      kept = { sites: service.sites, engine, coverage: imports, lookup };
    }
    const lookup = kept.lookup;
    const t1 = performance.now();
    const valid: GroundReport[] = [];
    const refused: GroundReportsAnswer['refused'] = [];
    reports.forEach((r, index) => {
      const problem = groundReportProblem(r);
      if (problem === null) valid.push(groundReportOf(r as GroundReport));
      else refused.push({ index, problem });
    });
    const analysis = analyseGroundReports(
      valid,
      (p) => lookupPoint(lookup, p, { nearest: 0 }).covered,
      (lng, lat) => engine.locate(lng, lat),
    );
    return {
      ...analysis,
      refused,
      sample: service.sites.some((s) => s.sample),
      buildMs: t1 - t0,
      analyseMs: performance.now() - t1,
    };
  };
}
