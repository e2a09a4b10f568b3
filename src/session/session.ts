/**
 * The application session, free of React and MapLibre: it loads the shipped data, owns the coverage worker and
 * turns store changes into worker requests (imports, base data, date, comparison, indicators, plan, grids, the
 * selected area's gap), and answers the panels' requests (read a file, suggest sites, the annual report). The map
 * draws what the session holds and the store says; the UI reaches the session through a React context.
 *
 * How a click comes back: the map puts the clicked feature in the store (`featureSelected`); the session's store
 * subscription asks the worker for that area's gap (`uncovered`); the answer goes to the store (`gapShown`) and to
 * the map's gap layer (the `gap` event); panels re-render from the store.
 */
import type { Feature } from 'geojson';
import type { AppState, AppStore } from '../state/store.js';
import type { ImportMode } from '../data/persist/schema.js';
import type { DataSource } from '../data/load-layers.js';
import { createRpcClient, type WorkerLike } from '../worker/rpc.js';
import type { FileRead, ImportProgress, SuggestRequest, TileLayer, Uncovered } from '../worker/protocol.js';
import type { CalibrationRun, CoverageApi, GroundReportsAnswer } from '../worker/protocol.js';
import type { FileImportOptions, ImportKindChoice } from '../data/import/import-file.js';
import type { SuggestProgress, SuggestResult } from '../analysis/suggest.js';
import type { SitesUpdate } from '../analysis/coverage-service.js';
import type { IndicatorImportResult } from '../data/import/indicators.js';
import { errorMessage } from '../domain/errors.js';
import { LAZY_KEYS, PLACE_LAYER } from '../domain/layers.js';
import type { PlaceLevel } from '../domain/places.js';
import { placesOf, selectPlace } from './places.js';
import { DataLayers } from './data-layers.js';
import { AnalysisSync } from './analysis-sync.js';
import { PlanSync, type PlanEditKind } from './plan-sync.js';
import { ImportSync } from './import-sync.js';
import { ParamsSync } from './params-sync.js';
import { PointSync } from './point-sync.js';
import { ParamsRefresh } from './params-refresh.js';
import { spawnCoverageWorker, type CoverageClient } from './client.js';
import { NamedLines } from './named-lines.js';
import { annualReportOf, areasGeoJson, type AnnualReportBundle } from './outputs.js';
import { showStoredFirstView } from './first-view.js';
import type { GroundReport } from '../domain/ground-report.js';

/** How long the other layers wait for the map to draw the first choropleth from stored figures, ms. */
export const FIRST_VIEW_WAIT_MS = 4000;

export type SessionOptions = {
  store: AppStore;
  data: DataSource;
  /** URL of the generated data folder, for the worker. */
  dataBaseUrl: string;
  /** Starts the coverage worker (a fake in unit tests). */
  spawnWorker?: () => WorkerLike;
};

/** What the session tells the map besides the store. */
export type SessionEvents = {
  /** The computed tiles changed: fetch them again. */
  tiles: void;
  /** The selected area's uncovered part (null clears it). */
  gap: { key: string | null; data: Uncovered };
  /** A plan edit was analysed (footprints to draw). */
  plan: { update: SitesUpdate; removed: readonly string[]; roundTripMs: number; kind: PlanEditKind };
  /** The URL of the sites' density to draw at city zoom (imports too many for dots), or null: dots at every zoom. */
  density: string | null;
};

export class Session {
  readonly layers: DataLayers;
  /** The named roads, railways and metro lines the search finds, and the figures of the one picked. */
  readonly lines: NamedLines;
  /** Resolves once the shipped layers are loaded and the worker is asked for the first analysis. */
  readonly started: Promise<void>;
  private readonly store: AppStore;
  private readonly client: CoverageClient;
  private readonly analysis: AnalysisSync;
  private readonly plan: PlanSync;
  private readonly params: ParamsSync;
  private readonly point: PointSync;
  private readonly listeners: { [K in keyof SessionEvents]: Set<(v: SessionEvents[K]) => void> } = {
    tiles: new Set(),
    gap: new Set(),
    plan: new Set(),
    density: new Set(),
  };
  private readonly imports: ImportSync;
  private readonly unsubscribe: () => void;
  private shown: () => void = () => {};
  private readonly firstShown = new Promise<void>((ok) => (this.shown = ok));

