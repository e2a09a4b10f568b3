import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests in a real browser (`npm run test:e2e`, after `npm run build`): one Chromium at a time in a
 * single worker (CI has 2 cores, and SwiftShader's software WebGL is slow), with generous timeouts.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    // Two Chromiums or a busy laptop on 2 cores: the first map test waited over 120 s for the first analysis.
    testTimeout: 600_000,
    hookTimeout: 180_000,
    teardownTimeout: 30_000,
    // The page updates after React renders and MapLibre draws; give `expect.poll` time for both.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
