/**
 * End-to-end tests of the built app in Chromium (software WebGL): layer toggles, the feature panel, the coverage
 * worker's tiles, the choropleth state, Vietnamese labels from the offline glyphs, a drawn canvas, and that no
 * request leaves the machine. Needs `npm run build` first; run with `npm run test:e2e`. The interface's words,
 * search, table and links are in `interface.e2e.ts`.
 *
 * The tests share one page, loaded once (loading the data and drawing it in software takes a while); each test
 * sets the view it needs and puts back what it changed. The last two tests check what the whole session did.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Session } from './browser.js';
import {
  canvasOrigin,
  clearPixelOnUnit,
  jumpTo,
  pointsInside,
  readUnit2025,
  waitForAnalysisReady,
  waitForIdle,
  type HanoiWindow,
} from './map-page.js';
import {
  CENTRE,
  formatVi,
  LAYER_KEYS,
  openApp,
  SAMPLE_VI,
  VIETNAMESE_GLYPH_RANGE,
  VIETNAMESE_LETTERS,
} from './app-contract.js';
import { decodePng, imageStats } from './png.js';

/** The unit clicked in the panel test: the old quarter, small and central. */
const UNIT_NAME = 'Hoàn Kiếm';

let s: Session;

beforeAll(async () => {
  s = await openApp('map', inject('appUrl'));
});

afterAll(async () => {
  await s?.close();
});

describe('layer toggles', () => {
  test.each(LAYER_KEYS)('%s: the checkbox hides and shows every layer of the toggle', async (key) => {
    const { page } = s;
    const toggle = page.locator(`[data-testid="layer-toggle-${key}"]`);
    await expect(toggle.count(), `[data-testid="layer-toggle-${key}"]`).resolves.toBe(1);
    const ids = await page.evaluate(
      (k) =>
        ((window as HanoiWindow).hanoiMap?.getStyle().layers ?? [])
          .map((l) => l.id)
          .filter((id) => id.startsWith(`${k}-`)),
      key,
    );
    expect(ids.length, `map layers starting with "${key}-"`).toBeGreaterThan(0);
    // MapLibre reports no value for a layer that never had `visibility` set: that is its default, 'visible'.
    const visibility = () =>
      page.evaluate(
        (layerIds) =>
          layerIds.map((id) => (window as HanoiWindow).hanoiMap?.getLayoutProperty(id, 'visibility') ?? 'visible'),
        ids,
      );
    const wasOn = await toggle.isChecked();
    const expected = (on: boolean) => ids.map(() => (on ? 'visible' : 'none'));
    expect(await visibility()).toEqual(expected(wasOn));

    await toggle.click();
    await expect.poll(() => toggle.isChecked()).toBe(!wasOn);
    await expect.poll(visibility).toEqual(expected(!wasOn));
    await waitForIdle(page);
    await s.screenshot(`toggle-${key}-${wasOn ? 'off' : 'on'}`);

    await toggle.click();
    await expect.poll(() => toggle.isChecked()).toBe(wasOn);
    await expect.poll(visibility).toEqual(expected(wasOn));
  });
});

test(`clicking the 2025 unit ${UNIT_NAME} shows its name and population in the feature panel`, async () => {
  const { page } = s;
  const unit = await readUnit2025(inject('distDir'), UNIT_NAME);
  const [lng, lat] = pointsInside(unit.feature)[0]!;
  await jumpTo(page, [lng, lat], 14);
  // A pixel inside the unit where nothing drawn above the unit's fill (sites, zones, cables, …) could take the click.
  const pixel = await clearPixelOnUnit(page, pointsInside(unit.feature, 16), unit.code);
  expect(pixel, `a clear pixel inside ${UNIT_NAME}`).not.toBeNull();
  const origin = await canvasOrigin(page);
  await page.mouse.click(origin.x + pixel!.x, origin.y + pixel!.y);

  const panel = page.locator('[data-testid="feature-panel"]');
  await expect.poll(() => panel.isVisible()).toBe(true);
  await expect.poll(() => panel.innerText()).toContain(unit.name);
  expect(await panel.innerText()).toContain(formatVi(unit.population));
  await waitForIdle(page);
  await s.screenshot('feature-panel');
});

