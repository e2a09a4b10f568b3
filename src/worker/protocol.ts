/** Messages between the app and the coverage worker. */
import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { ServiceResults } from '../analysis/coverage-service.js';
import type { EngineLevel, OpSet } from '../analysis/engine/types.js';
import type { Technology } from '../domain/telecom.js';

export type ToWorker =
  | { type: 'init'; dataBaseUrl: string }
  | { type: 'coverage'; tech: Technology }
  | { type: 'uncovered'; level: Exclude<EngineLevel, 'city'>; id: string; tech: Technology; op: OpSet };

export type FromWorker =
  | { type: 'progress'; stage: string }
  | { type: 'results'; results: ServiceResults }
  | { type: 'coverage'; tech: Technology; data: FeatureCollection<MultiPolygon> }
  | { type: 'uncovered'; key: string; data: { geometry: MultiPolygon; areaKm2: number } | null }
  | { type: 'error'; message: string };
