/**
 * The generated data folder (`public/data`, written by `npm run data`) as the app's worker reads it: the manifest
 * and the layers the analysis needs, as GeoJSON collections.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import { loadLayer, loadManifest, type DataSource } from '../../src/data/load-layers.js';
import type { Manifest } from '../../src/domain/report.js';
import type { CableStatus, SpeedTestProps } from '../../src/domain/telecom.js';
import type { IndicatorAreaCatalogue } from '../../src/domain/indicators.js';

type Poly = Polygon | MultiPolygon;

/** The shipped layers the analysis reads, `[lng, lat]` WGS84. */
export type ShippedData = {
  manifest: Manifest;
  units: FeatureCollection<Poly>;
  districts: FeatureCollection<Poly>;
  wards: FeatureCollection<Poly>;
  zones: FeatureCollection<Poly>;
  sites: FeatureCollection<Point>;
  speedTests: FeatureCollection<Point, SpeedTestProps>;
  cables: FeatureCollection<LineString, { status: CableStatus }>;
};

/** Reads the data folder `dir`; a missing folder or manifest is an error that says to run `npm run data`. */
export async function loadShippedData(dir: string): Promise<ShippedData> {
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(
      `${path.join(dir, 'manifest.json')} is missing — run \`npm run data\` to generate the app's data (or pass --data DIR)`,
    );
  }
  const source: DataSource = {
    getBytes: async (file) => new Uint8Array(await fs.promises.readFile(path.join(dir, file))),
  };
  const manifest = await loadManifest(source);
  const [units, districts, wards, zones, sites, speedTests, cables] = await Promise.all(
    ['units-2025', 'districts-2019', 'wards-2019', 'zones', 'sites', 'speed-tests', 'cables'].map((id) =>
      loadLayer(source, manifest, id),
    ),
  );
  return {
    manifest,
    units: units as FeatureCollection<Poly>,
    districts: districts as FeatureCollection<Poly>,
    wards: wards as FeatureCollection<Poly>,
    zones: zones as FeatureCollection<Poly>,
    sites: sites as FeatureCollection<Point>,
    speedTests: speedTests as FeatureCollection<Point, SpeedTestProps>,
    cables: cables as FeatureCollection<LineString, { status: CableStatus }>,
  };
}

/** The codes and names of the areas of both layouts, as `CoverageService.areaCatalogue` gives them (without an engine). */
export function areaCatalogueOf(data: ShippedData): IndicatorAreaCatalogue {
  const names = (fc: FeatureCollection<Poly>) =>
    new Map(fc.features.map((f) => [String(f.properties?.code), String(f.properties?.name)]));
  return { unit2025: names(data.units), ward2019: names(data.wards), district2019: names(data.districts) };
}

/** An area's name for tables: the full name (`Phường Ba Đình`), else the short one, else the code. */
export function areaName(f: Feature): string {
  const p = f.properties ?? {};
  return String(p.fullName ?? p.name ?? p.code ?? p.id ?? '');
}
