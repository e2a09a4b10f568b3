/**
 * End-to-end test of the named lines in the planner app (issue #17, "coverage along roads"), in Chromium: a built-in
 * street found by its name without diacritics, its coverage per technology and operator drawn in a panel and the
 * line on the map; a QGIS railway file (a `crs` member, two segments of one name and a point) imported as such,
 * its error listed, and its line found and measured, also after a reload. Needs `npm run build` first.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { Session } from './browser.js';
import { waitForAnalysisReady, type HanoiWindow } from './map-page.js';
import { openApp } from './app-contract.js';

let s: Session;

beforeAll(async () => {
  s = await openApp('named-lines', inject('appUrl'));
  await waitForAnalysisReady(s.page);
});

afterAll(async () => {
  await s?.close();
});

/** Types `query` and picks the search option named `name` whose kind is `kind`. */
async function pickLine(page: Page, query: string, name: string, kind: string): Promise<void> {
  const input = page.locator('[data-testid="search-input"]');
  await input.fill(query);
  const option = page.locator('[data-testid="search-option"]', { hasText: kind }).filter({ hasText: name }).first();
  await option.waitFor({ timeout: 60_000 });
  await option.click();
}

/** The "any operator" row's cells: [4G km, 4G %, 5G km, 5G %] as numbers. */
async function anyRow(page: Page): Promise<number[]> {
  const cells = await page.locator('[data-testid="line-row-any"] td').allInnerTexts();
  return cells.flatMap((c) => c.split('·').map((v) => Number(v.trim().replace(/\./g, '').replace(',', '.'))));
}

/** Two segments of one railway in a QGIS export (EPSG:4326 named by a `crs` member), and a point to be refused. */
const RAILWAY = JSON.stringify({
  type: 'FeatureCollection',
  name: 'duong_sat',
  crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } },
  features: [
    {
      type: 'Feature',
      properties: { ten: 'Đường sắt Thử Nghiệm', railway: 'rail' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [105.841, 21.0],
          [105.841, 21.02],
        ],
      },
    },
    {
      type: 'Feature',
      properties: { ten: 'Đường sắt Thử Nghiệm', railway: 'rail' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [105.841, 21.02],
          [105.841, 21.04],
        ],
      },
    },
    { type: 'Feature', properties: { ten: 'Ga Thử' }, geometry: { type: 'Point', coordinates: [105.841, 21.02] } },
  ],
});

describe('named lines', () => {
  test('"giai phong" finds the street Giải Phóng; its panel gives covered km per operator and the map draws it', async () => {
    const { page } = s;
    await pickLine(page, 'giai phong', 'Giải Phóng', 'Tuyến đường');
    const panel = page.locator('[data-testid="line-panel"]');
    await expect.poll(() => panel.locator('h2').innerText()).toBe('Giải Phóng');
    await page.locator('[data-testid="line-coverage"]').waitFor({ timeout: 180_000 });
    const summary = await page.locator('[data-testid="line-summary"]').innerText();
    const length = Number(/Chiều dài ([\d.,]+) km/.exec(summary)![1]!.replace(',', '.'));
    expect(length).toBeGreaterThan(5);
    const [km4, pct4, km5, pct5] = await anyRow(page);
    // Every figure within the line's length; 5G never reaches more of it than 4G does in the sample.
    for (const km of [km4!, km5!]) expect(km).toBeLessThanOrEqual(length + 0.05);
    for (const pct of [pct4!, pct5!]) expect(pct).toBeGreaterThanOrEqual(0);
    expect(Math.abs((km4! / length) * 100 - pct4!)).toBeLessThan(1.5);
    expect(await page.locator('[data-testid="line-areas"] tbody tr').count()).toBeGreaterThan(0);
    await page.waitForFunction(
      () => ((window as HanoiWindow).hanoiMap?.querySourceFeatures('named-line').length ?? 0) > 0,
      null,
      { timeout: 30_000 },
    );
    await s.screenshot('giai-phong');
    await panel.locator('button.close').click();
    await expect.poll(() => panel.count()).toBe(0);
  });

  test('a QGIS railway file is imported as such: its point is refused by name, its two segments are one line', async () => {
    const { page } = s;
    await page.locator('[data-testid="tab-import"]').click();
    await page.locator('[data-testid="line-kind"]').selectOption('railway');
    await page.locator('[data-testid="line-file"]').setInputFiles({
      name: 'duong-sat.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(RAILWAY),
    });
    const report = page.locator('[data-testid="line-import-report"]');
    await expect.poll(() => report.count(), { timeout: 60_000 }).toBe(1);
    expect(await report.innerText()).toContain('1 tuyến từ 2/3 đối tượng');
    // How it was read: the encoding and the system its crs member declares.
    expect(await page.locator('[data-testid="line-read"]').innerText()).toBe(
      'Đọc tệp: GeoJSON, UTF-8 · thành phần crs của GeoJSON khai báo OGC CRS84 (WGS 84 [lng, lat]): đọc là độ [kinh độ, vĩ độ]',
    );
    const issues = await page.locator('[data-testid="line-issues"]').innerText();
    expect(issues).toContain('duong-sat.geojson');
    expect(issues).toContain('Point');

    await pickLine(page, 'duong sat thu', 'Đường sắt Thử Nghiệm', 'Đường sắt');
    await page.locator('[data-testid="line-coverage"]').waitFor({ timeout: 180_000 });
    // 0.04° of a meridian at 21° N: 4.43 km on the ellipsoid, in two segments.
    expect(await page.locator('[data-testid="line-summary"]').innerText()).toBe(
      'Đường sắt · Chiều dài 4,4 km · 2 đoạn',
    );
    const [km4] = await anyRow(page);
    expect(km4).toBeGreaterThan(4);
  });

  test('after a reload the imported railway is still found, and listed as saved in the browser', async () => {
    const { page } = s;
    await page.reload();
    await waitForAnalysisReady(page);
    await pickLine(page, 'duong sat thu', 'Đường sắt Thử Nghiệm', 'Đường sắt');
    await page.locator('[data-testid="line-coverage"]').waitFor({ timeout: 180_000 });
    await page.locator('[data-testid="tab-import"]').click();
    expect(await page.locator('[data-testid="line-saved"]').innerText()).toContain(
      'duong-sat.geojson: 1 tuyến, đã lưu trong trình duyệt',
    );
  });
});
