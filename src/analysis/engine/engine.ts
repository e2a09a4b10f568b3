/**
 * The coverage engine: how much of each area is covered, by whom, for how many people, and where the gaps are. Pure
 * TypeScript on exact integer geometry in the equal-area plane; runs in Node and in a Worker.
 *
 * Method: the plane is cut into tiles; every area is pre-cut into pieces (area ∩ census ward ∩ tile). Per tile, the
 * footprints overlapping it are clipped to it and unioned per operator (and for any operator); each piece's covered
 * area is its intersection with that union. An area's figures are sums over its pieces in a fixed order, so an
 * incremental update (re-doing only the tiles a site touches, each union built from the same footprints in the same
 * order as a full recompute builds it) gives bit-for-bit the same numbers as a full recompute. One known exception: a
 * piece away from where its union changed keeps its covered area, and clipper2-ts 2.0.1 can measure such a piece
 * differently against the new union (on some inputs it gains or loses area, upstream clipper2-ts #29): on the app's
 * data, 2 of 36,000 pieces in 4 of the 16 quarters of 2023–2026, by 0.06 m² and 1.7 m².
 */
import type { CoverageLevel } from '../../domain/coverage-level.js';
import type { MultiPolygon, Position } from 'geojson';
import type { Site, Technology } from '../../domain/telecom.js';
import { COVERAGE_DEFAULTS, type CoverageParams } from '../coverage/model.js';
import { buildAreaIndex, type AreaIndex } from './area-index.js';
import { checkedIndex } from './stored-index.js';
import { addGridLevelTo } from './engine-grid-level.js';
import { lineLengthsInAreas } from './line-geometry.js';
import { exportGeometry, type EngineGeometryExport } from './geometry-export.js';
import { computeTile, type TileState } from './tile-compute.js';
import { FootprintOrder } from './footprint-order.js';
import { createGrid, tileBox, type TileGrid } from './tiles.js';
import { UnionStates } from './union-states.js';
import { changedAreas, type Touched } from './engine-link.js';
import { AreaSums } from './engine-sums.js';
import { emptyTiles, tileOwner } from './engine-locate.js';
import { SitePlacement, type ImportedCoverage } from './engine-sites.js';
import {
  cityCoverage,
  coveredByTile,
  footprintGeometries,
  type FootprintGeometry,
  uncoveredByTile,
  uncoveredOfArea,
  wardOverlapsOf,
  type EngineTiles,
  type WardOverlapRow,
} from './engine-geometry.js';
import {
  ENGINE_DEFAULTS,
  type AreaResult,
  type ChangedAreas,
  type EngineArea,
  type EngineLevel,
  type EngineOptions,
  type OpSet,
  type PopulationUnit,
} from './types.js';
import { combo, resultsFromSums, type AreaMeta, type EngineSums } from './results.js';
export { resultsFromSums, type AreaMeta, type ChangedAreas, type EngineSums, type ImportedCoverage };

export class CoverageEngine {
  readonly params: CoverageParams;
  private readonly grid: TileGrid;
  private readonly index: AreaIndex;
  private readonly tiles: Map<number, TileState>;
  /** The tiles and the index, as the geometric outputs read them (engine-geometry.ts). */
  private readonly view: EngineTiles;
  /** Covered m², residents and sites per area and combo, and the results built from them (engine-sums.ts). */
  private readonly areaSums: AreaSums;
  /** The placed sites and imported footprints (engine-sites.ts). */
  private readonly placed: SitePlacement;
  /** Index of each area by `${level}|${id}`, built on first use (and again after a grid level is added). */
  private areaLookup: Map<string, number> | null = null;
  /** The order footprints enter a union in (see footprint-order.ts), and the union states met before. */
  private readonly order = new FootprintOrder();
  private readonly states: UnionStates;
  /** Ids of the census wards (population units), by their index in the pieces. */
  private readonly wardIds: string[];

  /** `stored`: the index of these areas and wards built before (index-codec.ts), used instead of building it. */
  constructor(
    areas: readonly EngineArea[],
    population: readonly PopulationUnit[],
    params: Partial<CoverageParams> = {},
    options: Partial<EngineOptions> = {},
    stored: AreaIndex | null = null,
  ) {
    this.params = { ...COVERAGE_DEFAULTS, ...params };
    this.grid = createGrid(options.tileM ?? ENGINE_DEFAULTS.tileM);
    this.states = new UnionStates(options.unionStates ?? ENGINE_DEFAULTS.unionStates);
    this.index = stored ? checkedIndex(stored, areas) : buildAreaIndex(areas, population, this.grid);
    this.wardIds = population.map((u) => u.id);
    // Whether this engine computes a tile: all of them unless sharded across threads or limited to some.
    const owns = tileOwner(options.shard ?? null, options.only ?? null);
    this.tiles = emptyTiles(this.index, owns);
    this.view = { index: this.index, tiles: this.tiles };
    this.areaSums = new AreaSums(this.index);
    this.placed = new SitePlacement({
      grid: this.grid,
      index: this.index,
      tiles: this.tiles,
      params: this.params,
      order: this.order,
      sums: this.areaSums,
      owns,
      environment: options.environment ?? ENGINE_DEFAULTS.environment,
    });
  }

