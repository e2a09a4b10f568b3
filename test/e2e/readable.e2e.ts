/**
 * End-to-end tests of a map people can read (issue #18) in Chromium at 1440×900: names at city zoom, each area
 * and each priority zone named once, the district level named by district; the legend does not say "chưa có kết
 * quả" while the stored figures are drawn; and one figure, one value (#18.7): Hoàn Kiếm's measured 4G and 5G mean
 * download is the same number in the planner's area panel and on the public map (both average every measurement
 * of the data, and say so), and the annual report's equals the mean of its own window (the twelve months to
 * 30 November), which its page states. The ranked table shows no speeds. The public map's area levels fit their
 * select in English.
 *
 * Needs `npm run build` and `npm run build:public` (or `E2E_DIST_DIR` and `E2E_PUBLIC_DIR`); screenshots in
 * `test/output/readable-*.png`.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { PreviewServer } from 'vite';
import type { Page } from 'playwright-core';
import { openSession, type Session } from './browser.js';
import { jumpTo, waitForAnalysisReady, waitForIdle, waitForMapReady, type HanoiWindow } from './map-page.js';
import { analyseBuiltData, type Truth } from './analysis-truth.js';
import { PUBLIC_DIR, open, serve } from './public-page.js';
import { optionsTooWide } from './layout-facts.js';
import { serviceReport } from '../../src/analysis/service-report.js';

/** Phường Hoàn Kiếm, the 2025 unit of the old quarter. */
const HOAN_KIEM = '00070';
const SCREEN = { width: 1440, height: 900 } as const;
/** The note of the choropleth legend when there are no figures to draw. */
const NO_RESULT = 'chưa có kết quả';

let truth: Truth;

beforeAll(async () => {
  truth = await analyseBuiltData(inject('distDir'));
});

/** The names a label layer draws in the view. */
const drawnNames = (page: Page, layer: string): Promise<string[]> =>
  page.evaluate(
    (id) =>
      ((window as HanoiWindow).hanoiMap?.queryRenderedFeatures({ layers: [id] }) ?? []).map((f) =>
        String(f.properties['name']),
      ),
    layer,
  );

/** The names drawn more than once. */
const repeated = (names: readonly string[]): string[] => names.filter((n, i) => names.indexOf(n) !== i);

/** The download figure of a text in Vietnamese notation ("… 4G: 1.427,2 Mbit/s …" → 1427.2). */
const mbpsIn = (text: string): number =>
  Number(/(\d[\d.]*(?:,\d+)?)\s*Mbit\/s/.exec(text)![1]!.replace(/\./g, '').replace(',', '.'));

/** A mean download as the pages round it, Mbit/s with one decimal. */
const oneDecimal = (v: number): number => Math.round(v * 10) / 10;

