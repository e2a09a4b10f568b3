/** The coverage worker's API: its method table, its events, and the types that cross the boundary. */
import type { GroundReport } from '../domain/ground-report.js';
import type { GroundReportsAnswer } from './ground-reports-handler.js';
import type { NamedLinesApi } from './named-lines-handler.js';
import type { AreaRoads, RoadsApi } from './roads-handler.js';
export type { GroundReportsAnswer };
import { isCoverageLevel, type CoverageLevel } from '../domain/coverage-level.js';
import type { MultiPolygon } from 'geojson';
import type { ServiceResults, SitesUpdate } from '../analysis/coverage-service.js';
import type { AnnualReport } from '../analysis/report.js';
import { OP_SETS, type AreaResult, type EngineLevel, type OpSet } from '../analysis/engine/types.js';
import type { GridLevel } from '../domain/grid.js';
import type { Operator, Site, Technology } from '../domain/telecom.js';
import type { SiteTemplate, SuggestObjective, SuggestProgress, SuggestResult } from '../analysis/suggest.js';
import type { FileImportOptions, ImportedFile, ImportKindChoice } from '../data/import/import-file.js';
import type { IndicatorValue } from '../domain/indicators.js';
import type { IndicatorTable } from '../analysis/indicators.js';
import type { IndicatorImportResult } from '../data/import/indicators.js';
import type { ImportMeta, ImportMode } from '../data/persist/schema.js';
import type { Provenance } from '../domain/provenance.js';
import type { DataIssue } from '../domain/report.js';
import type { LngLat } from '../domain/geo.js';
import type { PointAnswer } from './point-handler.js';
import type { AreaSharing } from './sharing-handler.js';
export type { AreaSharing, AreaRoads };
import type { ParamOverrides } from '../analysis/params-overrides.js';
import type { Calibration } from '../analysis/calibration/types.js';
import { parseMeasureTileLayer, type MeasureTileLayer } from './measure-tile-names.js';

/** URL scheme of the worker's tiles (`hanoi-coverage://5G/{z}/{x}/{y}`), which a MapLibre protocol asks for. */
export const TILE_PROTOCOL = 'hanoi-coverage';

/** The URL template of a worker tile layer; `version` changes when its data does, so the map fetches it again. */
export const tileUrl = (layer: TileLayer, version: number): string =>
  `${TILE_PROTOCOL}://${layer}/{z}/{x}/{y}?v=${version}`;

/** Highest zoom the coverage tiles are cut for; the map overzooms beyond it. */
export const COVERAGE_TILE_MAX_ZOOM = 14;

/**
 * A tiled layer the worker serves: `5G` / `4G` (coverage by operator), `gaps-<tech>-<operator set>` (the uncovered
 * part of the city, e.g. `gaps-5G-any`), or `sites` / `cables` (the imported ones in use, with the sample's they
 * join).
 */
export type TileLayer = string;

/** The layers the imports can replace, served as worker tiles while they do. */
export const IMPORTED_TILE_LAYERS = ['sites', 'cables'] as const;
export type ImportedTileLayer = (typeof IMPORTED_TILE_LAYERS)[number];

/** What a tile layer name means, or null when it names nothing the worker serves. */
export function parseTileLayer(
  layer: TileLayer,
):
  | { kind: 'coverage'; tech: Technology; level: CoverageLevel }
  | { kind: 'gaps'; tech: Technology; op: OpSet; level: CoverageLevel }
  | { kind: 'imported'; layer: ImportedTileLayer }
  | MeasureTileLayer
  | null {
  if ((IMPORTED_TILE_LAYERS as readonly string[]).includes(layer))
    return { kind: 'imported', layer: layer as ImportedTileLayer };
  const measure = parseMeasureTileLayer(layer);
  if (measure) return measure;
  const c = /^(4G|5G)(?:-([a-z]+))?$/.exec(layer);
  const level = (name: string | undefined) => (name === undefined ? 'outdoor' : isCoverageLevel(name) ? name : null);
  if (c) {
    const at = level(c[2]);
    return at === null || c[2] === 'outdoor' ? null : { kind: 'coverage', tech: c[1] as Technology, level: at };
  }
  const m = /^gaps-(4G|5G)-([a-z]+)(?:-([a-z]+))?$/.exec(layer);
  const at = m ? level(m[3]) : null;
  if (m && at !== null && m[3] !== 'outdoor' && (OP_SETS as readonly string[]).includes(m[2]!))
    return { kind: 'gaps', tech: m[1] as Technology, op: m[2] as OpSet, level: at };
  return null;
}

