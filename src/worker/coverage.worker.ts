/// <reference lib="webworker" />
/** The coverage worker: dispatches messages to the coverage service; loads its own data, off the main thread. */
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import { CoverageService, siteRowsOf } from '../analysis/coverage-service.js';
import { httpDataSource, loadLayer, loadManifest } from '../data/load-layers.js';
import type { CableStatus, SpeedTestProps } from '../domain/telecom.js';
import { createCoverageTiles, type CoverageTiles } from './coverage-tiles.js';
import { parseTileLayer, type FromWorker, type TileLayer, type ToWorker } from './protocol.js';
import { GRID_LAYER_ID, type GridLevel } from '../domain/grid.js';
import { importAnyFile } from './import-file.js';
import { mergeBase } from './base-data.js';
import type { Site } from '../domain/telecom.js';
import type { IndicatorValue } from '../domain/indicators.js';
import { parseIndicatorCsv } from '../data/import/indicators.js';
import { nearestQuarters, WARM_QUARTERS } from '../domain/quarters.js';
import { createIdleSteps } from './idle-steps.js';

const service = new CoverageService();
const post = (m: FromWorker, transfer: Transferable[] = []) => postMessage(m, transfer);
/** Vector tiles (geojson-vt) of the computed layers, by tile layer name, cut on first request. */
const tiles = new Map<TileLayer, CoverageTiles>();
let ready: (() => void) | null = null;
/** The sample sites read at start, kept for imports that join them or are removed again. */
let sampleSites: Site[] | null = null;
/** The sample cable segments read at start, likewise. */
let sampleCables: Feature<LineString, { status: CableStatus }>[] = [];
/** The sample speed measurements read at start, likewise. */
let sampleSpeeds: Feature<Point, SpeedTestProps>[] = [];
let dataSource: ReturnType<typeof httpDataSource> | null = null;
let dataManifest: Awaited<ReturnType<typeof loadManifest>> | null = null;
const analysed = new Promise<void>((resolve) => (ready = resolve));
/** The indicator figures in use; their table follows the map's date. */
let indicatorValues: IndicatorValue[] = [];
const postIndicators = () => post({ type: 'indicators', table: service.indicators(indicatorValues) });
type Poly = Polygon | MultiPolygon;

async function init(dataBaseUrl: string): Promise<void> {
  const source = (dataSource = httpDataSource(dataBaseUrl));
  post({ type: 'progress', stage: 'load' });
  const manifest = (dataManifest = await loadManifest(source));
  const get = (id: string) => loadLayer(source, manifest, id);
  const [units, districts, wards, zones, sites, speedTests, cables] = await Promise.all(
    ['units-2025', 'districts-2019', 'wards-2019', 'zones', 'sites', 'speed-tests', 'cables'].map(get),
  );
  const results = service.init(
    {
      units: units as FeatureCollection<Poly>,
      districts: districts as FeatureCollection<Poly>,
      wards: wards as FeatureCollection<Poly>,
      zones: zones as FeatureCollection<Poly>,
      siteRows: siteRowsOf(sites as FeatureCollection<Point>),
      siteSource: 'sites.fgb',
      speedTests: speedTests as FeatureCollection<Point, SpeedTestProps>,
      cables: cables as FeatureCollection<LineString, { status: CableStatus }>,
    },
    (stage) => post({ type: 'progress', stage }),
  );
  post({ type: 'results', results });
  sampleSites = [...service.sites];
  sampleCables = (cables as FeatureCollection<LineString, { status: CableStatus }>).features;
  sampleSpeeds = (speedTests as FeatureCollection<Point, SpeedTestProps>).features;
  ready!();
  const today = new Date().toISOString().slice(0, 10);
  warm(nearestQuarters(today, today, WARM_QUARTERS));
}

/** The tiles of a layer, computed on first use (and dropped when the sites change). */
function tilesOf(layer: TileLayer): CoverageTiles | null {
  const known = tiles.get(layer);
  if (known) return known;
  const what = parseTileLayer(layer);
  if (!what) return null;
  const made = createCoverageTiles(
    what.kind === 'coverage' ? service.coverage(what.tech) : service.gaps(what.tech, what.op),
  );
  tiles.set(layer, made);
  return made;
}

async function tile(m: Extract<ToWorker, { type: 'tile' }>): Promise<void> {
  await analysed;
  const bytes = tilesOf(m.layer)?.tile(m.z, m.x, m.y) ?? null;
  const data = bytes
    ? (bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
    : null;
  post({ type: 'tile', id: m.id, data }, data ? [data] : []);
}

/** Loads a grid level's cells and adds them to the analysis (once; later requests get the same results). */
async function grid(level: GridLevel): Promise<void> {
  await analysed;
  post({ type: 'progress', stage: `grid-${level}` });
  const cells = await loadLayer(dataSource!, dataManifest!, GRID_LAYER_ID[level]);
  const r = service.addGrid(level, cells as FeatureCollection<Polygon>);
  post({ type: 'grid', level, ...r });
}

/** The running suggestion: other requests that read or change the engine wait for it (it places trial sites). */
let suggesting: Promise<void> | null = null;
const cancelled = new Set<number>();

/** Drives the suggestion a few milliseconds at a time, so that a cancel message can come in between. */
async function suggest(m: Extract<ToWorker, { type: 'suggest' }>): Promise<void> {
  await analysed;
  const steps = service.suggest(m.input, (progress) => post({ type: 'suggestProgress', id: m.id, progress }));
  let slice = performance.now();
  for (;;) {
    const r = steps.next(cancelled.has(m.id));
    if (r.done) {
      cancelled.delete(m.id);
      post({ type: 'suggested', id: m.id, result: r.value });
      return;
    }
    if (performance.now() - slice > 30) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      slice = performance.now();
    }
  }
}

