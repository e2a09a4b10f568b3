/**
 * The engine's per-area sums: covered m², residents and sites per area and combination of technology and
 * operator set, the city's site counts, and the results built from them (kept until their figures change).
 * Split out of engine.ts, which decides what changed; this module only adds up and builds.
 */
import type { Site } from '../../domain/telecom.js';
import type { AreaIndex } from './area-index.js';
import { N_COMBOS, build, combo, type EngineSums } from './results.js';
import type { TileState } from './tile-compute.js';
import type { AreaResult } from './types.js';

/** Every combination, as a bit mask (bit c for combination c). */
export const ALL_COMBOS = (1 << N_COMBOS) - 1;

/** Sums by `[area * N_COMBOS + combo]` over an area index, and the results built from them. */
export class AreaSums {
  /** Covered m² and residents per area and combo. */
  private covered: Float64Array;
  private pop: Float64Array;
  private sites: Int32Array;
  private readonly cityCounts = new Int32Array(N_COMBOS);
  /**
   * Each area's result as last built, by area index (undefined once its sums or site counts change), and the
   * city's: a step of the time slider rebuilds only what it changed. Callers share these objects: read-only.
   */
  private built: (AreaResult | undefined)[] = [];
  private builtCity: AreaResult | null = null;
  /** The 2025 units (the city) by area index, their area (m²) and residents, found on first use. */
  private units: { areas: number[]; areaM2: number; population: number } | null = null;
  private readonly sumM2 = new Float64Array(N_COMBOS);
  private readonly sumPop = new Float64Array(N_COMBOS);

  constructor(private readonly index: AreaIndex) {
    const n = index.areas.length * N_COMBOS;
    this.covered = new Float64Array(n);
    this.pop = new Float64Array(n);
    this.sites = new Int32Array(n);
  }

  /** Makes room for areas added to the index since (their sums start at zero). */
  grow(): void {
    const grow = <T extends Float64Array | Int32Array>(old: T, make: (n: number) => T): T => {
      const next = make(this.index.areas.length * N_COMBOS);
      next.set(old);
      return next;
    };
    this.covered = grow(this.covered, (n) => new Float64Array(n));
    this.pop = grow(this.pop, (n) => new Float64Array(n));
    this.sites = grow(this.sites, (n) => new Int32Array(n));
    this.units = null;
  }

  /** Forgets every site count and built result (before all sites are placed again). */
  clearSites(): void {
    this.sites.fill(0);
    this.cityCounts.fill(0);
    this.built = [];
    this.builtCity = null;
  }

  /** Sites counted once for the city (not once per unit they stand in), per technology and operator set. */
  countCity(site: Site, delta: number): void {
    for (const tech of site.technologies)
      for (const op of [site.operator, 'any'] as const) this.cityCounts[combo(tech, op)]! += delta;
    this.builtCity = null;
  }

  /** Adds `delta` to the site counts of the areas (by index) a site stands in. */
  countSite(site: Site, areas: readonly number[], delta: number): void {
    for (const a of areas) {
      for (const tech of site.technologies)
        for (const op of [site.operator, 'any'] as const) this.sites[a * N_COMBOS + combo(tech, op)]! += delta;
      this.built[a] = undefined;
    }
  }

  /**
   * An area's covered m² and residents for the combinations in `mask` (bit c; default all), summed over its
   * pieces in their fixed order, one pass over the pieces for all combinations.
   */
  sumArea(tiles: ReadonlyMap<number, TileState>, a: number, mask = ALL_COMBOS): void {
    const m2 = this.sumM2.fill(0);
    const pop = this.sumPop.fill(0);
    // An indexed loop: destructuring each [tile, piece] pair allocates an iterator, and a drag step sums the areas
    // it changed at every step (garbage collections land in the steps).
    const where = this.index.piecesOfArea[a]!;
    for (let j = 0; j < where.length; j++) {
      const k = where[j]![0];
      const i = where[j]![1];
      const t = tiles.get(k);
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
      this.covered[a * N_COMBOS + c] = m2[c]!;
      this.pop[a * N_COMBOS + c] = pop[c]!;
    }
    this.built[a] = undefined;
    this.builtCity = null;
  }

  /** The result of area index `a`: the same object until its figures change (read-only). */
  resultOf(a: number): AreaResult {
    const cached = this.built[a];
    if (cached) return cached;
    const area = this.index.areas[a]!;
    return (this.built[a] = build(area.id, area.level, area.areaM2, area.population, (c) => [
      this.covered[a * N_COMBOS + c]!,
      this.pop[a * N_COMBOS + c]!,
      this.sites[a * N_COMBOS + c]!,
    ]));
  }

  /** The city's result: the sum of the 2025 units, with sites counted once. */
  cityResult(): AreaResult {
    if (this.builtCity) return this.builtCity;
    const { areas: units, areaM2, population } = (this.units ??= this.cityUnits());
    const sum = (arr: Float64Array | Int32Array, c: number) => units.reduce((s, a) => s + arr[a * N_COMBOS + c]!, 0);
    // Sites are counted once for the city, not once per unit they touch.
    const counts = this.cityCounts;
    return (this.builtCity = build('city', 'city', areaM2, population, (c) => [
      sum(this.covered, c),
      sum(this.pop, c),
      counts[c]!,
    ]));
  }

  /** The 2025 units by area index, with their area (m²) and residents summed in that order. */
  private cityUnits(): { areas: number[]; areaM2: number; population: number } {
    const areas = this.index.areas.map((a, i) => (a.level === 'unit2025' ? i : -1)).filter((i) => i >= 0);
    const areaM2 = areas.reduce((s, a) => s + this.index.areas[a]!.areaM2, 0);
    const population = areas.reduce((s, a) => s + this.index.areas[a]!.population, 0);
    return { areas, areaM2, population };
  }

  /** Copies of the per-area sums (covered m², residents, sites) by area and combination. */
  snapshot(): EngineSums {
    return { covered: this.covered.slice(), pop: this.pop.slice(), sites: this.sites.slice() };
  }
}
