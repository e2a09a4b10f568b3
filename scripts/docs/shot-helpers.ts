/**
 * What the user guide's screenshot script (`scripts/docs/screenshots.ts`) needs besides the app's own steps:
 * the built apps served on 127.0.0.1 like a static host, a Vietnamese page of the guide's size opened through the
 * end-to-end harness (Debian's Chromium, software WebGL, every request off the machine aborted), PNGs written to
 * `docs/img/`, and the public map's screenshot.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import type { Locator, Page } from 'playwright-core';
import { openSession, type Session } from '../../test/e2e/browser.js';
import { waitForIdle, type HanoiWindow } from '../../test/e2e/map-page.js';
import { REPO_ROOT } from '../pipeline/options.js';

/** Where the guide's images go. */
export const IMG_DIR = join(REPO_ROOT, 'docs/img');

/** The page size of every screenshot, CSS pixels (one CSS pixel is one image pixel). */
export const GUIDE_VIEWPORT = { width: 1440, height: 900 } as const;

/** A rectangle of the page, CSS pixels from the viewport's top left. */
export type Clip = { x: number; y: number; width: number; height: number };

/** A built app served locally: its URL (ending in `/`) and how to stop the server. */
export type Served = { url: string; close: () => Promise<void> };

/**
 * Serves the built folder `dir` (`dist` or `dist-public`) under `subPath` (e.g. `/hanoi-coverage/`), like a plain
 * static host (a missing file is a 404), on a free port of 127.0.0.1.
 */
export async function serveBuilt(dir: string, subPath: string): Promise<Served> {
  const root = join(REPO_ROOT, dir);
  if (!existsSync(join(root, 'index.html')))
    throw new Error(`${root}/index.html not found: run \`npm run build && npm run build:public\` first`);
  const server: PreviewServer = await preview({
    root,
    configFile: false,
    appType: 'mpa',
    base: subPath,
    logLevel: 'silent',
    build: { outDir: root },
    preview: { host: '127.0.0.1', port: 0, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error(`could not serve ${root}`);
  return { url, close: () => server.close() };
}

/** Opens the harness' recorded Chromium page (locale vi-VN) at the guide's size; `name` labels its messages. */
export async function openGuidePage(name: string): Promise<Session> {
  const s = await openSession(`docs-${name}`);
  await s.page.setViewportSize(GUIDE_VIEWPORT);
  return s;
}

/**
 * pngquant's options: a palette of at most 256 colours where quality stays at least 70 (of 100), else the file is
 * left as Chromium wrote it (pngquant exits 99). The map's flat fills and the interface's text survive this well.
 */
const PNGQUANT_ARGS = ['--quality=70-95', '--speed=1', '--strip', '--force', '--ext', '.png'];

/**
 * Writes a PNG to `docs/img/<name>.png`, shrunk by pngquant (Debian's `pngquant`) when it is installed, and
 * prints its size. A screenshot of the map at city zoom is about 650 KiB as Chromium writes it, 220 KiB after.
 */
export function writePng(name: string, png: Buffer): void {
  mkdirSync(IMG_DIR, { recursive: true });
  const file = join(IMG_DIR, `${name}.png`);
  writeFileSync(file, png);
  const q = spawnSync('pngquant', [...PNGQUANT_ARGS, file], { stdio: 'ignore' });
  const how = q.error
    ? 'pngquant not installed, kept as is'
    : q.status === 0
      ? 'pngquant'
      : `kept (pngquant ${q.status})`;
  console.log(`[docs] ${file}: ${Math.round(statSync(file).size / 1024)} KiB (${how})`);
}

/** Saves the page, or the rectangle `clip` of it, as `docs/img/<name>.png`. */
export async function savePage(page: Page, name: string, clip?: Clip): Promise<void> {
  writePng(name, await page.screenshot(clip ? { clip } : {}));
}

/** Saves one element as it appears on the page (scrolled into view), as `docs/img/<name>.png`. */
export async function saveElement(locator: Locator, name: string): Promise<void> {
  writePng(name, await locator.screenshot());
}

/**
 * The union of the boxes of `locators` on the page, grown by `margin` px and kept inside the viewport: a clip
 * that shows a control together with what it changed.
 */
export async function clipAround(locators: Locator[], margin = 8): Promise<Clip> {
  const boxes = [];
  for (const l of locators) {
    const b = await l.boundingBox();
    if (b) boxes.push(b);
  }
  if (boxes.length === 0) throw new Error('clipAround: none of the elements is visible');
  const x0 = Math.max(0, Math.min(...boxes.map((b) => b.x)) - margin);
  const y0 = Math.max(0, Math.min(...boxes.map((b) => b.y)) - margin);
  const x1 = Math.min(GUIDE_VIEWPORT.width, Math.max(...boxes.map((b) => b.x + b.width)) + margin);
  const y1 = Math.min(GUIDE_VIEWPORT.height, Math.max(...boxes.map((b) => b.y + b.height)) + margin);
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** Waits until the worker has no analysis running (the status bar's progress line is gone), then for map idle. */
export async function settle(page: Page, timeoutMs = 180_000): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[data-testid="analysis-progress"]') === null, null, {
    timeout: timeoutMs,
  });
  await waitForIdle(page);
}

/** Throws, naming every problem, if the page reported an error or tried to leave the machine. */
export function assertClean(s: Session): void {
  const problems = [...s.errors, ...s.external.map((u) => `request off the machine: ${u}`)];
  if (problems.length > 0) throw new Error(`the page reported problems:\n${problems.join('\n')}`);
}

/** The public map (`dist-public/`) as it opens, saved as `ban-do-cong-khai`. */
export async function shootPublicMap(): Promise<void> {
  const served = await serveBuilt('dist-public', '/coverage/');
  const s = await openGuidePage('public');
  try {
    await s.page.goto(served.url);
    await s.page.waitForFunction(
      () => {
        const m = (window as HanoiWindow).hanoiMap;
        return !!m && m.loaded() && !!m.getSource('areas') && m.querySourceFeatures('areas').length > 0;
      },
      null,
      { timeout: 120_000 },
    );
    await waitForIdle(s.page);
    await savePage(s.page, 'ban-do-cong-khai');
    assertClean(s);
  } finally {
    await s.close();
    await served.close();
  }
}
