/**
 * The coverage analysis on a generated data folder (`public/data` or `dist/data`), in Node, exactly as the
 * app's worker runs it: for the public build's precomputed results and the end-to-end tests' expected figures.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import { CoverageService, siteRowsOf, type ServiceResults } from '../../src/analysis/coverage-service.js';
import { loadLayer, loadManifest, type DataSource } from '../../src/data/load-layers.js';
import type { CableStatus, SpeedTestProps } from '../../src/domain/telecom.js';
import type { Manifest } from '../../src/domain/report.js';

type Poly = Polygon | MultiPolygon;

export type AnalysedData = {
  service: CoverageService;
  results: ServiceResults;
  manifest: Manifest;
  /** A layer of the folder by manifest id. */
  layer: (id: string) => Promise<FeatureCollection>;
};

/** Reads `dir` (a folder with `manifest.json`) and runs the analysis (some seconds). */
export async function analyseDataFolder(dir: string): Promise<AnalysedData> {
  const source: DataSource = { getBytes: async (file) => new Uint8Array(fs.readFileSync(path.join(dir, file))) };
  const manifest = await loadManifest(source);
  const layer = (id: string) => loadLayer(source, manifest, id);
  const [units, districts, wards, zones, sites, speedTests, cables] = await Promise.all(
    ['units-2025', 'districts-2019', 'wards-2019', 'zones', 'sites', 'speed-tests', 'cables'].map(layer),
  );
  const service = new CoverageService();
  const results = service.init({
    units: units as FeatureCollection<Poly>,
    districts: districts as FeatureCollection<Poly>,
    wards: wards as FeatureCollection<Poly>,
    zones: zones as FeatureCollection<Poly>,
    siteRows: siteRowsOf(sites as FeatureCollection<Point>),
    siteSource: 'sites.fgb',
    speedTests: speedTests as FeatureCollection<Point, SpeedTestProps>,
    cables: cables as FeatureCollection<LineString, { status: CableStatus }>,
  });
  return { service, results, manifest, layer };
}
