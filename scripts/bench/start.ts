/**
 * Opening the planner app (`npm run build` first), in Debian's Chromium: median of 5 cold loads (a new browser
 * each) of the time from navigation to the first view's picture painted (its `elementtiming` entry; 0 when the
 * build has none), to the map's first choropleth on screen (`document.documentElement.dataset.analysis` leaves
 * `loading`), to the shipped layers drawn (`hanoiReady`) and to the worker's engine ready (`hanoiAnalysisReady`).
 * Prints one JSON line.
 */
import { openBuiltApp } from './built-app.js';

const RUNS = Number(process.env.BENCH_START_RUNS ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const runs: { pictureMs: number; choroplethMs: number; layersMs: number; engineMs: number }[] = [];
for (let i = 0; i < RUNS; i++) {
  const { page, url, close } = await openBuiltApp({ width: 1440, height: 900 });
  try {
    const t0 = Date.now();
    await page.goto(url);
    const at = async (f: () => boolean) => {
      await page.waitForFunction(f, null, { timeout: 180_000, polling: 20 });
      return Date.now() - t0;
    };
    const choroplethMs = await at(() => document.documentElement.dataset.analysis !== 'loading');
    const layersMs = await at(() => (window as { hanoiReady?: boolean }).hanoiReady === true);
    const engineMs = await at(() => (window as { hanoiAnalysisReady?: boolean }).hanoiAnalysisReady === true);
    const pictureMs = await page.evaluate(
      () =>
        new Promise<number>((ok) => {
          new PerformanceObserver((list) => ok(list.getEntries()[0]?.startTime ?? 0)).observe({
            type: 'element',
            buffered: true,
          });
          setTimeout(() => ok(0), 1000); // no picture: no entry
        }),
    );
    runs.push({ pictureMs: Math.round(pictureMs), choroplethMs, layersMs, engineMs });
  } finally {
    await close();
  }
}
console.log(
  JSON.stringify({
    runs: runs.length,
    pictureMedianMs: median(runs.map((r) => r.pictureMs)),
    choroplethMedianMs: median(runs.map((r) => r.choroplethMs)),
    layersMedianMs: median(runs.map((r) => r.layersMs)),
    engineMedianMs: median(runs.map((r) => r.engineMs)),
  }),
);