/** The tile layer of a technology's coverage at a level (`5G`; `5G-indoor`). */
export const coverageLayer = (tech: Technology, level: CoverageLevel = 'outdoor'): TileLayer =>
  level === 'outdoor' ? tech : `${tech}-${level}`;

/** The tile layer of the gaps for a technology, operator set and level (`gaps-5G-any`; `gaps-5G-any-indoor`). */
export const gapsLayer = (tech: Technology, op: OpSet, level: CoverageLevel = 'outdoor'): TileLayer =>
  level === 'outdoor' ? `gaps-${tech}-${op}` : `gaps-${tech}-${op}-${level}`;

/** What the operator asks the site suggestion for. */
export type SuggestRequest = {
  operator: Operator;
  k: number;
  objective: SuggestObjective;
  template?: Partial<SiteTemplate>;
  /** Co-location first: other operators' towers are tried first (see suggest-types.ts). */
  coLocation?: boolean;
};

/** What the change map compares with: the end of an earlier year, or the sites of one data source alone. */
export type CompareWith = { kind: 'year-end'; date: string } | { kind: 'source'; source: 'sample' | 'imported' };

/** The results after a change of date, with the indicator table of that date (null when no indicators are in use). */
export type DatedResults = { results: ServiceResults; indicators: IndicatorTable | null };

/** A grid level's analysis: its cells' results, the cells outside Hà Nội and the time it took. */
export type GridResults = { level: GridLevel; areas: Record<string, AreaResult>; outside: number; ms: number };

/** The uncovered part of an area (null when it is fully covered or unknown). */
export type Uncovered = { geometry: MultiPolygon; areaKm2: number } | null;

/** Import progress: bytes read of the total, and rows so far. */
export type ImportProgress = { bytes: number; totalBytes: number; rows: number };

/** A file read in the worker: its number (to apply it by) and its report, with a preview instead of the data. */
export type FileRead = { readId: number; file: ImportedFile };

/** How a read file is applied: its import id (several parts get `-1`, `-2`, …), when, and with what mode. */
export type ApplyStamp = { id: string; importedAt: string; mode: ImportMode };

/** What the page is told of the layers drawn: which come from the worker's tiles, and the sites' density. */
export type ShownLayers = { sites: boolean; cables: boolean; density: Blob | null };

/**
 * The imports in use after a change, and what they make: the list (without data), the new figures, where each
 * kind of data now comes from, which of the sites and cable segments to draw from the worker's tiles (false: the
 * shipped layer), the sites' density when they are too many to draw as dots at city zoom (GeoJSON text; null:
 * dots at every zoom), and the
 * warnings met (a saved import that could not be read back, browser storage unavailable).
 */
export type ImportsApplied = {
  imports: ImportMeta[];
  dated: DatedResults;
  provenance: Provenance;
  shown: ShownLayers;
  issues: DataIssue[];
};

/**
 * The coverage worker's method table (see rpc.ts): every request the app makes, its arguments, its answer and its
 * progress. The worker (coverage.worker.ts) implements it as a handler table; the session calls it.
 */
