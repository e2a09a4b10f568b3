/**
 * Everything the app asks of the analysis, as plain data in and plain data out (no DOM, no fetch): the
 * worker dispatcher calls it in a Web Worker, scripts and tests call it in Node. The service keeps the state (the
 * engine, the sites of the data and of the plan, the date in use); results are assembled in service-results.ts,
 * plan edits in service-plan.ts, the dated data in service-dates.ts, and the input's areas for reports and
 * indicators in service-areas.ts.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { DataIssue } from '../domain/report.js';
import type { Site, Technology } from '../domain/telecom.js';
import { yearBefore } from './as-of.js';
import { buildReport, type AnnualReport } from './report.js';
import { CoverageEngine } from './engine/engine.js';
import type { EngineLevel, OpSet } from './engine/types.js';
import type { ServiceInput, ServiceResults, SitesUpdate } from './service-types.js';
import { checkSites } from './site-check.js';
import { engineInputOf } from './engine-input.js';
import { suggestSteps, type SuggestInput, type SuggestProgress, type SuggestResult } from './suggest.js';
import type { GridLevel } from '../domain/grid.js';
import { computeIndicators, type IndicatorGeography, type IndicatorTable } from './indicators.js';
import type { IndicatorAreaCatalogue, IndicatorValue } from '../domain/indicators.js';
import { TargetsCache } from './results-cache.js';
import { dataAsOf, importedData, siteChanges, type BaseLayers, type DatedData } from './service-dates.js';
import { areaCatalogueOf, gridCellsOf, indicatorGeographyOf, reportAreas } from './service-areas.js';
import { collectResults, coverageCollection, levelResults, tileCollection } from './service-results.js';
import type { DrawnProps, GridUpdate } from './service-results.js';
import { editPlan, planResults, refusePlanIds } from './service-plan.js';

/** The service's data types live apart (service-types.ts) so that report.ts need not import the service. */
export type { ServiceInput, ServiceResults, SitesUpdate } from './service-types.js';
export { siteRowsOf } from './engine-input.js';

/** The analysis of one data set: its engine, its base sites and the plan's, as of a date; see the module comment. */
export class CoverageService {
  private engine: CoverageEngine | null = null;
  private input: ServiceInput | null = null;
  /** The base sites (sample or imported) and the plan's candidate sites placed on top of them. */
  private baseSites: Site[] = [];
  private readonly planSites = new Map<string, Site>();
  /** Speeds, cables and zones per area, kept between calls (see results-cache.ts). */
  private targets: TargetsCache | null = null;
  /** All base sites, speed tests and cables, before any date filter (see `setAsOf`). */
  private asOfDate: string | null = null;
  private all: DatedData | null = null;
  private geography: IndicatorGeography | null = null;
  /** Dates whose tile states the engine has seen with the sites in use (cleared when the sites change). */
  private readonly warmed = new Set<string>();

  /** Builds the engine and computes everything. `progress` is told each stage. */
  init(input: ServiceInput, progress: (stage: string) => void = () => {}): ServiceResults {
    const timings: Record<string, number> = {};
    const t = (name: string, f: () => void) => {
      const t0 = performance.now();
      f();
      timings[name] = performance.now() - t0;
    };
    this.input = input;
    progress('index');
    const { areas, population } = engineInputOf(input);
    t('indexMs', () => (this.engine = new CoverageEngine(areas, population)));
    this.targets = new TargetsCache(this.engine!);
    progress('sites');
    const checked = input.checkedSites ?? checkSites(input.siteRows, input.siteSource);
    this.baseSites = checked.sites;
    t('coverageMs', () => this.engine!.setSites(checked.sites));
    progress('targets');
    let results!: ServiceResults;
    t('targetsMs', () => (results = this.collect(checked.issues)));
    results.timings = { ...results.timings, ...timings };
    return results;
  }

  private collect(issues: DataIssue[]): ServiceResults {
    return collectResults(this.engine!, this.input!, this.targets!, issues);
  }

  /**
   * Adds, moves or removes sites of the plan (candidate sites) through the incremental engine, and returns
   * what changed. Ids must not be those of base sites.
   */
  applyPlan(upsert: readonly Site[], remove: readonly string[]): SitesUpdate {
    const e = this.requireEngine();
    const t0 = performance.now();
    this.warmed.clear();
    const changed = editPlan(e, this.planSites, this.baseSites, upsert, remove);
    const update = planResults(e, changed, upsert, this.input!.zones);
    // The whole update, engine and results, as the app waits for it.
    return { ...update, ms: performance.now() - t0 };
  }

