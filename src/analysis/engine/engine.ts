/**
 * The coverage engine: how much of each area is covered, by whom, for how many people, and where the
 * gaps are. Pure TypeScript on exact integer geometry in the equal-area plane; runs in Node and in a Worker.
 *
 * Method: the plane is cut into tiles; every area is pre-cut into pieces (area ∩ census ward ∩ tile). Per
 * tile, the footprints overlapping it are clipped to it and unioned per operator (and for any operator); each
 * piece's covered area is its intersection with that union. An area's figures are sums over its pieces in a
 * fixed order, so an incremental update (re-doing only the tiles a site touches, each union built from the
 * same footprints in the same order as a full recompute builds it) gives bit-for-bit the same numbers as a
 * full recompute. One known exception: a piece away from where its union changed keeps its covered area,
 * and clipper2-ts 2.0.1 can measure such a piece differently against the new union (on some inputs it gains
 * or loses area, upstream clipper2-ts #29): on the app's data, 2 of 36,000 pieces in 4 of the 16 quarters of
 * 2023–2026, by 0.06 m² and 1.7 m².
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { Clipper, FillRule, type Paths64 } from 'clipper2-ts';
import type { Operator, Site, Technology } from '../../domain/telecom.js';
import { COVERAGE_DEFAULTS, type CoverageParams } from '../coverage/model.js';
import { environmentOf } from '../coverage/environment.js';
import { PLANE_UNITS_PER_M, boxesOverlap, shapeOf, shapeToMultiPolygon, type PlaneBox } from '../planar.js';
import { HANOI_LAEA } from '../projection.js';
import { buildAreaIndex, type AreaIndex } from './area-index.js';
import { addGridCells } from './grid-index.js';
import { isGridLevel } from '../../domain/grid.js';
import { lineLengthsInAreas } from './line-geometry.js';
import { exportGeometry, type EngineGeometryExport } from './geometry-export.js';
import {
  coversBox,
  footprintPaths,
  importedFootprint,
  reachesBox,
  siteFootprints,
  type Footprint,
} from './footprints.js';
import { coveredM2, pieceContains, uncoveredPaths } from './tile-union.js';
import { computeTile, type TileState } from './tile-compute.js';
import { FootprintOrder } from './footprint-order.js';
import { createGrid, tileBox, tileKey, tileOf, tilesOfBox, type TileGrid } from './tiles.js';
import { UnionStates } from './union-states.js';
import {
  ENGINE_DEFAULTS,
  type AreaResult,
  type EngineArea,
  type EngineLevel,
  type EngineOptions,
  type OpSet,
  type PopulationUnit,
} from './types.js';
import { N_COMBOS, N_OPS, build, combo, resultsFromSums, type AreaMeta, type EngineSums } from './results.js';
export { resultsFromSums, type AreaMeta, type EngineSums };
export type { EngineGeometryExport };

/** Every combination, as a bit mask (bit c for combination c). */
const ALL_COMBOS = (1 << N_COMBOS) - 1;

/** Tiles and combinations a change touched, with the box (plane units) of the footprints it added or removed there. */
type Touched = Map<number, { combos: Set<number>; box: PlaneBox }>;

const mark = (touched: Touched | null, key: number, c: number, box: PlaneBox) => {
  if (!touched) return;
  const t = touched.get(key);
  if (!t) {
    touched.set(key, { combos: new Set([c]), box: [...box] });
    return;
  }
  t.combos.add(c);
  t.box = [
    Math.min(t.box[0], box[0]),
    Math.min(t.box[1], box[1]),
    Math.max(t.box[2], box[2]),
    Math.max(t.box[3], box[3]),
  ];
};

/** An imported coverage polygon of one operator and technology (`[lng, lat]` degrees). */
export type ImportedCoverage = { operator: Operator; tech: Technology; geometry: Polygon | MultiPolygon };

/** Areas touched by a change, by level and id. */
export type ChangedAreas = { level: EngineLevel; id: string }[];

