/**
 * The one place that calls MapLibre imperatively. It builds the map, adds the data layers as their files
 * arrive, mirrors the store (toggles, filters, selection) onto the map, and reports clicks to the store.
 * React components never touch the map.
 */
import {
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  addProtocol,
  removeProtocol,
  setWorkerUrl,
  type GeoJSONSource,
  type FilterSpecification,
  type MapMouseEvent,
  type VectorTileSource,
} from 'maplibre-gl';
import { COVERAGE_TILE_MAX_ZOOM, gapsLayer, parseTileLayer } from '../worker/protocol.js';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { reportHtml } from '../ui/report-html.js';
import { reportGeoJson, reportToCsv } from '../analysis/report.js';
import type { Site, Technology } from '../domain/telecom.js';
import type { SearchEntry } from '../ui/search.js';
import { formatUrlState, type UrlState } from '../state/url-state.js';
import type { EngineLevel, OpSet } from '../analysis/engine/types.js';
import { bbox } from '@turf/bbox';
import type { AppStore, AppState } from '../state/store.js';
import { loadLayer, loadManifest, type DataSource } from '../data/load-layers.js';
import {
  CLICKABLE_LAYERS,
  GAP_PATTERN,
  LAYER_KEYS,
  LAYER_SOURCE,
  LAZY_KEYS,
  hatchPattern,
  PLACE_LAYER,
  layersFor,
  placeLevelOf,
  type LayerKey,
} from './layers.js';
import { isGridLevel } from '../domain/grid.js';
import type { Manifest } from '../domain/report.js';
import type { Persistence } from '../state/persistence.js';
import type { StoredImport } from '../data/persist/schema.js';
import { baseOf, provenanceOf } from '../state/imports.js';
import type { FileImportOptions, ImportedFile, ImportKindChoice } from '../worker/import-file.js';
import { siteToFeature } from '../data/site-codec.js';
import type { SuggestRequest } from '../worker/protocol.js';
import type { SuggestProgress, SuggestResult } from '../analysis/suggest.js';
import { baseStyle, glyphsUrl, HANOI_FIT_BOUNDS } from './style.js';
import { coverageFilter, sitesFilter, sourceFilter, speedFilter } from './filters.js';
import { BASE_COLORS } from './palette.js';
import { startCoverageWorker, type CoverageClient } from '../worker/coverage-client.js';
import { PlanLayer } from './plan-layer.js';
import { paintAreas, paintChoropleth, paintZones } from './choropleth-paint.js';
import { areasGeoJson, placesOf } from './area-export.js';
import { valuesOf } from '../state/indicators.js';
import { isSourceComparison, sourceAvailable } from '../state/compare.js';
import { nearestQuarters, WARM_QUARTERS } from '../domain/quarters.js';
import type { IndicatorImportResult } from '../data/import/indicators.js';

setWorkerUrl(workerUrl);

/** URL scheme of the computed-coverage tiles (`hanoi-coverage://5G/{z}/{x}/{y}`). */
const COVERAGE_PROTOCOL = 'hanoi-coverage';

/** Property that identifies a feature of each layer group. */
const ID_PROP: Readonly<Record<LayerKey, string>> = {
  roads: 'highway',
  coverage4g: 'operator',
  coverage5g: 'operator',
  gaps: 'op',
  units2025: 'code',
  wards2019: 'code',
  districts2019: 'code',
  grid8: 'code',
  grid9: 'code',
  cables: 'id',
  zones: 'id',
  busStops: 'id',
  speedTests: 'id',
  sites: 'id',
};

export type MapControllerOptions = {
  container: HTMLElement;
  store: AppStore;
  data: DataSource;
  /** Page URL the glyph path is resolved against. */
  baseUrl: string;
  /** The shareable state read from the URL at start (view and selection are applied here). */
  initialUrl: UrlState;
  /** URL of the generated data folder, for the coverage worker. */
  dataBaseUrl: string;
  /** Optional remote basemap style (deployments with internet); null for the offline style. */
  basemapStyleUrl: string | null;
  /** The browser storage of the plan and imports (null in tests that need none). */
  persistence?: Promise<Persistence> | null;
};

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

