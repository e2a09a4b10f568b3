/**
 * What `npm run report` analyses (usage in `../report.ts`): the generated data folder's layers on its stored area
 * index, and the figures of the report's two dates. With the model's default parameters and both dates stored by
 * the data build (`analysis/dates/<date>.bin`; 30 November of every year is), the service holds no site and answers
 * both dates from the stored sums, so the report takes seconds, not a full analysis; the shipped sites are given
 * for the towers (`serviceReport`'s `sites`). Otherwise the service computes: once, at the earlier date, then one
 * year's sites more.
 */
import type { FeatureCollection } from 'geojson';
import { CoverageService } from '../../src/analysis/coverage-service.js';
import type { ParamOverrides } from '../../src/analysis/params-overrides.js';
import { loadLayer, loadManifest } from '../../src/data/load-layers.js';
import { loadServiceInput } from '../../src/data/load-service-input.js';
import { loadStoredDate } from '../../src/data/load-stored.js';
import type { Manifest } from '../../src/domain/report.js';
import type { Site } from '../../src/domain/telecom.js';
import { folderDataSource, storedIndexOf } from '../analyse/shipped-data.js';
import { indexFor } from '../analyse/index-threads.js';

export type ReportData = {
  service: CoverageService;
  /** The shipped sites, for the towers. */
  sites: readonly Site[];
  manifest: Manifest;
  /** A layer of the folder by manifest id. */
  layer: (id: string) => Promise<FeatureCollection>;
  /** Whether both dates come from the stored analysis; else why not. */
  stored: true | string;
};

/**
 * Reads `dir` and readies the figures of `dates` (the report's, earlier first) under `overrides` (null: the
 * defaults); `recompute` computes even when stored figures apply.
 */
export async function reportData(
  dir: string,
  dates: readonly [string, string],
  overrides: ParamOverrides | null,
  recompute = false,
): Promise<ReportData> {
  const source = folderDataSource(dir);
  const manifest = await loadManifest(source);
  const [loaded, index] = await Promise.all([loadServiceInput(source, manifest), storedIndexOf(source, manifest)]);
  const sites = loaded.sample.sites;
  const service = new CoverageService();
  // The shipped layers, the environment grid included, and no site: the engine is built and nothing computed.
  const { checkedSites: _checked, ...layers } = loaded.input;
  service.init({ ...layers, siteRows: [] }, undefined, await indexFor(loaded.input, index));
  const layer = (id: string) => loadLayer(source, manifest, id);

  const why = recompute
    ? '--recompute'
    : overrides !== null
      ? '--params'
      : await storedBoth(service, dates, (d) => loadStoredDate(source, manifest, d));
  if (why === null) return { service, sites, manifest, layer, stored: true };
  if (overrides !== null) service.setParams(overrides);
  service.setAsOf(dates[0]);
  service.setBaseSites(sites, [], {});
  return { service, sites, manifest, layer, stored: why };
}

/** Gives the service the stored sums of both dates; null when it has them, else why not. */
async function storedBoth(
  service: CoverageService,
  dates: readonly string[],
  load: (date: string) => ReturnType<typeof loadStoredDate>,
): Promise<string | null> {
  for (const date of dates) {
    try {
      const snap = await load(date);
      if (!snap) return `no stored figures of ${date}`;
      service.storedDates!.add(snap);
    } catch (err) {
      return err instanceof Error ? err.message : String(err);
    }
  }
  return null;
}
