/**
 * Helpers that drive the app's map in the page: wait until it is ready and idle, move it, project points,
 * and read the expected values of a unit from the built data in Node.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Page } from 'playwright-core';
import { bbox, booleanPointInPolygon, pointOnFeature } from '@turf/turf';
import { readFgb } from '../../src/data/fgb-read.js';
import type { Manifest } from '../../src/domain/report.js';

/**
 * What the app puts on `window` for tests: the MapLibre map, `hanoiReady` once every data layer is added, and
 * `hanoiAnalysisReady` once the first coverage analysis is painted.
 */
export type HanoiWindow = Window & { hanoiMap?: MapLibreMap; hanoiReady?: boolean; hanoiAnalysisReady?: boolean };

/** How long the first coverage analysis may take on a busy 2-core machine with software WebGL, ms. */
export const ANALYSIS_TIMEOUT_MS = 180_000;

/** How long the app may take to load its data and draw it with software WebGL, ms. */
export const READY_TIMEOUT_MS = 120_000;

/** How long one render may take to settle into MapLibre's `idle` event, ms. */
export const IDLE_TIMEOUT_MS = 60_000;

/** The app's data-loading error message (a `role="alert"` box). */
export const LOAD_ERROR_SELECTOR = '[data-testid="load-error"]';

/**
 * Waits for `window.hanoiReady`, then `map.loaded()` and the first choropleth on screen, then the next `idle` event. Throws at once, with the
 * app's message, when the app shows a loading error instead.
 */
export async function waitForMapReady(page: Page): Promise<void> {
  await page.waitForFunction(
    (errorSelector) => (window as HanoiWindow).hanoiReady === true || document.querySelector(errorSelector) !== null,
    LOAD_ERROR_SELECTOR,
    { timeout: READY_TIMEOUT_MS, polling: 250 },
  );
  const loadError = page.locator(LOAD_ERROR_SELECTOR);
  if ((await loadError.count()) > 0)
    throw new Error(`the app failed to load its data: ${await loadError.first().innerText()}`);
  await page.waitForFunction(() => (window as HanoiWindow).hanoiMap?.loaded() === true, undefined, {
    timeout: READY_TIMEOUT_MS,
    polling: 250,
  });
  // The first choropleth drawn (the readiness marker), so the first view's picture is gone from over the map.
  await page.waitForFunction(() => document.documentElement.dataset.analysis !== 'loading', undefined, {
    timeout: READY_TIMEOUT_MS,
    polling: 250,
  });
  await waitForIdle(page);
}

/** Waits until the first coverage analysis is painted (`window.hanoiAnalysisReady`). */
export async function waitForAnalysisReady(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as HanoiWindow).hanoiAnalysisReady === true, null, {
    timeout: ANALYSIS_TIMEOUT_MS,
  });
}

/** Waits for the map's next `idle` event (all tiles loaded, no transition, placement done) after a repaint. */
export async function waitForIdle(page: Page): Promise<void> {
  await page.evaluate(
    (timeoutMs) =>
      new Promise<void>((ok, fail) => {
        const map = (window as HanoiWindow).hanoiMap;
        if (!map) return fail(new Error('window.hanoiMap is not set'));
        const timer = setTimeout(() => fail(new Error(`map did not become idle within ${timeoutMs} ms`)), timeoutMs);
        map.once('idle', () => {
          clearTimeout(timer);
          ok();
        });
        // `idle` fires at the end of a render; make sure one happens even if the map is already still.
        map.triggerRepaint();
      }),
    IDLE_TIMEOUT_MS,
  );
}

/** Moves the map without animation to `center` (`[lng, lat]` degrees) and `zoom`, and waits until it is idle. */
export async function jumpTo(page: Page, center: [number, number], zoom: number): Promise<void> {
  await page.evaluate(([c, z]) => (window as HanoiWindow).hanoiMap?.jumpTo({ center: c, zoom: z }), [
    center,
    zoom,
  ] as const);
  await waitForIdle(page);
}

