/**
 * The static public map's start (`npm run build:public` first), served from a sub-path, in Debian's Chromium
 * (software WebGL): `tsx scripts/bench/public.ts`. Five cold loads (a new browser context each, so nothing is
 * cached), each timed from navigation start in the page: the HTML parsed, first contentful paint (the build-time
 * first view, its SVG choropleth, legend and targets, is in the HTML, so it is what paints first) and the
 * interactive map idle with the areas drawn. Also the gzip sizes: MapLibre's own chunk against the page's own code.
 * Prints one JSON line: each run, the medians and the sizes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../test/e2e/browser.js';
import { PUBLIC_DIR, serve, waitForAreas } from '../../test/e2e/public-page.js';
import { publicSizes } from '../public/budgets.js';

const RUNS = 5;

if (!fs.existsSync(path.join(PUBLIC_DIR, 'index.html')))
  throw new Error(`${PUBLIC_DIR} has no built page: run \`npm run build:public\` first`);

/**
 * One cold load's times from navigation start, ms: the HTML parsed (the first view's SVG is in the DOM), the first
 * contentful paint (that SVG, legend and targets: they are in the HTML, before any script) and the map idle.
 */
type Run = { parsedMs: number; fcpMs: number; idleMs: number };

/** Navigation start to `performance.now()` in the page once the map is idle with its areas drawn, ms. */
async function idleAt(page: Page): Promise<number> {
  await waitForAreas(page);
  return page.evaluate(
    () =>
      new Promise<number>((ok) => {
        const m = (window as unknown as { hanoiMap: { once(e: string, f: () => void): void; loaded(): boolean } })
          .hanoiMap;
        if (m.loaded()) return ok(performance.now());
        m.once('idle', () => ok(performance.now()));
      }),
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const { server, url } = await serve(PUBLIC_DIR);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
const runs: Run[] = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(url);
    const idleMs = await idleAt(page);
    const { fcpMs, parsedMs } = await page.evaluate(() => ({
      fcpMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      parsedMs: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive,
    }));
    runs.push({ parsedMs: Math.round(parsedMs), fcpMs: Math.round(fcpMs), idleMs: Math.round(idleMs) });
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const sizes = publicSizes(PUBLIC_DIR, gzipSync);
const kib = (n: number) => Math.round((n / 1024) * 10) / 10;
console.log(
  JSON.stringify({
    runs,
    fcpMedianMs: median(runs.map((r) => r.fcpMs)),
    parsedMedianMs: median(runs.map((r) => r.parsedMs)),
    // `runsMs` and `medianMs`: navigation to the interactive map idle, as `npm run bench` reads them.
    runsMs: runs.map((r) => r.idleMs),
    medianMs: median(runs.map((r) => r.idleMs)),
    maplibreGzipKiB: kib(sizes.maplibreGzip),
    ownCodeGzipKiB: kib(sizes.ownCodeGzip),
    firstViewSvgGzipKiB: kib(sizes.firstViewSvgGzip),
    htmlGzipKiB: kib(sizes.htmlGzip),
  }),
);