describe('the planner at 1440×900', () => {
  let s: Session;
  /** Seen while the page loaded: the stored figures' notice, and the legend's "no result" beside it. */
  let seen: { stored: boolean; noResultBesideStored: boolean };

  beforeAll(async () => {
    s = await openSession('readable');
    await s.page.setViewportSize(SCREEN);
    // Watches every change of the page from its first byte: the stored figures come and go within seconds.
    await s.page.addInitScript((note) => {
      const record = { stored: false, noResultBesideStored: false };
      (window as unknown as { readableSeen: typeof record }).readableSeen = record;
      const check = () => {
        if (!document.querySelector('[data-testid="stored-figures"]')) return;
        record.stored = true;
        const legend = document.querySelector('[data-testid="choropleth-legend"]')?.textContent ?? '';
        if (legend.includes(note)) record.noResultBesideStored = true;
      };
      new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
    }, NO_RESULT);
    await s.page.goto(`${inject('appUrl')}#sel=unit2025:${HOAN_KIEM}`);
    await waitForMapReady(s.page);
    seen = await s.page.evaluate(() => (window as unknown as { readableSeen: typeof seen }).readableSeen);
  }, 300_000);

  afterAll(async () => {
    await s?.close();
  });

  test('names the 2025 units at city zoom, each once, from one point per unit', async () => {
    const { page } = s;
    await page.evaluate(() =>
      (window as HanoiWindow).hanoiMap?.fitBounds(
        [
          [105.28, 20.56],
          [106.02, 21.39],
        ],
        { padding: 16, animate: false },
      ),
    );
    await waitForIdle(page);
    const names = await drawnNames(page, 'units2025-label');
    await s.screenshot('city-zoom');
    expect(names.length, `names drawn: ${names.join(', ')}`).toBeGreaterThan(25);
    expect(repeated(names)).toEqual([]);
    const points = await page.evaluate(
      () => (window as HanoiWindow).hanoiMap?.querySourceFeatures('units2025-labels').length ?? 0,
    );
    // A point source is cut into tiles too; a point lies in one tile only (at most its neighbours at the edges).
    expect(points).toBeGreaterThanOrEqual(126);
    expect(points).toBeLessThan(126 * 2);
  });

  test('names the small central units once zoomed in, and none twice', async () => {
    const { page } = s;
    await jumpTo(page, [105.85, 21.028], 13);
    await waitForIdle(page);
    const names = await drawnNames(page, 'units2025-label');
    await s.screenshot('zoom-13');
    expect(names).toContain('Hoàn Kiếm');
    expect(repeated(names)).toEqual([]);
  });

  test('names each priority zone once', async () => {
    const { page } = s;
    await jumpTo(page, [105.85, 21.028], 14);
    await waitForIdle(page);
    const names = await drawnNames(page, 'zones-label');
    await s.screenshot('zones');
    expect(names.length).toBeGreaterThan(0);
    expect(repeated(names)).toEqual([]);
  });

  test('names the districts, each once, instead of the units while the district level is shown', async () => {
    const { page } = s;
    await page.locator('[data-testid="level-select"]').selectOption('district2019');
    await jumpTo(page, [105.65, 20.98], 9.3);
    await waitForIdle(page);
    const districts = await drawnNames(page, 'districts2019-label');
    await s.screenshot('districts');
    expect(districts.length, `names drawn: ${districts.join(', ')}`).toBeGreaterThan(15);
    expect(repeated(districts)).toEqual([]);
    expect(await drawnNames(page, 'units2025-label')).toEqual([]);
    await page.locator('[data-testid="level-select"]').selectOption('unit2025');
    await waitForIdle(page);
  });

  test('the legend never said "no result" while the stored figures were drawn', () => {
    expect(seen.stored, 'the stored figures were shown at start').toBe(true);
    expect(seen.noResultBesideStored).toBe(false);
  });

  test('Hoàn Kiếm’s mean download in the area panel is the analysis’ over every measurement, with its days', async () => {
    const { page } = s;
    await waitForAnalysisReady(page);
    for (const tech of ['4G', '5G'] as const) {
      const f = truth.results.speeds[`unit2025|${HOAN_KIEM}`]![tech];
      const text = await page.locator(`[data-testid="speed-${tech}"]`).innerText();
      expect(mbpsIn(text)).toBe(oneDecimal(f.meanMbps!));
      const [y0, m0, d0] = f.window!.from.split('-');
      expect(text).toContain(`${d0}/${m0}/${y0}`);
    }
    await s.screenshot('panel-speeds', '[data-testid="area-analysis"]');
  });

  test('the annual report’s means are those of its twelve months, and its page opens and says to which day', async () => {
    const { page } = s;
    await page.locator('[data-testid="tab-map"]').click();
    await page.locator('[data-testid="report-year"]').selectOption('2026');
    await page.locator('[data-testid="report-make"]').click();
    await page.locator('[data-testid="report-files"]').waitFor({ timeout: 120_000 });
    const [csvFile] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="report-csv"]').click(),
    ]);
    const lines = readFileSync((await csvFile.path())!, 'utf8')
      .trim()
      .split('\r\n');
    const expected = serviceReport(truth.service, 2026, '2025');
    for (const target of ['speed4g', 'speed5g']) {
      const want = expected.rows.find((r) => r.target === target && r.id === HOAN_KIEM)!.value!;
      const got = lines.find((l) => l.startsWith(`${target},`) && l.split(',')[2] === HOAN_KIEM)!.split(',');
      expect(Number(got[4])).toBeCloseTo(want, 2);
    }
    // The printable page opens in a new tab (not a download), showing the report itself.
    const [report] = await Promise.all([
      page.context().waitForEvent('page'),
      page.locator('[data-testid="report-html"]').click(),
    ]);
    await report.waitForLoadState();
    expect(await report.title()).toBe('Báo cáo tiến độ hạ tầng số Hà Nội năm 2026');
    expect(await report.locator('body').innerText()).toContain('Số liệu tính đến 30/11/2026');
    await report.close();
  });

  test('the time control names the quarter in Vietnamese on one line', async () => {
    const { page } = s;
    await page.locator('[data-testid="tab-map"]').click();
    const slider = page.locator('[data-testid="time-slider"]');
    await slider.focus();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    const label = page.locator('[data-testid="time-label"]');
    await expect.poll(() => label.innerText()).toMatch(/^Quý [1-4]\/20\d\d \(\d\d\/\d\d\/20\d\d\)$/);
    const fit = await label.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return { lines: range.getClientRects().length, inside: el.scrollWidth <= el.clientWidth };
    });
    expect(fit).toEqual({ lines: 1, inside: true });
    await page.keyboard.press('End');
  });

  test('MapLibre’s controls speak the interface language and follow a switch', async () => {
    const { page } = s;
    const zoomIn = page.locator('.maplibregl-ctrl-zoom-in');
    const attribution = page.locator('.maplibregl-ctrl-attrib-button');
    expect(await zoomIn.getAttribute('title')).toBe('Phóng to');
    expect(await attribution.getAttribute('title')).toBe('Hiện/ẩn nguồn dữ liệu');
    expect(await page.locator('[data-testid="map"]').getAttribute('aria-label')).toBe('Bản đồ');
    await page.locator('[data-testid="lang-switch"]').selectOption('en');
    await expect.poll(() => zoomIn.getAttribute('title')).toBe('Zoom in');
    expect(await attribution.getAttribute('title')).toBe('Toggle attribution');
    expect(await page.locator('[data-testid="map"]').getAttribute('aria-label')).toBe('Map');
    await page.locator('[data-testid="lang-switch"]').selectOption('vi');
    await expect.poll(() => attribution.getAttribute('title')).toBe('Hiện/ẩn nguồn dữ liệu');
  });
});

