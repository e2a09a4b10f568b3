/**
 * Everything the app asks of the analysis, as plain data in and out (no DOM, no fetch), in a Web Worker or in Node.
 * The service keeps the state (the engine, the data's and the plan's sites, the date in use); see service-results.ts,
 * service-plan.ts, service-dates.ts and service-areas.ts for results, plan edits, dated data and areas.
 */
import { ServiceDrawing } from './service-drawing.js';
import type { FeatureCollection, Polygon } from 'geojson';
import type { DataIssue } from '../domain/report.js';
import type { Site } from '../domain/telecom.js';
import type { CoverageEngine } from './engine/engine.js';
import type { EngineLevel } from './engine/types.js';
import type { ServiceInput, ServiceResults, SitesUpdate } from './service-types.js';
import { checkSites } from './site-check.js';
import { ServiceModel, type ParamOverrides } from './service-params.js';
import { suggestSteps, type SuggestInput, type SuggestProgress, type SuggestResult } from './suggest.js';
import type { GridLevel } from '../domain/grid.js';
import { computeIndicators, type IndicatorGeography, type IndicatorTable } from './indicators.js';
import type { IndicatorAreaCatalogue, IndicatorValue } from '../domain/indicators.js';
import { TargetsCache } from './results-cache.js';
import { dataAsOf, farFrom, importedData, siteChanges } from './service-dates.js';
import type { BaseLayers, DatedData } from './service-dates.js';
import { areaCatalogueOf, gridCellsOf, indicatorGeographyOf, reportAreas } from './service-areas.js';
import { collectResults, levelResults } from './service-results.js';
import type { GridUpdate } from './service-results.js';
import { editPlan, planResults, refusePlanIds } from './service-plan.js';
import type { AreaIndex } from './engine/area-index.js';
import { StoredDates, storedResults } from './service-stored.js';

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
  /** Dates whose tile states the engine has seen with the sites in use (a new set when the sites change). */
  private warmed = new Set<string>();
  /** The base sites the engine holds: behind `baseSites` after a date answered from stored figures. */
  private engineSites: readonly Site[] = [];
  /** The figures the data build stored for the shipped sites (see service-stored.ts). */
  private stored: StoredDates | null = null;
  /** The model's parameters in use and what the engine is built again from when they change (see `setParams`). */
  readonly model = new ServiceModel();

  /** Builds the engine (on `storedIndex`, the data build's index of these areas, if given), computes everything. */
  init(
    input: ServiceInput,
    progress: (stage: string) => void = () => {},
    storedIndex: AreaIndex | null = null,
  ): ServiceResults {
    this.input = input;
    progress('index');
    const t0 = performance.now();
    const e = (this.engine = this.model.engine(input, storedIndex));
    this.targets = new TargetsCache(e);
    progress('sites');
    const t1 = performance.now();
    const checked = input.checkedSites ?? checkSites(input.siteRows, input.siteSource);
    this.baseSites = this.engineSites = checked.sites;
    this.stored = new StoredDates(() => this.engine!, checked.sites);
    e.setSites(checked.sites);
    progress('targets');
    const t2 = performance.now();
    const results = this.collect(checked.issues);
    results.timings = { indexMs: t1 - t0, coverageMs: t2 - t1, targetsMs: performance.now() - t2 };
    return results;
  }

  private collect(issues: DataIssue[]): ServiceResults {
    return collectResults(this.engine!, this.input!, this.targets!, issues);
  }

  /**
   * Adds, moves or removes candidate sites of the plan (not base site ids) incrementally; returns what changed.
   * `drag`: the id of a site being dragged: its moves are previews until a call without it (see editPlan).
   */
  applyPlan(upsert: readonly Site[], remove: readonly string[], drag: string | null = null): SitesUpdate {
    const e = this.requireEngine();
    const t0 = performance.now();
    this.warmed = new Set();
    const changed = editPlan(e, this.planSites, this.baseSites, upsert, remove, drag);
    return { ...planResults(e, changed, upsert, this.input!.zones), ms: performance.now() - t0 };
  }

  /**
   * Replaces the base sites (an import) and recomputes everything, the plan's sites on top; `layers` replaces the
   * imported coverage polygons (standing for their operator's and technology's footprints) and cables, when given.
   */
  setBaseSites(sites: readonly Site[], issues: DataIssue[] = [], layers: BaseLayers = {}): ServiceResults {
    // Every site is placed again below: an engine behind the date in use need not catch up first.
    const e = this.engine ?? this.requireEngine();
    this.warmed = new Set();
    refusePlanIds(this.planSites, sites);
    this.all = importedData(this.undated(), sites, layers);
    if (layers.coverage) e.setImportedCoverage(this.model.imported(layers.coverage), false);
    const t0 = performance.now();
    // The map may stand on a date: the new base is filtered to it like the old one was.
    this.applyDate(this.asOfDate);
    e.setSites([...this.baseSites, ...this.planSites.values()]);
    this.engineSites = this.baseSites;
    const results = this.collect(issues);
    results.timings = { coverageMs: performance.now() - t0 };
    return results;
  }

  /** Puts the model's parameters in use (`{}`: the defaults) and recomputes everything; see service-params.ts. */
  setParams(overrides: ParamOverrides): ServiceResults {
    const t0 = performance.now();
    const e = (this.engine = this.model.rebuild(overrides, [...this.baseSites, ...this.planSites.values()]));
    [this.engineSites, this.targets] = [this.baseSites, new TargetsCache(e)];
    this.warmed = new Set();
    return { ...this.collect([]), timings: { coverageMs: performance.now() - t0 } };
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
   * The results with other base sites in place of those in use (to compare two data sources), as of the date in
   * use, stepping the engine like a change of date; the sites in use are put back afterwards.
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
    return this.undated().sites;
  }

  /** The search for new 5G sites in the zones an operator fails (suggest.ts), as steps; plan ids stay free. */
  suggest(
    input: Omit<SuggestInput, 'takenIds' | 'onProgress' | 'shouldCancel' | 'existingSites'>,
    onProgress: (p: SuggestProgress) => void,
  ): Generator<void, SuggestResult, boolean | undefined> {
    const takenIds = [...this.planSites.keys()];
    const existingSites = input.coLocation ? [...this.baseSites, ...this.planSites.values()] : [];
    return suggestSteps(this.requireEngine(), { ...input, existingSites, takenIds, onProgress });
  }

  /**
   * The figures as they stood on `date` (ISO `YYYY-MM-DD`; null: all the data; see service-dates.ts): from the stored
   * figures when they apply, else stepping the incremental engine by the sites that differ, in one batch.
   */
  setAsOf(date: string | null): ServiceResults {
    const t0 = performance.now();
    const snap = this.stored?.usable(date, this.undated().sites, this.planSites.size) ?? null;
    if (snap) {
      // The engine follows when next asked (requireEngine): the figures are the stored ones, the same numbers.
      this.applyDate(date);
      const results = storedResults(this.engine!, snap, this.input!, this.targets!);
      results.timings = { asOfMs: performance.now() - t0, stored: 1 };
      return results;
    }
    const { engineMs, sitesChanged } = this.moveTo(date);
    const results = this.collect([]);
    results.timings = { asOfMs: performance.now() - t0, engineMs, sitesChanged };
    return results;
  }

  /** The engine and the inputs as of `date` (see `setAsOf`), without collecting the results. */
  private moveTo(date: string | null): { engineMs: number; sitesChanged: number } {
    if (date !== null) this.warmed.add(date);
    const t0 = performance.now();
    this.applyDate(date);
    const sitesChanged = this.catchUp();
    return { engineMs: performance.now() - t0, sitesChanged };
  }

  /** Places and takes away the sites that the engine lacks or has too many of; returns how many. */
  private catchUp(): number {
    if (this.engineSites === this.baseSites) return 0;
    const { upsert, remove } = siteChanges(this.engineSites, this.baseSites);
    this.engine!.applyBatch(upsert, remove);
    this.engineSites = this.baseSites;
    return upsert.length + remove.length;
  }

  /** The data build's stored figures by date (service-stored.ts), which `setAsOf` answers from; null before `init`. */
  get storedDates(): StoredDates | null {
    return this.stored;
  }

  /**
   * Visits each date and comes back, one per idle step, so the engine keeps their tile states (union-states.ts); dates
   * too far from the sites in use are left (WARM_MAX_CHANGES); new sites (plan, import, parameters) end the visits.
   */
  *warmDates(dates: readonly string[]): Generator<string, void, undefined> {
    const warmed = this.warmed;
    for (const date of dates) {
      if (this.warmed !== warmed) return;
      const keep = this.asOfDate;
      const stored = this.stored?.usable(date, this.undated().sites, this.planSites.size);
      if (date === keep || this.warmed.has(date) || stored || farFrom(this.baseSites, this.undated(), date)) continue;
      this.moveTo(date);
      this.moveTo(keep);
      yield date;
    }
  }

  /** The results as of another date; the date in use is put back afterwards (for comparing two dates). */
  resultsAt(date: string | null): ServiceResults {
    return this.resultsAtDates([date])[0]!;
  }

  /** The results as of each of `dates` in turn; the date in use is put back afterwards (service-report.ts). */
  resultsAtDates(dates: readonly (string | null)[]): ServiceResults[] {
    const keep = this.asOfDate;
    const out = dates.map((d) => this.setAsOf(d));
    this.moveTo(keep);
    return out;
  }

  /** The areas of a layout with their names, for the annual report. */
  reportAreas(layout: '2025' | '2019'): ReturnType<typeof reportAreas> {
    return reportAreas(this.input!, layout);
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

  /** Covered and uncovered geometry to draw (see service-drawing.ts). */
  readonly drawn = new ServiceDrawing(
    () => this.requireEngine(),
    () => this.baseSites.some((s) => s.sample),
  );

  /**
   * Adds a hexagon grid level (H3 cells, Polygons with a `code`) once; returns its results keyed `${level}|${id}`
   * and how many cells lie `outside` the city (not analysed).
   */
  addGrid(level: GridLevel, cells: FeatureCollection<Polygon>): GridUpdate {
    const e = this.requireEngine();
    const t0 = performance.now();
    const { outside } = e.addGridLevel(gridCellsOf(level, cells));
    this.stored?.gridAdded();
    this.targets!.forgetAreas();
    const areas = levelResults(e, [level]);
    return { areas, outside: outside.length, ms: performance.now() - t0 };
  }

  /** The uncovered part of an area, for drawing and ranking gaps. */
  uncovered(...args: Parameters<CoverageEngine['uncovered']>): ReturnType<CoverageEngine['uncovered']> {
    return this.requireEngine().uncovered(...args);
  }

  /** The areas of every level (not the city) holding a point `[lng, lat]`, degrees. */
  locate(lng: number, lat: number): { level: Exclude<EngineLevel, 'city'>; id: string }[] {
    return this.requireEngine().locate(lng, lat);
  }

  /** The engine, at the date in use (a date answered from stored figures left it behind); read, don't change it. */
  requireEngine(): CoverageEngine {
    if (!this.engine) throw new Error('coverage service: init() has not run');
    this.catchUp();
    return this.engine;
  }
}
