/**
 * End-to-end tests of the built app in Chromium (software WebGL): layer toggles, the feature panel, Vietnamese
 * labels from the offline glyphs, a drawn canvas, the language switch, the sample-data labels, and that no
 * request leaves the machine. Needs `npm run build` first; run with `npm run test:e2e`.
 *
 * The tests share one page, loaded once (loading the data and drawing it in software takes a while); each test
 * sets the view it needs and puts back what it changed. The last two tests check what the whole session did.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Manifest } from '../../src/domain/report.js';
import { openSession, type Session } from './browser.js';
import {
  canvasOrigin,
  jumpTo,
  pointsInside,
  readUnit2025,
  waitForIdle,
  waitForMapReady,
  type HanoiWindow,
} from './map-page.js';
import { decodePng, imageStats } from './png.js';

/** The layer toggles of the contract; the MapLibre ids of a toggle's layers start with `<key>-`. */
const LAYER_KEYS = [
  'units2025',
  'districts2019',
  'wards2019',
  'sites',
  'coverage5g',
  'coverage4g',
  'cables',
  'zones',
  'busStops',
  'roads',
  'speedTests',
] as const;

/** The manifest layer (`public/data/manifest.json`) behind each toggle; null where the coverage worker computes it. */
const MANIFEST_ID: Readonly<Record<(typeof LAYER_KEYS)[number], string | null>> = {
  units2025: 'units-2025',
  districts2019: 'districts-2019',
  wards2019: 'wards-2019',
  sites: 'sites',
  coverage5g: null,
  coverage4g: null,
  cables: 'cables',
  zones: 'zones',
  busStops: 'bus-stops',
  roads: 'roads',
  speedTests: 'speed-tests',
};

/** "Sample data" in Vietnamese, as the app labels generated layers. */
const SAMPLE_VI = 'dữ liệu mẫu';

/** Letters only Vietnamese uses among Latin scripts: ă â đ ê ô ơ ư and the tone-marked vowels U+1EA0–U+1EF9. */
const VIETNAMESE_LETTERS = /[ăâđêôơưạ-ỹ]/i;

/** The glyph range file of U+1E00–U+1EFF (Latin Extended Additional: most tone-marked Vietnamese vowels). */
const VIETNAMESE_GLYPH_RANGE = '/7680-7935.pbf';

/** The unit clicked in the panel test: the old quarter, small and central. */
const UNIT_NAME = 'Hoàn Kiếm';

/** A dense city-centre view (`[lng, lat]` degrees, zoom): sites, coverage, cables, zones and labels on screen. */
const CENTRE: { center: [number, number]; zoom: number } = { center: [105.845, 21.025], zoom: 12 };

/** Numbers as the app formats them in Vietnamese ("68.979"). */
const formatVi = (n: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 }).format(n);

let s: Session;

beforeAll(async () => {
  s = await openSession('map');
  await s.page.goto(inject('appUrl'));
  try {
    await waitForMapReady(s.page);
  } catch (err) {
    await s.screenshot('not-ready');
    const problems = s.errors.length > 0 ? `\nproblems seen: ${s.errors.join('\n')}` : '';
    throw new Error(`${err instanceof Error ? err.message : String(err)}${problems}`, { cause: err });
  }
  await s.screenshot('loaded');
});

afterAll(async () => {
  await s?.close();
});

describe('layer toggles', () => {
  test.each(LAYER_KEYS)('%s: the checkbox hides and shows every layer of the toggle', async (key) => {
    const { page } = s;
    const toggle = page.locator(`[data-testid="layer-toggle-${key}"]`);
    await expect(toggle.count(), `[data-testid="layer-toggle-${key}"]`).resolves.toBe(1);
    const ids = await page.evaluate(
      (k) =>
        ((window as HanoiWindow).hanoiMap?.getStyle().layers ?? [])
          .map((l) => l.id)
          .filter((id) => id.startsWith(`${k}-`)),
      key,
    );
    expect(ids.length, `map layers starting with "${key}-"`).toBeGreaterThan(0);
    // MapLibre reports no value for a layer that never had `visibility` set: that is its default, 'visible'.
    const visibility = () =>
      page.evaluate(
        (layerIds) =>
          layerIds.map((id) => (window as HanoiWindow).hanoiMap?.getLayoutProperty(id, 'visibility') ?? 'visible'),
        ids,
      );
    const wasOn = await toggle.isChecked();
    const expected = (on: boolean) => ids.map(() => (on ? 'visible' : 'none'));
    expect(await visibility()).toEqual(expected(wasOn));

    await toggle.click();
    await expect.poll(() => toggle.isChecked()).toBe(!wasOn);
    await expect.poll(visibility).toEqual(expected(!wasOn));
    await waitForIdle(page);
    await s.screenshot(`toggle-${key}-${wasOn ? 'off' : 'on'}`);

    await toggle.click();
    await expect.poll(() => toggle.isChecked()).toBe(wasOn);
    await expect.poll(visibility).toEqual(expected(wasOn));
  });
});