export class MapController {
  readonly map: MapLibreMap;
  private readonly store: AppStore;
  private readonly collections = new Map<LayerKey, FeatureCollection>();
  private unsubscribe: (() => void) | null = null;
  private unsubscribeReady: (() => void) | null = null;
  private coverage: CoverageClient | null = null;
  private requestedGap: string | null = null;
  /** The URL is written only once the data (and the URL's selection) are in place. */
  private urlSync = false;
  private coverageReady: Promise<CoverageClient>;
  private resolveCoverage: ((c: CoverageClient) => void) | null = null;
  private manifest: Manifest | null = null;
  private plan: PlanLayer | null = null;
  /** Version of the computed tiles (coverage, gaps), bumped when the sites change so the map fetches them again. */
  private tileVersion = 0;
  private tileRefresh: ReturnType<typeof setTimeout> | null = null;
  /** The imports list whose sites the worker last analysed (identity), and the storage. */
  private appliedImports: StoredImport[] | null = null;
  private persistence: Persistence | null = null;
  private asOfBusy = false;
  /** The indicator files last handed to the worker. */
  private sentIndicators: AppState['indicatorFiles'] | null = null;
  private asOfPending = false;
  private asOfSent: string | null = null;
  /** Lazy layers (the grids) being loaded or loaded, by key. */
  private readonly lazy = new Map<LayerKey, Promise<void>>();

