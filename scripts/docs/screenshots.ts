/**
 * The screenshots of the Vietnamese user guide (`docs/huong-dan.md`): the built planner app and the public map
 * opened in Debian's Chromium at 1440 × 900 in Vietnamese, each step of the guide done as a planner would, the
 * PNGs written to `docs/img/`. Run after `npm run build && npm run build:public`:
 * `npx tsx scripts/docs/screenshots.ts [name…]` (names: the steps below; none: all). Every file is the app's
 * own output on the shipped data (sample sites labelled as such); nothing is drawn or edited by hand.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  canvasOrigin,
  jumpTo,
  waitForAnalysisReady,
  waitForMapReady,
  type HanoiWindow,
} from '../../test/e2e/map-page.js';
import { REPO_ROOT } from '../pipeline/options.js';
import {
  assertClean,
  clipAround,
  GUIDE_VIEWPORT,
  openGuidePage,
  saveElement,
  savePage,
  serveBuilt,
  settle,
  shootPublicMap,
  writePng,
} from './shot-helpers.js';

/** The import examples: files the project made in the formats people send (`test/fixtures/real-world/`). */
const CORPUS = join(REPO_ROOT, 'test/fixtures/real-world');

/** The whole city in view (`[lng, lat]` degrees, zoom) with the sidebar open. */
const CITY: { center: [number, number]; zoom: number } = { center: [105.72, 21.02], zoom: 9.6 };

/** The city centre, where sites, zones and cables are dense. */
const CENTRE: { center: [number, number]; zoom: number } = { center: [105.84, 21.02], zoom: 12.3 };

const sel = (page: Page, testId: string) => page.locator(`[data-testid="${testId}"]`);
const tab = (page: Page, id: 'map' | 'zones' | 'plan' | 'import') => sel(page, `tab-${id}`).click();

/** Types `query` in the header's search box and opens the first match. */
async function search(page: Page, query: string): Promise<void> {
  const input = sel(page, 'search-input');
  await input.fill(query);
  await input.press('ArrowDown');
  await input.press('Enter');
  await sel(page, 'feature-panel').waitFor();
  await sel(page, 'area-analysis').waitFor();
  await settle(page);
  await input.fill('');
}

/**
 * Runs `fn` with the window 1,700 px tall, so that a long panel of the sidebar (an import report, the sources
 * dialog) fits on screen whole; the layout is the same at the guide's width.
 */
async function tall(page: Page, fn: () => Promise<void>): Promise<void> {
  await page.setViewportSize({ width: GUIDE_VIEWPORT.width, height: 1700 });
  try {
    await fn();
  } finally {
    await page.setViewportSize(GUIDE_VIEWPORT);
  }
}

