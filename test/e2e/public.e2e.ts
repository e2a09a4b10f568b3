/**
 * End-to-end tests of the static public map (`npm run build:public`), served from the sub-path `/coverage/`
 * by a static server: nothing leaves the machine and no Content-Security-Policy violation fires; the targets
 * and an area's figures equal the analysis run in Node; embed mode shows the map and legend only; a name
 * made of markup shows as text; the size budgets hold (`test/output/public-*.png`).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { preview, type PreviewServer } from 'vite';
import type { Page } from 'playwright-core';
import { openSession, type Session } from './browser.js';
import type { HanoiWindow } from './map-page.js';
import { analyseBuiltData, numberVi, percentVi, type Truth } from './analysis-truth.js';
import { PUBLIC_BUDGETS, publicSizes } from '../../scripts/public/budgets.js';
import type { AreasIndex } from '../../src/domain/public-data.js';

const PUBLIC_DIR = resolve(import.meta.dirname, '../../dist-public');
const MARKUP = '<img src=x onerror=alert(1)>';

let truth: Truth;
let server: PreviewServer;
let url: string;

/** Serves `dir` under `/coverage/` on a free port. */
async function serve(dir: string): Promise<{ server: PreviewServer; url: string }> {
  const s = await preview({
    root: dir,
    build: { outDir: dir },
    preview: { port: 0, host: '127.0.0.1' },
    base: '/coverage/',
    logLevel: 'silent',
    configFile: false,
  });
  return { server: s, url: s.resolvedUrls!.local[0]! };
}

/** Opens a page that records CSP violations and alert dialogs, and waits until the areas are drawn. */
async function open(name: string, address: string): Promise<Session & { csp: string[]; dialogs: string[] }> {
  const s = await openSession(name);
  const csp: string[] = [];
  const dialogs: string[] = [];
  await s.page.exposeFunction('reportCsp', (m: string) => csp.push(m));
  await s.page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportCsp: (m: string) => void }).reportCsp(`${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  s.page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await s.page.goto(address);
  await s.page.waitForFunction(
    () => {
      const m = (window as HanoiWindow).hanoiMap;
      return !!m && m.loaded() && !!m.getSource('areas') && m.querySourceFeatures('areas').length > 0;
    },
    null,
    { timeout: 60_000 },
  );
  return Object.assign(s, { csp, dialogs });
}

/** The map's view (zoom, centre in degrees) once it stands still, and the view the URL's `map=` holds. */
async function views(page: Page): Promise<{ map: number[] | null; url: number[] | null }> {
  return page.evaluate(() => {
    const m = (window as HanoiWindow).hanoiMap!;
    const c = m.getCenter();
    const u = /map=([\d.]+)\/(-?[\d.]+)\/(-?[\d.]+)/.exec(location.hash);
    return {
      map: m.isMoving() ? null : [m.getZoom(), c.lat, c.lng],
      url: u ? [1, 2, 3].map((i) => Number(u[i])) : null,
    };
  });
}

/** Whether the URL's `map=` is the map's view as `formatUrlState` rounds it (0.01 zoom, 1e-5°). */
const urlFollows = ({ map, url }: { map: number[] | null; url: number[] | null }): boolean =>
  !!map &&
  !!url &&
  Math.abs(map[0]! - url[0]!) <= 0.005 + 1e-9 &&
  [1, 2].every((i) => Math.abs(map[i]! - url[i]!) <= 5e-6 + 1e-9);

beforeAll(async () => {
  if (!existsSync(join(PUBLIC_DIR, 'index.html')))
    throw new Error(`${PUBLIC_DIR} is missing: run \`npm run build:public\` first`);
  truth = await analyseBuiltData(inject('distDir'));
  ({ server, url } = await serve(PUBLIC_DIR));
});

afterAll(async () => {
  await server?.close();
});