describe('the public map at 1440×900', () => {
  let server: PreviewServer;
  let url: string;

  beforeAll(async () => {
    ({ server, url } = await serve(PUBLIC_DIR));
  });

  afterAll(async () => {
    await server?.close();
  });

  test('Hoàn Kiếm’s mean download equals the planner’s, says which measurements it averages, and the table has one decimal per column', async () => {
    const s = await open('readable-public', url);
    try {
      const { page } = s;
      await page.setViewportSize(SCREEN);
      const input = page.locator('[data-testid="search-input"]');
      await input.fill('hoan kiem');
      await input.press('ArrowDown');
      await input.press('Enter');
      await expect.poll(() => page.locator('[data-testid="pub-area"] h2').innerText()).toBe('Phường Hoàn Kiếm');
      for (const tech of ['4G', '5G'] as const) {
        const f = truth.results.speeds[`unit2025|${HOAN_KIEM}`]![tech];
        const text = await page.locator(`[data-testid="pub-speed-${tech}"] dd`).innerText();
        expect(mbpsIn(text)).toBe(oneDecimal(f.meanMbps!));
      }
      expect(await page.locator('[data-testid="pub-speed-window"]').innerText()).toContain('mọi số đo');
      const cells = await page.locator('[data-testid="pub-table"] tbody td.num').allInnerTexts();
      expect(cells.filter((c) => c !== '—' && !/^\d{1,3},\d$/.test(c))).toEqual([]);
      const header = await page.locator('[data-testid="pub-table"] thead th.num').innerText();
      expect(header).toContain('%');
      await s.screenshot('public-area', '[data-testid="pub-area"]');
      await s.screenshot('public-map');
      // The longest English area level, "Communes and wards since 2025 (126)", whole in its select.
      await page.locator('[data-testid="lang-switch"]').selectOption('en');
      expect(await optionsTooWide(page, '[data-testid="level-select"]')).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