  constructor(private readonly opts: MapControllerOptions) {
    this.store = opts.store;
    this.map = new MapLibreMap({
      container: opts.container,
      style: opts.basemapStyleUrl ?? baseStyle(glyphsUrl(opts.baseUrl)),
      ...(opts.initialUrl.view
        ? {
            center: [opts.initialUrl.view.lng, opts.initialUrl.view.lat] as [number, number],
            zoom: opts.initialUrl.view.zoom,
          }
        : { bounds: HANOI_FIT_BOUNDS, fitBoundsOptions: { padding: 16 } }),
      attributionControl: {
        compact: true,
        customAttribution:
          '© OpenStreetMap contributors (ODbL) · TĐT dân số 2019, TCTK / GSO 2019 census · trạm, vùng phủ, cáp, tốc độ: dữ liệu mẫu / sites, coverage, cables, speeds: sample data',
      },
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right');
    this.coverageReady = new Promise((resolve) => (this.resolveCoverage = resolve));
    this.registerCoverageProtocol();
    this.map.on('load', () => void this.addData());
    this.map.on('click', (e) => this.onClick(e));
    this.map.on('moveend', () => this.writeUrl());
    this.map.on('error', (e) => {
      const msg = e.error instanceof Error ? e.error.message : String(e.error);
      this.store.getState().setData({
        issues: [
          ...this.store.getState().issues,
          { severity: 'warning', rule: 'map', file: 'map', index: null, key: null, message: msg },
        ],
      });
    });
    for (const id of CLICKABLE_LAYERS) {
      this.map.on('mouseenter', id, () => (this.map.getCanvas().style.cursor = 'pointer'));
      this.map.on('mouseleave', id, () => (this.map.getCanvas().style.cursor = ''));
    }
  }

  private async addData(): Promise<void> {
    const { store, map } = this;
    store.getState().setData({ status: 'loading' });
    map.addImage(GAP_PATTERN, hatchPattern());
    this.addStaticLayers();
    for (const key of LAYER_KEYS) {
      if (LAYER_SOURCE[key] === null) {
        // Computed coverage and gaps: vector tiles the worker cuts with geojson-vt, fetched through a protocol.
        map.addSource(key, { type: 'vector', tiles: [this.tileUrl(key)], minzoom: 0, maxzoom: COVERAGE_TILE_MAX_ZOOM });
      } else {
        map.addSource(key, { type: 'geojson', data: EMPTY, promoteId: ID_PROP[key] });
      }
      for (const layer of layersFor(key)) map.addLayer(layer);
    }
    map.addSource('selected-gap', { type: 'geojson', data: EMPTY });
    map.addLayer({
      id: 'selected-gap-fill',
      type: 'fill',
      source: 'selected-gap',
      paint: { 'fill-color': '#D7301F', 'fill-opacity': 0.35 },
    });
    map.addLayer({
      id: 'selected-gap-line',
      type: 'line',
      source: 'selected-gap',
      paint: { 'line-color': '#B30000', 'line-width': 1.2, 'line-dasharray': [2, 1] },
    });
    this.plan = new PlanLayer(
      map,
      store,
      () => this.coverage,
      () => this.refreshComputedTiles(),
    );
    (window as unknown as { hanoiPlanTimings?: unknown }).hanoiPlanTimings = this.plan.timings;
    map.addSource('selection', { type: 'geojson', data: EMPTY });
    map.addLayer({
      id: 'selection-line',
      type: 'line',
      source: 'selection',
      paint: { 'line-color': '#000000', 'line-width': 3 },
    });
    map.addLayer({
      id: 'selection-point',
      type: 'circle',
      source: 'selection',
      filter: ['==', ['geometry-type'], 'Point'],
      paint: {
        'circle-radius': 9,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': '#000000',
        'circle-stroke-width': 2.5,
      },
    });
    this.apply(store.getState(), null);
    this.unsubscribe = store.subscribe((s, prev) => {
      this.apply(s, prev);
      if (
        s.selection !== prev.selection ||
        s.level !== prev.level ||
        s.choroTech !== prev.choroTech ||
        s.choroOp !== prev.choroOp ||
        s.basis !== prev.basis ||
        s.lang !== prev.lang
      )
        this.writeUrl();
    });

    try {
      const manifest = await loadManifest(this.opts.data);
      this.manifest = manifest;
      store.getState().setData({ manifest, issues: [...store.getState().issues, ...manifest.warnings] });
      const city = await loadLayer(this.opts.data, manifest, 'city');
      (map.getSource('city') as GeoJSONSource).setData(city);
      await Promise.all(
        LAYER_KEYS.map(async (key) => {
          const id = LAYER_SOURCE[key];
          if (id === null || LAZY_KEYS.has(key)) return;
          const fc = await loadLayer(this.opts.data, manifest, id);
          this.collections.set(key, fc);
          (map.getSource(key) as GeoJSONSource).setData(fc);
        }),
      );
      store.getState().setData({ status: 'ready', places: this.places() });
      // The chosen level (from the link or the saved preferences) is drawn whatever its toggle was.
      const levelKey = PLACE_LAYER[store.getState().level];
      if (!store.getState().visible[levelKey]) store.getState().toggleLayer(levelKey);
      const sel = this.opts.initialUrl.selection;
      if (sel) this.selectPlace(sel.level, sel.id, this.opts.initialUrl.view === null);
      this.urlSync = true;
      this.writeUrl();
      (window as unknown as { hanoiReady?: boolean }).hanoiReady = true;
      this.unsubscribeReady = store.subscribe((s) => {
        if (s.analysis.status === 'ready')
          (window as unknown as { hanoiAnalysisReady?: boolean }).hanoiAnalysisReady = true;
      });
      // The coverage analysis runs in a worker that reads the same files; the map stays responsive.
      this.coverage = startCoverageWorker(
        store,
        this.opts.dataBaseUrl,
        () => {},
        (key, data) => {
          // Only draw the answer for what is still selected.
          if (key !== this.gapKey()) return;
          (map.getSource('selected-gap') as GeoJSONSource | undefined)?.setData(
            data
              ? { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: data.geometry, properties: {} }] }
              : EMPTY,
          );
          store.getState().setAnalysis({ gap: data ? { key, areaKm2: data.areaKm2 } : null });
        },
      );
      this.resolveCoverage?.(this.coverage);
      this.loadLazyLayers(store.getState());
      void this.opts.persistence?.then((p) => {
        this.persistence = p;
        store.getState().setData({ imports: p.imports });
      });
    } catch (err) {
      store.getState().setData({ status: 'error', error: err instanceof Error ? err.message : String(err) });
    }
  }

