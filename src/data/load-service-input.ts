/**
 * The one loader of the coverage service's inputs: the layers the analysis reads from the generated data
 * (`manifest.json` and its FlatGeobuf files), as `CoverageService.init` takes them, and the shipped sample kept
 * beside them. The worker, the public build, the analyse command and the benchmarks all start here.
 */
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import { siteRowsOf } from '../analysis/engine-input.js';
import type { ServiceInput } from '../analysis/service-types.js';
import { checkSites } from '../analysis/site-check.js';
import type { DataIssue, Manifest } from '../domain/report.js';
import type { CableStatus, Site, SpeedTestProps } from '../domain/telecom.js';
import { loadLayer, type DataSource } from './load-layers.js';
import { loadEnvironmentGrid } from './load-environment.js';
import type { EnvironmentGrid } from '../analysis/coverage/environment-grid.js';

type Poly = Polygon | MultiPolygon;

/** The manifest ids of the layers the analysis reads, in the order they are loaded. */
export const SERVICE_LAYER_IDS = [
  'units-2025',
  'districts-2019',
  'wards-2019',
  'zones',
  'sites',
  'speed-tests',
  'cables',
] as const;

/** The file the sample's site rows come from, as messages name it. */
export const SAMPLE_SITE_SOURCE = 'sites.fgb';

/** The shipped sample, kept for imports that join it, replace it or are removed again. */
export type ShippedSample = {
  /** The sample's sites, checked (`checkSites`): the base sites of the service after `init(input)`. */
  sites: Site[];
  /** What the check of `sites.fgb` found (the rows it left out, the values it repaired). */
  siteIssues: DataIssue[];
  cables: Feature<LineString, { status: CableStatus }>[];
  speedTests: Feature<Point, SpeedTestProps>[];
};

/** What {@link loadServiceInput} returns. */
export type LoadedServiceInput = {
  /**
   * The input of `CoverageService.init`; its site rows come checked (`checkedSites`), so init does not check again.
   * `environment` is the environment grid sites take their class from (null for data built before it existed).
   */
  input: ServiceInput & { environment: EnvironmentGrid | null };
  sample: ShippedSample;
};

/**
 * Loads every layer the analysis reads (`SERVICE_LAYER_IDS`, `[lng, lat]` WGS84) and the environment grid from
 * `source` and checks the sample's sites once. Rejects with the loader's message when a file is missing or unreadable (the message names
 * the file).
 */
export async function loadServiceInput(source: DataSource, manifest: Manifest): Promise<LoadedServiceInput> {
  const [[units, districts, wards, zones, sites, speedTests, cables], environment] = await Promise.all([
    Promise.all(SERVICE_LAYER_IDS.map((id) => loadLayer(source, manifest, id))),
    loadEnvironmentGrid(source, manifest),
  ]);
  const siteRows = siteRowsOf(sites as FeatureCollection<Point>);
  const checkedSites = checkSites(siteRows, SAMPLE_SITE_SOURCE);
  const speedTestLayer = speedTests as FeatureCollection<Point, SpeedTestProps>;
  const cableLayer = cables as FeatureCollection<LineString, { status: CableStatus }>;
  return {
    input: {
      units: units as FeatureCollection<Poly>,
      districts: districts as FeatureCollection<Poly>,
      wards: wards as FeatureCollection<Poly>,
      zones: zones as FeatureCollection<Poly>,
      siteRows,
      siteSource: SAMPLE_SITE_SOURCE,
      checkedSites,
      speedTests: speedTestLayer,
      cables: cableLayer,
      environment,
    },
    sample: {
      sites: [...checkedSites.sites],
      siteIssues: [...checkedSites.issues],
      cables: cableLayer.features,
      speedTests: speedTestLayer.features,
    },
  };
}