export class CoverageEngine {
  readonly params: CoverageParams;
  private readonly grid: TileGrid;
  private readonly index: AreaIndex;
  private readonly tiles = new Map<number, TileState>();
  private readonly sites = new Map<string, { site: Site; footprints: Footprint[]; areas: number[] }>();
  /** Covered m² and residents per area and combo. */
  private areaCovered: Float64Array;
  private areaPop: Float64Array;
  private siteCounts: Int32Array;
  private readonly cityCounts = new Int32Array(N_COMBOS);
  /**
   * Each area's result as last built, by area index (undefined once its sums or site counts change), and the
   * city's: a step of the time slider rebuilds only what it changed. Callers share these objects: read-only.
   */
  private built: (AreaResult | undefined)[] = [];
  private builtCity: AreaResult | null = null;
  /** Index of each area by `${level}|${id}`, built on first use (and again after a grid level is added). */
  private areaLookup: Map<string, number> | null = null;
  private imported: Footprint[] = [];
  /** The order footprints enter a union in (see footprint-order.ts), and the union states met before. */
  private readonly order = new FootprintOrder();
  private readonly states: UnionStates;
  /** A site object's footprints and areas as placed before (the time slider places the same objects again). */
  private made = new WeakMap<Site, { footprints: Footprint[]; areas: number[] }>();
  /** Whether this engine computes a tile (all of them unless sharded across threads). */
  private readonly owns: (key: number) => boolean;
  /** Ids of the census wards (population units), by their index in the pieces. */
  private readonly wardIds: string[];

  constructor(
    areas: readonly EngineArea[],
    population: readonly PopulationUnit[],
    params: Partial<CoverageParams> = {},
    options: Partial<EngineOptions> = {},
  ) {
    this.params = { ...COVERAGE_DEFAULTS, ...params };
    this.grid = createGrid(options.tileM ?? ENGINE_DEFAULTS.tileM);
    this.states = new UnionStates(options.unionStates ?? ENGINE_DEFAULTS.unionStates);
    this.index = buildAreaIndex(areas, population, this.grid);
    this.wardIds = population.map((u) => u.id);
    const shard = options.shard ?? null;
    this.owns =
      shard === null
        ? () => true
        : (key) => {
            const [i, j] = tileOf(key);
            return (((i + j) % shard.count) + shard.count) % shard.count === shard.index;
          };
    for (const [key, pieces] of this.index.tiles) {
      if (!this.owns(key)) continue;
      this.tiles.set(key, {
        key,
        pieces,
        partial: Array.from({ length: N_COMBOS }, () => new Set<Footprint>()),
        fullCount: new Int32Array(N_COMBOS),
        unions: new Array(N_COMBOS).fill(null),
        covered: new Float64Array(pieces.length * N_COMBOS),
      });
    }
    const n = this.index.areas.length * N_COMBOS;
    this.areaCovered = new Float64Array(n);
    this.areaPop = new Float64Array(n);
    this.siteCounts = new Int32Array(n);
  }

  /**
   * Uses imported coverage polygons (operators' own predictions) in place of the modelled footprints of
   * their operator and technology; an empty list goes back to the model. Recomputes everything.
   */
  setImportedCoverage(items: readonly ImportedCoverage[], recompute = true): void {
    this.imported = items.flatMap((c, i) => importedFootprint(`import-${i}`, c.operator, c.tech, c.geometry) ?? []);
    this.order.placeImported(this.imported);
    this.made = new WeakMap();
    // With `recompute` false the caller runs `setSites` next (one full recompute instead of two).
    if (recompute) this.setSites([...this.sites.values()].map((s) => s.site));
  }

