/**
 * The worker boundary in the real app: when the analysis worker crashes, the pending requests settle, the crash
 * is shown, the worker restarts with the current state (here a placed candidate site), and later edits are
 * analysed again. Without a stored area index, the worker builds it (on helper threads where the cores allow),
 * and the figures are those the stored index gives.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { ServiceResults } from '../../src/analysis/service-types.js';
import { analyseBuiltData, type Truth } from './analysis-truth.js';
import { openSession, type Session } from './browser.js';
import { waitForMapReady } from './map-page.js';

type SessionWindow = Window & {
  hanoiAnalysisReady?: boolean;
  hanoiSession?: {
    crashWorkerForTest(): Promise<void>;
    pendingRequests(): number;
    store: { getState(): { analysis: { results: ServiceResults | null } } };
  };
};

let s: Session;

beforeAll(async () => {
  s = await openSession('worker');
  await s.page.goto(inject('appUrl'));
  await waitForMapReady(s.page);
  await s.page.waitForFunction(() => (window as SessionWindow).hanoiAnalysisReady === true, null, {
    timeout: 180_000,
  });
});

afterAll(async () => {
  await s?.close();
});

test('a crashed worker is shown, restarted with the state, and answers again', async () => {
  await s.page.evaluate(() => (window as SessionWindow).hanoiSession!.crashWorkerForTest());
  // The crash is reported among the warnings, in the reader's language.
  await expect
    .poll(() => s.page.locator('[data-testid="data-warnings"]').textContent(), { timeout: 30_000 })
    .toContain('bộ phân tích đã dừng');
  // The new worker analyses the data again: the progress goes and the table has its figures.
  await expect.poll(() => s.page.locator('[data-testid="analysis-progress"]').count(), { timeout: 180_000 }).toBe(0);
  await expect.poll(() => s.page.evaluate(() => (window as SessionWindow).hanoiSession!.pendingRequests())).toBe(0);
  await expect(s.page.locator('[data-testid="analysis-error"]').count()).resolves.toBe(0);
});

describe('without a stored area index', () => {
  let t: Session;
  let truth: Truth;
  const warnings: string[] = [];

  beforeAll(async () => {
    truth = await analyseBuiltData(inject('distDir'));
    t = await openSession('worker-no-index');
    t.page.on('console', (m) => {
      if (m.type() === 'warning' && m.text().includes('area index')) warnings.push(m.text());
    });
    // The data as built before the stored index existed: the worker must build the index (on threads).
    await t.context.route('**/data/manifest.json', async (route) => {
      const response = await route.fetch();
      const manifest = (await response.json()) as { stored?: { index?: unknown } };
      delete manifest.stored?.index;
      await route.fulfill({ response, json: manifest });
    });
    await t.page.goto(inject('appUrl'));
    await t.page.waitForFunction(() => (window as SessionWindow).hanoiAnalysisReady === true, null, {
      timeout: 180_000,
    });
  });

  afterAll(async () => {
    await t?.close();
  });

  test('builds the index (on threads where the cores allow) and computes the figures the stored index gives', async () => {
    const results = await t.page.evaluate(
      () => (window as SessionWindow).hanoiSession!.store.getState().analysis.results,
    );
    // The analysis worker and a helper per core beyond two (src/worker/index-threads.ts).
    const cores = await t.page.evaluate(() => navigator.hardwareConcurrency);
    expect(results!.timings.indexThreads).toBe(1 + Math.min(3, Math.max(0, cores - 2)));
    expect(results!.timings.indexMs).toBeGreaterThan(0);
    // No share fell back to the analysis worker: any helper thread started and answered.
    expect(warnings).toEqual([]);
    const expected = truth.results.areas;
    expect(Object.keys(results!.areas).sort()).toEqual(Object.keys(expected).sort());
    for (const [key, area] of Object.entries(expected))
      expect(JSON.stringify(results!.areas[key]), key).toBe(JSON.stringify(area));
    expect(t.errors).toEqual([]);
  });

  test('the built helper thread answers a share in Chromium', async () => {
    // On a 2-core machine the app starts no helper (src/worker/index-threads.ts): its chunk is loaded here directly.
    const chunk = readdirSync(join(inject('distDir'), 'assets')).find((f) => /^index-part\.worker-.*\.js$/.test(f));
    expect(chunk).toBeDefined();
    const reply = await t.page.evaluate(async (file) => {
      const square = (w: number, s: number, e: number, n: number) => ({
        type: 'Polygon' as const,
        coordinates: [
          [
            [w, s],
            [e, s],
            [e, n],
            [w, n],
            [w, s],
          ],
        ],
      });
      const ward = square(105.8, 21.0, 105.83, 21.03);
      const w = new Worker(new URL(`assets/${file}`, location.href), { type: 'module' });
      const answer = new Promise<{ part?: { tiles: Map<number, unknown[]> }; error?: string }>((resolve, reject) => {
        w.onmessage = (e) => resolve(e.data);
        w.onerror = (e) => reject(new Error(e.message));
      });
      w.postMessage({
        areas: [
          { id: 'u', level: 'unit2025', geometry: square(105.79, 20.99, 105.84, 21.04) },
          { id: 'w', level: 'ward2019', geometry: ward },
        ],
        units: [{ id: 'w', population: 1000, geometry: ward }],
        tileM: 1000,
        shard: { index: 1, count: 2 },
      });
      const r = await answer;
      w.terminate();
      return { error: r.error ?? null, tiles: r.part?.tiles.size ?? 0 };
    }, chunk!);
    expect(reply.error).toBeNull();
    expect(reply.tiles).toBeGreaterThan(10);
  });
});
