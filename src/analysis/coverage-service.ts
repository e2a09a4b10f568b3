/**
 * Everything the app asks of the analysis, as plain data in and plain data out (no DOM, no fetch): the
 * worker dispatcher calls it in a Web Worker, scripts and tests call it in Node.
 */
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import type { DataIssue } from '../domain/report.js';
import { OPERATORS, type CableSegmentProps, type CableStatus, type Site, type Technology } from '../domain/telecom.js';
import { cablesAsOf, sitesAsOf, speedTestsAsOf, yearBefore } from './as-of.js';
import { buildReport, type AnnualReport, type ReportArea } from './report.js';
import type { ZoneCategory, ZoneConfidence } from '../domain/zones.js';
import { CoverageEngine, type ImportedCoverage } from './engine/engine.js';
import { POPULATION_NOTE, type AreaResult, type EngineLevel, type OpSet } from './engine/types.js';
import type { ServiceInput, ServiceResults, SitesUpdate } from './service-types.js';
import { checkSites } from './site-check.js';
import { engineInputOf, SERVICE_LEVELS } from './engine-input.js';
import { suggestSteps, type SuggestInput, type SuggestProgress, type SuggestResult } from './suggest.js';
import { GRID_LAYER_ID, GRID_LEVELS, type GridLevel } from '../domain/grid.js';
import { computeIndicators, type IndicatorGeography, type IndicatorTable } from './indicators.js';
import type { IndicatorValue } from '../domain/indicators.js';
import type { IndicatorAreaCatalogue } from '../domain/indicators.js';
import { populationTarget, zoneTargets, type AreaKey, type SpeedFigure, type ZoneTarget } from './targets.js';
import { TargetsCache } from './results-cache.js';

/** The service's data types live apart (service-types.ts) so that report.ts need not import the service. */
export type { ServiceInput, ServiceResults, SitesUpdate } from './service-types.js';
export { siteRowsOf } from './engine-input.js';

