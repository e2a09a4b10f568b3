/**
 * End-to-end test of the shared infrastructure in the planner's area panel (issue #17, part 1), in the built app,
 * Chromium with software WebGL: a click on a 2025 unit opens the panel, whose "Hạ tầng dùng chung" block shows
 * the unit's towers, shared towers, share of sites on shared towers and operators per tower; they equal what the
 * worker answers for the unit and what the annual report's function (`sharingAsOf`) gives in Node on the built
 * data, for the map's date (`test/output/sharing-*.png`). Needs a build first (`E2E_DIST_DIR` or `dist/`).
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { WORKER_TIMEOUT_MS, type Session } from './browser.js';
import {
  canvasOrigin,
  clearPixelOnUnit,
  jumpTo,
  pointsInside,
  readUnit2025,
  waitForAnalysisReady,
  waitForIdle,
  type UnitFacts,
} from './map-page.js';
import { openApp } from './app-contract.js';
import { analyseBuiltData, numberVi, type Truth } from './analysis-truth.js';
import { sharingAsOf } from '../../src/analysis/service-report.js';
import { NO_SHARING, operatorsPerTower, sharedSitesPercent, type SharingFigures } from '../../src/analysis/sharing.js';
import { TOWER_DISTANCE_M } from '../../src/analysis/sharing-towers.js';
import { ALL_DATA_DAY, type AreaSharing } from '../../src/worker/sharing-handler.js';

/** A dense central unit of the sample, with shared towers. */
const UNIT_NAME = 'Hoàn Kiếm';
const BLOCK = '[data-testid="area-sharing"]';

let s: Session;
let truth: Truth;
let unit: UnitFacts;

beforeAll(async () => {
  s = await openApp('sharing', inject('appUrl'));
  unit = await readUnit2025(inject('distDir'), UNIT_NAME);
  truth = await analyseBuiltData(inject('distDir'));
  await waitForAnalysisReady(s.page);
});

afterAll(async () => {
  await s?.close();
});

/** What the page's worker answers for a 2025 unit as of a date, through the session the app puts on `window`. */
function workerAnswer(page: Page, code: string, asOf: string | null): Promise<AreaSharing> {
  return page.evaluate(
    ([id, date]) =>
      (
        window as unknown as {
          hanoiSession: { areaSharing: (level: string, id: string, asOf: string | null) => Promise<AreaSharing> };
        }
      ).hanoiSession.areaSharing('unit2025', id, date),
    [code, asOf] as const,
  );
}

/** The four figures as the block writes them in Vietnamese. */
function shown(f: SharingFigures): Record<string, string> {
  const pct = sharedSitesPercent(f);
  const perTower = operatorsPerTower(f);
  return {
    towers: numberVi(f.towers),
    shared: numberVi(f.sharedTowers),
    sitesShared: `${pct === null ? '—' : `${numberVi(pct, 1)} %`} (${numberVi(f.sitesOnShared)}/${numberVi(f.sites)} trạm)`,
    perTower: perTower === null ? '—' : numberVi(perTower, 2),
  };
}

/** The four figures the block on the page shows. */
async function onPage(page: Page): Promise<Record<string, string>> {
  const cell = (id: string) => page.locator(`${BLOCK} [data-testid="${id}"]`).innerText();
  return {
    towers: await cell('sharing-towers'),
    shared: await cell('sharing-shared'),
    sitesShared: await cell('sharing-sites-shared'),
    perTower: await cell('sharing-per-tower'),
  };
}

describe('shared infrastructure in the area panel', () => {
  test(`a click on ${UNIT_NAME} shows its towers as the worker and the report's function count them`, async () => {
    const { page } = s;
    const [lng, lat] = pointsInside(unit.feature)[0]!;
    await jumpTo(page, [lng, lat], 14);
    // A pixel inside the unit where nothing drawn above the unit's fill (sites, zones, cables, …) takes the click.
    const pixel = await clearPixelOnUnit(page, pointsInside(unit.feature, 16), unit.code);
    expect(pixel, `a clear pixel inside ${UNIT_NAME}`).not.toBeNull();
    const origin = await canvasOrigin(page);
    await page.mouse.click(origin.x + pixel!.x, origin.y + pixel!.y);
    await expect.poll(() => page.locator('[data-testid="feature-panel"] h2').innerText()).toContain(UNIT_NAME);

    // Grouping the city's sites into towers waits behind whatever the worker is doing.
    const block = page.locator(BLOCK);
    await expect.poll(() => block.getAttribute('data-status'), { timeout: WORKER_TIMEOUT_MS }).toBe('answered');
    const asOfAttr = await block.getAttribute('data-as-of');
    const asOf = asOfAttr === '' || asOfAttr === null ? null : asOfAttr;

    const expected = sharingAsOf(truth.service.allSites, asOf ?? ALL_DATA_DAY, truth.service).areas[
      `unit2025|${unit.code}`
    ] ?? { ...NO_SHARING };
    expect(expected.sharedTowers, `${UNIT_NAME} has shared towers in the built data`).toBeGreaterThan(0);
    expect(await onPage(page)).toEqual(shown(expected));

    const worker = await workerAnswer(page, unit.code, asOf);
    expect(worker.figures).toEqual(expected);
    expect(await block.innerText()).toContain(`không quá ${TOWER_DISTANCE_M} m`);
    await waitForIdle(page);
    await s.screenshot('area-panel', '[data-testid="feature-panel"]');
  });
});
