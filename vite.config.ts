import path from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/** Unit suites that read the shared real-data pipeline build (test/setup/shared-pipeline.ts). */
const REAL_DATA_SUITES = [
  'scripts/pipeline/run.test.ts',
  'scripts/analyse/analyse.test.ts',
  'scripts/analyse/stored-first.test.ts',
  'scripts/analyse/analyse-lines.test.ts',
  'scripts/analyse/index-threads.test.ts',
];

/**
 * The first view's picture in index.html (scripts/planner/first-view.ts), from the data `npm run data` built; its
 * module is loaded only when a page is built or served, not for every test run.
 */
function plannerFirstView(dataDir: string): Plugin {
  return {
    name: 'planner-first-view',
    transformIndexHtml: async (html) => (await import('./scripts/planner/first-view.js')).withPicture(html, dataDir),
  };
}

/** Relative base so the built app works from any sub-path of a static host. */
export default defineConfig({
  base: './',
  plugins: [react(), plannerFirstView(path.join(import.meta.dirname, 'public/data'))],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  worker: { format: 'es' },
  test: {
    environment: 'node',
    exclude: ['test/e2e/**', 'node_modules/**'],
    // Sized for a busy two-core laptop, never for an idle one (README, "Tests"). Measured on 2 cores: the slowest
    // hook (two full analyses, scripts/analyse/analyse.test.ts) takes 20 s idle and 79 s with two CPU-bound
    // processes beside it; the slowest test (a pipeline run on a broken copy of the data, run.test.ts) 10 s and 26 s.
    testTimeout: 180_000,
    hookTimeout: 300_000,
    teardownTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: REAL_DATA_SUITES,
        },
      },
      {
        // Suites reading one pipeline build made by the global setup, which runs only when one of them is selected.
        extends: true,
        test: { name: 'real-data', include: REAL_DATA_SUITES, globalSetup: ['test/setup/pipeline.ts'] },
      },
    ],
  },
});
