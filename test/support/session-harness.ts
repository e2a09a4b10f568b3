/**
 * A session against a scripted fake worker (no engine), for the session's tests: one small square as every
 * layer, a zone 93 % covered (100 % once the plan has a site), a plan site "TAKEN" refused, and imports kept in
 * a list as the worker keeps them (`saved`: what the browser's storage holds; a read is its file name).
 */
import type { FeatureCollection } from 'geojson';
import { Session } from '../../src/session/session.js';
import { createAppStore } from '../../src/state/store.js';
import { serveRpc, type Handlers } from '../../src/worker/rpc.js';
import type { CoverageApi, CoverageEvents, ImportsApplied } from '../../src/worker/protocol.js';
import type { ServiceResults, SitesUpdate } from '../../src/analysis/coverage-service.js';
import type { AreaResult, OpSet } from '../../src/analysis/engine/types.js';
import { OP_SETS } from '../../src/analysis/engine/types.js';
import type { DataSource } from '../../src/data/load-layers.js';
import { writeFgb } from '../../src/data/fgb-write.js';
import type { Manifest } from '../../src/domain/report.js';
import type { ImportMeta } from '../../src/data/persist/schema.js';
import { SAMPLE_PROVENANCE } from '../../src/domain/provenance.js';
import { fakeWorker, type FakeWorker } from './fake-worker.js';

/** The zone every layer holds. */
export const ZONE = 'Z1';
const square: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [105.8, 21],
            [105.81, 21],
            [105.81, 21.01],
            [105.8, 21.01],
            [105.8, 21],
          ],
        ],
      },
      properties: {
        id: ZONE,
        code: 'U1',
        name: 'Khu A',
        nameEn: 'Zone A',
        fullName: 'Khu A',
        category: 'industrial_park',
      },
    },
  ],
};
const LAYERS = [
  'city',
  'roads',
  'units-2025',
  'wards-2019',
  'districts-2019',
  'cables',
  'zones',
  'bus-stops',
  'speed-tests',
  'sites',
];

/** A data folder with the same small square in every layer. */
export function createDataSource(): DataSource {
  const manifest: Manifest = {
    generatedAt: '2026-12-01',
    inputHash: 'x',
    sampleSeed: 1,
    repairs: {},
    warnings: [],
    layers: LAYERS.map((id) => ({
      id,
      file: `${id}.fgb`,
      featureCount: 1,
      vintage: '2025-07-01',
      source: 's',
      licence: 'l',
      sample: false,
      sha256: '',
    })),
  } as unknown as Manifest;
  const bytes = writeFgb(square);
  return {
    getBytes: (path) =>
      Promise.resolve(path === 'manifest.json' ? new TextEncoder().encode(JSON.stringify(manifest)) : bytes),
  };
}

const figures = (percent: number) =>
  Object.fromEntries(
    OP_SETS.map((op) => [op, { coveredKm2: percent / 100, percent, popCovered: 0, popPercent: percent }]),
  ) as Record<OpSet, AreaResult['coverage']['5G'][OpSet]>;
const area = (level: AreaResult['level'], id: string, percent: number): AreaResult => ({
  id,
  level,
  areaKm2: 1,
  population: 0,
  sites: {
    '4G': Object.fromEntries(OP_SETS.map((o) => [o, 0])),
    '5G': Object.fromEntries(OP_SETS.map((o) => [o, 0])),
  } as AreaResult['sites'],
  coverage: { '4G': figures(percent), '5G': figures(percent) },
  byLevel: {
    outdoor: { '4G': figures(percent), '5G': figures(percent) },
    indoor: { '4G': figures(percent / 2), '5G': figures(percent / 2) },
  },
});
const results = (percent: number): ServiceResults =>
  ({
    areas: { [`zone|${ZONE}`]: area('zone', ZONE, percent) },
    city: area('city', 'city', percent),
    zones: [
      {
        id: ZONE,
        name: 'Khu A',
        category: 'industrial_park',
        confidence: 'high',
        percent5g: figures(percent) as never,
        target: 100,
        pass: percent >= 100,
      },
    ],
    population: { value: percent, target: 99, year: 2030, pass: false },
    speeds: {},
    cables: {},
    zonesInArea: {},
    issues: [],
    populationNote: '',
    timings: {},
  }) as unknown as ServiceResults;