  /**
   * Adds the cells of a hexagon grid level (`h3r8`, `h3r9`) as areas, clipped to the city, and computes
   * their figures from the current coverage; from then on they update with every change like any area.
   * Adding a level twice adds nothing. Returns how many cells were added and the ids of the cells left out
   * because no part of them lies in the city.
   */
  addGridLevel(cells: readonly EngineArea[]): { added: number; outside: string[] } {
    const level = cells[0]?.level;
    if (level === undefined || this.index.areas.some((a) => a.level === level)) return { added: 0, outside: [] };
    const bad = cells.find((c) => c.level !== level || !isGridLevel(c.level));
    if (bad)
      throw new Error(
        `grid cell ${bad.id}: level "${bad.level}" — every cell of one call must be of the same grid level (h3r8 or h3r9)`,
      );
    const { added, outside } = addGridCells(this.index, this.grid, cells);
    this.areaLookup = null;
    this.states.clear();
    this.made = new WeakMap();
    const grow = <T extends Float64Array | Int32Array>(old: T, make: (n: number) => T): T => {
      const next = make(this.index.areas.length * N_COMBOS);
      next.set(old);
      return next;
    };
    this.areaCovered = grow(this.areaCovered, (n) => new Float64Array(n));
    this.areaPop = grow(this.areaPop, (n) => new Float64Array(n));
    this.siteCounts = grow(this.siteCounts, (n) => new Int32Array(n));
    for (const t of this.tiles.values()) {
      const before = t.covered.length / N_COMBOS;
      if (t.pieces.length === before) continue;
      const covered = new Float64Array(t.pieces.length * N_COMBOS);
      covered.set(t.covered);
      t.covered = covered;
      for (let c = 0; c < N_COMBOS; c++)
        for (let i = before; i < t.pieces.length; i++)
          covered[i * N_COMBOS + c] = coveredM2(t.pieces[i]!, t.unions[c] ?? null);
    }
    const fresh = new Set(added);
    for (const entry of this.sites.values()) {
      const inGrid = this.areasAt(entry.site).filter((a) => fresh.has(a));
      if (inGrid.length === 0) continue;
      entry.areas = [...entry.areas, ...inGrid];
      this.countSite(entry.site, inGrid, 1);
    }
    for (const a of added) this.sumArea(a);
    return { added: added.length, outside };
  }

  /** Replaces all sites and recomputes everything. */
  setSites(sites: readonly Site[]): void {
    this.sites.clear();
    for (const t of this.tiles.values()) {
      for (const set of t.partial) set.clear();
      t.fullCount.fill(0);
    }
    this.siteCounts.fill(0);
    this.cityCounts.fill(0);
    this.built = [];
    this.builtCity = null;
    this.order.restart();
    for (const s of sites) this.place(s, null);
    this.link(this.imported, null, 1);
    for (const t of this.tiles.values()) this.computeTile(t, null);
    for (let a = 0; a < this.index.areas.length; a++) this.sumArea(a);
  }