test(`clicking the 2025 unit ${UNIT_NAME} shows its name and population in the feature panel`, async () => {
  const { page } = s;
  const unit = await readUnit2025(inject('distDir'), UNIT_NAME);
  const [lng, lat] = pointsInside(unit.feature)[0]!;
  await jumpTo(page, [lng, lat], 14);
  // A pixel inside the unit where nothing drawn above the unit's fill (sites, zones, cables, …) could take the click.
  const pixel = await page.evaluate(
    ({ points, code }) => {
      const map = (window as HanoiWindow).hanoiMap!;
      const below = /^(units2025|coverage5g|coverage4g|roads|city)-|^background$/;
      const { clientWidth: w, clientHeight: h } = map.getCanvas();
      for (const p of points) {
        const { x, y } = map.project(p);
        if (x < 20 || y < 20 || x > w - 20 || y > h - 20) continue;
        const hits = map.queryRenderedFeatures([
          [x - 5, y - 5],
          [x + 5, y + 5],
        ]);
        const onUnit = hits.some((f) => f.layer.id === 'units2025-fill' && String(f.properties['code']) === code);
        if (onUnit && hits.every((f) => below.test(f.layer.id))) return { x, y };
      }
      return null;
    },
    { points: pointsInside(unit.feature, 16), code: unit.code },
  );
  expect(pixel, `a clear pixel inside ${UNIT_NAME}`).not.toBeNull();
  const origin = await canvasOrigin(page);
  await page.mouse.click(origin.x + pixel!.x, origin.y + pixel!.y);

  const panel = page.locator('[data-testid="feature-panel"]');
  await expect.poll(() => panel.isVisible()).toBe(true);
  await expect.poll(() => panel.innerText()).toContain(unit.name);
  expect(await panel.innerText()).toContain(formatVi(unit.population));
  await waitForIdle(page);
  await s.screenshot('feature-panel');
});

test('the coverage analysis runs in a worker: its coverage layers are drawn and the panel shows the area figures', async () => {
  const { page } = s;
  await page.waitForFunction(
    () => (window as HanoiWindow & { hanoiAnalysisReady?: boolean }).hanoiAnalysisReady === true,
    null,
    { timeout: 180_000 },
  );
  // Coverage arrives as vector tiles the worker cuts with geojson-vt: count the rendered features per layer,
  // showing 4G for the check and hiding it again.
  const toggles = ['coverage5g', 'coverage4g'].map((k) => page.locator(`[data-testid="layer-toggle-${k}"]`));
  const was = await Promise.all(toggles.map((t) => t.isChecked()));
  for (const [i, t] of toggles.entries()) if (!was[i]) await t.click();
  await jumpTo(page, CENTRE.center, 11);
  await waitForIdle(page);
  const counts = await page.evaluate(() => {
    const map = (window as HanoiWindow).hanoiMap!;
    return ['coverage5g-fill', 'coverage4g-fill'].map((id) => map.queryRenderedFeatures({ layers: [id] }).length);
  });
  await s.screenshot('coverage-tiles');
  for (const [i, t] of toggles.entries()) if (!was[i]) await t.click();
  expect(counts[0], '5G coverage features from the engine').toBeGreaterThan(0);
  expect(counts[1], '4G coverage features from the engine').toBeGreaterThan(0);
  const analysis = page.locator('[data-testid="area-analysis"]');
  await expect.poll(() => analysis.isVisible(), { timeout: 30_000 }).toBe(true);
  const anyRow = await page.locator('[data-testid="coverage-row-any"]').innerText();
  expect(anyRow).toMatch(/Mọi nhà mạng\s+[\d,]+ %\s+[\d,]+ %/);
  expect(await analysis.innerText()).toContain(SAMPLE_VI);
  // The selected area's uncovered part comes back from the worker and is reported with its area.
  await expect.poll(() => page.locator('[data-testid="gap-area"]').isVisible(), { timeout: 30_000 }).toBe(true);
  expect(await page.locator('[data-testid="gap-area"]').innerText()).toMatch(/^[\d.,]+ km²$/);
  await s.screenshot('area-analysis');
});

