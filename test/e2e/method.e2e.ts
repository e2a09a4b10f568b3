/**
 * End-to-end test of the method page (issue #16 item 4) in Chromium: open "Phương pháp", lower the cell-edge
 * probability, see the ranked table's figures (the choropleth's) computed again and `prm=` in the URL; a reload
 * keeps the parameters (saved with the preferences). Needs `npm run build` first, and the page mounted as the
 * sidebar tab `method` (App.tsx).
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Session } from './browser.js';
import { ANALYSIS_TIMEOUT_MS, waitForAnalysisReady } from './map-page.js';
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
});
