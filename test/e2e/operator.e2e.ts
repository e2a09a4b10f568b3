/**
 * End-to-end tests of the operator's workflow in the built app: find a zone that fails the 5G target, place
 * a candidate site in it and see its percent rise, undo and redo, find the plan again after a reload, export
 * the plan and import it back, and import a site file with bad rows and read its report
 * (`test/output/operator-*.png`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { openSession, WORKER_TIMEOUT_MS, type Session } from './browser.js';
import {
  canvasOrigin,
  jumpTo,
  waitForIdle,
  waitForMapReady,
  type HanoiWindow,
  waitForAnalysisReady,
} from './map-page.js';
import { analyseBuiltData, type Truth } from './analysis-truth.js';
import { importSitesText } from '../../src/data/import/import-sites.js';
import { issueText } from '../../src/domain/report.js';

let s: Session;
let truth: Truth;
/** The failing zone the site is placed in: Viettel's 5G below 100 %, centre `[lng, lat]`. */
let zone: { id: string; name: string; before: number; at: [number, number] };

/** Waits until the first coverage analysis is painted. */
const analysisReady = () => waitForAnalysisReady(s.page);
/** A wait on the worker (an import saved and analysed): long, so a busy machine does not fail it. */
const WORKER_WAIT = { timeout: WORKER_TIMEOUT_MS };
const idle = () =>
  s.page.waitForFunction(() => document.querySelector('[data-testid="analysis-progress"]') === null, null, {
    timeout: 60_000,
  });

/** The Viettel 5G percent the zones tab shows for the zone (Vietnamese number). */
async function zonePercent(): Promise<number> {
  await s.page.locator('[data-testid="tab-zones"]').click();
  const text = await s.page.locator(`[data-testid="zone-row"][data-id="${zone.id}"] td.num`).innerText();
  return Number(text.split(' ')[0]!.replace(/\./g, '').replace(',', '.'));
}

beforeAll(async () => {
  truth = await analyseBuiltData(inject('distDir'));
  const zones = await truth.layer('zones');
  // A zone Viettel fails with some room to gain, of a size one site can serve, positioned with confidence.
  const pick = truth.results.zones
    .filter((z) => z.percent5g.viettel < 50 && z.confidence === 'high')
    .map((z) => ({ z, f: zones.features.find((f) => f.properties?.['id'] === z.id)! }))
    .find(({ f }) => Number(f.properties?.['radiusM']) <= 400)!;
  expect(pick, 'a failing zone to plan in').toBeDefined();
  zone = {
    id: pick.z.id,
    name: pick.z.name,
    before: pick.z.percent5g.viettel,
    at: [Number(pick.f.properties!['lng']), Number(pick.f.properties!['lat'])],
  };
  s = await openSession('operator');
  await s.page.goto(inject('appUrl'));
  await waitForMapReady(s.page);
  await analysisReady();
  await s.page.locator('[data-testid="choro-op"]').selectOption('viettel');
});

afterAll(async () => {
  await s?.close();
});

