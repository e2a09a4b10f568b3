/**
 * End-to-end test of the operator comparison and the coverage along roads in the planner (issue #17), in the built
 * app, Chromium with software WebGL: the ranked table's operators-with-5G column and lead column agree with the
 * area panel of the unit chosen in the table, and the panel's "Đường giao thông" block answers the unit's road km
 * and covered shares, in Vietnamese numbers, from the worker (`test/output/operator-compare-*.png`). Needs a build
 * first (`E2E_DIST_DIR` or `dist/`).
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { WORKER_TIMEOUT_MS, type Session } from './browser.js';
import { waitForAnalysisReady } from './map-page.js';
import { openApp } from './app-contract.js';

const ROADS = '[data-testid="area-roads"]';
/** A Vietnamese figure with one decimal: `4.079,3`, `0,0`. */
const VI_ONE_DECIMAL = /^\d{1,3}(\.\d{3})*,\d$/;

let s: Session;

beforeAll(async () => {
  s = await openApp('operator-compare', inject('appUrl'));
  await waitForAnalysisReady(s.page);
});

afterAll(async () => {
  await s?.close();
});

/** A percent as either view writes it (`97,3`, `100`, `100,0 %`) as a number. */
const percentOf = (text: string): number => Number(text.replace(/[^\d,]/g, '').replace(',', '.'));

describe('operator comparison and roads in the planner', () => {
  test('the ranked table’s operators and lead columns agree with the area panel of the unit chosen', async () => {
    const { page } = s;
    await page.locator('[data-testid="table-toggle"]').click();
    await expect.poll(() => page.locator('[data-testid="ranked-row"]').count()).toBeGreaterThan(100);
    const header = page.locator('[data-testid="covering-header"]');
    // The header names the technology once the table passes it (TablePanel's `tech`), the rule in either case.
    expect(await header.innerText()).toMatch(/Nhà mạng 5G|Số nhà mạng/);
    expect(await header.getAttribute('title')).toMatch(
      /Số nhà mạng phủ (5G|công nghệ của bảng) ít nhất 50 % diện tích/,
    );
    // Sorted by the count, most first: a unit where several operators cover half the area.
    await header.locator('button').click();
    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const row = page.locator('[data-testid="ranked-row"]').first();
    const count = await row.locator('[data-testid="ranked-covering"]').innerText();
    const lead = row.locator('[data-testid="ranked-lead"]');
    const [leadText, leadNames] = [await lead.innerText(), await lead.getAttribute('title')];
    expect(Number(count)).toBeGreaterThanOrEqual(2);
    await row.click();
    const panel = page.locator('[data-testid="feature-panel"]');
    await panel.locator('[data-testid="operators-5g"]').waitFor();
    expect((await panel.locator('[data-testid="operators-5g"]').innerText()).split(' ')[0]).toBe(count);
    const panelLead = await panel.locator('[data-testid="lead-5G-area"]').innerText();
    expect(panelLead.startsWith(`${leadNames} `), `${panelLead} / ${leadNames}`).toBe(true);
    expect(percentOf(panelLead.slice(leadNames!.length))).toBeCloseTo(percentOf(leadText.split(' ').at(-1)!), 1);
    await s.screenshot('table');
  });

  test('the area panel’s road block shows km in Vietnamese numbers and the covered share', async () => {
    const { page } = s;
    const block = page.locator(ROADS);
    await block.waitFor();
    expect(await block.locator('h3').innerText()).toContain('Đường giao thông');
    await page.locator(`${ROADS}[data-status="answered"]`).waitFor({ timeout: WORKER_TIMEOUT_MS });
    const cityKm = await block.locator('[data-testid="roads-km-city"]').innerText();
    expect(cityKm, 'the city has thousands of km of roads').toMatch(VI_ONE_DECIMAL);
    expect(cityKm).toContain('.');
    const km = await block.locator('[data-testid="roads-km-total"]').innerText();
    expect(km).toMatch(VI_ONE_DECIMAL);
    expect(percentOf(km)).toBeGreaterThan(0);
    for (const id of ['total', 'city']) {
      const pct = await block.locator(`[data-testid="roads-pct-${id}"]`).innerText();
      expect(pct).toMatch(/^\d{1,3},\d %$/);
      expect(percentOf(pct)).toBeGreaterThanOrEqual(0);
      expect(percentOf(pct)).toBeLessThanOrEqual(100);
    }
    expect(await block.locator('[data-testid="roads-choice"]').innerText()).toContain('5G');
    await s.screenshot('roads');
  });
});
