/**
 * The 1,000,000-row site CSV in Chromium (issue #13: no main-thread task over 100 ms): the built app served
 * locally, the file picked in the import panel, read in the worker. Prints one JSON line: the file's size, the
 * time to the report, the longest main-thread task (PerformanceObserver `longtask`) meanwhile; then, applied
 * (joining the sample), the time until the analysis is done and the longest task meanwhile. `tsx
 * scripts/bench/browser-import.ts [rows]`, after `npm run build`. The VN-2000 rows of the bench file are converted
 * (the import's coordinate system set to VN-2000, as after the user answered the question).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../test/e2e/browser.js';
import { waitForMapReady } from '../../test/e2e/map-page.js';
import { BENCH_CHUNK_CHARS, createBenchCsvChunks } from '../../test/support/site-csv.js';
import { REPO_ROOT } from '../pipeline/options.js';

const ROWS = Number(process.argv[2] ?? 1_000_000);
const dist = path.join(REPO_ROOT, 'dist');
if (!fs.existsSync(path.join(dist, 'index.html')))
  throw new Error(`${dist} has no built app: run \`npm run build\` first`);
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-')), `sites-${ROWS}.csv`);
const fd = fs.openSync(file, 'w');
for (const chunk of createBenchCsvChunks(ROWS, BENCH_CHUNK_CHARS)) fs.writeSync(fd, chunk);
fs.closeSync(fd);

const server = await preview({
  root: REPO_ROOT,
  preview: { port: 0, host: '127.0.0.1' },
  base: '/hanoi-coverage/',
  logLevel: 'silent',
});
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN' })).newPage();
await page.addInitScript(() => {
  const w = window as unknown as { longTasks: number[] };
  w.longTasks = [];
  new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({
    type: 'longtask',
    buffered: true,
  });
});
const longest = () => page.evaluate(() => Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks));
const resetTasks = () => page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks.length = 0));
const out: Record<string, number> = { rows: ROWS, fileMb: Math.round(fs.statSync(file).size / 1e5) / 10 };
try {
  await page.goto(`${server.resolvedUrls!.local[0]}`);
  await waitForMapReady(page);
  await page.waitForFunction(() => (window as { hanoiAnalysisReady?: boolean }).hanoiAnalysisReady === true, null, {
    timeout: 300_000,
  });
  await page.locator('[data-testid="tab-import"]').click();
  await page.locator('[data-testid="import-coordinates"]').selectOption('vn2000');
  await resetTasks();
  let t = Date.now();
  await page.locator('[data-testid="import-file"]').setInputFiles(file);
  await page.locator('[data-testid="import-report"]').waitFor({ timeout: 600_000 });
  out.toReportMs = Date.now() - t;
  out.longestTaskToReportMs = Math.round(await longest());
  await resetTasks();
  t = Date.now();
  await page.locator('[data-testid="import-apply"]').click();
  await page.locator('[data-testid="import-list"] li').first().waitFor({ timeout: 600_000 });
  await page.waitForFunction(() => document.querySelector('[data-testid="analysis-progress"]') === null, null, {
    timeout: 900_000,
  });
  out.applyToAnalysedMs = Date.now() - t;
  out.longestTaskApplyMs = Math.round(await longest());
} finally {
  await browser.close();
  await server.close();
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
}
console.log(JSON.stringify(out));
