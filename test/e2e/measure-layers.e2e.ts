/**
 * End-to-end test of the measure layers (issues #16, #17) in the built planner app, Chromium with software WebGL:
 * each toggle draws features — the propagation environment's cells, the number of operators with 5G per H3 cell
 * (coloured once the grid is analysed), coverage along roads (both covered and uncovered parts, following the
 * choropleth's technology and level) and the towers (shared ones among them, a click showing a tower's sites).
 * Needs `npm run build` first.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { Session } from './browser.js';
import { canvasOrigin, jumpTo, waitForAnalysisReady, waitForIdle, type HanoiWindow } from './map-page.js';
import { CENTRE, openApp } from './app-contract.js';

/** How long the worker may take to analyse the H3 grid or cut the roads on a busy machine, ms. */
const WORKER_TIMEOUT_MS = 120_000;

let s: Session;

beforeAll(async () => {
  s = await openApp('measure-layers', inject('appUrl'));
  await waitForAnalysisReady(s.page);
});

afterAll(async () => {
  await s?.close();
});

/** Turns a toggle on (it starts off) and waits for the map to settle. */
async function show(page: Page, key: string): Promise<void> {
  const toggle = page.locator(`[data-testid="layer-toggle-${key}"]`);
  expect(await toggle.isChecked(), `${key} starts off`).toBe(false);
  await toggle.click();
  await waitForIdle(page);
}

/** Properties of the features rendered in a layer, over the whole canvas. */
function rendered(page: Page, layer: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (id) => (window as HanoiWindow).hanoiMap!.queryRenderedFeatures({ layers: [id] }).map((f) => f.properties),
    layer,
  );
}