export type CoverageApi = NamedLinesApi &
  RoadsApi & {
    /** Loads the shipped data and runs the first analysis. */
    init: { args: [dataBaseUrl: string]; result: ServiceResults };
    /** A vector tile of a computed layer (null when empty). */
    tile: { args: [layer: TileLayer, z: number, x: number, y: number]; result: ArrayBuffer | null };
    uncovered: {
      args: [level: Exclude<EngineLevel, 'city'>, id: string, tech: Technology, op: OpSet, at: CoverageLevel];
      result: Uncovered;
    };
    /** Adds a grid level to the analysis (loaded once; later calls answer the same results). */
    grid: { args: [level: GridLevel]; result: GridResults };
    /** Adds, moves or removes candidate sites; answers what changed. */
    applyPlan: { args: [upsert: Site[], remove: string[], drag?: string | null]; result: SitesUpdate };
    /**
     * Reads a file; nothing is applied. The worker keeps what it read (the last few files), the page gets the report.
     */
    importFile: {
      args: [file: Blob, name: string, kind: ImportKindChoice, options: FileImportOptions];
      result: FileRead;
      progress: ImportProgress;
    };
    /**
     * The imports saved in the browser, put back in use (`applied` null when there are none), with the warnings
     * about saved imports that could not be read back.
     */
    restoreImports: { args: []; result: { applied: ImportsApplied | null; issues: DataIssue[] } };
    /** Keeps a file read earlier (in the browser's storage) and puts it in use. */
    applyImport: { args: [readId: number, stamp: ApplyStamp]; result: ImportsApplied };
    /** Forgets an import and goes back to what the others make. */
    removeImport: { args: [id: string]; result: ImportsApplied };
    /** The figures as of a date (null: all the data). */
    setAsOf: { args: [date: string | null]; result: DatedResults };
    /** Prepares these dates in idle time; a later call replaces the list. */
    warmDates: { args: [dates: string[]]; result: void };
    compare: { args: [target: CompareWith]; result: ServiceResults };
    report: { args: [year: number, layout: '2025' | '2019']; result: AnnualReport };
    parseIndicators: {
      args: [text: string, fileName: string, layout: '2025' | '2019' | null];
      result: IndicatorImportResult;
    };
    /** The indicator figures in use; answers their table as of the map's date. */
    setIndicators: { args: [values: IndicatorValue[]]; result: IndicatorTable };
    /** Suggests new sites; an abort stops the search and answers the proposals so far. */
    suggest: { args: [input: SuggestRequest]; result: SuggestResult; progress: SuggestProgress };
    /**
     * "Có 5G ở đây không?": what the analysis knows at a point `[lng, lat]` degrees, the speed window ending on a
     * date (null: the newest record), with the plan's candidate sites (see point-handler.ts).
     */
    point: { args: [lngLat: LngLat, asOf: string | null, plan: Site[]]; result: PointAnswer };
    /** An area's shared towers, for the sites on air on a date (null: all the data), as the report counts them. */
    areaSharing: { args: [level: Exclude<EngineLevel, 'city'>, id: string, asOf: string | null]; result: AreaSharing };
    /** Reports from the ground set against the model in use (ground-reports-handler.ts). */
    groundReports: { args: [reports: GroundReport[]]; result: GroundReportsAnswer };
    /**
     * Puts the coverage model's parameters in use (overrides of the defaults; `{}`: the defaults) and answers the
     * figures recomputed under them, as of the map's date. Rejects, naming every invalid field, value and rule.
     */
    setParams: { args: [overrides: ParamOverrides]; result: DatedResults };
    /** Reads a measurement file and fits the model's offsets per environment against the sites; applies nothing. */
    calibrate: { args: [file: Blob, name: string]; result: CalibrationRun };
    /** Test hook: throws an uncaught error in the worker, as a crash would (the client restarts the worker). */
    crashForTest: { args: []; result: void };
  };

/** A calibration fitted to one measurement file, and the import's problems (the page shows the first ones). */
export type CalibrationRun = {
  calibration: Calibration;
  /** Rows of the file rejected by the import. */
  rejectedRows: number;
  /** The import's messages: file errors, rejected rows, warnings. */
  issues: DataIssue[];
};

/** Events the worker emits outside any call. */
export type CoverageEvents = {
  /** The analysis stage being computed (load, index, sites, targets, grid-h3r8, …). */
  stage: string;
};
