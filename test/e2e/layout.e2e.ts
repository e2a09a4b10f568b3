/**
 * Layout end-to-end tests (issue #18, "room for the map"): the planner's app at 1440×900 and 1280×720 with the
 * ranked table open and an area selected, and the public map at 390×844 (a phone). The map keeps at least 60 %
 * of the viewport; the area panel and the table cover at most 40 % of the map; no control is cut, in Vietnamese
 * or English (the point's answer and the search placeholder included); the table's headers sit on one line with
 * one number of decimals per column; its height follows the handle and is remembered. Needs `npm run build` and
 * `npm run build:public` first (`test/output/layout-*.png`).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { PreviewServer } from 'vite';
import type { Page } from 'playwright-core';
import { openSession, type Session } from './browser.js';
import { openApp, switchLanguage } from './app-contract.js';
import { waitForAnalysisReady, waitForMapReady } from './map-page.js';
import { PUBLIC_DIR, serve, waitForAreas } from './public-page.js';
import {
  boxOf,
  clippedControls,
  coveredShare,
  linesOf,
  optionsTooWide,
  placeholderCut,
  type Box,
} from './layout-facts.js';

/** The planner's viewports, CSS pixels. */
const DESKTOPS = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
] as const;

/** A phone's viewport (iPhone 12–14), CSS pixels. */
const PHONE = { width: 390, height: 844 } as const;

/** Width of the planner's sidebar, CSS pixels (app.css). */
const SIDEBAR_PX = 280;

/** Least share of the viewport the map keeps with the table open, fraction 0–1 (issue #18). */
const MAP_SHARE_MIN = 0.6;

/** Most share of the map the area panel and the table may cover together, fraction 0–1 (issue #18). */
const COVER_MAX = 0.4;

/** The map canvas' box; throws when it is not displayed. */
async function mapBox(page: Page): Promise<Box> {
  const box = await boxOf(page, 'canvas.maplibregl-canvas');
  if (!box) throw new Error('the map canvas is not displayed');
  return box;
}

/** Decimals of a figure as Vietnamese writes it ("56,1" → 1, "33.967" → 0). */
const decimalsVi = (text: string): number => /,(\d+)/.exec(text)?.[1]?.length ?? 0;

