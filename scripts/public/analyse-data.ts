/**
 * The coverage analysis on a generated data folder (`public/data` or `dist/data`), in Node, exactly as the
 * app's worker runs it: for the public build's precomputed results and the end-to-end tests' expected figures.
 */
import type { FeatureCollection } from 'geojson';
import { CoverageService, type ServiceResults } from '../../src/analysis/coverage-service.js';
import { loadLayer, loadManifest } from '../../src/data/load-layers.js';
import { loadServiceInput, type LoadedServiceInput } from '../../src/data/load-service-input.js';
import type { Manifest } from '../../src/domain/report.js';
import { storedIndexOf, folderDataSource } from '../analyse/shipped-data.js';
import { indexFor } from '../analyse/index-threads.js';

export type AnalysedData = {
  service: CoverageService;
  results: ServiceResults;
  manifest: Manifest;
  /** The service's input and the shipped sample, as loaded. */
  loaded: LoadedServiceInput;
  /** A layer of the folder by manifest id. */
  layer: (id: string) => Promise<FeatureCollection>;
};

/** Reads `dir` (a folder with `manifest.json`) and runs the analysis (some seconds). */
export async function analyseDataFolder(dir: string): Promise<AnalysedData> {
  const source = folderDataSource(dir);
  const manifest = await loadManifest(source);
  const [loaded, index] = await Promise.all([loadServiceInput(source, manifest), storedIndexOf(source, manifest)]);
  const service = new CoverageService();
  const results = service.init(loaded.input, undefined, await indexFor(loaded.input, index));
  return { service, results, manifest, loaded, layer: (id) => loadLayer(source, manifest, id) };
}