/** The steps of the guide, in the order they run on one page; each saves one or more images. */
const STEPS: Record<string, (page: Page) => Promise<void>> = {
  async overview(page) {
    await jumpTo(page, CITY.center, CITY.zoom);
    await savePage(page, 'tong-quan');
  },
  async choropleth(page) {
    await tab(page, 'map');
    await saveElement(sel(page, 'choropleth-controls'), 'to-mau-theo-khu-vuc');
  },
  async area(page) {
    await search(page, 'hoan kiem');
    // The panel and, beside it, the unit with its uncovered part in red (the map fits the unit in its middle).
    const panel = await clipAround([sel(page, 'feature-panel')], 0);
    await savePage(page, 'bang-thong-tin-khu-vuc', { x: panel.x, y: 52, width: 880, height: 848 });
    await sel(page, 'feature-panel').locator('button.close').click();
  },
  async table(page) {
    await jumpTo(page, CITY.center, CITY.zoom);
    await sel(page, 'table-toggle').click();
    await sel(page, 'ranked-table').waitFor();
    await saveElement(page.locator('.table-panel'), 'bang-xep-hang');
    await sel(page, 'table-toggle').click();
  },
  async zones(page) {
    // Base stations hidden for this one picture, so that the zones' pass / fail fill can be seen.
    await sel(page, 'layer-toggle-sites').uncheck();
    await tab(page, 'zones');
    await sel(page, 'zones-panel').waitFor();
    await jumpTo(page, CENTRE.center, CENTRE.zoom);
    await savePage(page, 'khu-uu-tien');
    await tab(page, 'map');
    await sel(page, 'layer-toggle-sites').check();
  },
  async plan(page) {
    await tab(page, 'map');
    await sel(page, 'choro-op').selectOption('viettel');
    await tab(page, 'zones');
    // The first row is the zone Viettel fails worst; its row selects it and the map zooms to it.
    const row = sel(page, 'zone-row').first();
    const zoneId = await row.getAttribute('data-id');
    await row.locator('button.link').click();
    await page.waitForTimeout(1500);
    await settle(page);
    const at = await page.evaluate((id) => {
      const map = (window as HanoiWindow).hanoiMap!;
      const f = map.querySourceFeatures('zones').find((x) => x.properties['id'] === id);
      return f ? ([Number(f.properties['lng']), Number(f.properties['lat'])] as [number, number]) : null;
    }, zoneId);
    if (!at) throw new Error(`zone ${zoneId} not found on the map`);
    await sel(page, 'feature-panel').locator('button.close').click();
    await jumpTo(page, at, 14.5);
    await tab(page, 'plan');
    await sel(page, 'draft-operator').selectOption('viettel');
    await sel(page, 'draft-band').selectOption('n78');
    await sel(page, 'plan-mode').click();
    const origin = await canvasOrigin(page);
    const px = await page.evaluate((p) => (window as HanoiWindow).hanoiMap!.project(p), at);
    await page.mouse.click(origin.x + px.x, origin.y + px.y);
    await sel(page, 'plan-sites').locator('li').first().waitFor();
    await page.waitForFunction(
      () => (document.querySelector('[data-testid="plan-change"]')?.textContent ?? '').length > 0,
      null,
      { timeout: 120_000 },
    );
    await settle(page);
    await savePage(page, 'quy-hoach-dat-tram');
    await sel(page, 'plan-mode').click();
  },
  async suggest(page) {
    await tab(page, 'plan');
    await sel(page, 'plan-undo').click();
    await settle(page);
    await jumpTo(page, CITY.center, CITY.zoom);
    await sel(page, 'suggest-operator').selectOption('viettel');
    await sel(page, 'suggest-k').fill('5');
    await sel(page, 'suggest-run').click();
    await sel(page, 'suggest-result').waitFor({ timeout: 300_000 });
    await settle(page);
    await sel(page, 'suggest-result').scrollIntoViewIfNeeded();
    await savePage(page, 'de-xuat-tram');
  },
  async time(page) {
    await tab(page, 'map');
    await sel(page, 'choro-op').selectOption('any');
    await jumpTo(page, CITY.center, CITY.zoom);
    await sel(page, 'compare-with').selectOption({ label: '31/12/2024' });
    await sel(page, 'compare-lists').waitFor({ timeout: 300_000 });
    await settle(page);
    await sel(page, 'time-control').scrollIntoViewIfNeeded();
    await savePage(page, 'thoi-diem-so-sanh');
    await sel(page, 'compare-with').selectOption('');
    await settle(page);
  },
  async report(page) {
    await tab(page, 'map');
    await sel(page, 'report-make').click();
    await sel(page, 'report-files').waitFor({ timeout: 300_000 });
    await saveElement(sel(page, 'report-section'), 'bao-cao-nam');
    // The printable page as a planner sees it: "Trang in (HTML)" opens it in a tab of its own.
    const [view] = await Promise.all([page.context().waitForEvent('page'), sel(page, 'report-html').click()]);
    await view.waitForLoadState();
    await view.setViewportSize(page.viewportSize()!);
    writePng('bao-cao-nam-trang-in', await view.screenshot());
    await view.close();
  },
  async import(page) {
    await tab(page, 'import');
    await tall(page, async () => {
      await sel(page, 'import-file').setInputFiles(join(CORPUS, 'rows-three-problems.csv'));
      await sel(page, 'import-report').waitFor({ timeout: 120_000 });
      await saveElement(sel(page, 'import-report'), 'nhap-du-lieu-bao-cao');
      await sel(page, 'import-file').setInputFiles(join(CORPUS, 'crs-qgis-vn2000-xy-undeclared.csv'));
      await sel(page, 'import-crs-vn2000').waitFor({ timeout: 120_000 });
      await saveElement(sel(page, 'import-report'), 'nhap-du-lieu-vn2000');
      await sel(page, 'import-report').getByRole('button', { name: 'Bỏ', exact: true }).click();
      await saveElement(sel(page, 'import-panel'), 'nhap-du-lieu');
    });
  },
  async sources(page) {
    await tall(page, async () => {
      await sel(page, 'attribution-open').click();
      await saveElement(sel(page, 'attribution-dialog'), 'nguon-du-lieu');
      await page.keyboard.press('Escape');
    });
  },
};

const wanted = process.argv.slice(2);
for (const name of wanted)
  if (name !== 'public' && !(name in STEPS))
    throw new Error(`unknown step "${name}": ${Object.keys(STEPS).join(', ')}`);
const run = (name: string) => wanted.length === 0 || wanted.includes(name);

/** The planner app's steps, on one page: each step starts from the state the one before left. */
async function shootApp(): Promise<void> {
  const served = await serveBuilt('dist', '/hanoi-coverage/');
  const s = await openGuidePage('app');
  try {
    await s.page.goto(`${served.url}#map=${CITY.zoom}/${CITY.center[1]}/${CITY.center[0]}&lang=vi`);
    await waitForMapReady(s.page);
    await waitForAnalysisReady(s.page);
    await settle(s.page);
    for (const [name, step] of Object.entries(STEPS)) {
      if (!run(name)) continue;
      console.log(`[docs] ${name}…`);
      await step(s.page);
    }
    assertClean(s);
  } finally {
    await s.close();
    await served.close();
  }
}

if (Object.keys(STEPS).some(run)) await shootApp();
if (run('public')) await shootPublicMap();
