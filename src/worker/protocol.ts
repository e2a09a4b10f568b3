/** Messages between the app and the coverage worker. */

/** Highest zoom the coverage tiles are cut for; the map overzooms beyond it. */
export const COVERAGE_TILE_MAX_ZOOM = 14;
import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { ServiceResults } from '../analysis/coverage-service.js';
import type { AreaResult, EngineLevel, OpSet } from '../analysis/engine/types.js';
import type { GridLevel } from '../domain/grid.js';
import type { Technology } from '../domain/telecom.js';

export type ToWorker =
  | { type: 'init'; dataBaseUrl: string }
  | { type: 'coverage'; tech: Technology }
  | { type: 'tile'; id: number; tech: Technology; z: number; x: number; y: number }
  | { type: 'uncovered'; level: Exclude<EngineLevel, 'city'>; id: string; tech: Technology; op: OpSet }
  | { type: 'grid'; level: GridLevel };

export type FromWorker =
  | { type: 'progress'; stage: string }
  | { type: 'results'; results: ServiceResults }
  | { type: 'coverage'; tech: Technology; data: FeatureCollection<MultiPolygon> }
  | { type: 'tile'; id: number; data: ArrayBuffer | null }
  | { type: 'uncovered'; key: string; data: { geometry: MultiPolygon; areaKm2: number } | null }
  | { type: 'grid'; level: GridLevel; areas: Record<string, AreaResult>; outside: number; ms: number }
  | { type: 'error'; message: string };
