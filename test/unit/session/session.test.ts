/**
 * The session against a scripted fake worker (no engine): which requests the store's changes make, in what
 * order, and what comes back to the store — the gap after a plan edit, a refused plan site, a crash, the slider.
 */
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { Session } from '../../../src/session/session.js';
import { createAppStore } from '../../../src/state/store.js';
import { serveRpc, type Handlers } from '../../../src/worker/rpc.js';
import type { CoverageApi, CoverageEvents } from '../../../src/worker/protocol.js';
import type { ServiceResults, SitesUpdate } from '../../../src/analysis/coverage-service.js';
import type { AreaResult, OpSet } from '../../../src/analysis/engine/types.js';
import { OP_SETS } from '../../../src/analysis/engine/types.js';
import type { DataSource } from '../../../src/data/load-layers.js';
import { writeFgb } from '../../../src/data/fgb-write.js';
import type { Manifest } from '../../../src/domain/report.js';
import { fakeWorker, type FakeWorker } from '../../support/fake-worker.js';

const ZONE = 'Z1';
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
function dataSource(): DataSource {
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
function scripted(log: string[]) {
  const plan = new Set<string>();
  const percent = () => (plan.size > 0 ? 100 : 93);
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
    applyPlan: (_c, upsert, remove) => {
      log.push(`plan +${upsert.map((s) => s.id).join(',')} -${remove.join(',')}`);
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
    importFile: () => Promise.reject(new Error('not scripted')),
    setBase: (_c, base) => (log.push(`base ${base.sites.mode}`), { results: results(percent()), indicators: null }),
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
    crashForTest: () => {},
  };
  return handlers;
}

function setup() {
  const log: string[] = [];
  const workers: FakeWorker[] = [];
  const store = createAppStore(null);
  const session = new Session({
    store,
    data: dataSource(),
    dataBaseUrl: 'data/',
    spawnWorker: () => {
      const w = fakeWorker();
      serveRpc<CoverageApi, CoverageEvents>(w.scope, scripted(log));
      workers.push(w);
      return w;
    },
  });
  return { store, session, log, workers };
}

/** Waits until `f` holds (messages cross on later tasks). */
async function until(f: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (f()) return;
    await new Promise((r) => setTimeout(r, 2));
  }
  throw new Error(`never happened: ${what}`);
}

const selectZone = (store: ReturnType<typeof createAppStore>) =>
  store.getState().featureSelected({ key: 'zones', id: ZONE, props: {} });

describe('session', () => {
  it('loads the data, starts the analysis and lists the places', async () => {
    const { store, session, log } = setup();
    await session.started;
    await until(() => store.getState().analysis.status === 'ready', 'first results');
    expect(log[0]).toBe('init');
    expect(store.getState().places.find((p) => p.level === 'zone')?.name).toBe('Khu A');
    session.destroy();
  });

  it("the selected zone's uncovered area follows a plan edit (no lag of one edit)", async () => {
    const { store, session } = setup();
    await until(() => store.getState().analysis.status === 'ready', 'first results');
    selectZone(store);
    await until(() => store.getState().analysis.gap?.areaKm2 === 0.07, 'gap of 0.07 km²');
    store.getState().sitePlaced(105.805, 21.005);
    await until(() => store.getState().analysis.results?.zones[0]?.pass === true, 'zone passes');
    await until(() => store.getState().analysis.gap === null, 'gap cleared after the edit');
    store.getState().planUndone();
    await until(() => store.getState().analysis.gap?.areaKm2 === 0.07, 'gap back after undo');
    session.destroy();
  });

  it('a refused plan site is named and later edits are still analysed', async () => {
    const { store, session, log } = setup();
    await until(() => store.getState().analysis.status === 'ready', 'first results');
    store.getState().sitesAdded([{ ...placed(), id: 'TAKEN' }]);
    await until(() => store.getState().issues.some((i) => i.rule === 'plan-site-refused'), 'refusal warning');
    expect(store.getState().issues.find((i) => i.rule === 'plan-site-refused')?.message).toBe(
      'plan site "TAKEN" left out of the analysis: plan site "TAKEN": the id is taken by a base site',
    );
    store.getState().sitePlaced(105.805, 21.005);
    await until(() => store.getState().analysis.results?.zones[0]?.pass === true, 'next edit analysed');
    expect(log.filter((l) => l.startsWith('plan'))).toEqual(['plan +TAKEN -', 'plan +TAKEN -', 'plan +plan-1 -']);
    session.destroy();
  });

  it('the time slider sends the first date and then only the newest', async () => {
    const { store, session, log } = setup();
    await until(() => store.getState().analysis.status === 'ready', 'first results');
    for (const d of ['2023-03-31', '2023-06-30', '2023-09-30', '2023-12-31']) store.getState().asOfChosen(d);
    await until(() => log.filter((l) => l.startsWith('asOf')).length === 2, 'two dates sent');
    await until(() => store.getState().analysis.status === 'ready', 'ready again');
    expect(log.filter((l) => l.startsWith('asOf'))).toEqual(['asOf 2023-03-31', 'asOf 2023-12-31']);
    session.destroy();
  });

  it('a worker crash is shown, the worker restarts and gets the state again', async () => {
    const { store, session, log, workers } = setup();
    await until(() => store.getState().analysis.status === 'ready', 'first results');
    store.getState().sitePlaced(105.805, 21.005);
    store.getState().asOfChosen('2024-12-31');
    await until(() => log.includes('asOf 2024-12-31') && store.getState().analysis.status === 'ready', 'date analysed');
    log.length = 0;
    workers[0]!.crash('out of memory');
    await until(() => log.includes('plan +plan-1 -') && log.includes('asOf 2024-12-31'), 'state replayed');
    expect(log[0]).toBe('init');
    expect(workers).toHaveLength(2);
    expect(store.getState().issues.map((i) => i.rule)).toContain('worker-crash');
    await until(() => store.getState().analysis.status === 'ready', 'ready after restart');
    session.destroy();
  });
});

function placed() {
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
