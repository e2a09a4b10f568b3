/**
 * End-to-end test of the method page (issue #16 item 4) in Chromium: open "Phương pháp", lower the cell-edge
 * probability, see the ranked table's figures (the choropleth's) computed again and `prm=` in the URL; a reload
 * keeps the parameters (saved with the preferences); a plan site's footprints, drawn grey as "earlier parameters"
 * at once, are computed again under the new ones by themselves. Needs `npm run build` first, and the page mounted as the
 * sidebar tab `method` (App.tsx).
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Session } from './browser.js';
import { ANALYSIS_TIMEOUT_MS, canvasOrigin, jumpTo, waitForAnalysisReady, type HanoiWindow } from './map-page.js';
import { openApp } from './app-contract.js';

const edge = '[data-testid="param-edgeProbability"] input';

/** The ranked table's rows as text (the choropleth's level, technology and operators). */
const rankedRows = (s: Session) => s.page.locator('[data-testid="ranked-row"]').allInnerTexts();

describe('method page', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp('method', inject('appUrl'));
    await waitForAnalysisReady(s.page);
  });
  afterAll(async () => {
    await s?.close();
  });

  test('a lower edge probability recomputes the figures, travels in the link and survives a reload', async () => {
    await s.page.locator('[data-testid="table-toggle"]').click();
    await expect.poll(() => s.page.locator('[data-testid="ranked-row"]').count()).toBeGreaterThan(0);
    const before = await rankedRows(s);
    await s.page.locator('[data-testid="tab-method"]').click();
    await s.page.locator(edge).fill('0,5');
    await s.page.locator(edge).press('Enter');
    await expect.poll(() => rankedRows(s), { timeout: ANALYSIS_TIMEOUT_MS }).not.toEqual(before);
    const after = await rankedRows(s);
    await expect.poll(() => s.page.evaluate(() => location.hash)).toMatch(/prm=[A-Za-z0-9_-]+/);
    await s.screenshot('edited');

    await s.page.reload();
    await waitForAnalysisReady(s.page);
    await s.page.locator('[data-testid="tab-method"]').click();
    await expect.poll(() => s.page.locator(edge).inputValue()).toBe('0,5');
    if ((await s.page.locator('[data-testid="ranked-row"]').count()) === 0)
      await s.page.locator('[data-testid="table-toggle"]').click();
    await expect.poll(() => rankedRows(s), { timeout: ANALYSIS_TIMEOUT_MS }).toEqual(after);
  });

  test('a plan site’s footprints are computed again under new parameters, by themselves', async () => {
    const { page } = s;
    // The plan's footprints as drawn: how many, and how many computed with earlier parameters.
    const footprints = () =>
      page.evaluate(() => {
        const fs = (window as HanoiWindow).hanoiMap!.querySourceFeatures('plan-footprints');
        return { all: fs.length, stale: fs.filter((f) => f.properties?.stale === true).length };
      });
    const at: [number, number] = [105.8542, 21.0285];
    await jumpTo(page, at, 13);
    await page.locator('[data-testid="tab-plan"]').click();
    await page.locator('[data-testid="draft-operator"]').selectOption('viettel');
    await page.locator('[data-testid="draft-band"]').selectOption('n78');
    await page.locator('[data-testid="plan-mode"]').click();
    const origin = await canvasOrigin(page);
    const px = await page.evaluate((p) => (window as HanoiWindow).hanoiMap!.project(p), at);
    await page.mouse.click(origin.x + px.x, origin.y + px.y);
    await page.locator('[data-testid="plan-mode"]').click();
    const current = async () => {
      const f = await footprints();
      return f.all > 0 && f.stale === 0;
    };
    await expect.poll(current, { timeout: ANALYSIS_TIMEOUT_MS }).toBe(true);

    await page.locator('[data-testid="tab-method"]').click();
    await page.locator(edge).fill('0,95');
    await page.locator(edge).press('Enter');
    // Grey and dotted at once (the figures take seconds), then drawn again under the new parameters.
    await expect.poll(async () => (await footprints()).stale, { timeout: ANALYSIS_TIMEOUT_MS }).toBeGreaterThan(0);
    await expect.poll(current, { timeout: ANALYSIS_TIMEOUT_MS }).toBe(true);
    await s.screenshot('plan-recomputed');
  });
});