  constructor(private readonly opts: SessionOptions) {
    this.store = opts.store;
    const warn = (rule: string, message: string) =>
      this.store
        .getState()
        .warningsAdded([{ severity: 'warning', rule, file: 'map', index: null, key: null, message }]);
    this.layers = new DataLayers(opts.data, (message) => warn('layer', message));
    this.client = createRpcClient(opts.spawnWorker ?? spawnCoverageWorker, {
      onRestart: (reason) => {
        this.store.getState().warningsAdded([
          {
            severity: 'warning',
            rule: 'worker-crash',
            file: 'analysis',
            index: null,
            key: null,
            message: `the analysis worker stopped (${reason}) and was restarted; the figures are computed again`,
            vi: `bộ phân tích đã dừng (${reason}) và được khởi động lại; số liệu đang được tính lại`,
          },
        ]);
        for (const part of [this.analysis, this.plan, this.params, this.lines]) part.reset();
        this.initWorker();
      },
    });
    this.client.on('stage', (stage) => this.store.getState().analysisStarted(stage));
    this.analysis = new AnalysisSync(this.store, () => this.client, {
      tilesChanged: () => this.emit('tiles', undefined),
      gapDrawn: (key, data) => this.emit('gap', { key, data }),
    });
    this.params = new ParamsSync(this.store, () => this.client, this.analysis);
    this.imports = new ImportSync(
      this.store,
      () => this.client,
      this.layers,
      this.analysis,
      (url) => this.emit('density', url),
    );
    this.plan = new PlanSync(this.store, () => this.client, {
      analysed: (update, removed, roundTripMs, kind) => {
        this.emit('plan', { update, removed, roundTripMs, kind });
        this.emit('tiles', undefined);
      },
    });
    this.point = new PointSync(this.store, () => this.client, opts.data);
    this.lines = new NamedLines(this.store, () => this.client);
    const refresh = new ParamsRefresh(() => this.store.getState(), { resendPlan: () => this.plan.resend() });
    this.unsubscribe = this.store.subscribe((s, prev) => {
      this.loadLazy(s);
      this.analysis.apply(s, prev);
      this.plan.apply(s, prev);
      this.params.apply(s);
      refresh.apply(s, prev);
    });
    this.started = this.start();
  }

  private async start(): Promise<void> {
    const s = this.store.getState();
    s.dataLoading();
    try {
      const manifest = await this.layers.manifest();
      this.store.getState().manifestLoaded(manifest);
      const stored = showStoredFirstView(this.store, this.opts.data, manifest);
      // With stored figures the first choropleth needs no worker: the other layers wait until it is drawn (at
      // most FIRST_VIEW_WAIT_MS, for a map that cannot draw). Without them it needs the worker, which needs all.
      const firstDrawn = () =>
        Promise.race([
          this.firstShown,
          stored.then((shown) => (shown ? this.firstShown : undefined)),
          new Promise<void>((ok) => setTimeout(ok, FIRST_VIEW_WAIT_MS)),
        ]);
      await this.layers.loadEager(PLACE_LAYER[this.store.getState().level], firstDrawn);
      this.store.getState().dataLoaded(placesOf((key) => this.layers.get(key)));
      // The chosen level (from the link or the saved preferences) is drawn whatever its toggle was.
      this.store.getState().layerShown(PLACE_LAYER[this.store.getState().level]);
      this.loadLazy(this.store.getState());
    } catch (err) {
      this.store.getState().dataFailed(errorMessage(err));
      return;
    }
    this.initWorker();
  }

  /** The map has drawn the first choropleth (`firstShown` resolves): the other layers are read now (`loadEager`). */
  firstViewShown(): void {
    this.shown();
  }

  /** Loads the lazy layers (the grids) that are shown or whose level is chosen, once the shipped data is in. */
  private loadLazy(s: AppState): void {
    if (s.status !== 'ready') return;
    for (const key of LAZY_KEYS) if (s.visible[key] || PLACE_LAYER[s.level] === key) void this.layers.ensure(key);
  }

  /** Asks a (new) worker for the first analysis; then store changes become requests. */
  private initWorker(): void {
    this.store.getState().analysisStarted('start');
    this.client.call('init', [this.opts.dataBaseUrl]).then(
      (results) => {
        const s = this.store.getState();
        s.resultsArrived(results);
        if (results.issues.length > 0) s.warningsAdded(results.issues);
        this.analysis.started();
        this.plan.started();
        this.params.started();
        this.emit('tiles', undefined);
        this.imports.restore();
      },
      (err: unknown) => this.store.getState().analysisFailed(errorMessage(err)),
    );
  }

