/**
 * The 1,000,000-row site CSV in Chromium (issue #13: no main-thread task over 100 ms): the built app served
 * locally, the file picked in the import panel, read in the worker. Prints one JSON line: the file's size, the
 * time to the report, the longest main-thread task (PerformanceObserver `longtask`) meanwhile; then, applied
 * (joining the sample), the time until the analysis is done, until the map has drawn the imported sites, and the
 * longest task meanwhile; or, above the page's limit of imported sites, the time until the refusal (`refusedMs`). `tsx
 * scripts/bench/browser-import.ts [rows]`, after `npm run build`. The VN-2000 rows of the bench file are converted
 * (the import's coordinate system set to VN-2000, as after the user answered the question).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { waitForIdle, waitForMapReady } from '../../test/e2e/map-page.js';
import { BENCH_CHUNK_CHARS, createBenchCsvChunks } from '../../test/support/site-csv.js';
import { openBuiltApp } from './built-app.js';

const ROWS = Number(process.argv[2] ?? 1_000_000);
const { page, url, longestTask: longest, resetTasks, close } = await openBuiltApp({ width: 1440, height: 900 });
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-')), `sites-${ROWS}.csv`);
const fd = fs.openSync(file, 'w');
for (const chunk of createBenchCsvChunks(ROWS, BENCH_CHUNK_CHARS)) fs.writeSync(fd, chunk);
fs.closeSync(fd);

const out: Record<string, number> = { rows: ROWS, fileMb: Math.round(fs.statSync(file).size / 1e5) / 10 };
try {
  await page.goto(url);
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
  // More imported sites than the page analyses (MAX_BROWSER_SITES): refused, nothing applied.
  const applied = page.locator('[data-testid="import-list"] li').first();
  const refused = page.locator('[data-testid="import-error"]');
  await applied.or(refused).waitFor({ timeout: 600_000 });
  if (await refused.isVisible()) {
    out.refusedMs = Date.now() - t;
    console.log(JSON.stringify(out));
    process.exit(0);
  }
  // Analysed: the banner says imported data is in use (the list alone may come before the analysis).
  await page.waitForFunction(
    () => (document.querySelector('[data-testid="sample-banner"]')?.textContent ?? '').includes('dữ liệu đã nhập'),
    null,
    { timeout: 900_000 },
  );
  await page.waitForFunction(() => document.querySelector('[data-testid="analysis-progress"]') === null, null, {
    timeout: 900_000,
  });
  out.applyToAnalysedMs = Date.now() - t;
  // The imported sites drawn: MapLibre has read them and painted (its own worker parses them).
  await page.evaluate(() => (window as { hanoiMap?: { triggerRepaint(): void } }).hanoiMap?.triggerRepaint());
  await waitForIdle(page);
  out.applyToDrawnMs = Date.now() - t;
  out.longestTaskApplyMs = Math.round(await longest());
} finally {
  await close();
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
}
console.log(JSON.stringify(out));
