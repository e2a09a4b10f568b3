import { describe, expect, it } from 'vitest';
import { createAppStore, type AppState, type AppStore } from '../state/store.js';
import { yearEnd } from '../state/compare.js';
import { createArea, createResults } from '../../test/support/results.js';
import { ParamsRefresh } from './params-refresh.js';
import { PARAMS_STAGE } from './params-sync.js';

/**
 * A store with first figures in, a refresh watching it (deferred work run by `flush`), and a log of what the refresh
 * did: `plan` for each resend, `compare:<date>` for each comparison started.
 */
function createWatched(): { store: AppStore; log: string[]; flush: () => void } {
  const store = createAppStore();
  store.getState().resultsArrived(createResults([createArea('unit2025', 'a', 40)]));
  const log: string[] = [];
  const queued: (() => void)[] = [];
  const refresh = new ParamsRefresh(
    () => store.getState(),
    { resendPlan: () => log.push('plan') },
    (f) => queued.push(f),
  );
  store.subscribe((s: AppState, prev: AppState) => {
    if (s.compareWith && s.compareWith !== prev.compareWith && s.compareWith.kind === 'year-end')
      log.push(`compare:${s.compareWith.date}`);
    refresh.apply(s, prev);
  });
  return { store, log, flush: () => queued.splice(0).forEach((f) => f()) };
}

/** The session's steps for new parameters: the stage shown, then the figures computed under them. */
function newParamsFigures(store: AppStore, percent = 30): void {
  store.getState().analysisStarted(PARAMS_STAGE);
  store.getState().resultsArrived(createResults([createArea('unit2025', 'a', percent)]));
}

describe('ParamsRefresh', () => {
  it('starts the comparison in use again once the figures under new parameters are in, dropping its old figures', () => {
    const { store, log, flush } = createWatched();
    store.getState().comparisonStarted(yearEnd(2024));
    store.getState().comparisonArrived(yearEnd(2024), createResults([createArea('unit2025', 'a', 10)]));
    log.length = 0;
    newParamsFigures(store);
    expect(log).toEqual([]);
    flush();
    expect(log).toEqual(['compare:2024-12-31']);
    expect(store.getState().compareWith).toEqual(yearEnd(2024));
    expect(store.getState().compareResults).toBeNull();
  });

  it('sends the plan again once the figures under new parameters are in', () => {
    const { store, log, flush } = createWatched();
    store.getState().sitePlaced(105.85, 21.03);
    newParamsFigures(store);
    flush();
    expect(log).toEqual(['plan']);
  });

  it('does nothing without a comparison or a plan', () => {
    const { store, log, flush } = createWatched();
    newParamsFigures(store);
    flush();
    expect(log).toEqual([]);
  });

  it('does nothing for figures of another stage (a new date)', () => {
    const { store, log, flush } = createWatched();
    store.getState().sitePlaced(105.85, 21.03);
    store.getState().analysisStarted('as-of');
    store.getState().resultsArrived(createResults([createArea('unit2025', 'a', 20)]));
    flush();
    expect(log).toEqual([]);
  });

  it('does nothing when refused parameters put the same figures back', () => {
    const { store, log, flush } = createWatched();
    store.getState().sitePlaced(105.85, 21.03);
    store.getState().analysisStarted(PARAMS_STAGE);
    store.getState().resultsArrived(store.getState().analysis.results!);
    flush();
    expect(log).toEqual([]);
  });
});

describe('ParamsRefresh, deferring as the browser does', () => {
  it('defers with the global queueMicrotask called as a plain function (a browser throws for any other `this`)', async () => {
    const real = globalThis.queueMicrotask;
    // Chromium's queueMicrotask throws "Illegal invocation" unless its `this` is the window (or nothing).
    globalThis.queueMicrotask = function (this: unknown, f: () => void) {
      if (this !== undefined && this !== globalThis) throw new TypeError('Illegal invocation');
      real(f);
    };
    try {
      const store = createAppStore();
      store.getState().resultsArrived(createResults([createArea('unit2025', 'a', 40)]));
      const log: string[] = [];
      const refresh = new ParamsRefresh(() => store.getState(), { resendPlan: () => log.push('plan') });
      store.subscribe((s: AppState, prev: AppState) => refresh.apply(s, prev));
      store.getState().sitePlaced(105.85, 21.03);
      expect(() => newParamsFigures(store)).not.toThrow();
      await new Promise((r) => setTimeout(r, 0));
      expect(log).toEqual(['plan']);
    } finally {
      globalThis.queueMicrotask = real;
    }
  });
});