  /**
   * Replaces the base sites (an import replacing the sample, or joining it) and recomputes everything; the
   * plan's sites stay on top. `layers` replaces the imported coverage polygons (they stand for the modelled
   * footprints of their operator and technology) and the cable segments, when given.
   */
  setBaseSites(sites: readonly Site[], issues: DataIssue[] = [], layers: BaseLayers = {}): ServiceResults {
    const e = this.requireEngine();
    this.warmed.clear();
    refusePlanIds(this.planSites, sites);
    this.all = importedData(this.undated(), sites, layers);
    if (layers.coverage) e.setImportedCoverage(layers.coverage, false);
    const t0 = performance.now();
    // The map may stand on a date: the new base is filtered to it like the old one was.
    this.applyDate(this.asOfDate);
    e.setSites([...this.baseSites, ...this.planSites.values()]);
    const results = this.collect(issues);
    results.timings = { coverageMs: performance.now() - t0 };
    return results;
  }

  /** All base sites, speed tests and cables before any date filter. */
  private undated(): DatedData {
    return this.all ?? { sites: this.baseSites, speedTests: this.input!.speedTests, cables: this.input!.cables };
  }

  /** Sets the base sites, speed tests and cables in use to those of `date` (all of them for null); the engine is not told. */
  private applyDate(date: string | null): void {
    const all = (this.all ??= this.undated());
    const { sites, speedTests, cables } = dataAsOf(all, date);
    this.baseSites = sites;
    this.input = { ...this.input!, speedTests, cables };
    this.asOfDate = date;
  }

  /**
   * The results with other base sites in place of those in use (the sample alone, or the imported sites alone,
   * for comparing two data sources), as of the date in use; the sites in use are put back afterwards. Steps
   * through the incremental engine like a change of date.
   */
  resultsWithSites(sites: readonly Site[]): ServiceResults {
    const all = this.undated();
    this.all = { ...all, sites: [...sites] };
    const r = this.setAsOf(this.asOfDate);
    this.all = all;
    this.moveTo(this.asOfDate);
    return r;
  }

  /** Every base site in use, whatever the date (the sites `setAsOf` filters). */
  get allSites(): readonly Site[] {
    return this.all?.sites ?? this.baseSites;
  }

  /**
   * The search for new 5G sites over the priority zones an operator fails (see suggest.ts), as steps a
   * driver can pause and stop; the plan's site ids are kept free.
   */
  suggest(
    input: Omit<SuggestInput, 'takenIds' | 'onProgress' | 'shouldCancel' | 'existingSites'>,
    onProgress: (p: SuggestProgress) => void,
  ): Generator<void, SuggestResult, boolean | undefined> {
    const takenIds = [...this.planSites.keys()];
    const existingSites = input.coLocation ? [...this.baseSites, ...this.planSites.values()] : [];
    return suggestSteps(this.requireEngine(), { ...input, existingSites, takenIds, onProgress });
  }

  /**
   * The figures as they stood on `date` (ISO `YYYY-MM-DD`; null for all the data): the base sites on air by
   * then (5G only once on air), the cables underground by then, the speed tests of the year before. Steps
   * through the incremental engine: only the sites that differ from the current date's are placed or taken
   * away, in one batch.
   */
  setAsOf(date: string | null): ServiceResults {
    const t0 = performance.now();
    const { engineMs, sitesChanged } = this.moveTo(date);
    const results = this.collect([]);
    results.timings = { asOfMs: performance.now() - t0, engineMs, sitesChanged };
    return results;
  }

  /** The engine and the inputs as of `date` (see `setAsOf`), without collecting the results. */
  private moveTo(date: string | null): { engineMs: number; sitesChanged: number } {
    const e = this.requireEngine();
    if (date !== null) this.warmed.add(date);
    const t0 = performance.now();
    const current = this.baseSites;
    this.applyDate(date);
    const { upsert, remove } = siteChanges(current, this.baseSites);
    e.applyBatch(upsert, remove);
    return { engineMs: performance.now() - t0, sitesChanged: upsert.length + remove.length };
  }

  /**
   * Visits each date and comes back to the date in use, one date per step, so that the engine keeps the tile
   * states of those dates (see union-states.ts) and a later step of the time control to one of them is a
   * revisit. Each step leaves the figures exactly as they were; a driver runs the steps in idle time.
   */
  *warmDates(dates: readonly string[]): Generator<string, void, undefined> {
    for (const date of dates) {
      const keep = this.asOfDate;
      if (date === keep || this.warmed.has(date)) continue;
      this.moveTo(date);
      this.moveTo(keep);
      yield date;
    }
  }

