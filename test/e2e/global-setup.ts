/**
 * Vitest global setup of the end-to-end tests: checks that the built app exists, serves `dist/` with Vite's
 * `preview()` on 127.0.0.1 under a sub-path (the app is built with `base: './'`, so it must work from any
 * folder of a static host), and hands the URL to the tests as `inject('appUrl')`.
 */
import { existsSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { OUTPUT_DIR } from './browser.js';

/** Where `npm run build` writes the app; `E2E_DIST_DIR` serves another folder (harness development). */
export const DIST_DIR = resolve(process.env['E2E_DIST_DIR'] ?? resolve(import.meta.dirname, '../../dist'));

/** The sub-path the app is served from, with leading and trailing slash. */
export const APP_SUB_PATH = '/hanoi-coverage/';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The app's URL, e.g. `http://127.0.0.1:41234/hanoi-coverage/`. */
    appUrl: string;
    /** Absolute path of the served `dist/` folder. */
    distDir: string;
  }
}

/** A TCP port that was free on 127.0.0.1 a moment ago. */
function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port'))));
    });
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(join(DIST_DIR, 'index.html'))) {
    throw new Error(
      `e2e: the built app is missing (${join(DIST_DIR, 'index.html')} not found): run \`npm run build\` first`,
    );
  }
  // Screenshots of an earlier run would pass for this run's.
  rmSync(OUTPUT_DIR, { recursive: true, force: true });
  const port = await freePort();
  const server = await preview({
    root: resolve(import.meta.dirname, '../..'),
    // The app's own vite.config.ts is not needed to serve static files; keep the test server independent of it.
    configFile: false,
    // Like a plain static host: a missing file is a 404, not index.html (Vite's single-page-app fallback).
    appType: 'mpa',
    base: APP_SUB_PATH,
    logLevel: 'warn',
    build: { outDir: DIST_DIR },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  const appUrl = `http://127.0.0.1:${port}${APP_SUB_PATH}`;
  project.provide('appUrl', appUrl);
  project.provide('distDir', DIST_DIR);
  return async () => {
    await server.close();
  };
}