/**
 * Dates the time control may show next, prepared one per turn while the worker is idle (a running suggestion
 * has trial sites in the engine: it waits for it too); each turn leaves the figures as they were. At start, the
 * quarters before today; when the slider moves, the quarters around its date.
 */
const idle = createIdleSteps(() => suggesting !== null);
const warm = (dates: string[]) => idle.run(service.warmDates(dates));

onmessage = (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  idle.touch();
  if (m.type === 'cancelSuggest') {
    cancelled.add(m.id);
    return;
  }
  if (m.type === 'suggest') {
    const job: Promise<void> = (suggesting ?? Promise.resolve())
      .then(() => suggest(m))
      .catch((err: unknown) =>
        post({ type: 'error', message: `suggest: ${err instanceof Error ? err.message : String(err)}` }),
      )
      .finally(() => {
        if (suggesting === job) suggesting = null;
      });
    suggesting = job;
    return;
  }
  const run = async () => {
    // Reading files needs no engine; everything else waits for a running suggestion to put its trial sites back.
    if (m.type !== 'importFile') while (suggesting) await suggesting;
    if (m.type === 'init') await init(m.dataBaseUrl);
    else if (m.type === 'tile') await tile(m);
    else if (m.type === 'grid') await grid(m.level);
    else if (m.type === 'importFile') {
      try {
        const result = await importAnyFile(m.file, m.name, m.kind, m.options, (p) =>
          post({ type: 'importProgress', id: m.id, bytes: p.bytes, totalBytes: p.totalBytes, rows: p.rows }),
        );
        post({ type: 'imported', id: m.id, result, error: null });
      } catch (err) {
        // The importers' own refusals carry their message in both languages (`issue`); anything else is English.
        const issue = (err as { issue?: { message: string; vi?: string } } | null)?.issue;
        const message = err instanceof Error ? err.message : String(err);
        const en = message.startsWith(m.name) ? message : `${m.name}: ${message}`;
        post({ type: 'imported', id: m.id, result: null, error: { en, vi: issue?.vi ?? en } });
      }
    } else if (m.type === 'report') {
      await analysed;
      try {
        post({
          type: 'report',
          id: m.id,
          report: service.report(m.year, m.layout, undefined, indicatorValues),
          error: null,
        });
      } catch (err) {
        post({ type: 'report', id: m.id, report: null, error: err instanceof Error ? err.message : String(err) });
      }
    } else if (m.type === 'parseIndicators') {
      await analysed;
      try {
        post({
          type: 'indicatorsParsed',
          id: m.id,
          result: parseIndicatorCsv(m.text, service.areaCatalogue(), {
            fileName: m.fileName,
            ...(m.layout ? { layout: m.layout } : {}),
          }),
          error: null,
        });
      } catch (err) {
        post({
          type: 'indicatorsParsed',
          id: m.id,
          result: null,
          error: `${m.fileName}: ${err instanceof Error ? err.message : String(err)}`,
        });
      }
    } else if (m.type === 'warmDates') {
      await analysed;
      warm(m.dates);
    } else if (m.type === 'setIndicators') {
      await analysed;
      indicatorValues = m.values;
      postIndicators();
    } else if (m.type === 'compare') {
      await analysed;
      // A data source is compared as of the map's date: the sample alone, or the imported sites alone.
      const results =
        m.date === 'source:sample'
          ? service.resultsWithSites(sampleSites!)
          : m.date === 'source:imported'
            ? service.resultsWithSites(service.allSites.filter((x) => !x.sample))
            : service.resultsAt(m.date);
      post({ type: 'compared', date: m.date, results });
    } else if (m.type === 'asOf') {
      await analysed;
      const results = service.setAsOf(m.date);
      tiles.clear();
      post({ type: 'results', results });
      if (indicatorValues.length > 0) postIndicators();
    } else if (m.type === 'setBase') {
      await analysed;
      const merged = mergeBase(m.base, { sites: sampleSites!, cables: sampleCables, speedTests: sampleSpeeds });
      post({ type: 'progress', stage: 'sites' });
      const results = service.setBaseSites(merged.sites, [], {
        coverage: merged.coverage,
        cables: merged.cables,
        speedTests: merged.speedTests,
      });
      tiles.clear();
      post({ type: 'results', results });
    } else if (m.type === 'plan') {
      await analysed;
      const update = service.applyPlan(m.upsert, m.remove);
      // The drawn coverage and gaps are cut again on the next request.
      tiles.clear();
      post({ type: 'plan', seq: m.seq, update });
    } else if (m.type === 'coverage') post({ type: 'coverage', tech: m.tech, data: service.coverage(m.tech) });
    else
      post({
        type: 'uncovered',
        key: `${m.level}|${m.id}|${m.tech}|${m.op}`,
        data: service.uncovered(m.level, m.id, m.tech, m.op),
      });
  };
  run().catch((err: unknown) => post({ type: 'error', message: err instanceof Error ? err.message : String(err) }));
};