  private registerCoverageProtocol(): void {
    removeProtocol(COVERAGE_PROTOCOL);
    addProtocol(COVERAGE_PROTOCOL, async (params) => {
      const m = /^[a-z-]+:\/\/([A-Za-z0-9-]+)\/(\d+)\/(\d+)\/(\d+)(?:\?v=\d+)?$/.exec(params.url);
      if (!m || !parseTileLayer(m[1]!)) throw new Error(`coverage tile: bad URL ${params.url}`);
      const client = await this.coverageReady;
      const data = await client.requestTile(m[1]!, Number(m[2]), Number(m[3]), Number(m[4]));
      return { data: data ?? new ArrayBuffer(0) };
    });
  }

  /**
   * After the plan changed the analysis, the computed coverage and gaps tiles are out of date: fetch them
   * again once the edits pause (a drag would otherwise re-cut the whole city's coverage every frame).
   */
  private refreshComputedTiles(): void {
    if (this.tileRefresh !== null) clearTimeout(this.tileRefresh);
    this.tileRefresh = setTimeout(() => {
      this.tileRefresh = null;
      this.tileVersion++;
      for (const key of LAYER_KEYS)
        if (LAYER_SOURCE[key] === null)
          (this.map.getSource(key) as VectorTileSource | undefined)?.setTiles([this.tileUrl(key)]);
    }, 700);
  }

  /** Tile URL of a computed layer: coverage by technology, or the gaps of the choropleth's technology and operators. */
  private tileUrl(key: LayerKey): string {
    const s = this.store.getState();
    const layer = key === 'gaps' ? gapsLayer(s.choroTech, s.choroOp) : key === 'coverage5g' ? '5G' : '4G';
    return `${COVERAGE_PROTOCOL}://${layer}/{z}/{x}/{y}?v=${this.tileVersion}`;
  }

  private addStaticLayers(): void {
    this.map.addSource('city', { type: 'geojson', data: EMPTY });
    this.map.addLayer({ id: 'city-fill', type: 'fill', source: 'city', paint: { 'fill-color': BASE_COLORS.city } });
    this.map.addLayer({
      id: 'city-line',
      type: 'line',
      source: 'city',
      paint: { 'line-color': BASE_COLORS.districtLine, 'line-width': 2 },
    });
  }

  /**
   * Puts the imported sites in use: the worker recomputes everything on them (joining or replacing the
   * sample), and the sites layer shows them.
   */
  private applyImports(imports: StoredImport[]): void {
    this.appliedImports = imports;
    const base = baseOf(imports);
    this.coverage!.setBase(base);
    const sites = this.collections.get('sites')?.features ?? [];
    const importedSites = base.sites.mode === 'sample' ? [] : base.sites.sites.map(siteToFeature);
    const shownSites =
      base.sites.mode === 'sample'
        ? sites
        : base.sites.mode === 'replace'
          ? importedSites
          : [...sites, ...importedSites];
    (this.map.getSource('sites') as GeoJSONSource | undefined)?.setData({
      type: 'FeatureCollection',
      features: shownSites,
    });
    const cables = this.collections.get('cables')?.features ?? [];
    const shownCables =
      base.cables.mode === 'sample'
        ? cables
        : base.cables.mode === 'replace'
          ? base.cables.features
          : [...cables, ...base.cables.features];
    (this.map.getSource('cables') as GeoJSONSource | undefined)?.setData({
      type: 'FeatureCollection',
      features: shownCables,
    });
    this.store.getState().setData({ provenance: provenanceOf(base) });
    this.refreshComputedTiles();
  }

