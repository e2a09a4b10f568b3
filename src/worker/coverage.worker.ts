/// <reference lib="webworker" />
/** The coverage worker: dispatches messages to the coverage service; loads its own data, off the main thread. */
import type { FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import { CoverageService, siteRowsOf } from '../analysis/coverage-service.js';
import { httpDataSource, loadLayer, loadManifest } from '../data/load-layers.js';
import type { CableStatus, SpeedTestProps } from '../domain/telecom.js';
import type { FromWorker, ToWorker } from './protocol.js';

const service = new CoverageService();
const post = (m: FromWorker) => postMessage(m);
type Poly = Polygon | MultiPolygon;

async function init(dataBaseUrl: string): Promise<void> {
  const source = httpDataSource(dataBaseUrl);
  post({ type: 'progress', stage: 'load' });
  const manifest = await loadManifest(source);
  const get = (id: string) => loadLayer(source, manifest, id);
  const [units, districts, wards, zones, sites, speedTests, cables] = await Promise.all(
    ['units-2025', 'districts-2019', 'wards-2019', 'zones', 'sites', 'speed-tests', 'cables'].map(get),
  );
  const results = service.init(
    {
      units: units as FeatureCollection<Poly>, districts: districts as FeatureCollection<Poly>, wards: wards as FeatureCollection<Poly>, zones: zones as FeatureCollection<Poly>,
      siteRows: siteRowsOf(sites as FeatureCollection<Point>), siteSource: 'sites.fgb',
      speedTests: speedTests as FeatureCollection<Point, SpeedTestProps>, cables: cables as FeatureCollection<LineString, { status: CableStatus }>,
    },
    (stage) => post({ type: 'progress', stage }),
  );
  post({ type: 'results', results });
}

onmessage = (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  const run = async () => {
    if (m.type === 'init') await init(m.dataBaseUrl);
    else if (m.type === 'coverage') post({ type: 'coverage', tech: m.tech, data: service.coverage(m.tech) });
    else post({ type: 'uncovered', key: `${m.level}|${m.id}|${m.tech}|${m.op}`, data: service.uncovered(m.level, m.id, m.tech, m.op) });
  };
  run().catch((err: unknown) => post({ type: 'error', message: err instanceof Error ? err.message : String(err) }));
};
