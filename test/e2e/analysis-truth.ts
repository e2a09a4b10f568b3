/**
 * The expected figures of the end-to-end tests: the analysis run in Node on the built data (`dist/data`), as
 * the app's worker runs it in the browser, so the page's numbers can be checked against it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import { CoverageService, siteRowsOf, type ServiceResults } from '../../src/analysis/coverage-service';
import { loadLayer, loadManifest, type DataSource } from '../../src/data/load-layers';
import type { CableStatus, SpeedTestProps } from '../../src/domain/telecom';
import type { Manifest } from '../../src/domain/report';

type Poly = Polygon | MultiPolygon;

export type Truth = { service: CoverageService; results: ServiceResults; manifest: Manifest; source: DataSource; layer: (id: string) => Promise<FeatureCollection> };

/** Runs the coverage analysis on `<distDir>/data` in Node (some seconds). */
export async function analyseBuiltData(distDir: string): Promise<Truth> {
  const dir = join(distDir, 'data');
  const source: DataSource = { getBytes: async (path) => new Uint8Array(readFileSync(join(dir, path))) };
  const manifest = await loadManifest(source);
  const layer = (id: string) => loadLayer(source, manifest, id);
  const [units, districts, wards, zones, sites, speedTests, cables] = await Promise.all(['units-2025', 'districts-2019', 'wards-2019', 'zones', 'sites', 'speed-tests', 'cables'].map(layer));
  const service = new CoverageService();
  const results = service.init({
    units: units as FeatureCollection<Poly>, districts: districts as FeatureCollection<Poly>, wards: wards as FeatureCollection<Poly>, zones: zones as FeatureCollection<Poly>,
    siteRows: siteRowsOf(sites as FeatureCollection<Point>), siteSource: 'sites.fgb',
    speedTests: speedTests as FeatureCollection<Point, SpeedTestProps>, cables: cables as FeatureCollection<LineString, { status: CableStatus }>,
  });
  return { service, results, manifest, source, layer };
}

/** A percent as the app's panel shows it in Vietnamese ("12,3 %"). */
export const percentVi = (v: number) => `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(v)} %`;

/** A number as the app shows it in Vietnamese, with at most `digits` decimals ("1.234,5"). */
export const numberVi = (v: number, digits = 0) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: digits }).format(v);
