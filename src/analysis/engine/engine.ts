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
import type { Site } from '../../domain/telecom.js';
import { COVERAGE_DEFAULTS, type CoverageParams } from '../coverage/model.js';
import { buildAreaIndex, type AreaIndex } from './area-index.js';
import { checkedIndex } from './stored-index.js';
import { addGridLevelTo } from './engine-grid-level.js';
import { computeTile, keptCut, type TileState } from './tile-compute.js';
import type { Footprint } from './footprints.js';
import { FootprintOrder } from './footprint-order.js';
import { createGrid, tileBox, tilesOfBox, type TileGrid } from './tiles.js';
import { UnionStates } from './union-states.js';
import { changedAreas, type Touched } from './engine-link.js';
import { AreaSums } from './engine-sums.js';
import { emptyTiles, tileOwner } from './engine-locate.js';
import { SitePlacement, type ImportedCoverage } from './engine-sites.js';
import { EngineReader } from './engine-reader.js';
import { DragPreview } from './drag-preview.js';
import type { PlaneBox } from '../planar.js';
import {
  ENGINE_DEFAULTS,
  type ChangedAreas,
  type EngineArea,
  type EngineOptions,
  type PopulationUnit,
} from './types.js';
import { combo, resultsFromSums, type AreaMeta, type EngineSums } from './results.js';
export { resultsFromSums, type AreaMeta, type ChangedAreas, type EngineSums, type ImportedCoverage };

export class CoverageEngine extends EngineReader {
  readonly params: CoverageParams;
  private readonly grid: TileGrid;
  private readonly tiles: Map<number, TileState>;
  /** The order footprints enter a union in (see footprint-order.ts), and the union states met before. */
  private readonly order = new FootprintOrder();
  private readonly states: UnionStates;
  /** The site being dragged, whose tiles hold preview unions until the drag is settled (drag-preview.ts). */
  private drag: DragPreview | null = null;

  /** `stored`: the index of these areas and wards built before (index-codec.ts), used instead of building it. */
  constructor(
    areas: readonly EngineArea[],
    population: readonly PopulationUnit[],
    params: Partial<CoverageParams> = {},
    options: Partial<EngineOptions> = {},
    stored: AreaIndex | null = null,
  ) {
    super();
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
    this.settle();
    const { index, grid, tiles, states, placed, areaSums: sums } = this;
    const out = addGridLevelTo({ index, grid, tiles, states, placed, sums }, cells);
    // The lookup of areas by id is rebuilt on next use, with the new cells.
    this.areaLookup = null;
    return out;
  }

  /** Replaces all sites and recomputes everything. */
  setSites(sites: readonly Site[]): void {
    this.drag = null;
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
    const settled = this.settle();
    const touched: Touched = new Map();
    return this.recompute(touched, [...settled, ...this.placed.place(site, touched, levels)]);
  }

  /**
   * One step of a drag of `site`: as `upsertSite`, with the unions of its tiles built from the other footprints'
   * union kept for the drag (drag-preview.ts). The figures can differ from a full recompute's in the last digits
   * until `settleDrag` (which any other change runs first) rebuilds the tiles the drag went through.
   */
  dragSite(site: Site): ChangedAreas {
    const settled = this.drag?.siteId === site.id ? [] : this.settle();
    this.drag ??= new DragPreview(site.id);
    const touched: Touched = new Map();
    const areas = this.placed.place(site, touched);
    this.drag.footprints = this.placed.sites.get(site.id)!.footprints;
    return this.recompute(touched, [...settled, ...areas]);
  }

  /**
   * Opens a drag of the placed site `id` before its first step: the other footprints' unions of the tiles it
   * reaches now are built, so that the first step only adds its footprints. Changes no figure.
   */
  prepareDrag(id: string): ChangedAreas {
    const settled = this.drag?.siteId === id ? [] : this.settle();
    const entry = this.placed.sites.get(id);
    if (entry) {
      this.drag ??= new DragPreview(id);
      this.drag.footprints = entry.footprints;
      for (const f of entry.footprints)
        for (const k of tilesOfBox(this.grid, f.box)) {
          const t = this.tiles.get(k);
          if (t) this.drag.prepare(t, combo(f.tech, f.operator, f.level), { ...this.tileInputs(k), cut: keptCut });
        }
    }
    return this.changedList(settled);
  }

  /** Ends a drag: the tiles it went through are rebuilt in rank order and measured again. Returns the areas changed. */
  settleDrag(): ChangedAreas {
    return this.changedList(this.settle());
  }

  /** `settleDrag`, returning the indices of the areas changed. */
  private settle(): number[] {
    const drag = this.drag;
    if (!drag) return [];
    this.drag = null;
    const touched: Touched = new Map();
    for (const [k, combos] of drag.dirty) touched.set(k, { combos, box: tileBox(this.grid, k) });
    return this.recomputed(touched, [], true);
  }

  /**
   * Adds, moves and removes many sites at once: each tile they touch is recomputed once, however many of
   * them reach it (a step of the time slider adds a quarter's sites). The same results as one by one, except
   * that a site removed here keeps its place in the order of the sites (see footprint-order.ts).
   */
  applyBatch(upsert: readonly Site[], remove: readonly string[]): ChangedAreas {
    const oldAreas = this.settle();
    const touched: Touched = new Map();
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
    const settled = this.settle();
    const old = this.placed.sites.get(id);
    if (!old) return this.changedList(settled);
    const touched: Touched = new Map();
    this.placed.unplace(id, touched);
    this.order.forget(id);
    return this.recompute(touched, [...settled, ...old.areas]);
  }

  private recompute(touched: Touched, oldAreas: readonly number[]): ChangedAreas {
    return this.changedList(this.recomputed(touched, oldAreas, false));
  }

  /** Recomputes the touched tiles, sums their changed areas again and returns those areas' indices. */
  private recomputed(touched: Touched, oldAreas: readonly number[], remeasure: boolean): number[] {
    const compute = (t: TileState, combos: readonly number[]) => this.computeTile(t, combos, remeasure);
    const areas = changedAreas(this.tiles, touched, oldAreas, compute);
    for (const [a, mask] of areas) if (mask !== 0) this.areaSums.sumArea(this.tiles, a, mask);
    return [...areas.keys()];
  }

  private changedList(areas: readonly number[]): ChangedAreas {
    return [...new Set(areas)].map((a) => ({ level: this.index.areas[a]!.level, id: this.index.areas[a]!.id }));
  }

  /** Tile `key`'s box and the order its footprints enter a union in: what every union of it is built from. */
  private tileInputs(key: number): { box: PlaneBox; sorted: (f: Set<Footprint>) => Footprint[] } {
    return { box: tileBox(this.grid, key), sorted: (f) => this.order.sorted(f) };
  }

  private readonly levelOf = (area: number) => this.index.areas[area]!.level;

  private computeTile(t: TileState, combos: readonly number[] | null, remeasure = false): Uint32Array {
    return computeTile(t, combos, {
      ...this.tileInputs(t.key),
      states: this.states,
      preview: this.drag,
      remeasure,
      levelOf: this.levelOf,
    });
  }
}