test('the choropleth colours the chosen level from the analysis results', async () => {
  const { page } = s;
  await page.waitForFunction(
    () => (window as HanoiWindow & { hanoiAnalysisReady?: boolean }).hanoiAnalysisReady === true,
    null,
    { timeout: 180_000 },
  );
  const states = async (source: string) =>
    page.evaluate((src) => {
      const map = (window as HanoiWindow).hanoiMap!;
      return map
        .querySourceFeatures(src)
        .filter((f) => typeof map.getFeatureState({ source: src, id: f.id! }).pct === 'number').length;
    }, source);
  await jumpTo(page, CENTRE.center, 10);
  await waitForIdle(page);
  expect(await states('units2025'), 'units with a coverage state').toBeGreaterThan(10);
  await page.locator('[data-testid="level-select"]').selectOption('district2019');
  await waitForIdle(page);
  expect(await states('districts2019'), 'districts with a coverage state').toBeGreaterThan(3);
  expect(await states('units2025'), 'units keep no state once another level is chosen').toBe(0);
  await s.screenshot('choropleth-districts');
  await page.locator('[data-testid="level-select"]').selectOption('unit2025');
  await waitForIdle(page);
});

test('searching "hoan kiem" lands on Phường Hoàn Kiếm', async () => {
  const { page } = s;
  const input = page.locator('[data-testid="search-input"]');
  await input.fill('hoan kiem');
  await expect.poll(() => page.locator('[data-testid="search-option"]').count()).toBeGreaterThan(0);
  await input.press('ArrowDown');
  await input.press('Enter');
  await expect.poll(() => page.locator('[data-testid="feature-panel"] h2').innerText()).toBe('Phường Hoàn Kiếm');
  await waitForIdle(page);
  await s.screenshot('search-hoan-kiem');
});

test('the ranked table lists every 2025 unit and exports a CSV with a byte-order mark', async () => {
  const { page } = s;
  await page.waitForFunction(
    () => (window as HanoiWindow & { hanoiAnalysisReady?: boolean }).hanoiAnalysisReady === true,
    null,
    { timeout: 180_000 },
  );
  await page.locator('[data-testid="table-toggle"]').click();
  await expect.poll(() => page.locator('[data-testid="ranked-row"]').count()).toBe(126);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-testid="export-csv"]').click(),
  ]);
  const path = await download.path();
  const csv = readFileSync(path!, 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain('Phường Hoàn Kiếm');
  expect(csv.trim().split('\r\n')).toHaveLength(127);
  const [geo] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-testid="export-geojson"]').click(),
  ]);
  const fc = JSON.parse(readFileSync((await geo.path())!, 'utf8')) as {
    features: { properties: Record<string, unknown> }[];
  };
  expect(fc.features).toHaveLength(126);
  expect(typeof fc.features[0]!.properties['cov_5G_any_pct']).toBe('number');
  const [png] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="export-png"]').click()]);
  expect(
    readFileSync((await png.path())!)
      .subarray(1, 4)
      .toString(),
  ).toBe('PNG');
  await s.screenshot('ranked-table');
  await page.locator('[data-testid="table-toggle"]').click();
});

test('a Vietnamese unit label is drawn with the offline glyphs of U+1E00–U+1EFF', async () => {
  const { page } = s;
  await jumpTo(page, CENTRE.center, 13);
  const names = await page.evaluate(() =>
    ((window as HanoiWindow).hanoiMap?.queryRenderedFeatures({ layers: ['units2025-label'] }) ?? []).map((f) =>
      String(f.properties['name']),
    ),
  );
  await s.screenshot('labels');
  expect(names.filter((n) => VIETNAMESE_LETTERS.test(n)).length, `labels drawn: ${names.join(', ')}`).toBeGreaterThan(
    0,
  );
  const glyphs = s.responses.filter((r) => r.url.endsWith(VIETNAMESE_GLYPH_RANGE));
  expect(glyphs.length, `requests for …${VIETNAMESE_GLYPH_RANGE}`).toBeGreaterThan(0);
  expect(glyphs.map((r) => r.status)).toEqual(glyphs.map(() => 200));
});

test('the map canvas is drawn: many colours, much of it not background', async () => {
  const { page } = s;
  await jumpTo(page, CENTRE.center, CENTRE.zoom);
  const png = await s.screenshot('canvas', 'canvas.maplibregl-canvas');
  const stats = imageStats(decodePng(png));
  const seen = JSON.stringify(stats);
  expect(stats.distinctColours, `distinct colours (5 bits a channel): ${seen}`).toBeGreaterThanOrEqual(50);
  expect(stats.significantColours, `colours covering ≥ 0.1 % of the canvas each: ${seen}`).toBeGreaterThanOrEqual(8);
  expect(stats.nonBackgroundShare, `share of pixels not of the most common colour: ${seen}`).toBeGreaterThanOrEqual(
    0.25,
  );
});

const legend = () => s.page.locator('[data-testid="legend"]');

