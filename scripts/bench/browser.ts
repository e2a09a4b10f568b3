/**
 * Browser benchmark of the operator's workflow, in Debian's Chromium (software WebGL) on the built app
 * (`npm run build` first): `tsx scripts/bench/browser.ts`. Prints one JSON line:
 * - moving a candidate site: the worker's analysis time, the round trip, and the time until the map drew the
 *   result, per drag step; the drag's opening (mousedown) and settling (let go) apart; beside them the time of a
 *   repaint with nothing changed (the renderer's own floor);
 * - importing a 100,000-row site CSV: time to the report, and the longest main-thread task meanwhile;
 * - suggesting 10 sites for MobiFone: time to the proposals.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { waitForMapReady, waitForIdle } from '../../test/e2e/map-page.js';
import { createBenchCsv } from '../../test/support/site-csv.js';
import { openBuiltApp } from './built-app.js';

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : NaN;
};

const { page, url, longestTask, resetTasks, close } = await openBuiltApp({ width: 1280, height: 800 });
const out: Record<string, number> = {};
try {
  await page.goto(`${url}#map=14/21.0285/105.8523`);
  await waitForMapReady(page);
  await page.waitForFunction(() => (window as { hanoiAnalysisReady?: boolean }).hanoiAnalysisReady === true, null, {
    timeout: 180_000,
  });

  // A repaint with nothing changed: the software renderer's floor.
  const idleRepaints = await page.evaluate(async () => {
    const map = (window as unknown as { hanoiMap: { triggerRepaint(): void; once(e: string, f: () => void): void } })
      .hanoiMap;
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      const t = performance.now();
      await new Promise<void>((ok) => {
        map.once('render', () => ok());
        map.triggerRepaint();
      });
      times.push(performance.now() - t);
    }
    return times;
  });
  out.idleRepaintMedianMs = quantile(idleRepaints, 0.5);

  // Place a site and drag it in 40 steps of ~15 px.
  await page.locator('[data-testid="tab-plan"]').click();
  await page.locator('[data-testid="plan-mode"]').click();
  const box = (await page.locator('canvas.maplibregl-canvas').boundingBox())!;
  const [x0, y0] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.click(x0, y0);
  await page.waitForFunction(
    () => ((window as unknown as { hanoiPlanTimings: unknown[] }).hanoiPlanTimings ?? []).length >= 1,
    null,
    { timeout: 30_000 },
  );
  await waitForIdle(page);
  type Timing = { analysisMs: number; roundTripMs: number; repaintMs: number; kind: string };
  const timings = (n: number) =>
    page.evaluate((k) => (window as unknown as { hanoiPlanTimings: Timing[] }).hanoiPlanTimings.slice(k), n);
  /**
   * Drags the candidate at (x, y) 40 steps of (dx, dy) px, and returns the edits' timings. Unpaced, a step every
   * 50 ms, as a hand drags: the worker's analysis shares the 2 cores with the software renderer's repaints. Paced,
   * each step waits for the last one drawn and the map idle, so the analysis is measured on its own (#15).
   */
  async function drag(x: number, y: number, dx: number, dy: number, paced: boolean): Promise<Timing[]> {
    const already = (await timings(0)).length;
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 1; i <= 40; i++) {
      const before = (await timings(0)).length;
      await page.mouse.move(x + i * dx, y + i * dy);
      if (!paced) await page.waitForTimeout(50);
      else {
        await page.waitForFunction(
          (n) => (window as unknown as { hanoiPlanTimings: Timing[] }).hanoiPlanTimings.length > n,
          before,
          { timeout: 60_000 },
        );
        await waitForIdle(page);
      }
    }
    await page.mouse.up();
    // Letting go settles the drag's previews (or sends its last step as an edit): wait for its answer drawn.
    await page.waitForFunction(
      (n) =>
        (window as unknown as { hanoiPlanTimings: Timing[] }).hanoiPlanTimings
          .slice(n)
          .some((t) => t.kind === 'drag-settle' || t.kind === 'edit'),
      already,
      { timeout: 60_000 },
    );
    await waitForIdle(page);
    return timings(already);
  }
  const edits = await drag(x0, y0, 15, 4, false);
  const moves = edits.filter((m) => m.kind === 'drag-step');
  const once = (kind: string) => edits.find((m) => m.kind === kind)?.analysisMs ?? NaN;
  out.dragOpenMs = once('drag-open');
  // Letting go settles the previews; when the last step was still to send, it goes as an edit instead.
  out.dragSettleMs = Number.isNaN(once('drag-settle')) ? once('edit') : once('drag-settle');
  out.moveUpdates = moves.length;
  const analysis = moves.map((m) => m.analysisMs);
  out.moveAnalysisMaxMs = quantile(analysis, 1);
  out.moveAnalysisMedianMs = quantile(analysis, 0.5);
  out.moveAnalysisP95Ms = quantile(analysis, 0.95);
  out.moveRoundTripMedianMs = quantile(
    moves.map((m) => m.roundTripMs),
    0.5,
  );
  out.moveRepaintMedianMs = quantile(
    moves.map((m) => m.repaintMs),
    0.5,
  );
  out.moveRepaintP95Ms = quantile(
    moves.map((m) => m.repaintMs),
    0.95,
  );
  // A second candidate, dragged paced along a route beside the first one's.
  const placed = (await timings(0)).length;
  await page.mouse.click(x0 - 300, y0 - 150);
  await page.waitForFunction(
    (n) => (window as unknown as { hanoiPlanTimings: unknown[] }).hanoiPlanTimings.length > n,
    placed,
    { timeout: 30_000 },
  );
  await waitForIdle(page);
  const paced = (await drag(x0 - 300, y0 - 150, 15, 4, true)).filter((m) => m.kind === 'drag-step');
  const pacedAnalysis = paced.map((m) => m.analysisMs);
  out.pacedUpdates = paced.length;
  out.pacedAnalysisMedianMs = quantile(pacedAnalysis, 0.5);
  out.pacedAnalysisP95Ms = quantile(pacedAnalysis, 0.95);
  out.pacedAnalysisMaxMs = quantile(pacedAnalysis, 1);
  await page.locator('[data-testid="plan-mode"]').click();

  // Import 100,000 rows.
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-')), 'sites-100k.csv');
  fs.writeFileSync(file, createBenchCsv(100_000));
  await page.locator('[data-testid="tab-import"]').click();
  await resetTasks();
  const t0 = Date.now();
  await page.locator('[data-testid="import-file"]').setInputFiles(file);
  await page.locator('[data-testid="import-report"]').waitFor({ timeout: 120_000 });
  out.import100kMs = Date.now() - t0;
  out.importLongestMainThreadTaskMs = await longestTask();
  out.importFileMb = fs.statSync(file).size / 1e6;

  // Suggest 10 sites for MobiFone.
  await page.locator('[data-testid="tab-plan"]').click();
  await page.locator('[data-testid="suggest-operator"]').selectOption('mobifone');
  await page.locator('[data-testid="suggest-k"]').fill('10');
  const t1 = Date.now();
  await page.locator('[data-testid="suggest-run"]').click();
  await page.locator('[data-testid="suggest-result"]').waitFor({ timeout: 120_000 });
  out.suggest10Ms = Date.now() - t1;
  out.suggest10Proposals = await page.locator('[data-testid="suggest-proposal"]').count();
} finally {
  await close();
}
console.log(JSON.stringify(out));