  /** Reads an imported file in the worker (nothing is applied until `addImport`). */
  importFile(
    file: File,
    kind: ImportKindChoice,
    options: FileImportOptions,
    onProgress: (p: { bytes: number; totalBytes: number; rows: number }) => void,
  ): Promise<ImportedFile> {
    if (!this.coverage) return Promise.reject(new Error('the analysis has not started yet'));
    return this.coverage.importFile(file, file.name, kind, options, onProgress);
  }

  /** Asks the worker for new site proposals; null before the analysis has started. */
  suggestSites(
    input: SuggestRequest,
    onProgress: (p: SuggestProgress) => void,
  ): { result: Promise<SuggestResult>; cancel: () => void } | null {
    return this.coverage?.suggest(input, onProgress) ?? null;
  }

  /**
   * The annual report of a year and layout as files: the printable page (HTML), CSV (UTF-8 with BOM) and the
   * areas with their figures (GeoJSON).
   */
  async annualReport(
    year: number,
    layout: '2025' | '2019',
    lang: 'vi' | 'en' = 'vi',
  ): Promise<{ html: string; csv: string; geojson: string } | null> {
    if (!this.coverage || !this.manifest) return null;
    const report = await this.coverage.report(year, layout);
    const sample = this.store.getState().provenance.sites !== 'imported';
    const geometry = new Map<string, Feature<Polygon | MultiPolygon>>();
    for (const [key, level] of (layout === '2025'
      ? [['units2025', 'unit2025']]
      : [
          ['districts2019', 'district2019'],
          ['wards2019', 'ward2019'],
        ]) as [LayerKey, string][])
      for (const f of this.collections.get(key)?.features ?? [])
        geometry.set(`${level}|${String(f.properties?.code)}`, f as Feature<Polygon | MultiPolygon>);
    const files = this.store.getState().indicatorFiles;
    const indicators = {
      files: files.map((f) => f.fileName),
      sources: [...new Set(files.flatMap((f) => f.values.map((v) => v.source)).filter((x) => x !== ''))].sort(),
    };
    return {
      html: reportHtml(report, geometry, sample, this.manifest, lang, indicators),
      csv: reportToCsv(report, sample),
      geojson: JSON.stringify(reportGeoJson(report, geometry, sample)),
    };
  }

  /** Reads and checks an indicator CSV in the worker; null before the analysis has started. */
  async parseIndicators(
    text: string,
    fileName: string,
    layout?: '2025' | '2019',
  ): Promise<IndicatorImportResult | null> {
    return this.coverage ? this.coverage.parseIndicators(text, fileName, layout) : null;
  }

  /** Draws proposed sites (not yet in the plan); an empty list clears them. */
  showProposals(sites: readonly Site[]): void {
    this.plan?.showProposals(sites);
  }

  /** Keeps an import (in the browser's storage) and puts it in use. */
  async addImport(item: StoredImport): Promise<void> {
    await this.persistence?.saveImport(item);
    const s = this.store.getState();
    s.setData({ imports: [...s.imports.filter((i) => i.id !== item.id), item] });
  }

  /** Forgets an import and goes back to what the others make. */
  async removeImport(id: string): Promise<void> {
    await this.persistence?.deleteImport(id);
    const s = this.store.getState();
    s.setData({ imports: s.imports.filter((i) => i.id !== id) });
  }