/** Page coordinates (CSS pixels from the viewport's top left) of the map canvas' top left. */
export async function canvasOrigin(page: Page): Promise<{ x: number; y: number }> {
  const box = await page.locator('canvas.maplibregl-canvas').boundingBox();
  if (!box) throw new Error('the map canvas is not visible');
  return { x: box.x, y: box.y };
}

/** A 2025 unit as the built data describes it. */
export type UnitFacts = {
  code: string;
  name: string;
  population: number;
  feature: Feature<Polygon | MultiPolygon>;
};

/** Reads the 2025 unit named `name` from `<distDir>/data/`, through the manifest, as the app does. */
export async function readUnit2025(distDir: string, name: string): Promise<UnitFacts> {
  const dataDir = join(distDir, 'data');
  const manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')) as Manifest;
  const entry = manifest.layers.find((l) => l.id === 'units-2025');
  if (!entry) throw new Error(`${dataDir}/manifest.json: no layer "units-2025"`);
  const fc = await readFgb(new Uint8Array(readFileSync(join(dataDir, entry.file))), { name: entry.file });
  const wanted = name.normalize('NFC');
  const feature = fc.features.find((f) => String(f.properties?.['name'] ?? '').normalize('NFC') === wanted);
  if (!feature) throw new Error(`${entry.file}: no unit named "${name}"`);
  const props = feature.properties ?? {};
  const population = Number(props['population']);
  if (!Number.isFinite(population))
    throw new Error(`${entry.file}: unit "${name}" has population ${String(props['population'])}`);
  const type = feature.geometry?.type;
  if (type !== 'Polygon' && type !== 'MultiPolygon')
    throw new Error(`${entry.file}: unit "${name}" has geometry ${type ?? 'null'}`);
  return {
    code: String(props['code']),
    name: String(props['name']),
    population,
    feature: feature as Feature<Polygon | MultiPolygon>,
  };
}

/**
 * Points inside `feature`, `[lng, lat]` degrees: a point on the feature first, then a `steps × steps` grid
 * over its bounding box, keeping the grid points that fall inside it.
 */
export function pointsInside(feature: Feature<Polygon | MultiPolygon>, steps = 12): [number, number][] {
  const first = pointOnFeature(feature).geometry.coordinates as [number, number];
  const [w, s, e, n] = bbox(feature);
  const out: [number, number][] = [first];
  for (let i = 1; i < steps; i++) {
    for (let j = 1; j < steps; j++) {
      const p: [number, number] = [w + ((e - w) * i) / steps, s + ((n - s) * j) / steps];
      if (booleanPointInPolygon(p, feature)) out.push(p);
    }
  }
  return out;
}

/**
 * A pixel of the map canvas (CSS pixels from its top-left corner) inside the 2025 unit `code` where nothing drawn
 * above the unit's fill (sites, zones, cables, …) could take a click; null when none of the `points`
 * (`[lng, lat]` degrees) on screen is clear.
 */
export async function clearPixelOnUnit(
  page: Page,
  points: [number, number][],
  code: string,
): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    ({ points, code }) => {
      const map = (window as HanoiWindow).hanoiMap!;
      const below = /^(units2025|coverage5g|coverage4g|roads|city)-|^background$/;
      const { clientWidth: w, clientHeight: h } = map.getCanvas();
      for (const p of points) {
        const { x, y } = map.project(p);
        if (x < 20 || y < 20 || x > w - 20 || y > h - 20) continue;
        const hits = map.queryRenderedFeatures([
          [x - 5, y - 5],
          [x + 5, y + 5],
        ]);
        const onUnit = hits.some((f) => f.layer.id === 'units2025-fill' && String(f.properties['code']) === code);
        if (onUnit && hits.every((f) => below.test(f.layer.id))) return { x, y };
      }
      return null;
    },
    { points, code },
  );
}

/**
 * Clicks "Trang in (HTML)" (the annual report's printable page, which opens in a new tab) and gives the opened
 * page's HTML, then closes it.
 */
export async function openedReportHtml(page: Page): Promise<string> {
  const [report] = await Promise.all([
    page.context().waitForEvent('page'),
    page.locator('[data-testid="report-html"]').click(),
  ]);
  await report.waitForLoadState();
  const html = await report.content();
  await report.close();
  return html;
}
