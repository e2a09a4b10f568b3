/**
 * Helpers of the public map's end-to-end tests (`public.e2e.ts`) and benchmark (`scripts/bench/public.ts`): the
 * built folder, a static server under a sub-path, a recorded page that waits until the areas are drawn, and the
 * map's view against the URL's.
 */
import { resolve } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import type { Page } from 'playwright-core';
import { openSession, type Session } from './browser.js';
import type { HanoiWindow } from './map-page.js';

/** Where `npm run build:public` writes the page; `E2E_PUBLIC_DIR` serves another folder (parallel work). */
export const PUBLIC_DIR = resolve(process.env['E2E_PUBLIC_DIR'] ?? resolve(import.meta.dirname, '../../dist-public'));

/** Waits until the map has loaded and drawn areas (up to 60 s). */
export async function waitForAreas(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const m = (window as HanoiWindow).hanoiMap;
      return !!m && m.loaded() && !!m.getSource('areas') && m.querySourceFeatures('areas').length > 0;
    },
    null,
    { timeout: 60_000, polling: 20 },
  );
}

/** Serves `dir` under `/coverage/` on a free port. */
export async function serve(dir: string): Promise<{ server: PreviewServer; url: string }> {
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
export async function open(name: string, address: string): Promise<Session & { csp: string[]; dialogs: string[] }> {
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
  await waitForAreas(s.page);
  return Object.assign(s, { csp, dialogs });
}

/** The map's view (zoom, centre in degrees) once it stands still, and the view the URL's `map=` holds. */
export async function views(page: Page): Promise<{ map: number[] | null; url: number[] | null }> {
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
export const urlFollows = ({ map, url }: { map: number[] | null; url: number[] | null }): boolean =>
  !!map &&
  !!url &&
  Math.abs(map[0]! - url[0]!) <= 0.005 + 1e-9 &&
  [1, 2].every((i) => Math.abs(map[i]! - url[i]!) <= 5e-6 + 1e-9);
