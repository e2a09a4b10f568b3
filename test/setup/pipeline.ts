/**
 * Global setup of the `real-data` unit project (vite.config.ts): runs the data pipeline once on the raw Hà Nội data
 * (2,000 sample sites, seed 7) into a temporary folder and provides it as `sharedPipeline` (see
 * `shared-pipeline.ts`), so the heavy suites share one build instead of each making its own. Vitest runs this only
 * when a file of that project is selected, so `npx vitest run src/…` does not pay for it.
 *
 * A failure does not stop the run: it is provided as `{ status: 'failed', message }` and the suites that need the
 * build fail with that message, while every other suite still runs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { errorMessage } from '../../src/domain/errors.js';
import { HANOI_DATA_DIR } from '../support/data-dir.js';
import type { SharedPipeline } from './shared-pipeline.js';

/** Sample size of the shared run: 2,000 4G sites (the suites assert this count). */
export const SHARED_PIPELINE_SITES = 2000;
/** Sample seed of the shared run (any integer; the same seed always gives the same sample). */
export const SHARED_PIPELINE_SEED = 7;

/** Builds the shared run and provides it; the returned teardown removes its folder. */
export default async function setup(project: TestProject): Promise<() => void> {
  let dir: string | null = null;
  const provide = (value: SharedPipeline) => project.provide('sharedPipeline', value);
  if (!fs.existsSync(HANOI_DATA_DIR)) {
    provide({ status: 'no-data', dataDir: HANOI_DATA_DIR });
    return () => {};
  }
  try {
    // Imported here, not at the top, so that a module that fails to load is reported like a failed run.
    const { runPipeline } = await import('../../scripts/pipeline/run.js');
    const { parseOptions } = await import('../../scripts/pipeline/options.js');
    const started = performance.now();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hanoi-shared-pipeline-'));
    const options = {
      ...parseOptions([]),
      dataDir: HANOI_DATA_DIR,
      outDir: dir,
      sites: SHARED_PIPELINE_SITES,
      seed: SHARED_PIPELINE_SEED,
    };
    const { issues } = await runPipeline(options, 'test', () => {});
    provide({ status: 'built', dir, issues });
    // Printed, never asserted: the figure tells a slow run's cause at a glance.
    console.log(`[real-data] shared pipeline run built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (err) {
    console.error('[real-data] the shared pipeline run failed:', err);
    provide({ status: 'failed', message: errorMessage(err) });
  }
  return () => {
    if (dir !== null) fs.rmSync(dir, { recursive: true, force: true });
  };
}