  /**
   * Uses imported coverage polygons (operators' own predictions) in place of the modelled footprints of
   * their operator and technology; an empty list goes back to the model. Recomputes everything.
   */
  setImportedCoverage(items: readonly ImportedCoverage[], recompute = true): void {
    this.placed.setImported(items);
    // With `recompute` false the caller runs `setSites` next (one full recompute instead of two).
    if (recompute) this.setSites([...this.placed.sites.values()].map((s) => s.site));
  }

  /**
   * Adds the cells of a hexagon grid level (`h3r8`, `h3r9`) as areas, clipped to the city, and computes
   * their figures from the current coverage; from then on they update with every change like any area.
   * Adding a level twice adds nothing. Returns how many cells were added and the ids of the cells left out
   * because no part of them lies in the city.
   */
  addGridLevel(cells: readonly EngineArea[]): { added: number; outside: string[] } {
    const { index, grid, tiles, states, placed, areaSums: sums } = this;
    const out = addGridLevelTo({ index, grid, tiles, states, placed, sums }, cells);
    // The lookup of areas by id is rebuilt on next use, with the new cells.
    this.areaLookup = null;
    return out;
  }

  /** Replaces all sites and recomputes everything. */
  setSites(sites: readonly Site[]): void {
    this.placed.sites.clear();
    for (const t of this.tiles.values()) {
      for (const set of t.partial) set.clear();
      t.fullCount.fill(0);
    }
    this.areaSums.clearSites();
    this.order.restart();
    for (const s of sites) this.placed.place(s, null);
    this.placed.link(this.placed.imported, null, 1);
    for (const t of this.tiles.values()) this.computeTile(t, null);
    for (let a = 0; a < this.index.areas.length; a++) this.areaSums.sumArea(this.tiles, a);
  }

  /**
   * Adds or moves a site; recomputes only the tiles and areas it can change. A site object placed again is the same
   * site (footprints kept). `levels`: only its footprints at these levels (a trial reading one; removed after).
   */
  upsertSite(site: Site, levels: readonly CoverageLevel[] | null = null): ChangedAreas {
    const touched: Touched = new Map();
    return this.recompute(touched, this.placed.place(site, touched, levels));
  }

  /**
   * Adds, moves and removes many sites at once: each tile they touch is recomputed once, however many of
   * them reach it (a step of the time slider adds a quarter's sites). The same results as one by one, except
   * that a site removed here keeps its place in the order of the sites (see footprint-order.ts).
   */
  applyBatch(upsert: readonly Site[], remove: readonly string[]): ChangedAreas {
    const touched: Touched = new Map();
    const oldAreas: number[] = [];
    for (const id of remove) {
      const old = this.placed.sites.get(id);
      if (!old) continue;
      oldAreas.push(...old.areas);
      this.placed.unplace(id, touched);
    }
    for (const site of upsert) oldAreas.push(...this.placed.place(site, touched));
    return this.recompute(touched, oldAreas);
  }

  /** Removes a site; recomputes only what it touched. Unknown ids change nothing. */
  removeSite(id: string): ChangedAreas {
    const old = this.placed.sites.get(id);
    if (!old) return [];
    const touched: Touched = new Map();
    this.placed.unplace(id, touched);
    this.order.forget(id);
    return this.recompute(touched, old.areas);
  }

  private recompute(touched: Touched, oldAreas: readonly number[]): ChangedAreas {
    const areas = changedAreas(this.tiles, touched, oldAreas, (t, combos) => this.computeTile(t, combos));
    for (const [a, mask] of areas) if (mask !== 0) this.areaSums.sumArea(this.tiles, a, mask);
    return [...areas.keys()].map((a) => ({ level: this.index.areas[a]!.level, id: this.index.areas[a]!.id }));
  }

  private computeTile(t: TileState, combos: readonly number[] | null): Uint32Array {
    return computeTile(t, combos, {
      box: tileBox(this.grid, t.key),
      sorted: (f) => this.order.sorted(f),
      states: this.states,
    });
  }

