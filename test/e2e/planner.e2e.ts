/**
 * End-to-end tests of the planner's map against the analysis itself: the numbers on screen (area panel,
 * choropleth state, grid cells) must equal the coverage analysis run in Node on the same built data. Also the
 * level switch, the operator choice, the H3 grid level, search by cell id, the whole-city gaps layer and the
 * data-source filter, with a screenshot of each step (`test/output/planner-*.png`).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { openSession, type Session } from './browser.js';
import { expectedCoverage, panelCoverage, searchAndOpen } from './app-contract.js';
import {
  canvasOrigin,
  jumpTo,
  pointsInside,
  waitForIdle,
  waitForMapReady,
  type HanoiWindow,
  waitForAnalysisReady,
  openedReportHtml,
} from './map-page.js';
import { analyseBuiltData, numberVi, percentVi, type Truth } from './analysis-truth.js';
import type { AreaResult } from '../../src/analysis/engine/types.js';
import { serviceReport } from '../../src/analysis/service-report.js';
import { REPORT_TARGETS } from '../../src/analysis/report.js';
import { operatorSections, sharingSection } from '../../src/ui/report-html-figures.js';

let s: Session;
let truth: Truth;
/** Grid results of resolution 8, computed in Node. */
let grid8: Record<string, AreaResult>;

/** Waits until the first coverage analysis is painted. */
const analysisReady = () => waitForAnalysisReady(s.page);

beforeAll(async () => {
  truth = await analyseBuiltData(inject('distDir'));
  grid8 = truth.service.addGrid('h3r8', (await truth.layer('grid-h3r8')) as never).areas;
  s = await openSession('planner');
  await s.page.goto(inject('appUrl'));
  await waitForMapReady(s.page);
  await analysisReady();
});

afterAll(async () => {
  await s?.close();
});

describe('the area panel shows the analysis output', () => {
  test('search "hoan kiem": the unit’s coverage by operator and technology, and residents with 5G, equal the analysis', async () => {
    const { page } = s;
    await searchAndOpen(s.page, 'hoan kiem', 'Phường Hoàn Kiếm');
    const code = truth.results.areas['unit2025|00070']
      ? '00070'
      : Object.values(truth.results.areas).find((r) => r.level === 'unit2025')!.id;
    const r = truth.results.areas[`unit2025|${code}`]!;
    await expect.poll(() => panelCoverage(s.page)).toEqual(expectedCoverage(r));
    expect(await page.locator('[data-testid="pop-covered-5g"]').innerText()).toContain(
      `${numberVi(r.coverage['5G'].any.popCovered)} (${percentVi(r.coverage['5G'].any.popPercent)})`,
    );
    await waitForIdle(page);
    await s.screenshot('panel-hoan-kiem');
  });

  test('legacy districts, Viettel: a clicked district’s panel and its colour value equal the analysis', async () => {
    const { page } = s;
    await page.locator('[data-testid="level-select"]').selectOption('district2019');
    await page.locator('[data-testid="choro-op"]').selectOption('viettel');
    // Only the areas can take the click.
    for (const key of ['sites', 'zones', 'cables']) await page.locator(`[data-testid="layer-toggle-${key}"]`).uncheck();
    const districts = await truth.layer('districts-2019');
    const target = districts.features.find((f) => f.properties?.['name'] === 'Cầu Giấy') as Feature<
      Polygon | MultiPolygon
    >;
    expect(target, 'Quận Cầu Giấy in the built data').toBeDefined();
    const code = String(target.properties!['code']);
    await jumpTo(page, pointsInside(target)[0]!, 12);
    const origin = await canvasOrigin(page);
    const px = await page.evaluate((p) => (window as HanoiWindow).hanoiMap!.project(p), pointsInside(target)[0]!);
    await page.mouse.click(origin.x + px.x, origin.y + px.y);
    await expect.poll(() => page.locator('[data-testid="feature-panel"] h2').innerText()).toBe('Quận Cầu Giấy');
    const r = truth.results.areas[`district2019|${code}`]!;
    await expect.poll(() => panelCoverage(s.page)).toEqual(expectedCoverage(r));
    const pct = await page.evaluate(
      (id) => (window as HanoiWindow).hanoiMap!.getFeatureState({ source: 'districts2019', id }).pct as number,
      code,
    );
    expect(pct).toBeCloseTo(r.coverage['5G'].viettel.percent, 9);
    await waitForIdle(page);
    await s.screenshot('district-viettel');
    for (const key of ['sites', 'zones', 'cables']) await page.locator(`[data-testid="layer-toggle-${key}"]`).check();
    await page.locator('[data-testid="choro-op"]').selectOption('any');
  });
});

