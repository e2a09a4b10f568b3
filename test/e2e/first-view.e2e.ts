/**
 * End-to-end test of the planner's first-view picture (issue #15) in Chromium: on a fresh load the build's picture
 * of the starting choropleth is on screen before MapLibre has drawn anything (the browser's element timing says
 * when), framed like the map's start view, every 2025 unit in the class the map then gives it; it goes once the
 * map's choropleth is drawn. A link with a view of its own opens without it. Needs `npm run build` first.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Position } from 'geojson';
import { openSession, type Session } from './browser.js';
import { READY_TIMEOUT_MS, readUnit2025, waitForMapReady, type HanoiWindow } from './map-page.js';
import { choroplethClass } from '../../src/map/choropleth.js';

const PICTURE = '[data-testid="planner-first-view"]';
/** The 2025 layout's 126 commune-level units. */
const UNITS = 126;

/** The marker leaves `loading`: the map's first choropleth is on screen. */
const mapChoropleth = (s: Session) =>
  s.page.waitForFunction(() => document.documentElement.dataset.analysis !== 'loading', null, {
    timeout: READY_TIMEOUT_MS,
  });

describe('first view picture', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession('first-view');
  });
  afterAll(async () => {
    await s?.close();
  });

  test('shows at once, framed as the map, each unit in the class the map gives it, and goes', async () => {
    await s.page.goto(inject('appUrl'), { waitUntil: 'domcontentloaded' });
    await s.page.locator(`${PICTURE} svg`).waitFor({ timeout: READY_TIMEOUT_MS });
    const classes = await s.page
      .locator(`${PICTURE} path[data-code]`)
      .evaluateAll((ps) =>
        Object.fromEntries(ps.map((p) => [p.dataset.code!, p.parentElement!.getAttribute('class')])),
      );
    expect(Object.keys(classes)).toHaveLength(UNITS);
    const baVi = await readUnit2025(inject('distDir'), 'Ba Vì');
    const pictured = await s.page.locator(`${PICTURE} path[data-code="${baVi.code}"]`).boundingBox();
    await s.screenshot('picture');

    await mapChoropleth(s);
    await expect.poll(() => s.page.locator(PICTURE).count()).toBe(0);
    await waitForMapReady(s.page);
    // The picture was painted before the map's choropleth (PerformanceElementTiming of its note).
    const painted = await s.page.evaluate(
      () =>
        new Promise<number>((ok) =>
          new PerformanceObserver((list) => ok(list.getEntries()[0]!.startTime)).observe({
            type: 'element',
            buffered: true,
          }),
        ),
    );
    expect(painted).toBeGreaterThan(0);

    // Framed as the map: the unit's box on the picture within 3 px of its box on the map.
    const ring = (
      baVi.feature.geometry.type === 'Polygon'
        ? baVi.feature.geometry.coordinates
        : baVi.feature.geometry.coordinates.flat()
    ).flat() as Position[];
    const onMap = await s.page.evaluate((pts) => {
      const map = (window as HanoiWindow).hanoiMap!;
      const canvas = map.getCanvas().getBoundingClientRect();
      const xy = pts.map((p) => map.project(p as [number, number]));
      const xs = xy.map((p) => p.x + canvas.left);
      const ys = xy.map((p) => p.y + canvas.top);
      return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
    }, ring);
    expect(pictured).not.toBeNull();
    const p = pictured!;
    for (const [a, b] of [
      [p.x, onMap.x0],
      [p.y, onMap.y0],
      [p.x + p.width, onMap.x1],
      [p.y + p.height, onMap.y1],
    ])
      expect(Math.abs(a! - b!)).toBeLessThan(3);

    // The classes of the map's choropleth, from the figures it was drawn with.
    const pct = await s.page.evaluate(
      (codes) =>
        codes.map(
          (id) => (window as HanoiWindow).hanoiMap!.getFeatureState({ source: 'units2025', id }).pct as unknown,
        ),
      Object.keys(classes),
    );
    const mapClasses = Object.fromEntries(
      Object.keys(classes).map((code, i) => {
        const v = pct[i];
        return [code, typeof v === 'number' ? `fv-c${choroplethClass(v)}` : 'fv-nodata'];
      }),
    );
    expect(classes).toEqual(mapClasses);
    expect(s.errors).toEqual([]);
  });

  test('a link with a view of its own opens on the map alone', async () => {
    await s.page.goto(`${inject('appUrl')}#map=12/21.03/105.85`, { waitUntil: 'domcontentloaded' });
    await s.page.locator('[data-testid="map"]').waitFor({ timeout: READY_TIMEOUT_MS });
    expect(await s.page.locator('#first-view-picture').count()).toBe(1);
    expect(await s.page.locator(PICTURE).count()).toBe(0);
    await mapChoropleth(s);
    expect(s.errors).toEqual([]);
  });
});
