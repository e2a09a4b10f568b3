/**
 * `npm run analyse`'s first result from the data build's stored analysis (issue #15, "Command line"). With no file
 * to import, the model's default parameters and no `--as-of`, the figures of the shipped sample are the ones `npm
 * run data` stored (`dates/now.bin`: the engine's sums, bit for bit those of a fresh computation), so `results.csv`
 * can be written from them in a second or two, before the engine computes the coverage that `roads.csv` needs.
 * With imported sites joining the sample (`--join`, no imported coverage polygons), the stored sums plus the tiles
 * those sites reach give the figures as well (src/analysis/stored-delta.ts), equal to a full computation's up to
 * the last bits of their additions. The computed figures then replace the file; when they differ beyond that
 * rounding (data built by another version of the engine), the run says so.
 */
import type { ServiceResults } from '../../src/analysis/coverage-service.js';
import { engineFor } from '../../src/analysis/service-params.js';
import { COVERAGE_DEFAULTS } from '../../src/analysis/coverage/model.js';
import { addedSitesSnapshot, type AddedSitesWork } from '../../src/analysis/stored-delta.js';
import { resultsOfSnapshot, snapshotFits } from '../../src/analysis/stored-results.js';
import type { ServiceInput } from '../../src/analysis/service-types.js';
import type { CoverageEngine } from '../../src/analysis/engine/engine.js';
import type { Site } from '../../src/domain/telecom.js';
import { loadStoredDate } from '../../src/data/load-stored.js';
import type { AnalysisBase } from './base.js';
import { folderDataSource, type ShippedData } from './shipped-data.js';

/** What decides whether stored figures apply: anything imported, `--params`, `--as-of`. */
export type StoredFirstCase = { imported: boolean; params: boolean; asOf: string | null };

/**
 * First results (every area's and the city's coverage figures: what `results.csv` holds), and for imported sites
 * joining the sample, how many they are and what they cost (see stored-delta.ts).
 */
export type StoredFirst = {
  results: Pick<ServiceResults, 'areas' | 'city'>;
  added: (AddedSitesWork & { sites: number }) | null;
};

/**
 * The results of the base from the stored analysis of `dataDir`, or null when they do not apply (see the module
 * comment) or the data build stored none that fits these areas.
 */
export async function storedFirstResults(
  data: ShippedData,
  dataDir: string,
  base: AnalysisBase,
  when: StoredFirstCase,
): Promise<StoredFirst | null> {
  if (when.params || when.asOf !== null || data.index === null) return null;
  const added = when.imported ? addedSites(data.sample.sites, base) : [];
  if (added === null) return null;
  const snap = await loadStoredDate(folderDataSource(dataDir), data.manifest, null).catch(() => null);
  if (!snap) return null;
  const { checkedSites: _checked, ...shipped } = data.input;
  const input: ServiceInput = { ...shipped, siteRows: [] };
  // Engines without sites on the stored index (a tenth of a second each): the areas, and the tiles sites reach.
  const engineOf = (only: ReadonlySet<number> | null): CoverageEngine =>
    engineFor(input, COVERAGE_DEFAULTS, data.index, false, { only });
  const meta = engineOf(new Set()).areaMeta();
  if (!snapshotFits(snap, meta)) return null;
  if (added.length === 0) return { results: resultsOfSnapshot(meta, snap), added: null };
  const joined = addedSitesSnapshot(snap, data.sample.sites, added, engineOf);
  if (!joined) return null;
  return { results: resultsOfSnapshot(meta, joined.snapshot), added: { sites: added.length, ...joined.work } };
}

/**
 * The sites the base adds to the shipped ones, when it keeps every shipped site as it is and brings no coverage
 * polygons; null otherwise (the sample replaced, a shipped site replaced by an imported one of its id, imported
 * coverage standing for modelled footprints).
 */
function addedSites(shipped: readonly Site[], base: AnalysisBase): Site[] | null {
  if (base.coverage.length > 0) return null;
  const kept = new Set(shipped);
  const added = base.sites.filter((s) => !kept.has(s));
  return base.sites.length - added.length === shipped.length ? added : null;
}

/** The `results.csv` columns of sums, which rounding in another order of additions can change. */
const SUM_COLUMNS = new Set(['covered_km2', 'covered_pct', 'population_covered']);

/**
 * Whether two `results.csv` texts hold the same rows, their sums (`SUM_COLUMNS`) differing by at most one unit of
 * the last decimal written (0.0001 km², 0.01 %, one resident): what the same figure added up in another order can
 * change. Every other field must be the same text.
 */
export function sameUpToLastDigit(a: string, b: string): boolean {
  const rowsA = a.split('\r\n');
  const rowsB = b.split('\r\n');
  if (rowsA.length !== rowsB.length || rowsA[0] !== rowsB[0]) return false;
  const sums = rowsA[0]!
    .replace(/^\uFEFF/, '')
    .split(',')
    .map((h) => SUM_COLUMNS.has(h));
  return rowsA.every((row, r) => {
    const x = row.split(',');
    const y = rowsB[r]!.split(',');
    return x.length === y.length && x.every((v, i) => v === y[i] || (sums[i] === true && closeNumbers(v, y[i]!)));
  });
}

/** Two decimal texts with the same number of decimals, one unit of the last one apart at most. */
function closeNumbers(a: string, b: string): boolean {
  const decimals = (s: string) => (/^-?\d+(\.(\d+))?$/.exec(s) ? (s.split('.')[1]?.length ?? 0) : null);
  const d = decimals(a);
  if (d === null || d !== decimals(b)) return false;
  return Math.abs(Math.round((Number(a) - Number(b)) * 10 ** d)) <= 1;
}