describe('measure layers', () => {
  test('the propagation environment draws its 1 km cells and their classes in the legend', async () => {
    const { page } = s;
    await jumpTo(page, CENTRE.center, 11);
    await show(page, 'environment');
    await expect.poll(async () => (await rendered(page, 'environment-fill')).length).toBeGreaterThan(50);
    const classes = new Set((await rendered(page, 'environment-fill')).map((p) => p['env']));
    expect(classes.has('dense-urban'), [...classes].join(', ')).toBe(true);
    expect(await page.locator('[data-testid="legend"]').innerText()).toContain('Đô thị dày đặc: từ 15.000 người/km²');
    await s.screenshot('environment');
    await page.locator('[data-testid="layer-toggle-environment"]').click();
  });

  test('the operators with 5G per H3 cell colour the cells 0 to 4 once the grid is analysed', async () => {
    const { page } = s;
    await jumpTo(page, CENTRE.center, 11);
    await show(page, 'ops5g');
    const counts = () =>
      page.evaluate(() => {
        const map = (window as HanoiWindow).hanoiMap!;
        return map
          .querySourceFeatures('ops5g')
          .map((f) => map.getFeatureState({ source: 'ops5g', id: f.id! })['ops5g'])
          .filter((n) => typeof n === 'number') as number[];
      });
    await expect.poll(async () => (await counts()).length, { timeout: WORKER_TIMEOUT_MS }).toBeGreaterThan(50);
    const values = await counts();
    expect(values.every((n) => Number.isInteger(n) && n >= 0 && n <= 4)).toBe(true);
    expect(Math.max(...values), 'some central cell has 5G from several operators').toBeGreaterThanOrEqual(2);
    await waitForIdle(page);
    expect((await rendered(page, 'ops5g-fill')).length).toBeGreaterThan(50);
    expect(await page.locator('[data-testid="legend"]').innerText()).toContain('ít nhất 50 % diện tích ô');
    await s.screenshot('ops5g');
    // A click on a cell lists the operators behind its colour.
    const cell = await page.evaluate(() => {
      const map = (window as HanoiWindow).hanoiMap!;
      const above = ['towers-circle', 'sites-circle', 'speedTests-circle', 'busStops-circle', 'zones-fill']
        .concat(['cables-line', 'roadCoverage-line'])
        .filter((id) => map.getLayer(id));
      for (const f of map.queryRenderedFeatures({ layers: ['ops5g-fill'] })) {
        const count = map.getFeatureState({ source: 'ops5g', id: f.id! })['ops5g'] as number | undefined;
        if (count === undefined || count < 2 || f.geometry.type !== 'Polygon') continue;
        const ring = f.geometry.coordinates[0]!.slice(1);
        const lng = ring.reduce((a, c) => a + c[0]!, 0) / ring.length;
        const lat = ring.reduce((a, c) => a + c[1]!, 0) / ring.length;
        const p = map.project([lng, lat]);
        const { clientWidth: w, clientHeight: h } = map.getCanvas();
        if (p.x < 20 || p.y < 20 || p.x > w - 20 || p.y > h - 20) continue;
        if (map.queryRenderedFeatures(p, { layers: above }).length > 0) continue;
        return { x: p.x, y: p.y, code: String(f.properties['code']), count };
      }
      return null;
    });
    expect(cell, 'a cell with 5G from two or more operators, nothing drawn over it').not.toBeNull();
    const origin = await canvasOrigin(page);
    await page.mouse.click(origin.x + cell!.x, origin.y + cell!.y);
    const block = page.locator('[data-testid="ops5g-cell"]');
    await expect.poll(() => block.count(), { timeout: WORKER_TIMEOUT_MS }).toBe(1);
    expect(await page.locator('[data-testid="feature-panel"] h2').innerText()).toContain(cell!.code);
    expect(await block.locator('h3').innerText()).toContain(`${cell!.count} nhà mạng`);
    const counted = await block.locator('tbody td:nth-child(3)').allInnerTexts();
    expect(counted.filter((c) => c === 'Có')).toHaveLength(cell!.count);
    await page.locator('[data-testid="feature-panel"] .close').click();
    await page.locator('[data-testid="layer-toggle-ops5g"]').click();
  });

  test('coverage along roads shows covered and uncovered parts, and follows the choropleth’s technology', async () => {
    const { page } = s;
    await jumpTo(page, CENTRE.center, 11);
    await show(page, 'roadCoverage');
    const split = async () => {
      const props = await rendered(page, 'roadCoverage-line');
      return {
        covered: props.filter((p) => p['covered'] === true).length,
        uncovered: props.filter((p) => p['covered'] === false).length,
      };
    };
    await expect.poll(async () => (await split()).covered, { timeout: WORKER_TIMEOUT_MS }).toBeGreaterThan(0);
    // Away from the centre 5G leaves gaps along the roads.
    await jumpTo(page, [105.78, 21.0], 11);
    await expect.poll(async () => (await split()).uncovered, { timeout: WORKER_TIMEOUT_MS }).toBeGreaterThan(0);
    expect((await split()).covered).toBeGreaterThan(0);
    await s.screenshot('road-coverage');
    const tech = await page.locator('[data-testid="choro-tech"]').inputValue();
    const other = tech === '5G' ? '4G' : '5G';
    await page.locator('[data-testid="choro-tech"]').selectOption(other);
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            ((window as HanoiWindow).hanoiMap!.getSource('roadCoverage') as unknown as { tiles: string[] }).tiles[0],
        ),
      )
      .toContain(`//roads-${other}-`);
    await waitForIdle(page);
    await expect.poll(async () => (await split()).covered, { timeout: WORKER_TIMEOUT_MS }).toBeGreaterThan(0);
    await page.locator('[data-testid="choro-tech"]').selectOption(tech);
    await page.locator('[data-testid="layer-toggle-roadCoverage"]').click();
  });

  test('the towers draw shared towers, and a click on one shows its operators and sites', async () => {
    const { page } = s;
    await jumpTo(page, CENTRE.center, 13);
    await show(page, 'towers');
    await expect
      .poll(async () => (await rendered(page, 'towers-circle')).length, { timeout: WORKER_TIMEOUT_MS })
      .toBeGreaterThan(10);
    const shared = await page.evaluate(() => {
      const map = (window as HanoiWindow).hanoiMap!;
      const canvas = map.getCanvas();
      const { clientWidth: w, clientHeight: h } = canvas;
      const box = canvas.getBoundingClientRect();
      // A tower the panels left open by the tests before do not cover: a click there reaches the map.
      const onMap = (x: number, y: number) => document.elementFromPoint(box.left + x, box.top + y) === canvas;
      const f = map
        .queryRenderedFeatures({ layers: ['towers-circle'] })
        .filter((x) => Number(x.properties['operators']) >= 2)
        .map((x) => ({
          xy: map.project((x.geometry as GeoJSON.Point).coordinates as [number, number]),
          p: x.properties,
        }))
        .find(({ xy }) => xy.x > 40 && xy.y > 40 && xy.x < w - 40 && xy.y < h - 40 && onMap(xy.x, xy.y));
      return f ? { x: f.xy.x, y: f.xy.y, id: String(f.p['id']) } : null;
    });
    expect(shared, 'a shared tower on screen').not.toBeNull();
    const origin = await canvasOrigin(page);
    await page.mouse.click(origin.x + shared!.x, origin.y + shared!.y);
    const panel = page.locator('[data-testid="feature-panel"]');
    await expect.poll(() => panel.innerText()).toContain(`Cột anten ${shared!.id}`);
    expect(await panel.innerText()).toContain('Nhà mạng');
    await s.screenshot('tower-panel');
    await page.locator('[data-testid="layer-toggle-towers"]').click();
  });
});