  /** The result of one area, or null for an unknown one (cheaper than `results(level)` for a few areas). */
  result(level: Exclude<EngineLevel, 'city'>, id: string): AreaResult | null {
    this.areaLookup ??= new Map(this.index.areas.map((a, i) => [`${a.level}|${a.id}`, i]));
    const a = this.areaLookup.get(`${level}|${id}`);
    return a === undefined ? null : this.areaSums.resultOf(a);
  }

  /**
   * Results for one level (the city: one result, the sum of the 2025 units). An area's result is the same
   * object until its figures change: read-only.
   */
  results(level: EngineLevel): AreaResult[] {
    if (level === 'city') return [this.areaSums.cityResult()];
    const out: AreaResult[] = [];
    this.index.areas.forEach((a, i) => {
      if (a.level === level) out.push(this.areaSums.resultOf(i));
    });
    return out;
  }

  /** Per area of a level and census ward: the area in common (m², summed over the pieces) and its residents. */
  wardOverlaps(level: Exclude<EngineLevel, 'city'>): WardOverlapRow[] {
    return wardOverlapsOf(this.index, this.wardIds, level);
  }

  /** Areas of the index (for a coordinator that adds up the sums of sharded engines, and for stored sums). */
  areaMeta(): AreaMeta[] {
    return this.index.areas.map((a) => ({ id: a.id, level: a.level, areaM2: a.areaM2, population: a.population }));
  }

  /** This engine's per-area sums (covered m², residents, sites) by area and combination. */
  sums(): EngineSums {
    return this.areaSums.snapshot();
  }

  /** The uncovered part of an area (`level`, `id`), with its area in km². */
  uncovered(
    level: Exclude<EngineLevel, 'city'>,
    id: string,
    tech: Technology,
    op: OpSet,
    coverageLevel: CoverageLevel = 'outdoor',
  ): { geometry: MultiPolygon; areaKm2: number } | null {
    const a = this.index.areas.findIndex((x) => x.level === level && x.id === id);
    if (a < 0) return null;
    return uncoveredOfArea(this.view, a, combo(tech, op, coverageLevel));
  }

  /** The uncovered part of the city (the 2025 units), one `[lng, lat]` MultiPolygon per tile (they meet at edges). */
  uncoveredByTile(tech: Technology, op: OpSet, level: CoverageLevel = 'outdoor'): MultiPolygon[] {
    return uncoveredByTile(this.view, combo(tech, op, level));
  }

  /** The covered part of the city, one `[lng, lat]` MultiPolygon per tile (for maps that read by bounding box). */
  coveredByTile(tech: Technology, op: OpSet, level: CoverageLevel = 'outdoor'): MultiPolygon[] {
    return coveredByTile(this.view, combo(tech, op, level));
  }

  /** Covered area inside the 2025 units (the city), as one MultiPolygon, for drawing. */
  coverage(tech: Technology, op: OpSet, level: CoverageLevel = 'outdoor'): MultiPolygon {
    return cityCoverage(this.view, combo(tech, op, level));
  }

  /** The areas (all levels) containing a `[lng, lat]` point. */
  locate(lng: number, lat: number): { level: Exclude<EngineLevel, 'city'>; id: string }[] {
    return this.placed
      .areasAt({ lng, lat })
      .map((a) => ({ level: this.index.areas[a]!.level, id: this.index.areas[a]!.id }));
  }

  /** Length, metres, of a line (`[lng, lat]` positions) inside each area it crosses (not the grid cells). */
  lineLengthByArea(
    coords: readonly Position[],
  ): { level: Exclude<EngineLevel, 'city'>; id: string; lengthM: number }[] {
    return lineLengthsInAreas(this.index.areas, coords);
  }

  /** The exact polygons the engine works on, in plane metres, for independent checks. */
  exportGeometry(): EngineGeometryExport {
    return exportGeometry(
      this.index.areas,
      [...this.placed.sites.values()].flatMap((s) => s.footprints),
    );
  }

  /** A placed site's modelled footprints (`[lng, lat]` polygons, one per technology), or null for an unknown id. */
  footprintsOf(id: string): FootprintGeometry[] | null {
    const entry = this.placed.sites.get(id);
    if (!entry) return null;
    return footprintGeometries(entry.footprints);
  }

  /** The area index (read-only), for storing it (index-codec.ts). */
  get areaIndex(): Readonly<AreaIndex> {
    return this.index;
  }

  /** The placed sites' reach, to measure a change confined to the tiles some sites reach (stored-delta.ts). */
  get reach(): Pick<SitePlacement, 'maxReachM' | 'tilesReached' | 'standingNear'> {
    return this.placed;
  }

  /** Number of sites placed. */
  get siteCount(): number {
    return this.placed.sites.size;
  }
}
