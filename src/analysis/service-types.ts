/**
 * The data types of the coverage service (coverage-service.ts): what it is given and what it answers. Apart from
 * the service so that the modules that read its results (report.ts) need not
 * import the service itself.
 */
import type { EnvironmentGrid } from './coverage/environment-grid.js';
import type { FootprintGeometry } from './engine/engine-geometry.js';
import type { FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { DataIssue } from '../domain/report.js';
import type { CableStatus, SpeedTestProps, Technology } from '../domain/telecom.js';
import type { AreaResult } from './engine/types.js';
import type { SiteCheck } from './site-check.js';
import type { CableFigure, populationTarget, SpeedFigure, ZoneTarget } from './targets.js';

type Poly = Polygon | MultiPolygon;

/** The inputs, as GeoJSON collections read from the generated data. */
export type ServiceInput = {
  /** The environment grid sites take their class from (src/data/load-environment.ts); absent or null: the census density's. */
  environment?: EnvironmentGrid | null;
  units: FeatureCollection<Poly>;
  districts: FeatureCollection<Poly>;
  wards: FeatureCollection<Poly>;
  zones: FeatureCollection<Poly>;
  /** Raw site rows (flat properties + position), checked here. */
  siteRows: Record<string, unknown>[];
  speedTests: FeatureCollection<Point, SpeedTestProps>;
  cables: FeatureCollection<LineString, { status: CableStatus }>;
  /** Where the site rows came from, for messages. */
  siteSource: string;
  /**
   * The rows already checked (`checkSites(siteRows, siteSource)`), when the loader did it (`loadServiceInput`):
   * `init` takes these sites and issues instead of checking the rows a second time.
   */
  checkedSites?: SiteCheck;
};

/** Every result the app shows. Areas keyed `${level}|${id}`. */
export type ServiceResults = {
  areas: Record<string, AreaResult>;
  city: AreaResult;
  zones: ZoneTarget[];
  population: ReturnType<typeof populationTarget>;
  speeds: Record<string, Record<Technology, SpeedFigure>>;
  cables: Record<string, CableFigure>;
  /** Priority zones whose centre lies in each area (area key → zone ids). */
  zonesInArea: Record<string, string[]>;
  issues: DataIssue[];
  populationNote: string;
  timings: Record<string, number>;
};

/** What a change of sites changed: the new results of the areas it touched, and the city-wide figures. */
export type SitesUpdate = {
  /** Areas whose figures changed, keyed `${level}|${id}` (all levels, the loaded grids included). */
  areas: Record<string, AreaResult>;
  city: AreaResult;
  zones: ZoneTarget[];
  population: ReturnType<typeof populationTarget>;
  /** Modelled footprints of the sites added or moved (`[lng, lat]`), by site id. */
  footprints: Record<string, FootprintGeometry[]>;
  /** Time the engine took, ms. */
  ms: number;
};
