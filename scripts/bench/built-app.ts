/**
 * The built planner app (`npm run build` first) served locally and opened in Debian's Chromium for a browser
 * benchmark, with every main-thread long task (PerformanceObserver `longtask`, over 50 ms) recorded.
 */
import fs from 'node:fs';
import path from 'node:path';
import { preview } from 'vite';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../test/e2e/browser.js';
import { REPO_ROOT } from '../pipeline/options.js';

/** An open page on the built app, and what a benchmark reads of it. */
export type BuiltApp = {
  page: Page;
  /** The app's address on the local server. */
  url: string;
  /** The longest main-thread task since the page opened or {@link BuiltApp.resetTasks}, ms (0 if none). */
  longestTask: () => Promise<number>;
  /** Forgets the long tasks seen so far. */
  resetTasks: () => Promise<void>;
  /** Closes the browser and the server. */
  close: () => Promise<void>;
};

/** Serves `dist/` under a sub-path and opens a Vietnamese page of `viewport` CSS pixels (not yet navigated). */
export async function openBuiltApp(viewport: { width: number; height: number }): Promise<BuiltApp> {
  const dist = path.join(REPO_ROOT, 'dist');
  if (!fs.existsSync(path.join(dist, 'index.html')))
    throw new Error(`${dist} has no built app: run \`npm run build\` first`);
  const server = await preview({
    root: REPO_ROOT,
    preview: { port: 0, host: '127.0.0.1' },
    base: '/hanoi-coverage/',
    logLevel: 'silent',
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  const page = await (await browser.newContext({ viewport, locale: 'vi-VN' })).newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({
      type: 'longtask',
      buffered: true,
    });
  });
  return {
    page,
    url: server.resolvedUrls!.local[0]!,
    longestTask: () => page.evaluate(() => Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks)),
    resetTasks: async () => {
      await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks.length = 0));
    },
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