  /**
   * Adds or moves a site; recomputes only the tiles and areas whose coverage it can change. Sites are read,
   * never changed: a site object placed again is taken to be the same site (its footprints are kept).
   */
  upsertSite(site: Site): ChangedAreas {
    const touched: Touched = new Map();
    return this.recompute(touched, this.place(site, touched));
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
      const old = this.sites.get(id);
      if (!old) continue;
      oldAreas.push(...old.areas);
      this.unplace(id, touched);
    }
    for (const site of upsert) oldAreas.push(...this.place(site, touched));
    return this.recompute(touched, oldAreas);
  }

  /** Removes a site; recomputes only what it touched. Unknown ids change nothing. */
  removeSite(id: string): ChangedAreas {
    const old = this.sites.get(id);
    if (!old) return [];
    const touched: Touched = new Map();
    this.unplace(id, touched);
    this.order.forget(id);
    return this.recompute(touched, old.areas);
  }

  /**
   * Registers a site's footprints with the tiles they reach: as a count where a footprint covers the whole
   * tile (no geometry needed there), as a partial footprint elsewhere; a site placed before is replaced.
   * `touched` collects the tiles and combinations whose union may have changed (null during a full recompute).
   */
  private place(site: Site, touched: Touched | null): number[] {
    let made = this.made.get(site);
    if (!made) {
      const env = environmentOf(this.densityAt(site));
      const replaced = new Set(this.imported.map((f) => `${f.operator}|${f.tech}`));
      made = {
        footprints: siteFootprints(site, env, this.params).filter((f) => !replaced.has(`${f.operator}|${f.tech}`)),
        areas: this.areasAt(site),
      };
      this.made.set(site, made);
    }
    const footprints = made.footprints.map((f) => this.order.same(f));
    const old = touched && this.sites.get(site.id);
    if (old) {
      // A footprint the change leaves as it was (a site gaining 5G keeps its 4G one) stays linked: taking it
      // out and putting it back would rebuild every union it reaches, to the same set of footprints.
      this.link(
        old.footprints.filter((o) => !footprints.includes(o)),
        touched,
        -1,
      );
      this.countSite(old.site, old.areas, -1);
      this.countCity(old.site, -1);
      this.sites.delete(site.id);
      this.link(
        footprints.filter((f) => !old.footprints.includes(f)),
        touched,
        1,
      );
    } else this.link(footprints, touched, 1);
    this.order.place(site.id, footprints, touched !== null);
    const areas = made.areas;
    this.sites.set(site.id, { site, footprints, areas });
    this.countSite(site, areas, 1);
    this.countCity(site, 1);
    // The areas whose site counts changed.
    return old ? [...old.areas, ...areas] : areas;
  }

  /**
   * Adds (`delta` 1) or removes (-1) footprints in the tiles they reach. The tiles and their full/partial
   * status are recomputed from the footprint each time (deterministic), so nothing per tile is stored.
   */
  private link(footprints: readonly Footprint[], touched: Touched | null, delta: 1 | -1): void {
    const size = this.grid.sizeUnits;
    const box: PlaneBox = [0, 0, 0, 0];
    for (const f of footprints) {
      const c = combo(f.tech, f.operator);
      const [i0, j0, i1, j1] = [
        Math.floor(f.box[0] / size),
        Math.floor(f.box[1] / size),
        Math.floor(f.box[2] / size),
        Math.floor(f.box[3] / size),
      ];
      for (let i = i0; i <= i1; i++)
        for (let j = j0; j <= j1; j++) {
          const k = tileKey(i, j);
          const t = this.tiles.get(k);
          if (!t) continue;
          box[0] = i * size;
          box[1] = j * size;
          box[2] = box[0] + size;
          box[3] = box[1] + size;
          if (!reachesBox(f, box)) continue;
          if (coversBox(f, box, this.params.circleVertices)) {
            t.fullCount[c]! += delta;
            if ((delta === 1 && t.fullCount[c] === 1) || (delta === -1 && t.fullCount[c] === 0))
              mark(touched, k, c, f.box);
          } else {
            if (delta === 1) t.partial[c]!.add(f);
            else t.partial[c]!.delete(f);
            if (t.fullCount[c] === 0) mark(touched, k, c, f.box);
          }
        }
    }
  }

  private unplace(id: string, touched: Touched): void {
    const old = this.sites.get(id)!;
    this.link(old.footprints, touched, -1);
    this.countSite(old.site, old.areas, -1);
    this.countCity(old.site, -1);
    this.sites.delete(id);
  }

  /** Sites counted once for the city (not once per unit they stand in), per technology and operator set. */
  private countCity(site: Site, delta: number): void {
    for (const tech of site.technologies)
      for (const op of [site.operator, 'any'] as const) this.cityCounts[combo(tech, op)]! += delta;
    this.builtCity = null;
  }

  private countSite(site: Site, areas: readonly number[], delta: number): void {
    for (const a of areas) {
      for (const tech of site.technologies)
        for (const op of [site.operator, 'any'] as const) this.siteCounts[a * N_COMBOS + combo(tech, op)]! += delta;
      this.built[a] = undefined;
    }
  }

  private recompute(touched: Touched, oldAreas: readonly number[]): ChangedAreas {
    // Changed areas, each with the combinations (bit c) whose pieces' covered areas may have changed: only
    // those are summed again. Areas a site left or joined (their site counts changed) and areas with pieces
    // under the footprints are reported even when their sums stay the same.
    const areas = new Map<number, number>(oldAreas.map((a) => [a, 0]));
    for (const [k, { combos, box }] of touched) {
      const t = this.tiles.get(k)!;
      // The "any" union of a technology follows any change of one of its operators.
      for (const c of [...combos]) combos.add(Math.floor(c / N_OPS) * N_OPS + N_OPS - 1);
      const measured = this.computeTile(t, [...combos]);
      t.pieces.forEach((p, i) => {
        if (measured[i] !== 0 || boxesOverlap(p.box, box)) areas.set(p.area, (areas.get(p.area) ?? 0) | measured[i]!);
      });
    }
    for (const [a, mask] of areas) if (mask !== 0) this.sumArea(a, mask);
    return [...areas.keys()].map((a) => ({ level: this.index.areas[a]!.level, id: this.index.areas[a]!.id }));
  }

  private computeTile(t: TileState, combos: readonly number[] | null): Uint16Array {
    return computeTile(t, combos, {
      box: tileBox(this.grid, t.key),
      circleVertices: this.params.circleVertices,
      sorted: (f) => this.order.sorted(f),
      states: this.states,
    });
  }

  /**
   * An area's covered m² and residents for the combinations in `mask` (bit c; default all), summed over its
   * pieces in their fixed order, one pass over the pieces for all combinations.
   */
  private sumArea(a: number, mask = ALL_COMBOS): void {
    const m2 = this.sumM2.fill(0);
    const pop = this.sumPop.fill(0);
    for (const [k, i] of this.index.piecesOfArea[a]!) {
      const t = this.tiles.get(k);
      if (!t) continue;
      const density = t.pieces[i]!.density;
      for (let c = 0, at = i * N_COMBOS; c < N_COMBOS; c++, at++) {
        if ((mask & (1 << c)) === 0) continue;
        const v = t.covered[at]!;
        m2[c]! += v;
        pop[c]! += v * density;
      }
    }
    for (let c = 0; c < N_COMBOS; c++) {
      if ((mask & (1 << c)) === 0) continue;
      this.areaCovered[a * N_COMBOS + c] = m2[c]!;
      this.areaPop[a * N_COMBOS + c] = pop[c]!;
    }
    this.built[a] = undefined;
    this.builtCity = null;
  }

  private readonly sumM2 = new Float64Array(N_COMBOS);
  private readonly sumPop = new Float64Array(N_COMBOS);

  /** Residents per km² where the site stands (0 outside every census ward). */
  private densityAt(site: Site): number {
    const [x, y] = this.plane(site);
    for (const k of tilesOfBox(this.grid, [x, y, x, y])) {
      for (const p of this.index.tiles.get(k) ?? [])
        if (p.density > 0 && pieceContains(p, x, y)) return p.density * 1e6;
    }
    return 0;
  }

  /** Indices of the areas containing the site. */
  private areasAt(site: Site): number[] {
    const [x, y] = this.plane(site);
    const out = new Set<number>();
    const keys = tilesOfBox(this.grid, [x, y, x, y]);
    // A sharded engine counts a site only in the shard owning the tile it stands in.
    if (!this.owns(keys[0]!)) return [];
    for (const k of keys)
      for (const p of this.index.tiles.get(k) ?? []) if (!out.has(p.area) && pieceContains(p, x, y)) out.add(p.area);
    return [...out].sort((a, b) => a - b);
  }

  private plane(site: Site): [number, number] {
    const [x, y] = HANOI_LAEA.forward([site.lng, site.lat]);
    return [Math.round(x * PLANE_UNITS_PER_M), Math.round(y * PLANE_UNITS_PER_M)];
  }

  /** The result of one area, or null for an unknown one (cheaper than `results(level)` for a few areas). */
  result(level: Exclude<EngineLevel, 'city'>, id: string): AreaResult | null {
    this.areaLookup ??= new Map(this.index.areas.map((a, i) => [`${a.level}|${a.id}`, i]));
    const a = this.areaLookup.get(`${level}|${id}`);
    return a === undefined ? null : this.resultOf(a);
  }

  /**
   * Results for one level (the city: one result, the sum of the 2025 units). An area's result is the same
   * object until its figures change: read-only.
   */
  results(level: EngineLevel): AreaResult[] {
    if (level === 'city') return [this.cityResult()];
    const out: AreaResult[] = [];
    this.index.areas.forEach((a, i) => {
      if (a.level === level) out.push(this.resultOf(i));
    });
    return out;
  }

  private resultOf(a: number): AreaResult {
    const cached = this.built[a];
    if (cached) return cached;
    const area = this.index.areas[a]!;
    return (this.built[a] = build(area.id, area.level, area.areaM2, area.population, (c) => [
      this.areaCovered[a * N_COMBOS + c]!,
      this.areaPop[a * N_COMBOS + c]!,
      this.siteCounts[a * N_COMBOS + c]!,
    ]));
  }

  /**
   * How each area of a level overlaps the census wards (the area overlay): per area and ward, the area in
   * common (m², ellipsoidal, summed over the pieces) and the residents in it (ward density × area). Exact
   * over the engine's pieces, so it agrees with the population figures.
   */
  wardOverlaps(level: Exclude<EngineLevel, 'city'>): { area: string; ward: string; m2: number; residents: number }[] {
    const out: { area: string; ward: string; m2: number; residents: number }[] = [];
    this.index.areas.forEach((a, i) => {
      if (a.level !== level) return;
      const byWard = new Map<number, { m2: number; residents: number }>();
      for (const [tile, j] of this.index.piecesOfArea[i]!) {
        const p = this.index.tiles.get(tile)![j]!;
        if (p.ward < 0) continue;
        const o = byWard.get(p.ward) ?? { m2: 0, residents: 0 };
        o.m2 += p.areaM2;
        o.residents += p.density * p.areaM2;
        byWard.set(p.ward, o);
      }
      for (const [w, o] of byWard) out.push({ area: a.id, ward: this.wardIds[w]!, ...o });
    });
    return out;
  }

  /** Areas of the index (for a coordinator that adds up the sums of sharded engines). */
  areaMeta(): AreaMeta[] {
    return this.index.areas.map((a) => ({ id: a.id, level: a.level, areaM2: a.areaM2, population: a.population }));
  }

  /** This engine's per-area sums (covered m², residents, sites) by area and combination. */
  sums(): EngineSums {
    return { covered: this.areaCovered.slice(), pop: this.areaPop.slice(), sites: this.siteCounts.slice() };
  }

  private cityResult(): AreaResult {
    if (this.builtCity) return this.builtCity;
    const units = this.index.areas.map((a, i) => (a.level === 'unit2025' ? i : -1)).filter((i) => i >= 0);
    const sum = (arr: Float64Array | Int32Array, c: number) => units.reduce((s, a) => s + arr[a * N_COMBOS + c]!, 0);
    const areaM2 = units.reduce((s, a) => s + this.index.areas[a]!.areaM2, 0);
    const pop = units.reduce((s, a) => s + this.index.areas[a]!.population, 0);
    // Sites are counted once for the city, not once per unit they touch.
    const counts = this.cityCounts;
    return (this.builtCity = build('city', 'city', areaM2, pop, (c) => [
      sum(this.areaCovered, c),
      sum(this.areaPop, c),
      counts[c]!,
    ]));
  }

  /** The uncovered part of an area (`level`, `id`), with its area in km². */
  uncovered(
    level: Exclude<EngineLevel, 'city'>,
    id: string,
    tech: Technology,
    op: OpSet,
  ): { geometry: MultiPolygon; areaKm2: number } | null {
    const a = this.index.areas.findIndex((x) => x.level === level && x.id === id);
    if (a < 0) return null;
    const c = combo(tech, op);
    const paths: Paths64 = [];
    for (const [k, i] of this.index.piecesOfArea[a]!) {
      const t = this.tiles.get(k)!;
      paths.push(...uncoveredPaths(t.pieces[i]!, t.unions[c]!));
    }
    const merged = shapeOf(Clipper.union(paths, FillRule.NonZero));
    return { geometry: shapeToMultiPolygon(merged), areaKm2: merged.areaM2 / 1e6 };
  }

  /**
   * The uncovered part of the city (the 2025 units) for a technology and operator set, one MultiPolygon per
   * tile (`[lng, lat]`), for drawing the gaps of the whole map. Tiles are not merged: the parts meet exactly
   * at tile edges, and a fill draws them as one.
   */
  uncoveredByTile(tech: Technology, op: OpSet): MultiPolygon[] {
    const c = combo(tech, op);
    const out: MultiPolygon[] = [];
    for (const t of this.tiles.values()) {
      const u = t.unions[c] ?? null;
      if (u === 'full') continue;
      const paths: Paths64 = [];
      for (const p of t.pieces) if (this.index.areas[p.area]!.level === 'unit2025') paths.push(...uncoveredPaths(p, u));
      if (paths.length > 0) out.push(shapeToMultiPolygon(shapeOf(paths)));
    }
    return out;
  }

  /**
   * The covered part of the city for a technology and operator set, one MultiPolygon per tile (`[lng, lat]`),
   * for maps that read geometry by bounding box (the public map).
   */
  coveredByTile(tech: Technology, op: OpSet): MultiPolygon[] {
    const c = combo(tech, op);
    const out: MultiPolygon[] = [];
    for (const t of this.tiles.values()) {
      const u = t.unions[c] ?? null;
      if (u === null) continue;
      const city = t.pieces.filter((p) => this.index.areas[p.area]!.level === 'unit2025').flatMap((p) => p.paths);
      if (city.length === 0) continue;
      const paths = u === 'full' ? city : Clipper.intersect(city, u.paths, FillRule.NonZero);
      if (paths.length > 0) out.push(shapeToMultiPolygon(shapeOf(paths)));
    }
    return out;
  }

  /** Covered area inside the 2025 units (the city), as one MultiPolygon, for drawing. */
  coverage(tech: Technology, op: OpSet): MultiPolygon {
    const c = combo(tech, op);
    const paths: Paths64 = [];
    for (const t of this.tiles.values()) {
      const u = t.unions[c];
      if (!u) continue;
      const city = t.pieces.filter((p) => this.index.areas[p.area]!.level === 'unit2025').flatMap((p) => p.paths);
      if (city.length === 0) continue;
      paths.push(
        ...(u === 'full' ? Clipper.union(city, FillRule.NonZero) : Clipper.intersect(city, u.paths, FillRule.NonZero)),
      );
    }
    return shapeToMultiPolygon(shapeOf(Clipper.union(paths, FillRule.NonZero)));
  }

  /** The areas (all levels) containing a `[lng, lat]` point. */
  locate(lng: number, lat: number): { level: Exclude<EngineLevel, 'city'>; id: string }[] {
    return this.areasAt({ lng, lat } as Site).map((a) => ({
      level: this.index.areas[a]!.level,
      id: this.index.areas[a]!.id,
    }));
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
      [...this.sites.values()].flatMap((s) => s.footprints),
    );
  }

  /** A placed site's modelled footprints (`[lng, lat]` polygons, one per technology), or null for an unknown id. */
  footprintsOf(id: string): { tech: Technology; rangeM: number; geometry: MultiPolygon }[] | null {
    const entry = this.sites.get(id);
    if (!entry) return null;
    return entry.footprints.map((f) => ({
      tech: f.tech,
      rangeM: f.rangeM,
      geometry: {
        type: 'MultiPolygon',
        coordinates: footprintPaths(f).map((path) => {
          const ring = path.map(
            (p) => HANOI_LAEA.inverse([p.x / PLANE_UNITS_PER_M, p.y / PLANE_UNITS_PER_M]) as Position,
          );
          return [[...ring, ring[0]!]];
        }),
      },
    }));
  }

  /** Number of sites placed. */
  get siteCount(): number {
    return this.sites.size;
  }
}