describe('the H3 grid level', () => {
  test('resolution 8: every cell coloured from the analysis, the table lists the cells, a cell id is found and its panel equals the analysis', async () => {
    const { page } = s;
    await page.locator('[data-testid="level-select"]').selectOption('h3r8');
    await jumpTo(page, [105.85, 21.03], 11);
    const ids = Object.values(grid8).map((r) => r.id);
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const map = (window as HanoiWindow).hanoiMap!;
            return map
              .querySourceFeatures('grid8')
              .filter((f) => typeof map.getFeatureState({ source: 'grid8', id: f.id! }).pct === 'number').length;
          }),
        { timeout: 60_000 },
      )
      .toBeGreaterThan(50);
    const sample = ids.filter((_, i) => i % 97 === 0);
    const states = await page.evaluate(
      (list) =>
        list.map((id) => (window as HanoiWindow).hanoiMap!.getFeatureState({ source: 'grid8', id }).pct as number),
      sample,
    );
    expect(states).toEqual(sample.map((id) => grid8[`h3r8|${id}`]!.coverage['5G'].any.percent));
    await waitForIdle(page);
    await s.screenshot('grid8');

    await page.locator('[data-testid="table-toggle"]').click();
    await expect
      .poll(() => page.locator('[data-testid="ranked-table"]').getAttribute('aria-rowcount'))
      .toBe(String(ids.length + 1));
    await page.locator('[data-testid="table-toggle"]').click();

    // The cell with the most residents and some 5G.
    const cell = Object.values(grid8)
      .filter((r) => r.coverage['5G'].any.percent > 0)
      .sort((a, b) => b.population - a.population)[0]!;
    await searchAndOpen(s.page, cell.id.toUpperCase(), `Ô lưới H3 ${cell.id} (độ phân giải 8)`);
    await expect.poll(() => panelCoverage(s.page)).toEqual(expectedCoverage(cell));
    expect(await page.locator('[data-testid="grid-area"]').innerText()).toBe(`${numberVi(cell.areaKm2, 3)} km²`);
    expect(await page.locator('[data-testid="grid-population"]').innerText()).toContain(
      numberVi(Math.round(cell.population)),
    );
    expect(await page.evaluate(() => location.hash)).toContain(`sel=h3r8:${cell.id}`);
    await waitForIdle(page);
    await s.screenshot('grid8-cell');
    await page.locator('[data-testid="level-select"]').selectOption('unit2025');
  });
});

describe('gaps and filters', () => {
  test('the gaps layer draws the uncovered part of the city for the chosen technology', async () => {
    const { page } = s;
    await jumpTo(page, [105.8, 21.05], 11);
    await page.locator('[data-testid="layer-toggle-gaps"]').check();
    await expect
      .poll(
        async () => {
          await waitForIdle(page);
          return page.evaluate(
            () => (window as HanoiWindow).hanoiMap!.queryRenderedFeatures({ layers: ['gaps-fill'] }).length,
          );
        },
        { timeout: 60_000 },
      )
      .toBeGreaterThan(0);
    expect(await page.locator('[data-testid="legend"]').innerText()).toContain('Chưa phủ: 5G');
    await s.screenshot('gaps');
    await page.locator('[data-testid="layer-toggle-gaps"]').uncheck();
  });

  test('the data-source filter hides sample sites and shows them again', async () => {
    const { page } = s;
    // Dots from zoom 12, the sites' density below (the page counts the sample as the filters show it).
    const layers = ['sites-circle', 'sites-density'];
    const sites = () =>
      page.evaluate((l) => (window as HanoiWindow).hanoiMap!.queryRenderedFeatures({ layers: l }).length, layers);
    await waitForIdle(page);
    expect(await sites()).toBeGreaterThan(0);
    await page.locator('[data-testid="source-toggle-sample"]').uncheck();
    await waitForIdle(page);
    expect(await sites()).toBe(0);
    await s.screenshot('no-sample');
    await page.locator('[data-testid="source-toggle-sample"]').check();
    await waitForIdle(page);
    expect(await sites()).toBeGreaterThan(0);
  });
});

/**
 * How long a whole-city analysis in the browser's worker may take (a date on the slider, a comparison date, the
 * report's date): a few seconds on a quiet machine, minutes on a busy 2-core laptop with two coverage levels.
 */
const ANALYSIS_WAIT_MS = 180_000;