describe('the public map', () => {
  test('loads from a sub-path with no request leaving the machine and no CSP violation; the targets equal the analysis', async () => {
    const s = await open('public', url);
    try {
      const { page } = s;
      const zones = await page.locator('[data-testid="target-zones"] dd strong').innerText();
      expect(zones).toBe(`${truth.results.zones.filter((z) => z.pass).length} / ${truth.results.zones.length}`);
      const pop = await page.locator('[data-testid="target-population"] dd strong').innerText();
      expect(pop).toBe(`${numberVi(Math.round(truth.results.population.value * 100) / 100, 1)} %`);
      expect(await page.locator('[data-testid="target-zones"]').innerText()).toContain('dữ liệu mẫu');
      await expect.poll(async () => urlFollows(await views(page))).toBe(true);
      const before = (await views(page)).url;
      // An area's figure, found by search, equals the analysis.
      const input = page.locator('[data-testid="search-input"]');
      await input.fill('hoan kiem');
      await input.press('ArrowDown');
      await input.press('Enter');
      await expect.poll(() => page.locator('[data-testid="pub-area"] h2').innerText()).toBe('Phường Hoàn Kiếm');
      const r = truth.results.areas['unit2025|00070']!;
      expect(await page.locator('[data-testid="pub-area-5g"]').innerText()).toBe(
        percentVi(Math.round(r.coverage['5G'].any.percent * 100) / 100),
      );
      expect(await page.locator('[data-testid="pub-table"] tbody tr').count()).toBe(126);
      await expect.poll(() => page.evaluate(() => location.hash)).toContain('sel=unit2025:00070');
      // The search pick's fit moved the map, and the URL's view followed it.
      await expect.poll(async () => urlFollows(await views(page))).toBe(true);
      expect((await views(page)).url).not.toEqual(before);
      await s.screenshot('loaded');
      // Where 5G reaches, read by bounding box when switched on.
      await page.locator('[data-testid="overlay-coverage-5g"]').check();
      await expect
        .poll(
          () =>
            page.evaluate(
              () => (window as HanoiWindow).hanoiMap!.queryRenderedFeatures({ layers: ['coverage-5g-fill'] }).length,
            ),
          { timeout: 30_000 },
        )
        .toBeGreaterThan(0);
      expect(s.requests.some((r) => r.endsWith('/coverage/data/coverage-5g.fgb'))).toBe(true);
      await s.screenshot('coverage-5g');
      expect(s.external).toEqual([]);
      expect(s.csp).toEqual([]);
      expect(s.errors).toEqual([]);
      // The page has a CSP of its own origin only, and no inline script.
      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(policy).toContain("script-src 'self'");
      expect(await page.locator('script:not([src])').count()).toBe(0);
    } finally {
      await s.close();
    }
  });

  test('a shared link opens the same view, level, language and selection; the link follows pans and zooms', async () => {
    const s = await open(
      'public-link',
      `${url}#map=12.00/21.02850/105.85230&level=district2019&tech=4G&op=viettel&basis=area&sel=district2019:002&lang=en`,
    );
    let moved: Awaited<ReturnType<typeof open>> | null = null;
    try {
      await expect.poll(() => s.page.locator('[data-testid="pub-area"] h2').innerText()).toBe('Hoan Kiem District');
      expect(await s.page.locator('[data-testid="level-select"]').inputValue()).toBe('districts');
      expect(await s.page.locator('[data-testid="choro-op"]').inputValue()).toBe('viettel');
      expect(await s.page.locator('[data-testid="pub-table"] tbody tr').count()).toBe(30);
      const opened = (await views(s.page)).map!;
      expect(Math.abs(opened[0]! - 12)).toBeLessThan(1e-4);
      expect(Math.abs(opened[1]! - 21.0285)).toBeLessThan(1e-4);
      expect(Math.abs(opened[2]! - 105.8523)).toBeLessThan(1e-4);
      // Pan and zoom: the URL's map= follows (replaced, not pushed), and the choices stay in the link.
      const historyLength = await s.page.evaluate(() => history.length);
      await s.page.evaluate(() => (window as HanoiWindow).hanoiMap!.jumpTo({ center: [105.8, 21.04], zoom: 13.25 }));
      await expect.poll(() => s.page.evaluate(() => location.hash)).toContain('map=13.25/21.04000/105.80000');
      const link = await s.page.evaluate(() => location.href);
      expect(link).toContain('level=district2019&tech=4G&op=viettel&basis=area&sel=district2019:002&lang=en');
      expect(await s.page.evaluate(() => history.length)).toBe(historyLength);
      // That link, opened in a new page, gives the same centre and zoom.
      moved = await open('public-link-moved', link);
      const page = moved.page;
      await expect.poll(() => page.locator('[data-testid="pub-area"] h2').innerText()).toBe('Hoan Kiem District');
      const [zoom, lat, lng] = (await views(page)).map!;
      expect(Math.abs(zoom! - 13.25)).toBeLessThan(1e-4);
      expect(Math.abs(lat! - 21.04)).toBeLessThan(1e-4);
      expect(Math.abs(lng! - 105.8)).toBeLessThan(1e-4);
      expect(await page.evaluate(() => location.hash)).toContain('map=13.25/21.04000/105.80000');
    } finally {
      await moved?.close();
      await s.close();
    }
  });

  test('embed mode shows the map and legend only', async () => {
    const s = await open('public-embed', `${url}?embed=1`);
    try {
      expect(await s.page.locator('[data-testid="pub-side"]').count()).toBe(0);
      expect(await s.page.locator('.pub-header').count()).toBe(0);
      expect(await s.page.locator('[data-testid="pub-legend"]').isVisible()).toBe(true);
      await s.screenshot('embed');
      expect(s.csp).toEqual([]);
    } finally {
      await s.close();
    }
  });

  test('an area named with markup shows that markup as text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'public-xss-'));
    cpSync(PUBLIC_DIR, dir, { recursive: true });
    const file = join(dir, 'data/areas.json');
    const index = JSON.parse(readFileSync(file, 'utf8')) as AreasIndex;
    Object.assign(index.units[0]!, { name: MARKUP, fullName: MARKUP, nameEn: MARKUP });
    Object.assign(index.zones[0]!, { name: MARKUP, fullName: MARKUP, nameEn: MARKUP });
    writeFileSync(file, JSON.stringify(index));
    const served = await serve(dir);
    const s = await open('public-xss', served.url);
    try {
      const { page } = s;
      const input = page.locator('[data-testid="search-input"]');
      await input.fill('img src');
      await expect.poll(() => page.locator('[data-testid="search-option"]').count()).toBeGreaterThan(0);
      expect(await page.locator('[data-testid="search-option"]').first().innerText()).toContain(MARKUP);
      await input.press('ArrowDown');
      await input.press('Enter');
      await expect.poll(() => page.locator('[data-testid="pub-area"] h2').innerText()).toBe(MARKUP);
      expect(await page.locator('[data-testid="pub-table"]').innerText()).toContain(MARKUP);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(s.dialogs).toEqual([]);
      expect(s.csp).toEqual([]);
      await s.screenshot('markup-as-text');
    } finally {
      await s.close();
      await served.server.close();
    }
  });

  test('size budgets: first-view data within 500 KiB gzip; JavaScript beyond MapLibre within its share of 350 KiB', () => {
    const sizes = publicSizes(PUBLIC_DIR, gzipSync);
    const maplibre = ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs'].reduce(
      (n, f) =>
        n + gzipSync(readFileSync(resolve(import.meta.dirname, '../../node_modules/maplibre-gl/dist', f))).length,
      0,
    );
    console.log(
      `public map: JavaScript ${(sizes.jsGzip / 1024).toFixed(0)} KiB gzip (MapLibre GL 6's own main and worker bundles ${(maplibre / 1024).toFixed(0)} KiB); first-view data ${(sizes.firstViewDataGzip / 1024).toFixed(0)} KiB gzip`,
    );
    expect(sizes.firstViewDataGzip).toBeLessThanOrEqual(PUBLIC_BUDGETS.firstViewDataGzipKiB * 1024);
    // The budget assumed MapLibre at about 230 KiB; what the page adds to MapLibre must stay within the rest.
    expect(sizes.jsGzip - maplibre).toBeLessThanOrEqual((PUBLIC_BUDGETS.jsGzipKiB - 230) * 1024);
  });
});