type Poly = Polygon | MultiPolygon;

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
  private all: { sites: Site[]; speedTests: ServiceInput['speedTests']; cables: ServiceInput['cables'] } | null = null;
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
    const e = this.engine!;
    const input = this.input!;
    const targets = this.targets!;
    // The engine keeps each area's result until its figures change: untouched areas cost a lookup here.
    const areas: Record<string, AreaResult> = {};
    for (const [, level] of SERVICE_LEVELS) for (const r of e.results(level)) areas[`${level}|${r.id}`] = r;
    for (const level of GRID_LEVELS) for (const r of e.results(level)) areas[`${level}|${r.id}`] = r;
    const city = e.results('city')[0]!;
    const zones = this.zoneResults();
    const speeds = targets.speeds(input.speedTests.features);
    const cables = targets.cables(input.cables.features as Feature<LineString, { status: CableStatus }>[]);
    const zonesInArea = targets.zonesInArea(input.zones);
    return {
      areas,
      city,
      zones,
      population: populationTarget(city),
      speeds: speeds as Record<AreaKey, Record<Technology, SpeedFigure>>,
      cables,
      zonesInArea,
      issues,
      populationNote: POPULATION_NOTE,
      timings: {},
    };
  }

  /**
   * Adds, moves or removes sites of the plan (candidate sites) through the incremental engine, and returns
   * what changed. Ids must not be those of base sites.
   */
  applyPlan(upsert: readonly Site[], remove: readonly string[]): SitesUpdate {
    const e = this.requireEngine();
    const t0 = performance.now();
    this.warmed.clear();
    const changed = new Map<string, { level: EngineLevel; id: string }>();
    const note = (list: { level: EngineLevel; id: string }[]) =>
      list.forEach((c) => changed.set(`${c.level}|${c.id}`, c));
    for (const id of remove) {
      if (!this.planSites.delete(id)) continue;
      note(e.removeSite(id));
    }
    for (const site of upsert) {
      if (this.baseSites.some((b) => b.id === site.id))
        throw new Error(`plan site "${site.id}": the id is taken by a base site`);
      this.planSites.set(site.id, site);
      note(e.upsertSite(site));
    }
    const areas: Record<string, AreaResult> = {};
    for (const [key, c] of changed) {
      const r = c.level === 'city' ? null : e.result(c.level, c.id);
      if (r) areas[key] = r;
    }
    const city = e.results('city')[0]!;
    const footprints = Object.fromEntries(upsert.map((s) => [s.id, e.footprintsOf(s.id) ?? []]));
    const zones = this.zoneResults();
    // The whole update, engine and results, as the app waits for it.
    return { areas, city, zones, population: populationTarget(city), footprints, ms: performance.now() - t0 };
  }

  /**
   * Replaces the base sites (an import replacing the sample, or joining it) and recomputes everything; the
   * plan's sites stay on top. `layers` replaces the imported coverage polygons (they stand for the modelled
   * footprints of their operator and technology) and the cable segments, when given.
   */
  setBaseSites(
    sites: readonly Site[],
    issues: DataIssue[] = [],
    layers: {
      coverage?: readonly ImportedCoverage[];
      cables?: ServiceInput['cables'];
      speedTests?: ServiceInput['speedTests'];
    } = {},
  ): ServiceResults {
    const e = this.requireEngine();
    this.warmed.clear();
    const ids = new Set(sites.map((s) => s.id));
    const clash = [...this.planSites.keys()].find((id) => ids.has(id));
    if (clash) throw new Error(`imported site "${clash}": the id is taken by a site of the plan`);
    // The undated data: the new sites, and the layers given or else those in use before any date filter.
    const prior = this.undated();
    this.all = {
      sites: [...sites],
      speedTests: layers.speedTests ?? prior.speedTests,
      cables: layers.cables ?? prior.cables,
    };
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
  private undated(): NonNullable<CoverageService['all']> {
    return this.all ?? { sites: this.baseSites, speedTests: this.input!.speedTests, cables: this.input!.cables };
  }

  /** Sets the base sites, speed tests and cables in use to those of `date` (all of them for null); the engine is not told. */
  private applyDate(date: string | null): void {
    const all = (this.all ??= this.undated());
    this.baseSites = date === null ? all.sites : sitesAsOf(all.sites, date);
    this.input = {
      ...this.input!,
      speedTests:
        date === null
          ? all.speedTests
          : { type: 'FeatureCollection', features: speedTestsAsOf(all.speedTests.features, date) },
      cables:
        date === null
          ? all.cables
          : {
              type: 'FeatureCollection',
              features: cablesAsOf(all.cables.features as Feature<LineString, CableSegmentProps>[], date),
            },
    };
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
    input: Omit<SuggestInput, 'takenIds' | 'onProgress' | 'shouldCancel'>,
    onProgress: (p: SuggestProgress) => void,
  ): Generator<void, SuggestResult, boolean | undefined> {
    return suggestSteps(this.requireEngine(), { ...input, takenIds: [...this.planSites.keys()], onProgress });
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
    const current = new Map(this.baseSites.map((s) => [s.id, s]));
    this.applyDate(date);
    const key = (s: Site) => `${s.technologies.join(' ')}|${s.bands.join(' ')}`;
    const next = new Set(this.baseSites.map((s) => s.id));
    const upsert = this.baseSites.filter((s) => {
      const c = current.get(s.id);
      return c !== s && (!c || key(c) !== key(s));
    });
    const remove = [...current.keys()].filter((id) => !next.has(id));
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
    const levels =
      layout === '2025'
        ? ([['units', 'unit2025']] as const)
        : ([
            ['districts', 'district2019'],
            ['wards', 'ward2019'],
          ] as const);
    const areas: ReportArea[] = levels.flatMap(([key, level]) =>
      this.input![key].features.map((f) => ({
        level,
        id: String(f.properties?.code),
        name: String(f.properties?.fullName ?? f.properties?.name),
      })),
    );
    const indicators =
      indicatorValues.length > 0
        ? { now: this.indicators(indicatorValues, asOf), before: this.indicators(indicatorValues, previousAsOf) }
        : null;
    return buildReport(now, before, areas, { year, asOf, previousAsOf, layout }, indicators);
  }

  /** The codes and names of the areas of both layouts, for checking an indicator file. */
  areaCatalogue(): IndicatorAreaCatalogue {
    const input = this.input!;
    const names = (fc: FeatureCollection<Poly>) =>
      new Map(fc.features.map((f) => [String(f.properties?.code), String(f.properties?.name)]));
    return { unit2025: names(input.units), ward2019: names(input.wards), district2019: names(input.districts) };
  }

  /** The areas of the three levels with their residents, and the 2025 units' overlay on the 2019 wards (once). */
  indicatorGeography(): IndicatorGeography {
    if (this.geography) return this.geography;
    const input = this.input!;
    const e = this.requireEngine();
    // Residents as the engine counts them (census wards spread over the pieces), so weights and totals agree.
    const areas = (
      [
        ['units', 'unit2025'],
        ['districts', 'district2019'],
        ['wards', 'ward2019'],
      ] as const
    ).flatMap(([key, level]) =>
      input[key].features.map((f) => {
        const code = String(f.properties?.code);
        return {
          level,
          code,
          population: e.result(level, code)?.population ?? 0,
          districtCode: (f.properties?.districtCode as string | null | undefined) ?? null,
        };
      }),
    );
    const overlaps = this.requireEngine()
      .wardOverlaps('unit2025')
      .map((o) => ({ unit: o.area, ward: o.ward, m2: o.m2, residents: o.residents }));
    return (this.geography = { areas, overlaps });
  }

  /** The area indicators' figures on every level, as of the date in use (see indicators.ts). */
  indicators(values: readonly IndicatorValue[], asOf: string | null = this.asOfDate): IndicatorTable {
    return computeIndicators(values, this.indicatorGeography(), asOf);
  }

  /** The base sites now in use. */
  get sites(): readonly Site[] {
    return this.baseSites;
  }

  private zoneResults(): ZoneTarget[] {
    return zoneTargets(
      this.requireEngine().results('zone'),
      this.input!.zones.features.map((f) => ({
        id: String(f.properties?.id),
        name: String(f.properties?.name),
        category: f.properties?.category as ZoneCategory,
        confidence: f.properties?.confidence as ZoneConfidence,
      })),
    );
  }

  /** Covered area inside the city per operator, for drawing (`[lng, lat]` MultiPolygons). */
  coverage(tech: Technology): FeatureCollection<MultiPolygon, { operator: OpSet; tech: Technology; sample: boolean }> {
    const e = this.requireEngine();
    return {
      type: 'FeatureCollection',
      features: OPERATORS.map((operator) => ({
        type: 'Feature',
        geometry: e.coverage(tech, operator),
        properties: { operator, tech, sample: this.baseSites.some((s) => s.sample) },
      })),
    };
  }

  /**
   * Adds a hexagon grid level (its H3 cells as Polygon features with a `code` property) to the analysis
   * and returns its results keyed `${level}|${id}`; a level added before is not added again. Cells with no
   * part in the city are counted in `outside`, not analysed.
   */
  addGrid(
    level: GridLevel,
    cells: FeatureCollection<Polygon>,
  ): { areas: Record<string, AreaResult>; outside: number; ms: number } {
    const e = this.requireEngine();
    const t0 = performance.now();
    const { outside } = e.addGridLevel(
      cells.features.map((f, i) => {
        const code = f.properties?.code;
        if (typeof code !== 'string' || f.geometry?.type !== 'Polygon')
          throw new Error(
            `${GRID_LAYER_ID[level]}.fgb: feature ${i}: a grid cell needs a string "code" and a Polygon geometry`,
          );
        return { id: code, level, geometry: f.geometry };
      }),
    );
    this.targets!.forgetAreas();
    const areas: Record<string, AreaResult> = {};
    for (const r of e.results(level)) areas[`${level}|${r.id}`] = r;
    return { areas, outside: outside.length, ms: performance.now() - t0 };
  }

  /** The covered part of the city (per tile), for maps that read geometry by bounding box. */
  coveredTiles(
    tech: Technology,
    op: OpSet,
  ): FeatureCollection<MultiPolygon, { tech: Technology; op: OpSet; sample: boolean }> {
    return {
      type: 'FeatureCollection',
      features: this.requireEngine()
        .coveredByTile(tech, op)
        .map((geometry) => ({
          type: 'Feature',
          geometry,
          properties: { tech, op, sample: this.baseSites.some((s) => s.sample) },
        })),
    };
  }

  /** The uncovered part of the city (per tile), for drawing the gaps of the whole map. */
  gaps(tech: Technology, op: OpSet): FeatureCollection<MultiPolygon, { tech: Technology; op: OpSet; sample: boolean }> {
    return {
      type: 'FeatureCollection',
      features: this.requireEngine()
        .uncoveredByTile(tech, op)
        .map((geometry) => ({
          type: 'Feature',
          geometry,
          properties: { tech, op, sample: this.baseSites.some((s) => s.sample) },
        })),
    };
  }

  /** The uncovered part of an area, for drawing and ranking gaps. */
  uncovered(level: Exclude<EngineLevel, 'city'>, id: string, tech: Technology, op: OpSet) {
    return this.requireEngine().uncovered(level, id, tech, op);
  }

  private requireEngine(): CoverageEngine {
    if (!this.engine) throw new Error('coverage service: init() has not run');
    return this.engine;
  }
}
