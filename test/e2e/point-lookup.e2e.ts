/**
 * End-to-end tests of "Có 5G ở đây không?" (issue #17 item 3) in Chromium: on the planner's app, a click on the
 * map opens the point panel with its answer and puts `pt=lat,lng` in the URL; a `#pt=` link opens the panel at
 * that point; typed coordinates in the search box (degrees-minutes-seconds, VN-2000 metres) ask the point. On the public map, a `#pt=` link and a click
 * answer from the precomputed coverage (per operator, sites and speeds: public-point.e2e.ts). Needs `npm run build` and `npm run build:public` first.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { PreviewServer } from 'vite';
import type { Session } from './browser.js';
import { canvasOrigin, jumpTo, waitForAnalysisReady, type HanoiWindow } from './map-page.js';
import { openApp } from './app-contract.js';
import { open, PUBLIC_DIR, serve } from './public-page.js';
import { vn2000HanoiToWgs84 } from '../../src/data/import/vn2000-tm.js';

/** Hoàn Kiếm Lake's east shore: central, covered by the sample's sites. */
const POINT: [number, number] = [105.8542, 21.0285];

const panel = '[data-testid="point-panel"]';
const coverage = '[data-testid="point-coverage"]';

/** Clicks the map canvas at a `[lng, lat]` point (after moving the map there). */
async function clickAt(s: Session, lngLat: [number, number]): Promise<void> {
  await jumpTo(s.page, lngLat, 15);
  const p = await s.page.evaluate((ll) => (window as HanoiWindow).hanoiMap!.project(ll), lngLat);
  const o = await canvasOrigin(s.page);
  await s.page.mouse.click(o.x + p.x, o.y + p.y);
}

describe('planner app', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openApp('point', inject('appUrl'));
    await waitForAnalysisReady(s.page);
  });
  afterAll(async () => {
    await s?.close();
  });

  test('a click on the map opens the panel with coverage per operator and level, and pt= in the URL', async () => {
    await clickAt(s, POINT);
    await expect.poll(() => s.page.locator(panel).count()).toBe(1);
    // The first question builds the lookup of the 12,500 sites' footprints in the worker (seconds in software).
    await expect.poll(() => s.page.locator(coverage).count(), { timeout: 120_000 }).toBe(1);
    // 4G and 5G each over their two levels.
    const levels = (tech: string) => s.page.locator(`${coverage} thead th[data-tech="${tech}"]`).allInnerTexts();
    expect([await levels('4G'), await levels('5G')]).toEqual([
      ['Ngoài trời', 'Trong nhà'],
      ['Ngoài trời', 'Trong nhà'],
    ]);
    await expect.poll(() => s.page.locator(`${coverage} tbody tr`).count()).toBe(5);
    await expect.poll(() => s.page.locator('[data-testid="point-nearest"] li').count()).toBe(3);
    expect(await s.page.locator('[data-testid="point-nearest"]').innerText()).toMatch(/\d+ m|\d+,\d km/);
    await expect.poll(() => s.page.evaluate(() => location.hash)).toMatch(/pt=21\.0285\d\d,105\.8542\d\d/);
    await s.screenshot('clicked');
  });

  test('typed coordinates in the search box ask the point', async () => {
    await s.page.locator('[data-testid="search-input"]').fill('21°01′00″N 105°50′00″E');
    await s.page.locator('[data-testid="search-option"]').first().click();
    await expect.poll(() => s.page.locator('[data-testid="point-position"]').innerText()).toContain('21,016667° B');
    await expect.poll(() => s.page.locator(coverage).count()).toBe(1);
  });

  test('VN-2000 metres typed in the search box ask the point they convert to', async () => {
    // A surveyor's northing and easting in Hà Nội's zone (EPSG:5897), as a site register writes them.
    const [lng, lat] = vn2000HanoiToWgs84(588394, 2326344);
    const fixed = (v: number) => v.toFixed(6).replace('.', ',');
    await s.page.locator('[data-testid="search-input"]').fill('X=2326344 Y=588394');
    const option = s.page.locator('[data-testid="search-option"]').first();
    expect(await option.innerText()).toContain('VN-2000');
    await option.click();
    await expect
      .poll(() => s.page.locator('[data-testid="point-position"]').innerText())
      .toContain(`${fixed(lat)}° B, ${fixed(lng)}° Đ`);
    await expect.poll(() => s.page.locator(coverage).count()).toBe(1);
  });

  test('a #pt= link opens the panel at its point', async () => {
    const link = `${inject('appUrl')}#pt=21.028500,105.854200`;
    const linked = await openApp('point-link', link);
    try {
      await expect.poll(() => linked.page.locator(panel).count()).toBe(1);
      expect(await linked.page.locator('[data-testid="point-position"]').innerText()).toContain('21,0285° B');
      await expect.poll(() => linked.page.locator(coverage).count(), { timeout: 180_000 }).toBe(1);
      await linked.screenshot('linked');
    } finally {
      await linked.close();
    }
  });
});

describe('public map', () => {
  let server: PreviewServer;
  let url: string;
  beforeAll(async () => {
    ({ server, url } = await serve(PUBLIC_DIR));
  });
  afterAll(async () => {
    await server?.close();
  });

  test('a #pt= link answers 4G and 5G from the precomputed coverage', async () => {
    const s = await open('public-point-link', `${url}#pt=21.028500,105.854200`);
    try {
      await expect.poll(() => s.page.locator(coverage).count()).toBe(1);
      expect(await s.page.locator('[data-testid="point-row-any"]').innerText()).toMatch(/^Mọi nhà mạng\s+(Có|Không)/);
      // Both levels answer; indoor coverage lies inside outdoor coverage, so "yes" indoors means "yes" outdoors.
      for (const tech of ['4G', '5G']) {
        const cell = (level: string) =>
          s.page.locator(`[data-testid="point-row-any"] td[data-tech="${tech}"][data-level="${level}"]`).innerText();
        const [outdoor, indoor] = [await cell('outdoor'), await cell('indoor')];
        expect([outdoor, indoor].every((a) => a === 'Có' || a === 'Không')).toBe(true);
        if (indoor === 'Có') expect(outdoor).toBe('Có');
      }
    } finally {
      await s.close();
    }
  });

  test('with cov=indoor, the indoor columns are the chosen ones', async () => {
    const s = await open('public-point-indoor', `${url}#pt=21.028500,105.854200&cov=indoor`);
    try {
      await expect.poll(() => s.page.locator(coverage).count()).toBe(1);
      const chosen = s.page.locator(`${coverage} th.chosen`);
      expect(await chosen.evaluateAll((ths) => ths.map((th) => `${th.dataset['tech']} ${th.textContent}`))).toEqual([
        '4G Trong nhà',
        '5G Trong nhà',
      ]);
    } finally {
      await s.close();
    }
  });

  test('a click on the public map opens the panel and writes pt= in the URL', async () => {
    const s = await open('public-point-click', url);
    try {
      await clickAt(s, POINT);
      await expect.poll(() => s.page.locator(coverage).count()).toBe(1);
      await expect.poll(() => s.page.evaluate(() => location.hash)).toMatch(/pt=21\.0285\d\d,105\.8542\d\d/);
    } finally {
      await s.close();
    }
  });
});
