/**
 * End-to-end tests of "Có 5G ở đây không?" on the public map (issue #17 item 3) in Chromium: a click answers per
 * operator, technology and level, with the nearest sites and their distances and the speeds block (sample data
 * said so); a street found by name opens the panel there; the permanent link reloads the same answer; the panel
 * fits a phone. Needs `npm run build:public` first (`E2E_PUBLIC_DIR` for another folder).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PreviewServer } from 'vite';
import type { Page } from 'playwright-core';
import type { Session } from './browser.js';
import { canvasOrigin, jumpTo, type HanoiWindow } from './map-page.js';
import { open, PUBLIC_DIR, serve, waitForAreas } from './public-page.js';

/** Hoàn Kiếm Lake's east shore: central, among the sample's sites. */
const POINT: [number, number] = [105.8542, 21.0285];
const OPERATOR_ROWS = ['any', 'viettel', 'vnpt', 'mobifone', 'vietnamobile'];

/** Waits for the whole answer (every operator's row, the sites) and reads it as text, row by row. */
async function answerOf(page: Page): Promise<{ rows: string[]; nearest: string; speeds: string }> {
  await page.locator('[data-testid="point-nearest"] li').first().waitFor({ timeout: 60_000 });
  const rows: string[] = [];
  for (const op of OPERATOR_ROWS) {
    const cells = await page.locator(`[data-testid="point-row-${op}"] td`).allInnerTexts();
    expect(cells, op).toHaveLength(4);
    expect(
      cells.every((c) => c === 'Có' || c === 'Không'),
      `${op}: ${cells.join(' ')}`,
    ).toBe(true);
    rows.push(`${op} ${cells.join(' ')}`);
  }
  const nearest = await page.locator('[data-testid="point-nearest"]').innerText();
  const speeds = await page.locator('[data-testid="point-speeds"], [data-testid="point-no-speeds"]').allInnerTexts();
  return { rows, nearest, speeds: speeds.join('\n') };
}

async function clickAt(s: Session, lngLat: [number, number]): Promise<void> {
  await jumpTo(s.page, lngLat, 15);
  const p = await s.page.evaluate((ll) => (window as HanoiWindow).hanoiMap!.project(ll), lngLat);
  const o = await canvasOrigin(s.page);
  await s.page.mouse.click(o.x + p.x, o.y + p.y);
}

describe('public map point answer', () => {
  let server: PreviewServer;
  let url: string;
  beforeAll(async () => {
    ({ server, url } = await serve(PUBLIC_DIR));
  });
  afterAll(async () => {
    await server?.close();
  });

  test('a click answers per operator, with the nearest sites, the speeds and the sample label', async () => {
    const s = await open('public-point-click-ops', url);
    try {
      await clickAt(s, POINT);
      const a = await answerOf(s.page);
      // Each nearest site: operator · technologies · distance in metres or kilometres, Vietnamese numbers.
      for (const line of a.nearest.split('\n'))
        expect(line).toMatch(/^(Viettel|VNPT-VinaPhone|MobiFone|Vietnamobile) · [45]G(, 5G)? · [\d,.]+ k?m$/);
      expect(a.speeds).toMatch(/lượt đo|Không có lượt đo/);
      expect(await s.page.locator('[data-testid="point-sample"]').innerText()).toContain('dữ liệu mẫu');
      expect(await s.page.locator('[data-testid="point-nearest-5g"] dt').count()).toBe(4);
      await s.screenshot('answer', '[data-testid="point-panel"]');
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  test('the permanent link reloads the same answer', async () => {
    const s = await open('public-point-reload', `${url}#pt=21.028500,105.854200`);
    try {
      const first = await answerOf(s.page);
      const link = await s.page.locator('[data-testid="point-link"]').inputValue();
      expect(link).toContain('pt=21.028500,105.854200');
      await s.page.goto('about:blank');
      await s.page.goto(link);
      await waitForAreas(s.page);
      expect(await answerOf(s.page)).toEqual(first);
    } finally {
      await s.close();
    }
  });

  test('a street found by name opens the panel there, on a phone too', async () => {
    const streets = JSON.parse(readFileSync(join(PUBLIC_DIR, 'data/streets.json'), 'utf8')) as {
      streets: { name: string; lngLat: [number, number] }[];
    };
    const street = streets.streets.find((x) => x.name === 'Hàng Bài') ?? streets.streets[0]!;
    const s = await open('public-point-street', url);
    try {
      await s.page.setViewportSize({ width: 390, height: 844 });
      await s.page.locator('[data-testid="search-input"]').fill(street.name);
      // The street's option (a ward may bear the same name): labelled "Đường phố".
      const option = s.page
        .locator('[data-testid="search-option"]', { hasText: street.name })
        .filter({ hasText: 'Đường phố' })
        .first();
      await option.waitFor({ timeout: 30_000 });
      await option.click();
      await answerOf(s.page);
      expect(await s.page.locator('[data-testid="point-panel"]').innerText()).toContain(street.name);
      const hash = await s.page.evaluate(() => location.hash);
      const [lat, lng] = /pt=([\d.]+),([\d.]+)/.exec(hash)!.slice(1).map(Number) as [number, number];
      expect(Math.abs(lat - street.lngLat[1]) + Math.abs(lng - street.lngLat[0])).toBeLessThan(2e-5);
      const box = (await s.page.locator('[data-testid="point-panel"]').boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      await s.screenshot('phone');
    } finally {
      await s.close();
    }
  });
});