  /**
   * Asks the worker for the figures on the store's date; while it works, later dates wait and only the newest
   * is sent next (the play button steps faster than a busy worker may answer).
   */
  private applyAsOf(): void {
    if (!this.coverage) return;
    const want = this.store.getState().asOf;
    if (this.asOfBusy) {
      this.asOfPending = true;
      return;
    }
    this.asOfBusy = true;
    this.asOfSent = want;
    this.coverage.setAsOf(want);
    // The quarters around the chosen one are likely next (neighbours, play): the worker prepares them when idle.
    const today = new Date().toISOString().slice(0, 10);
    if (want !== null) this.coverage.warmDates(nearestQuarters(want, today, WARM_QUARTERS));
    const unsub = this.store.subscribe((s) => {
      if (s.analysis.status !== 'ready') return;
      unsub();
      this.asOfBusy = false;
      this.refreshComputedTiles();
      if (this.asOfPending || this.store.getState().asOf !== this.asOfSent) {
        this.asOfPending = false;
        if (this.store.getState().asOf !== this.asOfSent) this.applyAsOf();
      }
    });
  }

  /** Starts loading the lazy layers that are shown or whose level is chosen (once the data is ready). */
  private loadLazyLayers(s: AppState): void {
    if (!this.manifest || !this.coverage) return;
    for (const key of LAZY_KEYS) if (s.visible[key] || PLACE_LAYER[s.level] === key) void this.ensureLazy(key);
  }

  /**
   * Loads a lazy layer's features once, and asks the worker to analyse its level (a grid). A failure
   * goes to the data warnings and leaves the layer empty.
   */
  private ensureLazy(key: LayerKey): Promise<void> {
    const known = this.lazy.get(key);
    if (known) return known;
    const id = LAYER_SOURCE[key]!;
    const level = placeLevelOf(key);
    const job = (async () => {
      if (level && isGridLevel(level)) (await this.coverageReady).requestGrid(level);
      try {
        const fc = await loadLayer(this.opts.data, this.manifest!, id);
        this.collections.set(key, fc);
        (this.map.getSource(key) as GeoJSONSource | undefined)?.setData(fc);
        this.paintChoropleth(this.store.getState());
      } catch (err) {
        this.collections.set(key, EMPTY);
        this.warn('layer', `${id}: ${err instanceof Error ? err.message : String(err)}`);
      }
    })();
    this.lazy.set(key, job);
    return job;
  }

  private warn(rule: string, message: string): void {
    const s = this.store.getState();
    s.setData({ issues: [...s.issues, { severity: 'warning', rule, file: 'map', index: null, key: null, message }] });
  }

