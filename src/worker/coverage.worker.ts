/// <reference lib="webworker" />
/**
 * The coverage worker: the handler table of the coverage API (protocol.ts), served over the request/reply channel
 * (rpc.ts). It loads its own data and runs the analysis off the main thread; every request is answered, with its
 * value or its error.
 */
import type { Feature, FeatureCollection, LineString, Point, Polygon } from 'geojson';
import { CoverageService } from '../analysis/coverage-service.js';
import { serviceReport } from '../analysis/service-report.js';
import { loadServiceInput } from '../data/load-service-input.js';
import { StoredAnalysis } from './stored-analysis.js';
import { httpDataSource, loadLayer, loadManifest } from '../data/load-layers.js';
import type { CableStatus, Site, SpeedTestProps } from '../domain/telecom.js';
import { createCoverageTiles, type CoverageTiles } from './coverage-tiles.js';
import { parseTileLayer, type CoverageApi, type CoverageEvents, type ImportsApplied } from './protocol.js';
import type { TileLayer } from './protocol.js';
import { GRID_LAYER_ID, type GridLevel } from '../domain/grid.js';
import { importAnyFile } from '../data/import/import-file.js';
import { mergeBase, provenanceOf } from '../data/import/base-data.js';
import { ImportRegistry } from './import-registry.js';
import { readSummaryOf } from '../data/import/import-parts.js';
import { shownFeaturesOf, shownLayersOf, type ShownFeatures } from './shown-layers.js';
import { openAppDb } from '../data/persist/indexed-db.js';
import type { DataIssue } from '../domain/report.js';
import type { IndicatorValue } from '../domain/indicators.js';
import { parseIndicatorCsv } from '../data/import/indicators.js';
import { nearestQuarters, WARM_QUARTERS } from '../domain/quarters.js';
import { createIdleSteps } from './idle-steps.js';
import { serveRpc, type Handlers } from './rpc.js';
import { pointHandler } from './point-handler.js';
import { paramsHandlers } from './params-handler.js';
import { MeasureFeatures, readOnce, roadsFrom } from './measure-tiles.js';
import { roadsHandler } from './roads-handler.js';
import { runSuggestion } from './run-suggestion.js';
import { groundReportsHandler } from './ground-reports-handler.js';
import { sharingHandler } from './sharing-handler.js';
import { namedLinesHandlers } from './named-lines-handler.js';
import { lineSetStore } from './named-lines-store.js';

/** What the first analysis loaded and later requests need. */
type Loaded = {
  source: ReturnType<typeof httpDataSource>;
  manifest: Awaited<ReturnType<typeof loadManifest>>;
  /** The analysis the data build stored (the first index, dates answered at once). */
  stored: StoredAnalysis;
  /** The shipped sample, kept for imports that join it or are removed again. */
  sample: {
    sites: Site[];
    cables: Feature<LineString, { status: CableStatus }>[];
    speedTests: Feature<Point, SpeedTestProps>[];
  };
};

const service = new CoverageService();
/** Vector tiles (geojson-vt) of the computed layers, by tile layer name, cut on first request. */
const tiles = new Map<TileLayer, CoverageTiles>();
/** Coverage along roads and the towers, on the analysis in use (cut into tiles with the computed layers). */
const roads = readOnce(roadsFrom(() => engine()));
const measure = new MeasureFeatures(service, roads);
/** Vector tiles of the imported sites and cables in use, cut on first request. */
const importedTiles = new Map<TileLayer, CoverageTiles>();
let loaded: Promise<Loaded> | null = null;
/** The first analysis's results, answered to `init`. */
let firstResults: ReturnType<typeof service.init> | null = null;
/** The indicator figures in use; their table follows the map's date. */
let indicatorValues: IndicatorValue[] = [];
/** Grid levels asked for, by level: loaded and analysed once. */
const grids = new Map<GridLevel, ReturnType<typeof service.addGrid>>();
/** The imported files: read, applied and kept in the browser's storage here, never copied to the page. */
const registry = new ImportRegistry(() => openAppDb());
/** The imported sites and cables in use (with the sample's they join), served as tiles; null: the shipped layer. */
let shown: ShownFeatures = { sites: null, cables: null };
/** Changes of the imports in use, one after the other (each saves, then recomputes). */
let importChanges: Promise<unknown> = Promise.resolve();
/** The running suggestion: requests that read or change the engine wait for it (it places trial sites). */
let suggesting: Promise<unknown> | null = null;