  /** The results as of another date; the date in use is put back afterwards (for comparing two dates). */
  resultsAt(date: string | null): ServiceResults {
    const keep = this.asOfDate;
    const r = this.setAsOf(date);
    this.moveTo(keep);
    return r;
  }

  /**
   * The annual report (see report.ts) as of `asOf` (default 30 November of `year`) against a year before, for
   * the areas of a layout, with the indicator targets from `indicatorValues` when given; the date in use
   * before is put back afterwards.
   */
  report(
    year: number,
    layout: '2025' | '2019',
    asOf: string = `${year}-11-30`,
    indicatorValues: readonly IndicatorValue[] = [],
  ): AnnualReport {
    const keep = this.asOfDate;
    const previousAsOf = yearBefore(asOf);
    const before = this.setAsOf(previousAsOf);
    const now = this.setAsOf(asOf);
    this.moveTo(keep);
    const areas = reportAreas(this.input!, layout);
    const indicators =
      indicatorValues.length > 0
        ? { now: this.indicators(indicatorValues, asOf), before: this.indicators(indicatorValues, previousAsOf) }
        : null;
    return buildReport(now, before, areas, { year, asOf, previousAsOf, layout }, indicators);
  }

  /** The codes and names of the areas of both layouts, for checking an indicator file. */
  areaCatalogue(): IndicatorAreaCatalogue {
    return areaCatalogueOf(this.input!);
  }

  /** The areas of the three levels with their residents, and the 2025 units' overlay on the 2019 wards (once). */
  indicatorGeography(): IndicatorGeography {
    return (this.geography ??= indicatorGeographyOf(this.requireEngine(), this.input!));
  }

  /** The area indicators' figures on every level, as of the date in use (see indicators.ts). */
  indicators(values: readonly IndicatorValue[], asOf: string | null = this.asOfDate): IndicatorTable {
    return computeIndicators(values, this.indicatorGeography(), asOf);
  }

  /** The base sites now in use. */
  get sites(): readonly Site[] {
    return this.baseSites;
  }

  /** Covered area inside the city per operator, for drawing (`[lng, lat]` MultiPolygons). */
  coverage(tech: Technology): FeatureCollection<MultiPolygon, { operator: OpSet; tech: Technology; sample: boolean }> {
    return coverageCollection(this.requireEngine(), tech, this.hasSampleSites());
  }

  /**
   * Adds a hexagon grid level (its H3 cells as Polygon features with a `code` property) to the analysis
   * and returns its results keyed `${level}|${id}`; a level added before is not added again. Cells with no
   * part in the city are counted in `outside`, not analysed.
   */
  addGrid(level: GridLevel, cells: FeatureCollection<Polygon>): GridUpdate {
    const e = this.requireEngine();
    const t0 = performance.now();
    const { outside } = e.addGridLevel(gridCellsOf(level, cells));
    this.targets!.forgetAreas();
    const areas = levelResults(e, [level]);
    return { areas, outside: outside.length, ms: performance.now() - t0 };
  }

  /** The covered part of the city (per tile), for maps that read geometry by bounding box. */
  coveredTiles(tech: Technology, op: OpSet): FeatureCollection<MultiPolygon, DrawnProps> {
    return tileCollection(this.requireEngine().coveredByTile(tech, op), tech, op, this.hasSampleSites());
  }

  /** The uncovered part of the city (per tile), for drawing the gaps of the whole map. */
  gaps(tech: Technology, op: OpSet): FeatureCollection<MultiPolygon, DrawnProps> {
    return tileCollection(this.requireEngine().uncoveredByTile(tech, op), tech, op, this.hasSampleSites());
  }

  /** The uncovered part of an area, for drawing and ranking gaps. */
  uncovered(level: Exclude<EngineLevel, 'city'>, id: string, tech: Technology, op: OpSet) {
    return this.requireEngine().uncovered(level, id, tech, op);
  }

  /** The areas of every level (not the city) holding a point `[lng, lat]`, degrees. */
  locate(lng: number, lat: number): { level: Exclude<EngineLevel, 'city'>; id: string }[] {
    return this.requireEngine().locate(lng, lat);
  }

  /** Whether any base site in use is a sample site (drawn collections say so). */
  private hasSampleSites(): boolean {
    return this.baseSites.some((s) => s.sample);
  }

  private requireEngine(): CoverageEngine {
    if (!this.engine) throw new Error('coverage service: init() has not run');
    return this.engine;
  }
}