  /** Mirrors the store onto the map; `prev` null applies everything. */
  private apply(s: AppState, prev: AppState | null): void {
    const { map } = this;
    if (prev && (s.visible !== prev.visible || s.level !== prev.level)) this.loadLazyLayers(s);
    if (prev && s.asOf !== prev.asOf) this.applyAsOf();
    if (s.compareWith && isSourceComparison(s.compareWith) && !sourceAvailable(s.compareWith, s.provenance.sites)) {
      // The data source compared with is gone (its import removed): stop comparing.
      s.setCompare({ compareWith: null, compareResults: null });
    }
    if (prev && s.compareWith !== prev.compareWith) {
      if (s.compareWith === null) s.setCompare({ compareResults: null });
      else this.coverage?.compare(s.compareWith);
    } else if (
      prev &&
      s.compareWith &&
      isSourceComparison(s.compareWith) &&
      sourceAvailable(s.compareWith, s.provenance.sites) &&
      s.analysis.results !== prev.analysis.results &&
      !s.analysis.patched
    ) {
      // Another data source is compared as of the map's date, on the data in use: new figures, new comparison.
      this.coverage?.compare(s.compareWith);
    }
    if (
      this.coverage &&
      s.analysis.status === 'ready' &&
      s.imports !== this.appliedImports &&
      (this.appliedImports !== null || s.imports.length > 0)
    )
      this.applyImports(s.imports);
    if (prev && (s.choroTech !== prev.choroTech || s.choroOp !== prev.choroOp))
      (map.getSource('gaps') as VectorTileSource | undefined)?.setTiles([this.tileUrl('gaps')]);
    if (!prev || s.visible !== prev.visible) {
      for (const key of LAYER_KEYS)
        for (const layer of layersFor(key))
          map.setLayoutProperty(layer.id, 'visibility', s.visible[key] ? 'visible' : 'none');
    }
    if (
      !prev ||
      s.operators !== prev.operators ||
      s.technologies !== prev.technologies ||
      s.sources !== prev.sources ||
      s.asOf !== prev.asOf
    ) {
      // Sites not yet on air on the chosen date are hidden (an unknown date counts as on air).
      const source: FilterSpecification =
        s.asOf === null
          ? sourceFilter(s.sources)
          : ['all', sourceFilter(s.sources), ['<=', ['coalesce', ['get', 'onAir'], ''], s.asOf]];
      const and = (f: FilterSpecification) => ['all', f, source] as FilterSpecification;
      map.setFilter('sites-circle', and(sitesFilter(s.operators, s.technologies)));
      for (const tech of ['4G', '5G'] as const) {
        const f = and(coverageFilter(s.operators, s.technologies, tech));
        map.setFilter(`coverage${tech.toLowerCase()}-fill`, f);
        map.setFilter(`coverage${tech.toLowerCase()}-line`, f);
      }
      map.setFilter('speedTests-circle', and(speedFilter(s.operators, s.technologies)));
      map.setFilter('cables-line', source);
    }
    if (this.coverage && s.indicatorFiles !== this.sentIndicators) {
      this.sentIndicators = s.indicatorFiles;
      this.coverage.setIndicators(valuesOf(s.indicatorFiles));
    }
    const choroChanged =
      !prev ||
      s.level !== prev.level ||
      s.choroTech !== prev.choroTech ||
      s.choroOp !== prev.choroOp ||
      s.basis !== prev.basis ||
      s.choroIndicator !== prev.choroIndicator ||
      s.indicatorTable !== prev.indicatorTable;
    if (choroChanged || s.analysis.results !== prev.analysis.results || s.compareResults !== prev.compareResults) {
      const onlyPatched =
        !choroChanged &&
        s.analysis.results !== prev.analysis.results &&
        s.compareResults === prev.compareResults &&
        !s.compareResults;
      if (onlyPatched && s.analysis.patched) paintAreas(this.map, s, s.analysis.patched);
      else this.paintChoropleth(s);
    }
    if (!prev || s.analysis.results?.zones !== prev.analysis.results?.zones || s.choroOp !== prev.choroOp)
      paintZones(this.map, s);
    if (
      !prev ||
      s.selection !== prev.selection ||
      s.analysis.status !== prev.analysis.status ||
      s.choroTech !== prev.choroTech ||
      s.choroOp !== prev.choroOp
    ) {
      const key = this.gapKey();
      if (key !== this.requestedGap) {
        this.requestedGap = key;
        (map.getSource('selected-gap') as GeoJSONSource | undefined)?.setData(EMPTY);
        if (key && this.coverage) {
          const [level, id, tech, op] = key.split('|') as [Exclude<EngineLevel, 'city'>, string, Technology, OpSet];
          this.coverage.requestUncovered(level, id, tech, op);
        }
      }
    }
    if (!prev || s.selection !== prev.selection) {
      const sel = s.selection;
      const f = sel ? this.findFeature(sel.key, sel.id) : undefined;
      (map.getSource('selection') as GeoJSONSource | undefined)?.setData(
        f ? { type: 'FeatureCollection', features: [f] } : EMPTY,
      );
    }
  }

  private onClick(e: MapMouseEvent): void {
    if (this.plan?.click(e)) return;
    const layers = CLICKABLE_LAYERS.filter(
      (id) => this.map.getLayer(id) && this.map.getLayoutProperty(id, 'visibility') !== 'none',
    );
    const hit = this.map.queryRenderedFeatures(e.point, { layers: [...layers] })[0];
    if (!hit) {
      this.store.getState().select(null);
      return;
    }
    const key = hit.layer.id.split('-')[0] as LayerKey;
    const props = { ...(hit.properties as Record<string, unknown>) };
    this.store.getState().select({ key, id: (props[ID_PROP[key]] as string | number | undefined) ?? null, props });
  }

