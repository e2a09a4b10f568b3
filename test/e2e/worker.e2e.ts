/**
 * The worker boundary in the real app: when the analysis worker crashes, the pending requests settle, the crash
 * is shown, the worker restarts with the current state (here a placed candidate site), and later edits are
 * analysed again.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { openSession, type Session } from './browser.js';
import { waitForMapReady } from './map-page.js';

type SessionWindow = Window & {
  hanoiAnalysisReady?: boolean;
  hanoiSession?: { crashWorkerForTest(): Promise<void>; pendingRequests(): number };
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
