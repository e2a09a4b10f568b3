/**
 * The one real-data pipeline run shared by the heavy unit suites (`scripts/pipeline/run.test.ts`,
 * `scripts/analyse/analyse.test.ts`): `test/setup/pipeline.ts` (the `real-data` project's `globalSetup`) builds it
 * once into a temporary folder before those suites start and hands the result over with vitest's `provide`; a suite
 * reads it with {@link sharedPipeline}. The folder is read-only for the suites and removed after the run.
 */
import { inject } from 'vitest';
import type { DataIssue } from '../../src/domain/report.js';

/** A finished shared run: its output folder and every problem the pipeline reported. */
export type SharedPipelineBuild = {
  /** Absolute path of the output folder (manifest.json and the .fgb layers). */
  dir: string;
  /** Every issue of the run, warnings included. */
  issues: DataIssue[];
};

/** What the global setup hands over: a built folder, the failure's message, or no raw data to build from. */
export type SharedPipeline =
  | ({ status: 'built' } & SharedPipelineBuild)
  | { status: 'failed'; message: string }
  | { status: 'no-data'; dataDir: string };

declare module 'vitest' {
  export interface ProvidedContext {
    sharedPipeline: SharedPipeline;
  }
}

/**
 * The shared run's output folder and issues. Throws when the global setup did not build it, naming why; call it in
 * `beforeAll` of a suite that is skipped without the raw data.
 */
export function sharedPipeline(): SharedPipelineBuild {
  // Undefined when the suite runs outside the project whose global setup provides it.
  const shared = inject('sharedPipeline') as SharedPipeline | undefined;
  if (shared === undefined)
    throw new Error('shared pipeline: not provided — run this suite in the real-data project (vite.config.ts)');
  if (shared.status === 'failed') throw new Error(`shared pipeline: the global setup failed: ${shared.message}`);
  if (shared.status === 'no-data') throw new Error(`shared pipeline: no raw data at ${shared.dataDir}`);
  return { dir: shared.dir, issues: shared.issues };
}
