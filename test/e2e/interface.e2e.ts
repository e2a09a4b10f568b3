/**
 * End-to-end tests of the built app's interface in Chromium: search, the ranked table and its exports, the
 * sample-data labels, the language switch and shareable links. Needs `npm run build` first; run with
 * `npm run test:e2e`. The map itself (layers, panel, worker, canvas) is tested in `map.e2e.ts`.
 *
 * The tests share one page, loaded once; each test puts back what it changed. The last two tests check what the
 * whole session did.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Manifest } from '../../src/domain/report.js';
import type { Session } from './browser.js';
import { jumpTo, waitForAnalysisReady, waitForIdle, waitForMapReady, type HanoiWindow } from './map-page.js';
import { LAYER_KEYS, MANIFEST_ID, openApp, SAMPLE_VI, switchLanguage } from './app-contract.js';

let s: Session;

beforeAll(async () => {
  s = await openApp('interface', inject('appUrl'));
});

afterAll(async () => {
  await s?.close();
});

test('searching "hoan kiem" lands on Phường Hoàn Kiếm', async () => {
  const { page } = s;
  const input = page.locator('[data-testid="search-input"]');
  await input.fill('hoan kiem');
  await expect.poll(() => page.locator('[data-testid="search-option"]').count()).toBeGreaterThan(0);
  await input.press('ArrowDown');
  await input.press('Enter');
  await expect.poll(() => page.locator('[data-testid="feature-panel"] h2').innerText()).toBe('Phường Hoàn Kiếm');
  await waitForIdle(page);
  await s.screenshot('search-hoan-kiem');
});

test('the ranked table lists every 2025 unit and exports a CSV with a byte-order mark', async () => {
  const { page } = s;
  await waitForAnalysisReady(page);
  await page.locator('[data-testid="table-toggle"]').click();
  await expect.poll(() => page.locator('[data-testid="ranked-row"]').count()).toBe(126);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-testid="export-csv"]').click(),
  ]);
  const path = await download.path();
  const csv = readFileSync(path!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain('Phường Hoàn Kiếm');
  expect(csv.trim().split('\r\n')).toHaveLength(127);
  const [geo] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-testid="export-geojson"]').click(),
  ]);
  const fc = JSON.parse(readFileSync((await geo.path())!, 'utf8')) as {
    features: { properties: Record<string, unknown> }[];
  };
  expect(fc.features).toHaveLength(126);
  expect(typeof fc.features[0]!.properties['cov_5G_any_pct']).toBe('number');
  const [png] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="export-png"]').click()]);
  expect(
    readFileSync((await png.path())!)
      .subarray(1, 4)
      .toString(),
  ).toBe('PNG');
  await s.screenshot('ranked-table');
  await page.locator('[data-testid="table-toggle"]').click();
});

const legend = () => s.page.locator('[data-testid="legend"]');

describe('interface text', () => {
  test('every visible sample layer is labelled "dữ liệu mẫu" in the layer panel and the legend', async () => {
    const { page } = s;
    const manifest = JSON.parse(readFileSync(join(inject('distDir'), 'data', 'manifest.json'), 'utf8')) as Manifest;
    // Coverage is computed from the sample sites, so it is sample data too.
    const sampleKeys = LAYER_KEYS.filter(
      (k) => MANIFEST_ID[k] === null || manifest.layers.find((l) => l.id === MANIFEST_ID[k])?.sample === true,
    );
    expect(sampleKeys.length, 'sample layers in manifest.json').toBeGreaterThan(0);
    const switchedOn: string[] = [];
    for (const key of sampleKeys) {
      const toggle = page.locator(`[data-testid="layer-toggle-${key}"]`);
      if (!(await toggle.isChecked())) {
        await toggle.click();
        switchedOn.push(key);
      }
    }
    await waitForIdle(page);
    await s.screenshot('sample-layers-on');
    for (const key of sampleKeys) {
      const label = page.locator('label', { has: page.locator(`[data-testid="layer-toggle-${key}"]`) });
      expect(await label.innerText(), `layer panel label of ${key}`).toContain(SAMPLE_VI);
      const name = (await label.locator('.layer-name').innerText()).trim();
      const lines = (await legend().innerText()).split('\n').filter((l) => l.includes(name));
      expect(lines.length, `legend lines naming "${name}" (${key})`).toBeGreaterThan(0);
      expect(
        lines.every((l) => l.includes(SAMPLE_VI)),
        `legend lines ${JSON.stringify(lines)}`,
      ).toBe(true);
    }
    for (const key of switchedOn) await page.locator(`[data-testid="layer-toggle-${key}"]`).click();
  });

  test('the language switch turns the interface to English and back', async () => {
    const { page } = s;
    const layersHeading = { vi: 'Lớp bản đồ', en: 'Map layers' };
    const body = () => page.locator('body').innerText();
    await expect.poll(body).toContain(layersHeading.vi);
    await switchLanguage(page, 'en');
    await expect.poll(body).toContain(layersHeading.en);
    expect(await body()).not.toContain(layersHeading.vi);
    expect(await legend().innerText()).toContain('sample data');
    expect(await legend().innerText()).not.toContain(SAMPLE_VI);
    await s.screenshot('english');
    await switchLanguage(page, 'vi');
    await expect.poll(body).toContain(layersHeading.vi);
    expect(await legend().innerText()).toContain(SAMPLE_VI);
  });
});

describe('shareable links', () => {
  test('the URL follows the screen, and opening it restores level, language, view and selection', async () => {
    const { page } = s;
    await page.locator('[data-testid="level-select"]').selectOption('district2019');
    await jumpTo(page, [105.8523, 21.0285], 14);
    await waitForIdle(page);
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('level=district2019');
    const shared =
      inject('appUrl').replace(/#.*$/, '') +
      '#map=14.00/21.02850/105.85230&level=district2019&tech=5G&op=any&basis=area&sel=unit2025:00070&lang=en';
    // A fresh load of the link (a hash change alone would not reload the page).
    await page.goto('about:blank');
    await page.goto(shared);
    await waitForMapReady(page);
    expect(await page.locator('[data-testid="level-select"]').inputValue()).toBe('district2019');
    await expect
      .poll(() => page.locator('[data-testid="feature-panel"] h2').innerText(), { timeout: 30_000 })
      .toBe('Hoan Kiem Ward');
    const view = await page.evaluate(() => {
      const map = (window as HanoiWindow).hanoiMap!;
      return { zoom: map.getZoom(), ...map.getCenter() };
    });
    expect(view.zoom).toBeCloseTo(14, 1);
    expect(view.lat).toBeCloseTo(21.0285, 3);
    await s.screenshot('shared-link');
    // Put the session back: Vietnamese, 2025 units.
    await page.locator('[data-testid="lang-switch"]').selectOption('vi');
    await page.locator('[data-testid="level-select"]').selectOption('unit2025');
  });
});

describe('the whole session', () => {
  test('no request left the machine', () => {
    expect(s.external).toEqual([]);
  });

  test('no console error, page error or failed request', () => {
    expect(s.errors).toEqual([]);
  });
});