describe('the planner app with the ranked table open and an area selected', () => {
  let s: Session;

  beforeAll(async () => {
    s = await openApp('layout', inject('appUrl'));
    await s.page.setViewportSize(DESKTOPS[0]);
    await waitForAnalysisReady(s.page);
    await s.page.locator('[data-testid="table-toggle"]').click();
    await s.page.locator('[data-testid="ranked-row"]').first().click();
    await s.page.locator('[data-testid="feature-panel"]').waitFor();
  });

  afterAll(async () => {
    await s?.close();
  });

  describe.each(DESKTOPS)('at $width×$height', (viewport) => {
    beforeAll(async () => {
      await s.page.setViewportSize(viewport);
      await switchLanguage(s.page, 'vi');
    });

    test('the map keeps at least 60 % of the viewport, and the panel and table cover at most 40 % of it', async () => {
      const { page } = s;
      const viewportArea = viewport.width * viewport.height;
      await expect
        .poll(async () => {
          const map = await mapBox(page);
          return (map.width * map.height) / viewportArea;
        })
        .toBeGreaterThanOrEqual(MAP_SHARE_MIN);
      const map = await mapBox(page);
      const panel = await boxOf(page, '[data-testid="feature-panel"]');
      const table = await boxOf(page, '[data-testid="table-panel"]');
      expect(table!.height).toBeGreaterThan(90);
      expect(coveredShare(map, panel, table)).toBeLessThanOrEqual(COVER_MAX);
      await s.screenshot(`${viewport.width}x${viewport.height}-vi`);
    });

    test('the area panel stays inside the map and scrolls, its labels on at most two lines', async () => {
      const { page } = s;
      const area = (await boxOf(page, '.map-area'))!;
      const panel = (await boxOf(page, '[data-testid="feature-panel"]'))!;
      expect(panel.y + panel.height).toBeLessThanOrEqual(area.y + area.height);
      expect(await page.locator('[data-testid="feature-panel"]').evaluate((el) => getComputedStyle(el).overflowY)).toBe(
        'auto',
      );
      const labels = await linesOf(page, '[data-testid="feature-panel"] dt');
      expect(labels.length).toBeGreaterThan(3);
      expect(labels[0]!.lines, labels[0]!.text).toBeLessThanOrEqual(2);
    });

    test('the table headers sit on one line (two below 1366 px), and each column has one number of decimals', async () => {
      const { page } = s;
      const headers = await linesOf(page, '[data-testid="ranked-table"] thead th');
      expect(headers[0]!.lines, headers[0]!.text).toBeLessThanOrEqual(viewport.width > 1366 ? 1 : 2);
      const rows = await page
        .locator('[data-testid="ranked-row"]')
        .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.innerText.trim())));
      for (let col = 0; col < rows[0]!.length; col++) {
        const decimals = new Set(rows.map((r) => decimalsVi(r[col]!)));
        expect([...decimals], `column ${col + 2}: ${rows.map((r) => r[col]).join(' ')}`).toHaveLength(1);
      }
    });

    test.each(['vi', 'en'] as const)('no control is cut, in %s', async (lang) => {
      const { page } = s;
      await switchLanguage(page, lang);
      expect(await clippedControls(page)).toEqual([]);
      expect(await optionsTooWide(page, '[data-testid="level-select"]')).toEqual([]);
      const play = (await boxOf(page, '[data-testid="time-play"]'))!;
      const now = (await boxOf(page, '[data-testid="time-now"]'))!;
      expect(now.y).toBeCloseTo(play.y, 0);
      await s.screenshot(`${viewport.width}x${viewport.height}-${lang}`);
      await switchLanguage(page, 'vi');
    });
  });

  test.each(['zones', 'plan', 'import', 'method', 'map'] as const)(
    'no control of the %s tab is cut, in Vietnamese or English',
    async (tab) => {
      const { page } = s;
      await page.setViewportSize(DESKTOPS[0]);
      await page.locator(`[data-testid="tab-${tab}"]`).click();
      for (const lang of ['vi', 'en'] as const) {
        await switchLanguage(page, lang);
        expect(await clippedControls(page, '.sidebar'), lang).toEqual([]);
      }
      await switchLanguage(page, 'vi');
    },
  );

  test('a click on the map opens the point and its area in one column, clear of the map’s right half', async () => {
    const { page } = s;
    await page.setViewportSize(DESKTOPS[0]);
    const map = await mapBox(page);
    await page.mouse.click(map.x + map.width * 0.55, map.y + map.height * 0.4);
    const point = page.locator('[data-testid="point-panel"]');
    await point.waitFor();
    await page.locator('[data-testid="feature-panel"]').waitFor();
    const a = (await boxOf(page, '[data-testid="point-panel"]'))!;
    const b = (await boxOf(page, '[data-testid="feature-panel"]'))!;
    expect(Math.abs(a.x - b.x)).toBeLessThan(1);
    expect(a.y + a.height).toBeLessThanOrEqual(b.y);
    expect(Math.max(a.x + a.width, b.x + b.width)).toBeLessThan(map.x + map.width / 2);
    expect(coveredShare(map, a, b)).toBeLessThanOrEqual(COVER_MAX);
    await s.screenshot('1440x900-point-and-area');
    // The answer's table fits its panel in English too ("Outdoor", "Indoor" and "Vietnamobile" are the widest).
    await switchLanguage(page, 'en');
    await page.locator('[data-testid="point-coverage"]').waitFor();
    const cut = await clippedControls(page, '[data-testid="point-panel"]');
    expect(cut.filter((c) => c.what !== 'input[point-link]')).toEqual([]);
    await switchLanguage(page, 'vi');
    await point.locator('button.close').click();
    await point.waitFor({ state: 'detached' });
  });

  test('the table grows with ArrowUp on its handle and keeps its height after a reload', async () => {
    const { page } = s;
    await page.setViewportSize(DESKTOPS[0]);
    const handle = page.locator('[data-testid="table-resize"]');
    // The table takes its default height for the new viewport once the main area has been measured again.
    const heights = async () => [
      Number(await handle.getAttribute('aria-valuenow')),
      Math.round((await boxOf(page, '[data-testid="table-panel"]'))!.height),
      Math.round((await boxOf(page, '.main'))!.width),
    ];
    await expect.poll(heights).toEqual([expect.any(Number), expect.any(Number), 1440 - SIDEBAR_PX]);
    await expect.poll(async () => new Set((await heights()).slice(0, 2)).size).toBe(1);
    const before = (await heights())[0]!;
    await handle.focus();
    await handle.press('ArrowUp');
    await handle.press('ArrowUp');
    await expect.poll(async () => Number(await handle.getAttribute('aria-valuenow'))).toBe(before + 48);
    await expect.poll(async () => (await boxOf(page, '[data-testid="table-panel"]'))!.height).toBe(before + 48);
    await page.reload();
    await waitForMapReady(page);
    await page.locator('[data-testid="table-toggle"]').click();
    await expect.poll(async () => (await boxOf(page, '[data-testid="table-panel"]'))!.height).toBe(before + 48);
  });
});

