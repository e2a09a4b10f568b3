/**
 * End-to-end tests of the area indicators and the report built on them, against the same code run in Node on
 * the built data: a file with bad rows lists every message the parser gives; the 2019 wards' fibre counts,
 * carried to the 2025 units, colour the map in the classes the analysis gives and show in a unit's panel as
 * derived; the files survive a reload; the report's fibre and IoT rows equal the analysis
 * (`test/output/indicators-*.png`).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { pointOnFeature } from '@turf/turf';
import { openSession, WORKER_TIMEOUT_MS, type Session } from './browser.js';
import { openedReportHtml, waitForIdle, waitForMapReady, type HanoiWindow, waitForAnalysisReady } from './map-page.js';
import { analyseBuiltData, numberVi, type Truth } from './analysis-truth.js';
import { importSitesText } from '../../src/data/import/import-sites.js';
import { parseIndicatorCsv } from '../../src/data/import/indicators.js';
import { issueText } from '../../src/domain/report.js';
import type { IndicatorValue } from '../../src/domain/indicators.js';
import { classOf, indicatorBreaks } from '../../src/map/indicator-classes.js';
import { serviceReport } from '../../src/analysis/service-report.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/indicators');
let s: Session;
let truth: Truth;
/** The figures of both real-code fixtures, as the parser reads them in Node. */
let values: IndicatorValue[] = [];

/** Waits until the first coverage analysis is painted. */
const analysisReady = () => waitForAnalysisReady(s.page);

/** Loads an indicator file through the section's file input and waits for its report. */
async function loadFile(name: string): Promise<void> {
  await s.page.locator('[data-testid="tab-import"]').click();
  await s.page.locator('[data-testid="indicator-file"]').setInputFiles(join(FIXTURES, name));
  await s.page.locator('[data-testid="indicator-report"]').waitFor({ timeout: 30_000 });
}

beforeAll(async () => {
  truth = await analyseBuiltData(inject('distDir'));
  const catalogue = truth.service.areaCatalogue();
  values = ['hanoi-2019-wards.csv', 'hanoi-2025.csv'].flatMap(
    (f) => parseIndicatorCsv(readFileSync(join(FIXTURES, f), 'utf8'), catalogue, { fileName: f }).values,
  );
  s = await openSession('indicators');
  await s.page.goto(inject('appUrl'));
  await waitForMapReady(s.page);
  await analysisReady();
});

afterAll(async () => {
  await s?.close();
});