/** The first analysis, which every request that reads the engine waits for (a failure rejects them all). */
function ready(): Promise<Loaded> {
  // A request that comes before `init` (the map asks for tiles as soon as it is drawn) waits for it, instead of
  // failing and leaving a warning for a tile that is simply early.
  return loaded ?? initCalled.then((l) => l);
}
let announceInit: (l: Promise<Loaded>) => void = () => {};
const initCalled = new Promise<Promise<Loaded>>((resolve) => (announceInit = resolve));

/** Waits for the first analysis and for a running suggestion to put its trial sites back. */
async function engine(): Promise<Loaded> {
  const l = await ready();
  while (suggesting) await suggesting.catch(() => {});
  return l;
}

async function load(dataBaseUrl: string): Promise<Loaded> {
  const source = httpDataSource(dataBaseUrl);
  rpc.emit('stage', 'load');
  const manifest = await loadManifest(source);
  const stored = new StoredAnalysis(service, source, manifest);
  const { input, sample } = await loadServiceInput(source, manifest);
  firstResults = await stored.init(input, (stage) => rpc.emit('stage', stage));
  const { sites, cables, speedTests } = sample;
  return { source, manifest, stored, sample: { sites, cables, speedTests } };
}
/**
 * The tiles of a layer, computed on first use: the computed layers' are dropped when the figures change, the
 * imported sites' and cables' only when the imports do (a plan edit or a new date leaves them as they are).
 */
function tilesOf(layer: TileLayer): CoverageTiles | null {
  const what = parseTileLayer(layer);
  if (!what) throw new Error(`tile: "${layer}" names no computed layer`);
  const cache = what.kind === 'imported' ? importedTiles : tiles;
  const known = cache.get(layer);
  if (known) return known;
  const fc =
    what.kind === 'coverage'
      ? service.drawn.coverage(what.tech, what.level)
      : what.kind === 'gaps'
        ? service.drawn.gaps(what.tech, what.op, what.level)
        : what.kind === 'imported'
          ? shown[what.layer]
          : measure.features(what);
  if (!fc) return null;
  const made = createCoverageTiles(fc);
  cache.set(layer, made);
  return made;
}
const indicatorTable = () => (indicatorValues.length > 0 ? service.indicators(indicatorValues) : null);
/** Runs a change of the imports after the ones before it. */
function importChange<T>(change: () => Promise<T>): Promise<T> {
  const run = importChanges.then(change, change);
  importChanges = run.catch(() => {});
  return run;
}

/** Recomputes everything on what the imports in use make of the base data, and answers it for the page. */
async function applyImports(issues: DataIssue[]): Promise<ImportsApplied> {
  const { sample } = await engine();
  const base = registry.base();
  const merged = mergeBase(base, sample);
  rpc.emit('stage', 'sites');
  const results = service.setBaseSites(merged.sites, [], {
    coverage: merged.coverage,
    cables: merged.cables,
    speedTests: merged.speedTests,
  });
  tiles.clear();
  importedTiles.clear();
  shown = shownFeaturesOf(base, merged);
  return {
    imports: registry.metas(),
    dated: { results, indicators: indicatorTable() },
    provenance: provenanceOf(base),
    shown: shownLayersOf(base, merged),
    issues: [...issues, ...registry.takeWarnings()],
  };
}

/** The plan site whose drag is open (its figures previews until the page settles it), or null. */
let planDrag: string | null = null;
/**
 * Dates the time control may show next, prepared one per turn while the worker is idle, not during a suggestion
 * (its trial sites are in the engine), a drag (it would settle the drag's previews) nor a road measure (it reads
 * one coverage). At start, the quarters before today; when the slider moves, the quarters around its date.
 */
const idle = createIdleSteps(() => suggesting !== null || planDrag !== null || areaRoads.measuring());
const warm = (dates: string[]) => idle.run(service.warmDates(dates));
/** One idle step: the engine catches up with the date in use (see `setAsOf`). */
function* catchUp(): Generator<void> {
  service.requireEngine();
  yield;
}

