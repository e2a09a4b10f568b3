/**
 * The app's side of the coverage worker: starts it, forwards its progress, results and errors to the
 * store, and hands coverage geometry to whoever draws it. Nothing here blocks the main thread.
 */
import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { AppStore } from '../state/store.js';
import type { Technology } from '../domain/telecom.js';
import type { EngineLevel, OpSet } from '../analysis/engine/types.js';
import type { BaseData, FromWorker, SuggestRequest, TileLayer, ToWorker } from './protocol.js';
import type { FileImportOptions, ImportedFile, ImportKindChoice } from './import-file.js';
import type { SuggestProgress, SuggestResult } from '../analysis/suggest.js';
import type { AnnualReport } from '../analysis/report.js';
import type { GridLevel } from '../domain/grid.js';
import type { SitesUpdate } from '../analysis/coverage-service.js';
import type { Site } from '../domain/telecom.js';
import type { IndicatorValue } from '../domain/indicators.js';
import type { IndicatorImportResult } from '../data/import/indicators.js';

export type CoverageClient = {
  requestCoverage(tech: Technology): void;
  /** A vector tile of the computed coverage (null when empty); waits for the analysis to finish. */
  requestTile(layer: TileLayer, z: number, x: number, y: number): Promise<ArrayBuffer | null>;
  /** Asks for the uncovered part of an area; the answer comes to `onUncovered` with the same key. */
  requestUncovered(level: Exclude<EngineLevel, 'city'>, id: string, tech: Technology, op: OpSet): void;
  /** Adds, moves or removes candidate sites; resolves with what changed (the store is not touched here). */
  applyPlan(upsert: Site[], remove: string[]): Promise<SitesUpdate>;
  /** Reads an imported file in the worker (a delimited file streamed), reporting progress; nothing is applied yet. */
  importFile(
    file: Blob,
    name: string,
    kind: ImportKindChoice,
    options: FileImportOptions,
    onProgress: (p: { bytes: number; totalBytes: number; rows: number }) => void,
  ): Promise<ImportedFile>;
  /** The annual report of a year and layout (computed in the worker; the map keeps its date). */
  report(year: number, layout: '2025' | '2019'): Promise<AnnualReport>;
  /** The figures of an earlier date to compare with; they go to the store's `compareResults`. */
  compare(date: string): void;
  /** The figures as of a date (null: all the data), stepped through the incremental engine; results go to the store. */
  setAsOf(date: string | null): void;
  /** Prepares the engine for these dates in idle time (see `CoverageService.warmDates`); a later call replaces the list. */
  warmDates(dates: string[]): void;
  /** Recomputes everything on other base data; the results go to the store as after the first analysis. */
  setBase(base: BaseData): void;
  /** Reads and checks an indicator CSV against the areas of both layouts (in the worker); nothing is applied yet. */
  parseIndicators(text: string, fileName: string, layout?: '2025' | '2019'): Promise<IndicatorImportResult>;
  /** The indicator figures in use; their table (every level, as of the map's date) goes to the store. */
  setIndicators(values: IndicatorValue[]): void;
  /** Suggests new sites (see suggest.ts) with progress; `cancel` stops it (the proposals so far come back). */
  suggest(
    input: SuggestRequest,
    onProgress: (p: SuggestProgress) => void,
  ): { result: Promise<SuggestResult>; cancel: () => void };
  /** Adds a grid level to the analysis; its results join the store's when they arrive. Asked once per level. */
  requestGrid(level: GridLevel): void;
  terminate(): void;
};