describe('loading area indicators', () => {
  test('a file with bad rows: the report lists every message of the parser, row by row, and the good rows can be applied', async () => {
    await loadFile('bad-rows.csv');
    const expected = parseIndicatorCsv(
      readFileSync(join(FIXTURES, 'bad-rows.csv'), 'utf8'),
      truth.service.areaCatalogue(),
      { fileName: 'bad-rows.csv' },
    );
    expect(expected.report.rejected).toBeGreaterThan(5);
    expect(await s.page.locator('[data-testid="indicator-issues"] li').allInnerTexts()).toEqual(
      expected.issues.map((i) => issueText(i, 'vi')),
    );
    await s.page.locator('[data-testid="indicator-report"]').scrollIntoViewIfNeeded();
    await s.screenshot('bad-rows');
    await s.page.getByRole('button', { name: 'Huỷ' }).click();
    await expect.poll(() => s.page.locator('[data-testid="indicator-report"]').count()).toBe(0);
  });

  test('2019 ward counts carried to the 2025 units: the city total is kept, the map shows the analysis’ classes, the panel says derived', async () => {
    const { page } = s;
    // In Node: the households of the 584 wards and of the 126 units they are carried to add up to the same total.
    const table = truth.service.indicators(values.filter((v) => v.layout === '2019'));
    const sum = (level: string) =>
      Object.entries(table.figures.households!)
        .filter(([k]) => k.startsWith(`${level}|`))
        .reduce((a, [, f]) => a + f.value, 0);
    expect(sum('unit2025')).toBeCloseTo(sum('ward2019'), 3);
    expect(Object.keys(table.figures.households!).filter((k) => k.startsWith('unit2025|'))).toHaveLength(126);

    await loadFile('hanoi-2019-wards.csv');
    await page.locator('[data-testid="indicator-apply"]').click();
    await page.locator('[data-testid="indicator-show-fibre_households_pct"]').waitFor({ timeout: 30_000 });
    await page.locator('[data-testid="indicator-show-fibre_households_pct"]').click();
    await page.locator('[data-testid="tab-map"]').click();
    await page.locator('[data-testid="level-select"]').selectOption('unit2025');
    expect(await page.locator('[data-testid="choro-indicator"]').inputValue()).toBe('fibre_households_pct');
    await expect
      .poll(() => page.locator('[data-testid="indicator-legend"]').innerText())
      .toContain('Hộ gia đình có cáp quang');
    const fibre = table.figures.fibre_households_pct!;
    const breaks = indicatorBreaks(
      table.summaries.find((x) => x.id === 'fibre_households_pct')!,
      fibre,
      'unit2025',
    );
    for (const code of ['00070', '00004', '00091', '10105']) {
      const f = fibre[`unit2025|${code}`];
      if (!f) continue;
      await expect
        .poll(() =>
          page.evaluate(
            (id) => (window as HanoiWindow).hanoiMap!.getFeatureState({ source: 'units2025', id }).ind,
            code,
          ),
        )
        .toBe(classOf(f.value, breaks));
    }
    // The fill layer took the colour expression (an invalid one would have dropped the layer).
    expect(await page.evaluate(() => (window as HanoiWindow).hanoiMap!.getLayer('units2025-fill') !== undefined)).toBe(
      true,
    );
    await waitForIdle(page);
    await s.screenshot('fibre-map');
    const input = page.locator('[data-testid="search-input"]');
    await input.fill('hoan kiem');
    await input.press('ArrowDown');
    await input.press('Enter');
    const row = page.locator('[data-testid="area-indicator-fibre_households_pct"]');
    await row.waitFor({ timeout: 30_000 });
    const want = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(fibre['unit2025|00070']!.value);
    expect(await row.innerText()).toContain(`${want} %`);
    expect(await row.locator('[data-testid="indicator-derived"]').innerText()).toContain('ước tính từ địa giới 2019');
    await s.screenshot('fibre-panel');
  });

  test('the indicator files survive a reload', async () => {
    const { page } = s;
    // Nothing in flight: a reload would abort the map's glyph requests and the roads file the area's roads block
    // reads, which the session reports as failures.
    await page.locator('[data-testid="area-roads"][data-status="answered"]').waitFor({ timeout: WORKER_TIMEOUT_MS });
    await waitForIdle(page);
    await page.reload();
    await waitForMapReady(page);
    await analysisReady();
    await page.locator('[data-testid="tab-import"]').click();
    await expect
      .poll(() => page.locator('[data-testid="indicator-files"] li').allInnerTexts(), { timeout: 30_000 })
      .toEqual([expect.stringContaining('hanoi-2019-wards.csv')]);
  });

  test('with the 2025 file too, the report’s fibre and IoT rows equal the analysis (2025 figures as loaded, 2024 ones derived)', async () => {
    const { page } = s;
    await loadFile('hanoi-2025.csv');
    await page.locator('[data-testid="indicator-apply"]').click();
    await expect.poll(() => page.locator('[data-testid="indicator-files"] li').count()).toBe(2);
    await page.locator('[data-testid="indicator-target-fibre_households_pct"]').waitFor({ timeout: 30_000 });
    await page.locator('[data-testid="indicator-target-fibre_households_pct"]').scrollIntoViewIfNeeded();
    await s.screenshot('targets');
    await page.locator('[data-testid="tab-map"]').click();
    await page.locator('[data-testid="report-year"]').selectOption('2026');
    await page.locator('[data-testid="report-make"]').click();
    await page.locator('[data-testid="report-files"]').waitFor({ timeout: 60_000 });
    const [csvFile] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="report-csv"]').click(),
    ]);
    const lines = readFileSync((await csvFile.path())!, 'utf8')
      .trim()
      .split('\r\n');
    const expected = serviceReport(truth.service, 2026, '2025', '2026-11-30', values);
    const csvRow = (target: string, id: string) =>
      lines.find((l) => l.startsWith(`${target},`) && l.split(',')[2] === id)!.split(',');
    for (const [target, id] of [
      ['fibre', 'city'],
      ['fibre', '00070'],
      ['iot', 'city'],
      ['iot', '00004'],
    ] as const) {
      const want = expected.rows.find((r) => r.target === target && r.id === id)!;
      const got = csvRow(target, id);
      expect(Number(got[4])).toBeCloseTo(want.value!, 2);
      if (want.previous === null) expect(got[6]).toBe('');
      else expect(Number(got[6])).toBeCloseTo(want.previous, 2);
      expect(got[11]).toBe(String(want.derived));
    }
    // The year before stood on the 2019 figures only: derived through the overlay.
    expect(expected.rows.find((r) => r.target === 'fibre' && r.id === '00070')!.previous).not.toBeNull();
    await page.locator('[data-testid="report-lang"]').selectOption('en');
    await page.locator('[data-testid="report-make"]').click();
    await page.locator('[data-testid="report-files"]').waitFor({ timeout: 60_000 });
    const html = await openedReportHtml(page);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Fibre to 100 % of households');
    expect(html).toContain('hanoi-2025.csv');
    await s.screenshot('report-indicators');
  });
});