describe('the public map on a 390×844 phone', () => {
  let server: PreviewServer;
  let s: Session;

  beforeAll(async () => {
    if (!existsSync(join(PUBLIC_DIR, 'index.html')))
      throw new Error(`${PUBLIC_DIR} is missing: run \`npm run build:public\` first`);
    const served = await serve(PUBLIC_DIR);
    server = served.server;
    // Loaded at the phone's size, as a phone would.
    s = await openSession('layout-phone');
    await s.page.setViewportSize(PHONE);
    await s.page.goto(served.url);
    await waitForAreas(s.page);
  });

  afterAll(async () => {
    await s?.close();
    await server?.close();
  });

  test('shows the map over half the screen, with nothing wider than the screen', async () => {
    const { page } = s;
    await page.evaluate(() => window.scrollTo(0, 0));
    const map = await mapBox(page);
    expect(map.x).toBeGreaterThanOrEqual(0);
    expect(map.x + map.width).toBeLessThanOrEqual(PHONE.width);
    expect(map.height).toBeGreaterThanOrEqual(PHONE.height * 0.5);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await s.screenshot('phone-top');
  });

  test('shows the whole legend, clear of the attribution', async () => {
    const { page } = s;
    const legend = page.locator('.pub-legend');
    await legend.scrollIntoViewIfNeeded();
    const box = (await legend.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    expect(await legend.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
    const attribution = await boxOf(page, '.maplibregl-ctrl-attrib');
    if (attribution) expect(coveredShare(box, attribution, null)).toBe(0);
  });

  test('reaches the targets and every control, none of them cut, in Vietnamese or English', async () => {
    const { page } = s;
    for (const target of ['[data-testid="target-zones"]', '[data-testid="level-select"]']) {
      const el = page.locator(target).first();
      await el.scrollIntoViewIfNeeded();
      const box = (await el.boundingBox())!;
      expect(box.y, target).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, target).toBeLessThanOrEqual(PHONE.height);
    }
    expect(await clippedControls(page)).toEqual([]);
    await s.screenshot('phone-side');
    await switchLanguage(page, 'en');
    expect(await clippedControls(page)).toEqual([]);
    expect(await optionsTooWide(page, '[data-testid="level-select"]')).toEqual([]);
    await switchLanguage(page, 'vi');
  });

  test('opens the search list within the screen, its placeholder whole in either language', async () => {
    const { page } = s;
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await placeholderCut(page, '[data-testid="search-input"]')).toBeNull();
    await switchLanguage(page, 'en');
    expect(await placeholderCut(page, '[data-testid="search-input"]')).toBeNull();
    await switchLanguage(page, 'vi');
    await page.locator('[data-testid="search-input"]').fill('ha');
    const list = page.locator('.search-options');
    await list.waitFor();
    const box = (await list.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    await page.locator('[data-testid="search-input"]').fill('');
  });
});
