/**
 * `npm run analyse`'s first result from the data build's stored analysis (issue #15, "Command line"): with no file
 * to import, the model's default parameters and no `--as-of`, the figures of the shipped sample are the ones `npm
 * run data` stored (`dates/now.bin`: the engine's sums, bit for bit those of a fresh computation), so `results.csv`
 * can be written from them in a second or two, before the engine computes the coverage that `roads.csv` needs. The
 * computed figures then replace the file when they differ (data built by another version of the engine), and the
 * run says so.
 */
import { CoverageService, type ServiceResults } from '../../src/analysis/coverage-service.js';
import { TargetsCache } from '../../src/analysis/results-cache.js';
import { storedResults } from '../../src/analysis/service-stored.js';
import { snapshotFits } from '../../src/analysis/stored-results.js';
import type { ServiceInput } from '../../src/analysis/service-types.js';
import { loadStoredDate } from '../../src/data/load-stored.js';
import type { AnalysisBase } from './base.js';
import { folderDataSource, type ShippedData } from './shipped-data.js';

/** What decides whether stored figures apply: anything imported, `--params`, `--as-of`. */
export type StoredFirstCase = { imported: boolean; params: boolean; asOf: string | null };

/**
 * The results of the shipped sample from the stored analysis of `dataDir`, or null when they do not apply (see the
 * module comment) or the data build stored none that fits these areas.
 */
export async function storedFirstResults(
  data: ShippedData,
  dataDir: string,
  base: AnalysisBase,
  when: StoredFirstCase,
): Promise<ServiceResults | null> {
  if (when.imported || when.params || when.asOf !== null || data.index === null) return null;
  const snap = await loadStoredDate(folderDataSource(dataDir), data.manifest, null).catch(() => null);
  if (!snap) return null;
  const { checkedSites: _checked, ...shipped } = data.input;
  const input: ServiceInput = { ...shipped, speedTests: base.speedTests, cables: base.cables, siteRows: [] };
  // An engine without sites on the stored index (a tenth of a second): the areas and the targets' index.
  const service = new CoverageService();
  service.init(input, undefined, data.index);
  const engine = service.requireEngine();
  if (!snapshotFits(snap, engine.areaMeta())) return null;
  return storedResults(engine, snap, input, new TargetsCache(engine));
}
