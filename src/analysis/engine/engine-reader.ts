/**
 * What a coverage engine answers without changing anything: results, drawn coverage and gaps, the areas at a
 * point, its geometry for checks. The engine (engine.ts) sets these fields; it is the only subclass.
 */
import type { CoverageLevel } from '../../domain/coverage-level.js';
import type { MultiPolygon, Position } from 'geojson';
import type { Technology } from '../../domain/telecom.js';
import type { AreaIndex } from './area-index.js';
import type { PlanarShape } from '../planar.js';
import { lineLengthsInAreas } from './line-geometry.js';
import { exportGeometry, type EngineGeometryExport } from './geometry-export.js';
import type { AreaSums } from './engine-sums.js';
import type { SitePlacement } from './engine-sites.js';
import * as drawn from './engine-geometry.js';
import type { AreaResult, EngineLevel, OpSet } from './types.js';
import { combo, type AreaMeta, type EngineSums } from './results.js';

export abstract class EngineReader {
  declare protected index: AreaIndex;
  /** The tiles and the index, as the geometric outputs read them (engine-geometry.ts). */
  declare protected view: drawn.EngineTiles;
  /** Covered m², residents and sites per area and combo, and the results built from them (engine-sums.ts). */
  declare protected areaSums: AreaSums;
  /** The placed sites and imported footprints (engine-sites.ts). */
  declare protected placed: SitePlacement;
  /** Ids of the census wards (population units), by their index in the pieces. */
  declare protected wardIds: string[];
  /** Index of each area by `${level}|${id}`, built on first use (and again after a grid level is added). */
  protected areaLookup: Map<string, number> | null = null;

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
  wardOverlaps(level: Exclude<EngineLevel, 'city'>): drawn.WardOverlapRow[] {
    return drawn.wardOverlapsOf(this.index, this.wardIds, level);
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
    return drawn.uncoveredOfArea(this.view, a, combo(tech, op, coverageLevel));
  }

  /** The uncovered part of the city (the 2025 units), one `[lng, lat]` MultiPolygon per tile (they meet at edges). */
  uncoveredByTile(tech: Technology, op: OpSet, level: CoverageLevel = 'outdoor'): MultiPolygon[] {
    return drawn.uncoveredByTile(this.view, combo(tech, op, level));
  }

  /** The covered part of the city, one `[lng, lat]` MultiPolygon per tile (for maps that read by bounding box). */
  coveredByTile(tech: Technology, op: OpSet, level: CoverageLevel = 'outdoor'): MultiPolygon[] {
    return drawn.coveredByTile(this.view, combo(tech, op, level));
  }

  /** `coveredByTile` in the plane (centimetre integers, see planar.ts), for measures that work there (roads). */
  coveredShapesByTile(tech: Technology, op: OpSet, level: CoverageLevel = 'outdoor'): PlanarShape[] {
    return drawn.coveredShapesByTile(this.view, combo(tech, op, level));
  }

  /** Covered area inside the 2025 units (the city), as one MultiPolygon, for drawing. */
  coverage(tech: Technology, op: OpSet, level: CoverageLevel = 'outdoor'): MultiPolygon {
    return drawn.cityCoverage(this.view, combo(tech, op, level));
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
  footprintsOf(id: string): drawn.FootprintGeometry[] | null {
    const entry = this.placed.sites.get(id);
    if (!entry) return null;
    return drawn.footprintGeometries(entry.footprints);
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