describe('comparing two data sources', () => {
  test('imported sites joining the sample, compared with the sample alone: the change per unit equals the analysis; removing the import ends the comparison', async () => {
    const { page } = s;
    // A Viettel 5G site standing in the largest 5G gap of the least covered unit (wherever the sample leaves one).
    const units = Object.values(truth.results.areas).filter((r) => r.level === 'unit2025');
    const gapUnit = [...units].sort((a, b) => a.coverage['5G'].any.percent - b.coverage['5G'].any.percent)[0]!;
    const gap = truth.service.uncovered('unit2025', gapUnit.id, '5G', 'any')!;
    const [lng, lat] = pointOnFeature(gap.geometry).geometry.coordinates;
    const file = join(mkdtempSync(join(tmpdir(), 'e2e-')), 'tram-5g.csv');
    writeFileSync(file, `id,operator,lng,lat,tech,band,height\nE2E-1,viettel,${lng},${lat},4G 5G,B3 n78,30\n`);
    const imported = importSitesText(readFileSync(file, 'utf8'), { source: 'tram-5g.csv' }).sites;
    expect(imported).toHaveLength(1);
    // In Node: the sample and the imported sites, against the sample alone (both as of today).
    const sample = [...truth.service.sites];
    const joined = truth.service.setBaseSites([...sample, ...imported]);
    const alone = truth.service.resultsWithSites(sample);
    truth.service.setBaseSites(sample);
    const delta = (id: string) =>
      joined.areas[`unit2025|${id}`]!.coverage['5G'].any.percent -
      alone.areas[`unit2025|${id}`]!.coverage['5G'].any.percent;
    const ids = Object.values(joined.areas)
      .filter((r) => r.level === 'unit2025')
      .map((r) => r.id);
    const best = [...ids].sort((a, b) => delta(b) - delta(a))[0]!;
    expect(delta(best)).toBeGreaterThan(0.05);

    await page.locator('[data-testid="tab-import"]').click();
    await page.locator('[data-testid="import-file"]').setInputFiles(file);
    await page.locator('[data-testid="import-apply"]').click();
    // Listed once the worker has saved it and recomputed.
    await expect
      .poll(() => page.locator('[data-testid="import-list"] li').count(), { timeout: WORKER_TIMEOUT_MS })
      .toBe(1);
    await page.locator('[data-testid="tab-map"]').click();
    await page.locator('[data-testid="choro-indicator"]').selectOption('');
    await page.locator('[data-testid="choro-tech"]').selectOption('5G');
    await page.locator('[data-testid="choro-op"]').selectOption('any');
    await page.locator('[data-testid="compare-with"]').selectOption('source:sample');
    await page.locator('[data-testid="compare-lists"]').waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-testid="change-legend"]').innerText()).toContain('Dữ liệu mẫu');
    await expect
      .poll(
        () =>
          page.evaluate(
            (id) => (window as HanoiWindow).hanoiMap!.getFeatureState({ source: 'units2025', id }).delta as number,
            best,
          ),
        { timeout: 30_000 },
      )
      .toBeCloseTo(delta(best), 6);
    expect(await page.locator('[data-testid="compare-most"] li').first().innerText()).toContain(
      `+${numberVi(Math.round(delta(best) * 10) / 10, 1)} điểm %`,
    );
    await waitForIdle(page);
    await s.screenshot('compare-sources');
    await page.locator('[data-testid="tab-import"]').click();
    await page.locator('[data-testid="import-remove"]').click();
    await expect
      .poll(() => page.locator('[data-testid="import-list"] li').count(), { timeout: WORKER_TIMEOUT_MS })
      .toBe(0);
    await page.locator('[data-testid="tab-map"]').click();
    await expect.poll(() => page.locator('[data-testid="compare-with"]').inputValue(), { timeout: 30_000 }).toBe('');
  });
});

describe('the whole session', () => {
  test('no request left the machine, and no error', () => {
    expect(s.external).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