describe('interface text', () => {
  test('every visible sample layer is labelled "dữ liệu mẫu" in the layer panel and the legend', async () => {
    const { page } = s;
    const manifest = JSON.parse(readFileSync(join(inject('distDir'), 'data', 'manifest.json'), 'utf8')) as Manifest;
    // Coverage is computed from the sample sites, so it is sample data too.
    const sampleKeys = LAYER_KEYS.filter(
      (k) => MANIFEST_ID[k] === null || manifest.layers.find((l) => l.id === MANIFEST_ID[k])?.sample === true,
    );
    expect(sampleKeys.length, 'sample layers in manifest.json').toBeGreaterThan(0);
    const switchedOn: string[] = [];
    for (const key of sampleKeys) {
      const toggle = page.locator(`[data-testid="layer-toggle-${key}"]`);
      if (!(await toggle.isChecked())) {
        await toggle.click();
        switchedOn.push(key);
      }
    }
    await waitForIdle(page);
    await s.screenshot('sample-layers-on');
    for (const key of sampleKeys) {
      const label = page.locator('label', { has: page.locator(`[data-testid="layer-toggle-${key}"]`) });
      expect(await label.innerText(), `layer panel label of ${key}`).toContain(SAMPLE_VI);
      const name = (await label.locator('.layer-name').innerText()).trim();
      const lines = (await legend().innerText()).split('\n').filter((l) => l.includes(name));
      expect(lines.length, `legend lines naming "${name}" (${key})`).toBeGreaterThan(0);
      expect(
        lines.every((l) => l.includes(SAMPLE_VI)),
        `legend lines ${JSON.stringify(lines)}`,
      ).toBe(true);
    }
    for (const key of switchedOn) await page.locator(`[data-testid="layer-toggle-${key}"]`).click();
  });

  test('the language switch turns the interface to English and back', async () => {
    const { page } = s;
    const layersHeading = { vi: 'Lớp bản đồ', en: 'Map layers' };
    const body = () => page.locator('body').innerText();
    await expect.poll(body).toContain(layersHeading.vi);
    await switchLanguage('en');
    await expect.poll(body).toContain(layersHeading.en);
    expect(await body()).not.toContain(layersHeading.vi);
    expect(await legend().innerText()).toContain('sample data');
    expect(await legend().innerText()).not.toContain(SAMPLE_VI);
    await s.screenshot('english');
    await switchLanguage('vi');
    await expect.poll(body).toContain(layersHeading.vi);
    expect(await legend().innerText()).toContain(SAMPLE_VI);
  });
});

/** Picks `lang` with `[data-testid="lang-switch"]`, a `<select>` (option value or label) or a button that toggles. */
async function switchLanguage(lang: 'vi' | 'en'): Promise<void> {
  const control = s.page.locator('[data-testid="lang-switch"]');
  const tag = await control.evaluate((el) => el.tagName);
  if (tag === 'SELECT') {
    const values = await control
      .locator('option')
      .evaluateAll((os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, label: o.textContent ?? '' })));
    const pick = values.find(
      (o) => o.value.toLowerCase().startsWith(lang) || (lang === 'en' ? /english/i : /tiếng việt/i).test(o.label),
    );
    if (!pick) throw new Error(`lang-switch: no option for "${lang}" among ${JSON.stringify(values)}`);
    await control.selectOption(pick.value);
  } else {
    await control.click();
  }
}

describe('shareable links', () => {
  test('the URL follows the screen, and opening it restores level, language, view and selection', async () => {
    const { page } = s;
    await page.locator('[data-testid="level-select"]').selectOption('district2019');
    await jumpTo(page, [105.8523, 21.0285], 14);
    await waitForIdle(page);
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('level=district2019');
    const shared =
      inject('appUrl').replace(/#.*$/, '') +
      '#map=14.00/21.02850/105.85230&level=district2019&tech=5G&op=any&basis=area&sel=unit2025:00070&lang=en';
    // A fresh load of the link (a hash change alone would not reload the page).
    await page.goto('about:blank');
    await page.goto(shared);
    await waitForMapReady(page);
    expect(await page.locator('[data-testid="level-select"]').inputValue()).toBe('district2019');
    await expect
      .poll(() => page.locator('[data-testid="feature-panel"] h2').innerText(), { timeout: 30_000 })
      .toBe('Hoan Kiem Ward');
    const view = await page.evaluate(() => {
      const map = (window as HanoiWindow).hanoiMap!;
      return { zoom: map.getZoom(), ...map.getCenter() };
    });
    expect(view.zoom).toBeCloseTo(14, 1);
    expect(view.lat).toBeCloseTo(21.0285, 3);
    await s.screenshot('shared-link');
    // Put the session back: Vietnamese, 2025 units.
    await page.locator('[data-testid="lang-switch"]').selectOption('vi');
    await page.locator('[data-testid="level-select"]').selectOption('unit2025');
  });
});

describe('the whole session', () => {
  test('no request left the machine', () => {
    expect(s.external).toEqual([]);
  });

  test('no console error, page error or failed request', () => {
    expect(s.errors).toEqual([]);
  });
});