describe('planning a site in a failing zone', () => {
  test('the zones tab lists the zone as failing, with the analysis’ figure', async () => {
    const pct = await zonePercent();
    expect(pct).toBeCloseTo(zone.before, 1);
    expect(await s.page.locator(`[data-testid="zone-row"][data-id="${zone.id}"] td`).last().innerText()).toBe(
      'Chưa đạt',
    );
    await s.screenshot('zones-failing');
  });

  test('placing a Viettel 5G site at its centre raises its percent, and the change is reported', async () => {
    const { page } = s;
    await jumpTo(page, zone.at, 15);
    await page.locator('[data-testid="tab-plan"]').click();
    await page.locator('[data-testid="draft-operator"]').selectOption('viettel');
    await page.locator('[data-testid="draft-band"]').selectOption('n78');
    await page.locator('[data-testid="plan-mode"]').click();
    const origin = await canvasOrigin(page);
    const px = await page.evaluate((p) => (window as HanoiWindow).hanoiMap!.project(p), zone.at);
    await page.mouse.click(origin.x + px.x, origin.y + px.y);
    await expect.poll(() => page.locator('[data-testid="plan-sites"] li').count()).toBe(1);
    await expect
      .poll(() => page.locator('[data-testid="plan-change"]').innerText(), { timeout: 30_000 })
      .toContain(zone.name);
    await waitForIdle(page);
    await s.screenshot('site-placed');
    await page.locator('[data-testid="plan-mode"]').click();
    const after = await zonePercent();
    expect(after).toBeGreaterThan(zone.before + 1);
  });

  test('undo takes the site away and the figure back; redo puts both back', async () => {
    const { page } = s;
    const placed = await zonePercent();
    await page.locator('[data-testid="tab-plan"]').click();
    await page.locator('[data-testid="plan-undo"]').click();
    await expect.poll(() => page.locator('[data-testid="plan-sites"] li').count()).toBe(0);
    await expect.poll(zonePercent).toBeCloseTo(zone.before, 1);
    await page.locator('[data-testid="tab-plan"]').click();
    await page.locator('[data-testid="plan-redo"]').click();
    await expect.poll(zonePercent).toBeCloseTo(placed, 1);
  });

  test('after a reload the site is still there and still counted', async () => {
    const { page } = s;
    const placed = await zonePercent();
    await page.reload();
    await waitForMapReady(page);
    await analysisReady();
    await page.locator('[data-testid="tab-plan"]').click();
    await expect.poll(() => page.locator('[data-testid="plan-sites"] li').count(), { timeout: 30_000 }).toBe(1);
    await page
      .locator('[data-testid="choro-op"]')
      .selectOption('viettel')
      .catch(() => {});
    await expect.poll(zonePercent, { timeout: 30_000 }).toBeCloseTo(placed, 1);
    await s.screenshot('after-reload');
  });

  test('dragging the site away lowers the figure; dragged back and let go, the figure is the placed one', async () => {
    const { page } = s;
    const placed = await zonePercent();
    await page.locator('[data-testid="tab-plan"]').click();
    await jumpTo(page, zone.at, 15);
    const origin = await canvasOrigin(page);
    const px = await page.evaluate((p) => (window as HanoiWindow).hanoiMap!.project(p), zone.at);
    const home = { x: origin.x + px.x, y: origin.y + px.y };
    const timings = () => page.evaluate(() => (window as { hanoiPlanTimings?: unknown[] }).hanoiPlanTimings!.length);
    /** Drags the site from `from` by (dx, dy) px in 12 steps, each step analysed before the next. */
    const drag = async (from: { x: number; y: number }, dx: number, dy: number) => {
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      for (let i = 1; i <= 12; i++) {
        const n = await timings();
        await page.mouse.move(from.x + (dx * i) / 12, from.y + (dy * i) / 12);
        await expect.poll(timings, WORKER_WAIT).toBeGreaterThan(n);
      }
      // The candidate under the mouse is the drag handle, drawn over the map; its circle comes back on release.
      const h = (await page.locator('[data-testid="plan-drag-handle"]').boundingBox())!;
      expect(Math.hypot(h.x + h.width / 2 - (from.x + dx), h.y + h.height / 2 - (from.y + dy))).toBeLessThan(2);
      await page.mouse.up();
      await idle();
      expect(await page.locator('[data-testid="plan-drag-handle"]').count()).toBe(0);
    };
    await drag(home, 300, 120);
    const away = await zonePercent();
    expect(away).toBeLessThan(placed - 1);
    await page.locator('[data-testid="tab-plan"]').click();
    await drag({ x: home.x + 300, y: home.y + 120 }, -300, -120);
    await expect.poll(zonePercent, WORKER_WAIT).toBeCloseTo(placed, 1);
    await page.locator('[data-testid="tab-plan"]').click();
    expect(await page.locator('[data-testid="plan-sites"] li').count()).toBe(1);
  });

  test('the plan exports as CSV that reads back to the same sites, and imports back', async () => {
    const { page } = s;
    await page.locator('[data-testid="tab-plan"]').click();
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="plan-export-csv"]').click(),
    ]);
    const csvPath = (await csv.path())!;
    const text = readFileSync(csvPath, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const back = importSitesText(text, { source: 'hanoi-plan.csv' });
    expect(back.report.rejected).toEqual([]);
    expect(back.sites).toHaveLength(1);
    expect(back.sites[0]).toMatchObject({ id: 'plan-1', operator: 'viettel', bands: ['B3', 'n78'], sample: false });
    expect(back.sites[0]!.lng).toBeCloseTo(zone.at[0], 4);
    await page.locator('[data-testid="plan-import"]').setInputFiles(csvPath);
    await expect.poll(() => page.locator('[data-testid="plan-sites"] li').count()).toBe(2);
    expect(await page.locator('[data-testid="plan-import-message"]').innerText()).toContain('đã nhập 1; bị từ chối 0');
    await page.locator('[data-testid="plan-undo"]').click();
    await expect.poll(() => page.locator('[data-testid="plan-sites"] li').count()).toBe(1);
  });
});