/** A scripted engine: the zone is 93 % covered, 100 % once the plan has a site; "TAKEN" is refused. */
export function scripted(log: string[], saved: ImportMeta[]) {
  const plan = new Set<string>();
  const percent = () => (plan.size > 0 ? 100 : 93);
  const reads: string[] = [];
  const applied = (): ImportsApplied => ({
    imports: [...saved],
    dated: { results: results(percent()), indicators: null },
    provenance: saved.length > 0 ? { ...SAMPLE_PROVENANCE, sites: 'mixed' } : SAMPLE_PROVENANCE,
    shown: {
      sites: saved.length > 0,
      cables: false,
      density: saved.length > 0 ? new Blob(['{"type":"FeatureCollection","features":[]}']) : null,
    },
    issues: [],
  });
  const handlers: Handlers<CoverageApi> = {
    init: () => (log.push('init'), results(percent())),
    tile: () => null,
    uncovered: (_c, _level, id) => (
      log.push(`uncovered ${id} ${100 - percent()}`),
      percent() >= 100
        ? null
        : { geometry: { type: 'MultiPolygon', coordinates: [] }, areaKm2: (100 - percent()) / 100 }
    ),
    grid: (_c, level) => ({ level, areas: {}, outside: 0, ms: 1 }),
    areaRoads: () => Promise.reject(new Error('not scripted')),
    applyPlan: (_c, upsert, remove, drag) => {
      log.push(`plan +${upsert.map((s) => s.id).join(',')} -${remove.join(',')}${drag ? ' drag' : ''}`);
      if (upsert.some((s) => s.id === 'TAKEN')) throw new Error('plan site "TAKEN": the id is taken by a base site');
      for (const id of remove) plan.delete(id);
      for (const s of upsert) plan.add(s.id);
      const r = results(percent());
      return {
        areas: r.areas,
        city: r.city,
        zones: r.zones,
        population: r.population,
        footprints: {},
        ms: 1,
      } as SitesUpdate;
    },
    importFile: (_c, _file, name) => ({ readId: reads.push(name), file: { kind: 'mixed', parts: [], issues: [] } }),
    restoreImports: () => {
      log.push('restoreImports');
      return { applied: saved.length > 0 ? applied() : null, issues: [] };
    },
    applyImport: (_c, readId, stamp) => {
      log.push(`applyImport ${readId}`);
      saved.push({ ...stamp, fileName: reads[readId - 1]!, kind: 'sites', count: 2 });
      return applied();
    },
    removeImport: (_c, id) => {
      log.push(`removeImport ${id}`);
      saved.splice(0, saved.length, ...saved.filter((i) => i.id !== id));
      return applied();
    },
    setAsOf: async (_c, date) => {
      log.push(`asOf ${date}`);
      await new Promise((r) => setTimeout(r, 5));
      return { results: results(percent()), indicators: null };
    },
    warmDates: () => {},
    compare: () => results(50),
    report: () => Promise.reject(new Error('not scripted')),
    parseIndicators: () => Promise.reject(new Error('not scripted')),
    setIndicators: () => ({}) as never,
    suggest: () => Promise.reject(new Error('not scripted')),
    point: () => Promise.reject(new Error('not scripted')),
    areaSharing: () => Promise.reject(new Error('not scripted')),
    groundReports: () => Promise.reject(new Error('not scripted')),
    importLines: () => Promise.reject(new Error('not scripted')),
    removeLines: () => [],
    lineNames: () => [],
    savedLineIssues: () => [],
    lineFigures: () => Promise.reject(new Error('not scripted')),
    setParams: (_c, overrides) => {
      log.push(`params ${JSON.stringify(overrides)}`);
      return { results: results(percent()), indicators: null };
    },
    calibrate: () => Promise.reject(new Error('not scripted')),
    crashForTest: () => {},
  };
  return handlers;
}

export function setup(saved: ImportMeta[] = []) {
  const log: string[] = [];
  const workers: FakeWorker[] = [];
  const store = createAppStore(null);
  const session = new Session({
    store,
    data: createDataSource(),
    dataBaseUrl: 'data/',
    spawnWorker: () => {
      const w = fakeWorker();
      serveRpc<CoverageApi, CoverageEvents>(w.scope, scripted(log, saved));
      workers.push(w);
      return w;
    },
  });
  return { store, session, log, workers, saved };
}

/** Waits until `f` holds (messages cross on later tasks). */
export async function until(f: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (f()) return;
    await new Promise((r) => setTimeout(r, 2));
  }
  throw new Error(`never happened: ${what}`);
}

export const selectZone = (store: ReturnType<typeof createAppStore>) =>
  store.getState().featureSelected({ key: 'zones', id: ZONE, props: {} });

/** A candidate site at the zone's centre (id "X"). */
export function placed() {
  return {
    id: 'X',
    operator: 'viettel' as const,
    lng: 105.805,
    lat: 21.005,
    technologies: ['5G' as const],
    bands: ['n78' as const],
    heightM: 30,
    azimuthsDeg: [],
    onAir: null,
    onAir5g: null,
    rangeM: null,
    sample: false,
  };
}
