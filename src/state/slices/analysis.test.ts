import { describe, expect, it } from 'vitest';
import { frozenSlice } from '../../../test/support/frozen-store.js';
import { createArea, createPopulation, createResults, createZone } from '../../../test/support/results.js';
import { createAnalysisSlice, INITIAL_ANALYSIS } from './analysis.js';

/** A store whose analysis is ready with two units, 10 % and 20 % covered. */
function createReadyStore() {
  const store = frozenSlice(createAnalysisSlice);
  store.getState().resultsArrived(createResults([createArea('unit2025', 'a', 10), createArea('unit2025', 'b', 20)]));
  return store;
}

describe('analysis slice', () => {
  it('starts idle without results', () => {
    expect(frozenSlice(createAnalysisSlice).getState().analysis).toEqual(INITIAL_ANALYSIS);
  });

  it('analysisStarted, then resultsArrived: computing a stage, then ready with the results and nothing patched', () => {
    const store = frozenSlice(createAnalysisSlice);
    store.getState().analysisStarted('index');
    expect(store.getState().analysis).toMatchObject({ status: 'computing', stage: 'index' });
    const results = createResults([]);
    store.getState().resultsArrived(results);
    expect(store.getState().analysis).toMatchObject({ status: 'ready', stage: null, results, patched: null });
  });

  it("storedResultsShown shows the stored figures while the worker computes, and the worker's replace them", () => {
    const store = frozenSlice(createAnalysisSlice);
    store.getState().analysisStarted('start');
    const stored = createResults([createArea('unit2025', 'a', 10)]);
    store.getState().storedResultsShown(stored);
    expect(store.getState().analysis).toMatchObject({ status: 'computing', results: stored, origin: 'stored' });
    const computed = createResults([createArea('unit2025', 'a', 12)]);
    store.getState().resultsArrived(computed);
    expect(store.getState().analysis).toMatchObject({ status: 'ready', results: computed, origin: 'computed' });
  });

  it('storedResultsShown changes nothing once the worker has answered', () => {
    const store = createReadyStore();
    const before = store.getState().analysis;
    store.getState().storedResultsShown(createResults([]));
    expect(store.getState().analysis).toBe(before);
  });

  it('resultsPatched builds new results with the changed areas and city figures; the old results are untouched', () => {
    const store = createReadyStore();
    const before = store.getState().analysis;
    store.getState().resultsPatched({
      areas: { 'unit2025|b': createArea('unit2025', 'b', 80) },
      city: createArea('city', 'city', 60),
      zones: [createZone('Z1', 100)],
      population: createPopulation(60),
    });
    const after = store.getState().analysis;
    expect(after.patched).toEqual(['unit2025|b']);
    expect(after.results!.areas['unit2025|b']!.coverage['5G'].any.percent).toBe(80);
    expect(after.results!.areas['unit2025|a']).toBe(before.results!.areas['unit2025|a']);
    expect(after.results!.city.coverage['5G'].any.percent).toBe(60);
    expect(after.results!.zones.map((z) => z.pass)).toEqual([true]);
    expect(after.results!.timings).toBe(before.results!.timings);
    expect(after.results).not.toBe(before.results);
    expect(after.results!.areas).not.toBe(before.results!.areas);
    expect(before.results!.areas['unit2025|b']!.coverage['5G'].any.percent).toBe(20);
    expect(before.results!.city.coverage['5G'].any.percent).toBe(50);
    expect(before.patched).toBeNull();
  });

  it('resultsPatched and gridAdded change nothing before the first results', () => {
    const store = frozenSlice(createAnalysisSlice);
    const idle = store.getState();
    store.getState().gridAdded('h3r8', { 'h3r8|x': createArea('h3r8', 'x', 5) }, 12);
    store.getState().resultsPatched({
      areas: {},
      city: createArea('city', 'city', 1),
      zones: [],
      population: createPopulation(1),
    });
    expect(store.getState()).toBe(idle);
  });

  it('gridAdded joins a grid level’s cells and time (ms) to new results, and clears `patched`', () => {
    const store = createReadyStore();
    store.getState().resultsPatched({
      areas: { 'unit2025|a': createArea('unit2025', 'a', 11) },
      city: createArea('city', 'city', 50),
      zones: [],
      population: createPopulation(50),
    });
    const patched = store.getState().analysis;
    store.getState().gridAdded('h3r9', { 'h3r9|c1': createArea('h3r9', 'c1', 30) }, 420);
    const a = store.getState().analysis;
    expect(Object.keys(a.results!.areas).sort()).toEqual(['h3r9|c1', 'unit2025|a', 'unit2025|b']);
    expect(a.results!.timings).toEqual({ totalMs: 1, h3r9Ms: 420 });
    expect(a).toMatchObject({ status: 'ready', stage: null, patched: null });
    expect(Object.keys(patched.results!.areas)).toHaveLength(2);
  });

  it('analysisFailed shows the message; gapShown keeps the drawn gap', () => {
    const store = createReadyStore();
    store.getState().analysisStarted('asOf');
    store.getState().analysisFailed('plan: id plan-1 is taken by a base site');
    expect(store.getState().analysis).toMatchObject({
      status: 'error',
      stage: null,
      error: 'plan: id plan-1 is taken by a base site',
    });
    store.getState().gapShown({ key: 'unit2025|a|5G|any', areaKm2: 0.07 });
    expect(store.getState().analysis.gap).toEqual({ key: 'unit2025|a|5G|any', areaKm2: 0.07 });
    store.getState().gapShown(null);
    expect(store.getState().analysis.gap).toBeNull();
  });
});