test('the coverage analysis runs in a worker: its coverage layers are drawn and the panel shows the area figures', async () => {
  const { page } = s;
  await waitForAnalysisReady(page);
  // Coverage arrives as vector tiles the worker cuts with geojson-vt: count the rendered features per layer,
  // showing 4G for the check and hiding it again.
  const toggles = ['coverage5g', 'coverage4g'].map((k) => page.locator(`[data-testid="layer-toggle-${k}"]`));
  const was = await Promise.all(toggles.map((t) => t.isChecked()));
  for (const [i, t] of toggles.entries()) if (!was[i]) await t.click();
  await jumpTo(page, CENTRE.center, 11);
  await waitForIdle(page);
  const counts = await page.evaluate(() => {
    const map = (window as HanoiWindow).hanoiMap!;
    return ['coverage5g-fill', 'coverage4g-fill'].map((id) => map.queryRenderedFeatures({ layers: [id] }).length);
  });
  await s.screenshot('coverage-tiles');
  for (const [i, t] of toggles.entries()) if (!was[i]) await t.click();
  expect(counts[0], '5G coverage features from the engine').toBeGreaterThan(0);
  expect(counts[1], '4G coverage features from the engine').toBeGreaterThan(0);
  const analysis = page.locator('[data-testid="area-analysis"]');
  await expect.poll(() => analysis.isVisible(), { timeout: 30_000 }).toBe(true);
  const anyRow = await page.locator('[data-testid="coverage-row-any"]').innerText();
  expect(anyRow).toMatch(/Mọi nhà mạng\s+[\d,]+ %\s+[\d,]+ %/);
  expect(await analysis.innerText()).toContain(SAMPLE_VI);
  // The selected area's uncovered part comes back from the worker and is reported with its area.
  await expect.poll(() => page.locator('[data-testid="gap-area"]').isVisible(), { timeout: 30_000 }).toBe(true);
  expect(await page.locator('[data-testid="gap-area"]').innerText()).toMatch(/^[\d.,]+ km²$/);
  await s.screenshot('area-analysis');
});

test('the choropleth colours the chosen level from the analysis results', async () => {
  const { page } = s;
  await waitForAnalysisReady(page);
  const states = async (source: string) =>
    page.evaluate((src) => {
      const map = (window as HanoiWindow).hanoiMap!;
      return map
        .querySourceFeatures(src)
        .filter((f) => typeof map.getFeatureState({ source: src, id: f.id! }).pct === 'number').length;
    }, source);
  await jumpTo(page, CENTRE.center, 10);
  await waitForIdle(page);
  expect(await states('units2025'), 'units with a coverage state').toBeGreaterThan(10);
  await page.locator('[data-testid="level-select"]').selectOption('district2019');
  await waitForIdle(page);
  expect(await states('districts2019'), 'districts with a coverage state').toBeGreaterThan(3);
  expect(await states('units2025'), 'units keep no state once another level is chosen').toBe(0);
  await s.screenshot('choropleth-districts');
  await page.locator('[data-testid="level-select"]').selectOption('unit2025');
  await waitForIdle(page);
});

test('a Vietnamese unit label is drawn with the offline glyphs of U+1E00–U+1EFF', async () => {
  const { page } = s;
  await jumpTo(page, CENTRE.center, 13);
  const names = await page.evaluate(() =>
    ((window as HanoiWindow).hanoiMap?.queryRenderedFeatures({ layers: ['units2025-label'] }) ?? []).map((f) =>
      String(f.properties['name']),
    ),
  );
  await s.screenshot('labels');
  expect(names.filter((n) => VIETNAMESE_LETTERS.test(n)).length, `labels drawn: ${names.join(', ')}`).toBeGreaterThan(
    0,
  );
  const glyphs = s.responses.filter((r) => r.url.endsWith(VIETNAMESE_GLYPH_RANGE));
  expect(glyphs.length, `requests for …${VIETNAMESE_GLYPH_RANGE}`).toBeGreaterThan(0);
  expect(glyphs.map((r) => r.status)).toEqual(glyphs.map(() => 200));
});

test('the map canvas is drawn: many colours, much of it not background', async () => {
  const { page } = s;
  await jumpTo(page, CENTRE.center, CENTRE.zoom);
  const png = await s.screenshot('canvas', 'canvas.maplibregl-canvas');
  const stats = imageStats(decodePng(png));
  const seen = JSON.stringify(stats);
  expect(stats.distinctColours, `distinct colours (5 bits a channel): ${seen}`).toBeGreaterThanOrEqual(50);
  expect(stats.significantColours, `colours covering ≥ 0.1 % of the canvas each: ${seen}`).toBeGreaterThanOrEqual(8);
  expect(stats.nonBackgroundShare, `share of pixels not of the most common colour: ${seen}`).toBeGreaterThanOrEqual(
    0.25,
  );
});

describe('the whole session', () => {
  test('no request left the machine', () => {
    expect(s.external).toEqual([]);
  });

  test('no console error, page error or failed request', () => {
    expect(s.errors).toEqual([]);
  });
});