export function startCoverageWorker(
  store: AppStore,
  dataBaseUrl: string,
  onCoverage: (tech: Technology, data: FeatureCollection<MultiPolygon>) => void,
  onUncovered: (key: string, data: { geometry: MultiPolygon; areaKm2: number } | null) => void = () => {},
): CoverageClient {
  const worker = new Worker(new URL('./coverage.worker.ts', import.meta.url), { type: 'module' });
  const send = (m: ToWorker) => worker.postMessage(m);
  const set = store.getState().setAnalysis;
  const pending = new Map<number, (data: ArrayBuffer | null) => void>();
  const gridsAsked = new Set<GridLevel>();
  const planWaiting = new Map<number, (u: SitesUpdate) => void>();
  let planSeq = 0;
  const imports = new Map<
    number,
    {
      resolve: (r: ImportedFile) => void;
      reject: (e: Error) => void;
      progress: (p: { bytes: number; totalBytes: number; rows: number }) => void;
    }
  >();
  let importSeq = 0;
  const suggestions = new Map<
    number,
    { resolve: (r: SuggestResult) => void; progress: (p: SuggestProgress) => void }
  >();
  let suggestSeq = 0;
  const reports = new Map<number, { resolve: (r: AnnualReport) => void; reject: (e: Error) => void }>();
  let reportSeq = 0;
  const parsing = new Map<number, { resolve: (r: IndicatorImportResult) => void; reject: (e: Error) => void }>();
  let parseSeq = 0;
  let nextId = 0;
  worker.onmessage = (e: MessageEvent<FromWorker>) => {
    const m = e.data;
    if (m.type === 'progress') set({ status: 'computing', stage: m.stage });
    else if (m.type === 'results') {
      set({ status: 'ready', stage: null, results: m.results, patched: null });
      const s = store.getState();
      s.setData({ issues: [...s.issues, ...m.results.issues] });
    } else if (m.type === 'coverage') onCoverage(m.tech, m.data);
    else if (m.type === 'uncovered') onUncovered(m.key, m.data);
    else if (m.type === 'importProgress') imports.get(m.id)?.progress(m);
    else if (m.type === 'indicators') store.getState().setIndicators({ indicatorTable: m.table });
    else if (m.type === 'indicatorsParsed') {
      const w = parsing.get(m.id);
      parsing.delete(m.id);
      if (m.result) w?.resolve(m.result);
      else w?.reject(new Error(m.error ?? 'indicator file could not be read'));
    } else if (m.type === 'compared') {
      if (store.getState().compareWith === m.date) store.getState().setCompare({ compareResults: m.results });
    } else if (m.type === 'report') {
      const w = reports.get(m.id);
      reports.delete(m.id);
      if (m.report) w?.resolve(m.report);
      else w?.reject(new Error(m.error ?? 'report failed'));
    } else if (m.type === 'suggestProgress') suggestions.get(m.id)?.progress(m.progress);
    else if (m.type === 'suggested') {
      suggestions.get(m.id)?.resolve(m.result);
      suggestions.delete(m.id);
    } else if (m.type === 'imported') {
      const waiting = imports.get(m.id);
      imports.delete(m.id);
      if (m.result) waiting?.resolve(m.result);
      else waiting?.reject(Object.assign(new Error(m.error?.en ?? 'import failed'), { vi: m.error?.vi }));
    } else if (m.type === 'plan') {
      planWaiting.get(m.seq)?.(m.update);
      planWaiting.delete(m.seq);
    } else if (m.type === 'grid') {
      const results = store.getState().analysis.results;
      if (results)
        set({
          status: 'ready',
          stage: null,
          patched: null,
          results: {
            ...results,
            areas: { ...results.areas, ...m.areas },
            timings: { ...results.timings, [`${m.level}Ms`]: m.ms },
          },
        });
    } else if (m.type === 'tile') {
      pending.get(m.id)?.(m.data);
      pending.delete(m.id);
    } else if (m.type === 'error') set({ status: 'error', stage: null, error: m.message });
  };
  worker.onerror = (e) =>
    set({ status: 'error', stage: null, error: `coverage worker: ${e.message || 'failed to start'}` });
  set({ status: 'computing', stage: 'start' });
  send({ type: 'init', dataBaseUrl });
  return {
    requestCoverage: (tech) => send({ type: 'coverage', tech }),
    requestTile: (layer, z, x, y) =>
      new Promise((resolve) => {
        const id = nextId++;
        pending.set(id, resolve);
        send({ type: 'tile', id, layer, z, x, y });
      }),
    requestUncovered: (level, id, tech, op) => send({ type: 'uncovered', level, id, tech, op }),
    applyPlan: (upsert, remove) =>
      new Promise((resolve) => {
        const seq = planSeq++;
        planWaiting.set(seq, resolve);
        send({ type: 'plan', seq, upsert, remove });
      }),
    importFile: (file, name, kind, options, onProgress) =>
      new Promise((resolve, reject) => {
        const id = importSeq++;
        imports.set(id, { resolve, reject, progress: onProgress });
        send({ type: 'importFile', id, file, name, kind, options });
      }),
    suggest: (input, onProgress) => {
      const id = suggestSeq++;
      const result = new Promise<SuggestResult>((resolve) => suggestions.set(id, { resolve, progress: onProgress }));
      send({ type: 'suggest', id, input });
      return { result, cancel: () => send({ type: 'cancelSuggest', id }) };
    },
    report: (year, layout) =>
      new Promise((resolve, reject) => {
        const id = reportSeq++;
        reports.set(id, { resolve, reject });
        send({ type: 'report', id, year, layout });
      }),
    compare: (date) => send({ type: 'compare', date }),
    parseIndicators: (text, fileName, layout) =>
      new Promise((resolve, reject) => {
        const id = parseSeq++;
        parsing.set(id, { resolve, reject });
        send({ type: 'parseIndicators', id, text, fileName, ...(layout ? { layout } : {}) });
      }),
    setIndicators: (values) => send({ type: 'setIndicators', values }),
    setAsOf: (date) => {
      set({ status: 'computing', stage: 'asOf' });
      send({ type: 'asOf', date });
    },
    warmDates: (dates) => send({ type: 'warmDates', dates }),
    setBase: (base) => {
      set({ status: 'computing', stage: 'sites' });
      send({ type: 'setBase', base });
    },
    requestGrid: (level) => {
      if (gridsAsked.has(level)) return;
      gridsAsked.add(level);
      send({ type: 'grid', level });
    },
    terminate: () => worker.terminate(),
  };
}
