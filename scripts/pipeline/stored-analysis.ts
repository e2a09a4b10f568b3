/**
 * The analysis of the shipped data, stored by the data build so that the app and the command line start on it
 * instead of computing it (issue "instant start"): the engine's area index (index-codec.ts), every result of the
 * first view (the service's `init`, JSON) and the engine's sums as of `now`, of every quarter end from the first
 * one offered to a year past the build and of every 30 November among them (stored-results.ts). Written to `analysis/` in the data folder and listed in
 * the manifest's `stored`.
 */
import { resultsToJson } from '../../src/analysis/results-json.js';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { CoverageService } from '../../src/analysis/coverage-service.js';
import { encodeAreaIndex } from '../../src/analysis/engine/index-codec.js';
import { ENGINE_DEFAULTS } from '../../src/analysis/engine/types.js';
import { engineSnapshot } from '../../src/analysis/service-stored.js';
import { encodeSnapshot } from '../../src/analysis/stored-results.js';
import { loadServiceInput } from '../../src/data/load-service-input.js';
import type { DataSource } from '../../src/data/load-layers.js';
import { storedDateKey } from '../../src/data/load-stored.js';
import { quarterEnd, quarterOf } from '../../src/domain/quarters.js';
import type { Manifest, ManifestFile, ManifestStored } from '../../src/domain/report.js';

/** The folder, inside the data folder, the stored analysis is written to. */
export const STORED_DIR = 'analysis';

/** How many quarters past the build's own the sums are stored for (a deployment is used for a while). */
export const QUARTERS_AHEAD = 4;

/** The quarter ends stored: from the first quarter offered to QUARTERS_AHEAD past the quarter of `today`. */
export function storedQuarters(today: string): string[] {
  return Array.from({ length: quarterOf(today) + QUARTERS_AHEAD + 1 }, (_, i) => quarterEnd(i));
}

/**
 * Every date stored: the quarter ends (`storedQuarters`) and, within them, 30 November of each year, the plan's
 * reporting date, which the annual report compares with the one a year before (`npm run report`, the app's report).
 */
export function storedDates(today: string): string[] {
  const quarters = storedQuarters(today);
  const years = new Set(quarters.map((d) => Number(d.slice(0, 4))));
  const reports = [...years].map((y) => `${y}-11-30`).filter((d) => d <= quarters.at(-1)!);
  return [...quarters, ...reports].sort();
}

/**
 * Computes and writes the stored analysis of the data folder `outDir` (its manifest and layers already written);
 * returns the manifest's `stored` entry. `today` is ISO `YYYY-MM-DD`.
 */
export async function storeAnalysis(
  outDir: string,
  manifest: Manifest,
  today: string,
  log: (line: string) => void,
): Promise<ManifestStored> {
  const source: DataSource = {
    getBytes: async (file) => new Uint8Array(await fs.promises.readFile(path.join(outDir, file))),
  };
  fs.rmSync(path.join(outDir, STORED_DIR), { recursive: true, force: true });
  fs.mkdirSync(path.join(outDir, STORED_DIR, 'dates'), { recursive: true });
  const write = (file: string, bytes: Uint8Array | string): ManifestFile => {
    const rel = `${STORED_DIR}/${file}`;
    fs.writeFileSync(path.join(outDir, rel), bytes);
    const buf = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
    return { file: rel, bytes: buf.length, sha256: createHash('sha256').update(buf).digest('hex') };
  };

  const t0 = performance.now();
  const { input } = await loadServiceInput(source, manifest);
  const service = new CoverageService();
  const results = service.init(input);
  const engine = service.requireEngine();
  const index = write(
    'area-index.bin',
    encodeAreaIndex(engine.areaIndex, { tileM: ENGINE_DEFAULTS.tileM, extra: { inputHash: manifest.inputHash } }),
  );
  const firstView = write('first-view.json', resultsToJson({ ...results, timings: {} }));
  log(
    `stored analysis: index ${(index.bytes / 1024).toFixed(0)} KiB, first view ${(firstView.bytes / 1024).toFixed(0)} KiB (computed in ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
  );

  const t1 = performance.now();
  const dates: ManifestStored['dates'] = [];
  const store = (date: string | null) => {
    const key = storedDateKey(date);
    dates.push({ date: key, ...write(`dates/${key}.bin`, encodeSnapshot(engineSnapshot(engine, key))) });
  };
  store(null);
  for (const date of storedDates(today)) {
    service.setAsOf(date);
    store(date);
  }
  service.setAsOf(null);
  const bytes = dates.reduce((s, d) => s + d.bytes, 0);
  log(
    `stored analysis: sums of ${dates.length} dates, ${(bytes / 1024 / 1024).toFixed(1)} MiB (${((performance.now() - t1) / 1000).toFixed(1)} s)`,
  );
  return { index, firstView, dates };
}