describe('suggesting sites', () => {
  test('three MobiFone proposals with their gains, drawn, accepted into the plan; a long search can be stopped', async () => {
    const { page } = s;
    await page.locator('[data-testid="tab-plan"]').click();
    const before = await page.locator('[data-testid="plan-sites"] li').count();
    await page.locator('[data-testid="suggest-operator"]').selectOption('mobifone');
    await page.locator('[data-testid="suggest-k"]').fill('3');
    await page.locator('[data-testid="suggest-run"]').click();
    await page.locator('[data-testid="suggest-result"]').waitFor({ timeout: 60_000 });
    const proposals = await page.locator('[data-testid="suggest-proposal"]').allInnerTexts();
    expect(proposals).toHaveLength(3);
    for (const p of proposals) expect(p).toMatch(/^\+[\d.,]+ km² · \+[\d.]+ người/);
    expect(await page.evaluate(() => (window as HanoiWindow).hanoiMap!.getSource('plan-proposals') !== undefined)).toBe(
      true,
    );
    await s.screenshot('suggested');
    await page.locator('[data-testid="suggest-accept-all"]').click();
    await expect.poll(() => page.locator('[data-testid="plan-sites"] li').count()).toBe(before + 3);
    await idle();
    // Stop a search for 40 sites soon after it starts: what was found so far comes back.
    await page.locator('[data-testid="suggest-k"]').fill('40');
    await page.locator('[data-testid="suggest-run"]').click();
    await page.locator('[data-testid="suggest-cancel"]').click({ timeout: 10_000 });
    await expect
      .poll(() => page.locator('[data-testid="suggest-result"] > p').innerText(), { timeout: 30_000 })
      .toContain('đã dừng');
    await page.locator('[data-testid="plan-undo"]').click();
    await expect.poll(() => page.locator('[data-testid="plan-sites"] li').count()).toBe(before);
  });
});

describe('importing a site file', () => {
  test('a file with bad rows: every rejected row is listed with its reason; the good ones join the sample', async () => {
    const { page } = s;
    await page.locator('[data-testid="tab-import"]').click();
    const file = join(import.meta.dirname, '../fixtures/import/sites-bad-rows.csv');
    const expected = importSitesText(readFileSync(file, 'utf8'), { source: 'sites-bad-rows.csv' });
    await page.locator('[data-testid="import-file"]').setInputFiles(file);
    await page.locator('[data-testid="import-report"]').waitFor({ timeout: WORKER_TIMEOUT_MS });
    const listed = await page.locator('[data-testid="import-rejected"] li').allInnerTexts();
    expect(listed).toEqual([...expected.report.fileErrors, ...expected.report.rejected].map((i) => issueText(i, 'vi')));
    expect(listed.length).toBeGreaterThan(5);
    await s.screenshot('import-report');
    await page.locator('[data-testid="import-apply"]').click();
    // Listed once the worker has saved it and recomputed.
    await expect.poll(() => page.locator('[data-testid="import-list"] li').count(), WORKER_WAIT).toBe(1);
    await idle();
    expect(await page.locator('[data-testid="sample-banner"]').innerText()).toContain('dữ liệu đã nhập');
    await page.locator('[data-testid="import-remove"]').click();
    await expect
      .poll(() => page.locator('[data-testid="sample-banner"]').innerText(), WORKER_WAIT)
      .toContain('Trạm gốc, vùng phủ 5G, cáp ngầm và đo tốc độ là DỮ LIỆU MẪU');
    await expect.poll(() => page.locator('[data-testid="import-list"] li').count(), WORKER_WAIT).toBe(0);
  });
});

describe('importing coverage polygons and cable segments', () => {
  test('each kind is recognised by its geometry, reported feature by feature, and applied to the analysis', async () => {
    const { page } = s;
    await page.locator('[data-testid="tab-import"]').click();
    for (const [i, [name, kind]] of (
      [
        ['coverage.geojson', 'coverage'],
        ['cables.geojson', 'cables'],
      ] as const
    ).entries()) {
      await page
        .locator('[data-testid="import-file"]')
        .setInputFiles(join(import.meta.dirname, '../fixtures/import', name));
      await page.locator(`[data-testid="import-part-${kind}"]`).waitFor({ timeout: WORKER_TIMEOUT_MS });
      expect(await page.locator('[data-testid="import-rejected"] li').count()).toBeGreaterThan(0);
      await s.screenshot(`import-${name.split('.')[0]}`);
      await page.locator('[data-testid="import-apply"]').click();
      // Applied once it is listed (saved in the browser); the next file is chosen only then, as a user would.
      await expect.poll(() => page.locator('[data-testid="import-list"] li').count(), WORKER_WAIT).toBe(i + 1);
      await idle();
    }
    expect(await page.locator('[data-testid="import-list"]').innerText()).toMatch(/đa giác vùng phủ[\s\S]*đoạn cáp/);
    await analysisReady();
    // Back to the sample, for the checks that follow: each removal is done once the list is one shorter.
    for (const left of [1, 0]) {
      await page.locator('[data-testid="import-remove"]').first().click();
      await expect.poll(() => page.locator('[data-testid="import-list"] li').count(), WORKER_WAIT).toBe(left);
    }
    await idle();
  });
});

describe('the whole session', () => {
  test('no request left the machine, and no error', () => {
    expect(s.external).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