  on<K extends keyof SessionEvents>(name: K, listener: (v: SessionEvents[K]) => void): () => void {
    const set = this.listeners[name] as Set<(v: SessionEvents[K]) => void>;
    set.add(listener);
    return () => set.delete(listener);
  }

  private emit<K extends keyof SessionEvents>(name: K, value: SessionEvents[K]): void {
    for (const l of this.listeners[name] as Set<(v: SessionEvents[K]) => void>) l(value);
  }

  /** A vector tile of a computed layer (null when empty). */
  tile(layer: TileLayer, z: number, x: number, y: number, signal?: AbortSignal): Promise<ArrayBuffer | null> {
    return this.client.call('tile', [layer, z, x, y], signal ? { signal } : {});
  }

  /** Reads a file in the worker, which keeps it; answers the report and the read's number for `addImport`. */
  importFile(
    file: File,
    kind: ImportKindChoice,
    options: FileImportOptions,
    onProgress: (p: ImportProgress) => void,
    signal?: AbortSignal,
  ): Promise<FileRead> {
    return this.imports.read(file, kind, options, onProgress, signal);
  }

  /** Keeps a file read earlier (in the browser's storage, by the worker) and puts it in use. */
  addImport(readId: number, mode: ImportMode): Promise<void> {
    return this.imports.add(readId, mode);
  }

  /** Forgets an import and goes back to what the others make. */
  removeImport(id: string): Promise<void> {
    return this.imports.remove(id);
  }

  /** The URL of the sites' density drawn now (see the `density` event), or null. */
  siteDensity(): string | null {
    return this.imports.density();
  }

  /** Suggests new sites with progress; aborting stops the search and answers the proposals so far. */
  suggest(
    input: SuggestRequest,
    onProgress: (p: SuggestProgress) => void,
    signal: AbortSignal,
  ): Promise<SuggestResult> {
    return this.client.call('suggest', [input], { onProgress, signal, abort: 'reply' });
  }

  /** Reads and checks an indicator CSV in the worker; nothing is applied yet. */
  parseIndicators(text: string, fileName: string, layout?: '2025' | '2019'): Promise<IndicatorImportResult> {
    return this.client.call('parseIndicators', [text, fileName, layout ?? null]);
  }

  /** The annual report of a year and layout, with what its files need (area geometry, provenance). */
  async annualReport(year: number, layout: '2025' | '2019'): Promise<AnnualReportBundle> {
    await this.started;
    const report = await this.client.call('report', [year, layout]);
    return annualReportOf(
      report,
      layout,
      this.store.getState(),
      (key) => this.layers.get(key),
      await this.layers.manifest(),
    );
  }

  /** The chosen level's areas with their analysis results, as GeoJSON text. */
  areasGeoJson(): string {
    const s = this.store.getState();
    return areasGeoJson(this.layers.get(PLACE_LAYER[s.level])?.features ?? [], s);
  }

  /** Selects an area or zone as a click would (a grid level loaded first); its feature, or null (none such). */
  selectPlace = (level: PlaceLevel, id: string): Promise<Feature | null> =>
    selectPlace(this.layers, this.store.getState, level, id);

  /** Reads a measurement file and fits the model's offsets per environment in the worker; nothing is applied. */
  calibrate = (file: File): Promise<CalibrationRun> => this.params.calibrate(file);

  /** Test hook: makes the worker fail as a crash would; the session restarts it and replays the state. */
  crashWorkerForTest = (): Promise<void> => this.client.call('crashForTest', []);

  /** Calls not yet answered by the worker. */
  pendingRequests = (): number => this.client.pending();

  /** Sets reports from the ground against the model in use, in the worker. */
  groundReports = (reports: GroundReport[]): Promise<GroundReportsAnswer> =>
    this.client.call('groundReports', [reports]);
  /** An area's shared towers as of the map's date (null: all the data), from the worker (sharing-handler.ts). */
  areaSharing = (...args: CoverageApi['areaSharing']['args']) => this.client.call('areaSharing', args);
  /** An area's road km and covered share per road class, with the city's (roads-handler.ts). */
  areaRoads = (...args: CoverageApi['areaRoads']['args']) => this.client.call('areaRoads', args);

  destroy(): void {
    this.unsubscribe();
    this.point.destroy();
    this.lines.destroy();
    this.imports.destroy();
    this.client.terminate();
  }
}
