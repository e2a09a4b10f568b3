/**
 * Loads the engine's real inputs (areas and census wards) and the sample sites from the generated data
 * folder (`npm run data` first), for benchmarks and checks. The same pieces as `loadServiceInput` (the areas cut
 * as the service cuts them, the sites checked as the app checks them), without the speed tests and cables that
 * an engine alone does not read: they would add to the benchmarks' peak memory.
 */
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { engineInputOf, siteRowsOf } from '../../src/analysis/engine-input.js';
import { checkSites } from '../../src/analysis/site-check.js';
import { loadLayer, loadManifest } from '../../src/data/load-layers.js';
import { SAMPLE_SITE_SOURCE } from '../../src/data/load-service-input.js';
import type { EngineArea, PopulationUnit } from '../../src/analysis/engine/types.js';
import type { Site } from '../../src/domain/telecom.js';
import { folderDataSource } from '../analyse/shipped-data.js';

type Poly = Polygon | MultiPolygon;

export type RealInputs = { areas: EngineArea[]; population: PopulationUnit[]; sites: Site[] };

export async function loadRealInputs(dir: string): Promise<RealInputs> {
  const source = folderDataSource(dir);
  const manifest = await loadManifest(source);
  const get = (id: string) => loadLayer(source, manifest, id);
  const [units, districts, wards, zones, sites] = await Promise.all(
    ['units-2025', 'districts-2019', 'wards-2019', 'zones', 'sites'].map(get),
  );
  const { areas, population } = engineInputOf({
    units: units as FeatureCollection<Poly>,
    districts: districts as FeatureCollection<Poly>,
    wards: wards as FeatureCollection<Poly>,
    zones: zones as FeatureCollection<Poly>,
  });
  return {
    areas,
    population,
    sites: checkSites(siteRowsOf(sites as FeatureCollection<Point>), SAMPLE_SITE_SOURCE).sites,
  };
}
