/** Messages between the app and the coverage worker. */

/** Highest zoom the coverage tiles are cut for; the map overzooms beyond it. */
export const COVERAGE_TILE_MAX_ZOOM = 14;
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point } from 'geojson';
import type { ServiceResults, SitesUpdate } from '../analysis/coverage-service.js';
import type { AnnualReport } from '../analysis/report.js';
import { OP_SETS, type AreaResult, type EngineLevel, type OpSet } from '../analysis/engine/types.js';
import type { GridLevel } from '../domain/grid.js';
import type { CableSegmentProps, Operator, Site, SpeedTestProps, Technology } from '../domain/telecom.js';
import type { SiteTemplate, SuggestObjective, SuggestProgress, SuggestResult } from '../analysis/suggest.js';
import type { FileImportOptions, ImportedFile, ImportKindChoice } from './import-file.js';
import type { ImportedCoverage } from '../analysis/engine/engine.js';
import type { IndicatorValue } from '../domain/indicators.js';
import type { IndicatorTable } from '../analysis/indicators.js';
import type { IndicatorImportResult } from '../data/import/indicators.js';

/**
 * A tiled layer the worker computes: `5G` / `4G` (coverage by operator) or `gaps-<tech>-<operator set>`
 * (the uncovered part of the city, e.g. `gaps-5G-any`).
 */
export type TileLayer = string;

/** What a tile layer name means, or null when it names nothing the worker computes. */
export function parseTileLayer(
  layer: TileLayer,
): { kind: 'coverage'; tech: Technology } | { kind: 'gaps'; tech: Technology; op: OpSet } | null {
  if (layer === '4G' || layer === '5G') return { kind: 'coverage', tech: layer };
  const m = /^gaps-(4G|5G)-([a-z]+)$/.exec(layer);
  if (m && (OP_SETS as readonly string[]).includes(m[2]!))
    return { kind: 'gaps', tech: m[1] as Technology, op: m[2] as OpSet };
  return null;
}

/** The tile layer of the gaps for a technology and operator set. */
export const gapsLayer = (tech: Technology, op: OpSet): TileLayer => `gaps-${tech}-${op}`;

export type ToWorker =
  | { type: 'init'; dataBaseUrl: string }
  | { type: 'coverage'; tech: Technology }
  | { type: 'tile'; id: number; layer: TileLayer; z: number; x: number; y: number }
  | { type: 'uncovered'; level: Exclude<EngineLevel, 'city'>; id: string; tech: Technology; op: OpSet }
  | { type: 'grid'; level: GridLevel }
  | { type: 'plan'; seq: number; upsert: Site[]; remove: string[] }
  | { type: 'importFile'; id: number; file: Blob; name: string; kind: ImportKindChoice; options: FileImportOptions }
  | { type: 'setBase'; base: BaseData }
  | { type: 'asOf'; date: string | null }
  | { type: 'warmDates'; dates: string[] }
  | { type: 'compare'; date: string }
  | { type: 'report'; id: number; year: number; layout: '2025' | '2019' }
  | { type: 'parseIndicators'; id: number; text: string; fileName: string; layout?: '2025' | '2019' }
  | { type: 'setIndicators'; values: IndicatorValue[] }
  | { type: 'suggest'; id: number; input: SuggestRequest }
  | { type: 'cancelSuggest'; id: number };

/** What the operator asks the site suggestion for. */
export type SuggestRequest = {
  operator: Operator;
  k: number;
  objective: SuggestObjective;
  template?: Partial<SiteTemplate>;
};

/** Which sites the analysis uses under the plan: the sample, imported sites instead of it, or both. */
export type BaseSites = { mode: 'sample' } | { mode: 'replace' | 'join'; sites: Site[] };
/** Which cable segments are in use: the sample's, imported ones instead, or both. */
export type BaseCables =
  { mode: 'sample' } | { mode: 'replace' | 'join'; features: Feature<LineString, CableSegmentProps>[] };
/** Which speed measurements are in use: the sample's, imported ones instead, or both. */
export type BaseSpeeds = { mode: 'sample' } | { mode: 'replace' | 'join'; features: Feature<Point, SpeedTestProps>[] };
/** All the base data under the plan, as the imports make it. */
export type BaseData = { sites: BaseSites; coverage: ImportedCoverage[]; cables: BaseCables; speeds: BaseSpeeds };

export type FromWorker =
  | { type: 'progress'; stage: string }
  | { type: 'results'; results: ServiceResults }
  | { type: 'coverage'; tech: Technology; data: FeatureCollection<MultiPolygon> }
  | { type: 'tile'; id: number; data: ArrayBuffer | null }
  | { type: 'uncovered'; key: string; data: { geometry: MultiPolygon; areaKm2: number } | null }
  | { type: 'grid'; level: GridLevel; areas: Record<string, AreaResult>; outside: number; ms: number }
  | { type: 'plan'; seq: number; update: SitesUpdate }
  | { type: 'report'; id: number; report: AnnualReport | null; error: string | null }
  | { type: 'compared'; date: string; results: ServiceResults }
  | { type: 'indicatorsParsed'; id: number; result: IndicatorImportResult | null; error: string | null }
  | { type: 'indicators'; table: IndicatorTable }
  | { type: 'suggestProgress'; id: number; progress: SuggestProgress }
  | { type: 'suggested'; id: number; result: SuggestResult }
  | { type: 'importProgress'; id: number; bytes: number; totalBytes: number; rows: number }
  | { type: 'imported'; id: number; result: ImportedFile | null; error: { en: string; vi: string } | null }
  | { type: 'error'; message: string };