describe('the time control', () => {
  test('moving the slider to 2020 shows the figures of that date (equal to the analysis of the data as of then); "now" brings today back', async () => {
    const { page } = s;
    await searchAndOpen(s.page, 'hoan kiem', 'Phường Hoàn Kiếm');
    const today = truth.results.areas['unit2025|00070']!;
    await expect.poll(() => panelCoverage(s.page)).toEqual(expectedCoverage(today));
    // 2020 Q4: index (2020 − 2013) × 4 + 3.
    await page.locator('[data-testid="time-slider"]').fill(String(7 * 4 + 3));
    await expect.poll(() => page.locator('[data-testid="time-label"]').innerText()).toBe('Quý 4/2020 (31/12/2020)');
    const then = truth.service.setAsOf('2020-12-31').areas['unit2025|00070']!;
    expect(then.coverage['5G'].any.percent).toBeLessThan(today.coverage['5G'].any.percent);
    await expect.poll(() => panelCoverage(s.page), { timeout: ANALYSIS_WAIT_MS }).toEqual(expectedCoverage(then));
    await waitForIdle(page);
    await s.screenshot('as-of-2020');
    await page.locator('[data-testid="time-now"]').click();
    truth.service.setAsOf(null);
    await expect.poll(() => panelCoverage(s.page), { timeout: ANALYSIS_WAIT_MS }).toEqual(expectedCoverage(today));
  });
});

describe('comparing two dates', () => {
  test('compared with the end of 2024, the map shows each unit’s change in points and the most and least improved are listed, equal to the analysis', async () => {
    const { page } = s;
    await page.locator('[data-testid="tab-map"]').click();
    await page.locator('[data-testid="level-select"]').selectOption('unit2025');
    await page.locator('[data-testid="compare-with"]').selectOption('2024-12-31');
    await page.locator('[data-testid="compare-lists"]').waitFor({ timeout: ANALYSIS_WAIT_MS });
    const then = truth.service.resultsAt('2024-12-31');
    const delta = (id: string) =>
      truth.results.areas[`unit2025|${id}`]!.coverage['5G'].any.percent -
      then.areas[`unit2025|${id}`]!.coverage['5G'].any.percent;
    const ids = Object.values(truth.results.areas)
      .filter((r) => r.level === 'unit2025')
      .map((r) => r.id);
    const best = [...ids].sort((a, b) => delta(b) - delta(a))[0]!;
    const most = await page.locator('[data-testid="compare-most"] li').first().innerText();
    expect(most).toContain(`+${numberVi(Math.round(delta(best) * 10) / 10, 1)} điểm %`);
    const state = await page.evaluate(
      (id) => (window as HanoiWindow).hanoiMap!.getFeatureState({ source: 'units2025', id }).delta as number,
      best,
    );
    expect(state).toBeCloseTo(delta(best), 6);
    expect(await page.locator('[data-testid="change-legend"]').innerText()).toContain('31/12/2024');
    await jumpTo(page, [105.85, 21.03], 10);
    await waitForIdle(page);
    await s.screenshot('change-map');
    await page.locator('[data-testid="compare-with"]').selectOption('');
    await expect
      .poll(() =>
        page.evaluate(
          (id) => (window as HanoiWindow).hanoiMap!.getFeatureState({ source: 'units2025', id }).delta,
          best,
        ),
      )
      .toBeUndefined();
  });
});

describe('the annual report', () => {
  test('one click gives the 2026 report; its CSV equals the analysis, its page is printable and says the data is sample', async () => {
    const { page } = s;
    await page.locator('[data-testid="tab-map"]').click();
    await page.locator('[data-testid="report-year"]').selectOption('2026');
    await page.locator('[data-testid="report-make"]').click();
    await page.locator('[data-testid="report-files"]').waitFor({ timeout: ANALYSIS_WAIT_MS });
    const [csvFile] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="report-csv"]').click(),
    ]);
    const csv = readFileSync((await csvFile.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(1 + REPORT_TARGETS.length * 127);
    const expected = serviceReport(truth.service, 2026, '2025');
    const row = (target: string, id: string) =>
      lines.find((l) => l.startsWith(`${target},`) && l.split(',')[2] === id)!.split(',');
    const want = (target: string, id: string) => expected.rows.find((r) => r.target === target && r.id === id)!;
    for (const [target, id] of [
      ['population5g', 'city'],
      ['population5gIndoor', 'city'],
      ['zones5g', 'city'],
      ['population5g', '00070'],
      ['cables', '00070'],
    ] as const) {
      expect(Number(row(target, id)[4])).toBeCloseTo(want(target, id).value!, 2);
    }
    const html = await openedReportHtml(page);
    // Sharing and operators: the report's own sections on the analysis in Node, equal to the page's.
    const sections = [sharingSection(expected.figures.sharing, 2026, 'vi'), operatorSections(expected.figures, 'vi')];
    expect(sections.map((part) => part.includes('<tbody><tr>'))).toEqual([true, true]);
    for (const part of ['Báo cáo tiến độ hạ tầng số Hà Nội năm 2026', 'DỮ LIỆU MẪU', '<svg', ...sections])
      expect(html).toContain(part);
    const [geoFile] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="report-geojson"]').click(),
    ]);
    expect(
      (JSON.parse(readFileSync((await geoFile.path())!, 'utf8')) as { features: unknown[] }).features,
    ).toHaveLength(126);
    await s.screenshot('report');
  });
});

describe('the whole session', () => {
  test('no request left the machine, and no error', () => {
    expect(s.external).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
