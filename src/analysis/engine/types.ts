/**
 * Inputs and results of the coverage engine. Areas are `[lng, lat]` WGS84 polygons; all areas are km²
 * measured on the ellipsoid; percents are 0–100.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { CoverageLevel } from '../../domain/coverage-level.js';
import { OPERATORS, type Operator, type Technology } from '../../domain/telecom.js';
import type { EnvironmentGrid } from '../coverage/environment-grid.js';

/** An operator, or any operator (the union of all). */
export type OpSet = Operator | 'any';
export const OP_SETS: readonly OpSet[] = [...OPERATORS, 'any'];

/**
 * The area levels the engine computes; `city` is the whole of Hà Nội (the sum of the 2025 units); `h3r8` and
 * `h3r9` are the hexagon grid levels (see grid-index.ts), added on demand.
 */
export type EngineLevel = 'unit2025' | 'district2019' | 'ward2019' | 'zone' | 'h3r8' | 'h3r9' | 'city';

/** An area to compute coverage for. */
export type EngineArea = { id: string; level: Exclude<EngineLevel, 'city'>; geometry: Polygon | MultiPolygon };

/**
 * A population unit (a 2019 census ward): its residents are assumed uniformly spread over its area. Units may
 * overlap (the low-resolution wards do, by 0.9 %); overlaps count once, for the unit listed first.
 */
export type PopulationUnit = { id: string; population: number; geometry: Polygon | MultiPolygon };

/** Coverage of one area by one technology and operator set. */
export type CoverageFigures = {
  /** Covered area, km². */
  coveredKm2: number;
  /** Covered share of the area, percent 0–100. */
  percent: number;
  /** Residents in the covered part (uniform density within each census ward). */
  popCovered: number;
  /** Covered share of the residents, percent 0–100 (0 when the area has none). */
  popPercent: number;
};

export type AreaResult = {
  id: string;
  level: EngineLevel;
  /** Geodesic area, km². */
  areaKm2: number;
  /** Residents (2019 census, by area share where the area cuts a ward). */
  population: number;
  /** Sites standing in the area, per technology and operator set. */
  sites: Record<Technology, Record<OpSet, number>>;
  /** Outdoor coverage (the same object as `byLevel.outdoor`). */
  coverage: Record<Technology, Record<OpSet, CoverageFigures>>;
  /** Coverage at each level (outdoor, indoor: see domain/coverage-level.ts). */
  byLevel: Record<CoverageLevel, Record<Technology, Record<OpSet, CoverageFigures>>>;
};

/** Areas touched by a change, by level and id. */
export type ChangedAreas = { level: EngineLevel; id: string }[];

/** The engine's tunables, with defaults. */
export type EngineOptions = {
  /** Side of the square tiles the plane is cut into, metres. @default 1000 */
  tileM: number;
  /**
   * Compute only the tiles of one shard (tiles whose column + row ≡ index mod count), to spread a full
   * recompute over threads; the shards' sums add up to the whole. @default null (every tile)
   */
  shard: { index: number; count: number } | null;
  /**
   * Compute only these tiles (keys, see tiles.ts): the sums are then these tiles' share, to measure a change
   * confined to them (stored-delta.ts); combined with `shard` when both are given. @default null (every tile)
   */
  only: ReadonlySet<number> | null;
  /**
   * Tile unions kept with their pieces' covered areas, so that a change back to a set of sites met before
   * (the time slider going back) reuses them (see union-states.ts); about 4 KB each (a sweep of the 16 quarters
   * of 2023–2026 at 12,500 sites keeps 12,000). @default 16000
   */
  unionStates: number;
  /**
   * The propagation environment of each 1 km cell (coverage/environment-grid.ts): a site takes the class of the
   * cell it stands in; without a grid, or outside it, the class of the census density where it stands.
   * @default null
   */
  environment: EnvironmentGrid | null;
};

export const ENGINE_DEFAULTS: Readonly<EngineOptions> = {
  tileM: 1000,
  shard: null,
  only: null,
  unionStates: 16_000,
  environment: null,
};

/** Honest note attached to every population figure. */
export const POPULATION_NOTE =
  'Population covered assumes residents are spread uniformly within each 2019 census ward (584 low-resolution wards).';
