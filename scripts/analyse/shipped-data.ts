/**
 * The generated data folder (`public/data`, written by `npm run data`) as the app's worker reads it: the manifest
 * and the layers the analysis needs, as GeoJSON collections.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { loadManifest, type DataSource } from '../../src/data/load-layers.js';
import { loadServiceInput, type LoadedServiceInput } from '../../src/data/load-service-input.js';
import type { Manifest } from '../../src/domain/report.js';
import type { AreaIndex } from '../../src/analysis/engine/area-index.js';
import { loadStoredIndex } from '../../src/data/load-stored.js';
import type { IndicatorAreaCatalogue } from '../../src/domain/indicators.js';

type Poly = Polygon | MultiPolygon;

/**
 * The shipped data as the analysis reads it (`loadServiceInput`), with the manifest and the engine's area index
 * the data build stored (null when there is none or it cannot be read: the engine builds its own, slower).
 */
export type ShippedData = LoadedServiceInput & { manifest: Manifest; index: AreaIndex | null };

/**
 * A `DataSource` over a generated data folder on disk; a folder without `manifest.json` is an error that says to
 * run `npm run data`.
 */
export function folderDataSource(dir: string): DataSource {
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(
      `${path.join(dir, 'manifest.json')} is missing — run \`npm run data\` to generate the app's data (or pass --data DIR)`,
    );
  }
  return { getBytes: async (file) => new Uint8Array(await fs.promises.readFile(path.join(dir, file))) };
}

/** Reads the data folder `dir`; a missing folder or manifest is an error that says to run `npm run data`. */
export async function loadShippedData(dir: string): Promise<ShippedData> {
  const source = folderDataSource(dir);
  const manifest = await loadManifest(source);
  const [loaded, index] = await Promise.all([loadServiceInput(source, manifest), storedIndexOf(source, manifest)]);
  return { manifest, index, ...loaded };
}

/** The stored area index of a data folder, or null (a file that cannot be read is told on stderr). */
export async function storedIndexOf(source: DataSource, manifest: Manifest): Promise<AreaIndex | null> {
  return loadStoredIndex(source, manifest).catch((err: unknown) => {
    console.error(`warning: ${err instanceof Error ? err.message : String(err)} — the area index is built instead`);
    return null;
  });
}

/** The codes and names of the areas of both layouts, as `CoverageService.areaCatalogue` gives them (without an engine). */
export function areaCatalogueOf({ input }: ShippedData): IndicatorAreaCatalogue {
  const names = (fc: FeatureCollection<Poly>) =>
    new Map(fc.features.map((f) => [String(f.properties?.code), String(f.properties?.name)]));
  return { unit2025: names(input.units), ward2019: names(input.wards), district2019: names(input.districts) };
}

/** An area's name for tables: the full name (`Phường Ba Đình`), else the short one, else the code. */
export function areaName(f: Feature): string {
  const p = f.properties ?? {};
  return String(p.fullName ?? p.name ?? p.code ?? p.id ?? '');
}
