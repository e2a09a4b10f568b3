/**
 * Time from navigation to map idle of the static public map (`npm run build:public` first), served from a
 * sub-path, in Debian's Chromium (software WebGL): `tsx scripts/bench/public.ts`. Five cold loads (a new browser
 * context each, so nothing is cached); prints one JSON line with each and the median.
 */
import fs from 'node:fs';
import path from 'node:path';
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../test/e2e/browser.js';
import { REPO_ROOT } from '../pipeline/options.js';

const dir = path.join(REPO_ROOT, 'dist-public');
if (!fs.existsSync(path.join(dir, 'index.html')))
  throw new Error(`${dir} has no built page: run \`npm run build:public\` first`);
const server = await preview({
  root: dir,
  build: { outDir: dir },
  preview: { port: 0, host: '127.0.0.1' },
  base: '/coverage/',
  logLevel: 'silent',
  configFile: false,
});
const url = server.resolvedUrls!.local[0]!;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
const runs: number[] = [];
try {
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const t0 = Date.now();
    await page.goto(url);
    // Idle once the areas are drawn: the first view is complete.
    await page.waitForFunction(
      () => {
        const m = (
          window as unknown as {
            hanoiMap?: {
              loaded(): boolean;
              getSource(id: string): unknown;
              querySourceFeatures(id: string): unknown[];
            };
          }
        ).hanoiMap;
        return !!m && m.loaded() && !!m.getSource('areas') && m.querySourceFeatures('areas').length > 0;
      },
      null,
      { timeout: 60_000, polling: 20 },
    );
    await page.evaluate(
      () =>
        new Promise<void>((ok) => {
          const m = (
            window as unknown as {
              hanoiMap: { once(e: string, f: () => void): void; triggerRepaint(): void; loaded(): boolean };
            }
          ).hanoiMap;
          if (m.loaded()) return ok();
          m.once('idle', () => ok());
        }),
    );
    runs.push(Date.now() - t0);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const sorted = [...runs].sort((a, b) => a - b);
console.log(JSON.stringify({ runsMs: runs, medianMs: sorted[2] }));