const areaRoads = roadsHandler(service, engine, roads, () => suggesting !== null || planDrag !== null);
const handlers: Handlers<CoverageApi> = {
  async init(_ctx, dataBaseUrl) {
    loaded ??= load(dataBaseUrl);
    announceInit(loaded);
    await loaded;
    const today = new Date().toISOString().slice(0, 10);
    warm(nearestQuarters(today, today, WARM_QUARTERS));
    return firstResults!;
  },
  async tile(ctx, layer, z, x, y) {
    await engine();
    await measure.prepare(layer);
    const bytes = tilesOf(layer)?.tile(z, x, y) ?? null;
    if (!bytes) return null;
    const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    ctx.transfer([data]);
    return data;
  },
  async uncovered(_ctx, level, id, tech, op, at) {
    await engine();
    return service.uncovered(level, id, tech, op, at);
  },
  async grid(_ctx, level) {
    const { source, manifest } = await engine();
    const known = grids.get(level);
    if (known) return { level, ...known };
    rpc.emit('stage', `grid-${level}`);
    const cells = await loadLayer(source, manifest, GRID_LAYER_ID[level]);
    const r = grids.get(level) ?? service.addGrid(level, cells as FeatureCollection<Polygon>);
    grids.set(level, r);
    return { level, ...r };
  },
  async applyPlan(_ctx, upsert, remove, drag) {
    await engine();
    const update = service.applyPlan(upsert, remove, drag ?? null);
    planDrag = drag ?? null;
    tiles.clear();
    return update;
  },
  // Reading a file needs no engine: it runs while a suggestion does. The worker keeps what it read; the page gets
  // the report with a preview. A read the page no longer wants (another file was chosen) stops at its next
  // progress step.
  async importFile(ctx, file, name, kind, options) {
    const imported = await importAnyFile(file, name, kind, options, (p) => {
      ctx.signal.throwIfAborted();
      ctx.progress(p);
    });
    return { readId: registry.remember(name, imported), file: readSummaryOf(imported) };
  },
  restoreImports: () =>
    importChange(async () => {
      const issues = await registry.restore();
      return { applied: registry.imports.length > 0 ? await applyImports([]) : null, issues };
    }),
  applyImport: (_ctx, readId, stamp) =>
    importChange(async () => {
      await registry.apply(readId, stamp);
      return applyImports([]);
    }),
  removeImport: (_ctx, id) =>
    importChange(async () => {
      await registry.remove(id);
      return applyImports([]);
    }),
  async setAsOf(_ctx, date) {
    const issues = await (await engine()).stored.prepareDate(date);
    // A date answered from stored figures leaves the engine behind: it catches up when next read or once idle.
    const results = service.setAsOf(date);
    results.issues.push(...issues);
    if (results.timings.stored) idle.run(catchUp());
    tiles.clear();
    return { results, indicators: indicatorTable() };
  },
  async warmDates(_ctx, dates) {
    await ready();
    warm(dates);
  },
  async compare(_ctx, target) {
    const { sample } = await engine();
    // A data source is compared as of the map's date: the sample alone, or the imported sites alone.
    if (target.kind === 'year-end') return service.resultsAt(target.date);
    return service.resultsWithSites(
      target.source === 'sample' ? sample.sites : service.allSites.filter((x) => !x.sample),
    );
  },
  async report(_ctx, year, layout) {
    // Both dates from the data build's stored figures when they apply (30 November of each year is stored).
    for (const date of [`${year - 1}-11-30`, `${year}-11-30`]) await (await engine()).stored.prepareDate(date);
    return serviceReport(service, year, layout, undefined, indicatorValues);
  },
  async parseIndicators(_ctx, text, fileName, layout) {
    await ready();
    return parseIndicatorCsv(text, service.areaCatalogue(), { fileName, ...(layout ? { layout } : {}) });
  },
  async setIndicators(_ctx, values) {
    await engine();
    indicatorValues = values;
    return service.indicators(indicatorValues);
  },
  async suggest(ctx, input) {
    await engine();
    const job = runSuggestion(service, ctx.signal, input, (p) => ctx.progress(p));
    suggesting = job;
    try {
      return await job;
    } finally {
      if (suggesting === job) suggesting = null;
    }
  },
  point: pointHandler(service, async () => mergeBase(registry.base(), (await engine()).sample)),
  areaSharing: sharingHandler(service, engine),
  areaRoads,
  groundReports: groundReportsHandler(service, async () => mergeBase(registry.base(), (await engine()).sample)),
  ...namedLinesHandlers(
    service,
    engine,
    lineSetStore(() => openAppDb()),
  ),
  ...paramsHandlers(service, engine, () => [tiles, grids].forEach((m) => m.clear()), indicatorTable),
  crashForTest() {
    setTimeout(() => {
      throw new Error('crash requested by a test');
    }, 0);
  },
};

const rpc = serveRpc<CoverageApi, CoverageEvents>(self, handlers, () => idle.touch());