  private paintChoropleth(s: AppState): void {
    paintChoropleth(this.map, this.collections, s);
  }

  /** The gap to draw: the selected area's uncovered part for the choropleth's technology and operator set. */
  private gapKey(): string | null {
    const s = this.store.getState();
    if (!s.selection || s.analysis.status !== 'ready') return null;
    const level = placeLevelOf(s.selection.key);
    if (!level || s.selection.id === null) return null;
    return `${level}|${s.selection.id}|${s.choroTech}|${s.choroOp}`;
  }

  /** The searchable places: areas of both layouts and the priority zones. */
  private places(): SearchEntry[] {
    return placesOf(this.collections);
  }

  /** Selects an area or zone by level and id, as a click would, and zooms to it. */
  selectPlace(level: SearchEntry['level'], id: string, zoom = true): void {
    const key = PLACE_LAYER[level];
    if (LAZY_KEYS.has(key) && !this.collections.has(key)) {
      if (this.manifest) void this.ensureLazy(key).then(() => this.selectPlace(level, id, zoom));
      return;
    }
    const f = this.findFeature(key, id);
    if (!f) {
      if (isGridLevel(level))
        this.warn(
          'grid-cell-unknown',
          `${id}: ${this.store.getState().lang === 'vi' ? 'ô lưới H3 không thuộc Hà Nội' : 'H3 cell is not part of Hà Nội'}`,
        );
      return;
    }
    if (level !== 'zone' && !this.store.getState().visible[key]) this.store.getState().toggleLayer(key);
    this.store.getState().select({ key, id, props: { ...(f.properties ?? {}) } });
    if (zoom) this.zoomToSelection();
  }

  /** The chosen level's areas with their analysis results, as GeoJSON text (see `areasGeoJson`). */
  exportAreasGeoJson(): string {
    const s = this.store.getState();
    return areasGeoJson(this.collections.get(PLACE_LAYER[s.level])?.features ?? [], s);
  }

  /** The map as a PNG data URL (the canvas keeps its drawing buffer for this). */
  exportPng(): string {
    return this.map.getCanvas().toDataURL('image/png');
  }

  /** Writes the shareable state to the URL hash (replaceState: no history entry per pan). */
  private writeUrl(): void {
    if (!this.urlSync) return;
    const s = this.store.getState();
    const c = this.map.getCenter();
    const selLevel = s.selection ? placeLevelOf(s.selection.key) : null;
    const hash = formatUrlState({
      view: { zoom: this.map.getZoom(), lat: c.lat, lng: c.lng },
      level: s.level,
      tech: s.choroTech,
      op: s.choroOp,
      basis: s.basis,
      lang: s.lang,
      selection:
        selLevel && s.selection?.id !== null && s.selection?.id !== undefined
          ? { level: selLevel, id: String(s.selection.id) }
          : null,
    });
    if (hash !== location.hash) history.replaceState(history.state, '', hash);
  }

  /** Fits the map to the selected feature. */
  zoomToSelection(): void {
    const sel = this.store.getState().selection;
    const f = sel ? this.findFeature(sel.key, sel.id) : undefined;
    if (!f) return;
    const [w, s, e, n] = bbox(f);
    this.map.fitBounds(
      [
        [w, s],
        [e, n],
      ],
      { padding: 60, maxZoom: 15 },
    );
  }

  private findFeature(key: LayerKey, id: string | number | null) {
    return this.collections.get(key)?.features.find((x) => x.properties?.[ID_PROP[key]] === id);
  }

  destroy(): void {
    this.coverage?.terminate();
    this.plan?.destroy();
    if (this.tileRefresh !== null) clearTimeout(this.tileRefresh);
    this.unsubscribeReady?.();
    removeProtocol(COVERAGE_PROTOCOL);
    this.unsubscribe?.();
    this.map.remove();
  }
}
