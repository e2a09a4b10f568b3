import { describe, expect, it } from 'vitest';
import { frozenSlice } from '../../../test/support/frozen-store.js';
import { createResults } from '../../../test/support/results.js';
import { yearEnd } from '../compare.js';
import { createCompareSlice } from './compare.js';

describe('compare slice', () => {
  it('comparisonStarted sets the target and drops the figures of an earlier one', () => {
    const store = frozenSlice(createCompareSlice);
    store.getState().comparisonStarted(yearEnd(2023));
    store.getState().comparisonArrived(yearEnd(2023), createResults([]));
    const compared = store.getState();
    store.getState().comparisonStarted({ kind: 'source', source: 'sample' });
    expect(store.getState()).toMatchObject({ compareWith: { kind: 'source', source: 'sample' }, compareResults: null });
    expect(compared.compareWith).toEqual({ kind: 'year-end', date: '2023-12-31' });
    expect(compared.compareResults).not.toBeNull();
  });

  it('comparisonArrived keeps figures only for the target still chosen (an equal object counts)', () => {
    const store = frozenSlice(createCompareSlice);
    store.getState().comparisonStarted(yearEnd(2022));
    const waiting = store.getState();
    store.getState().comparisonArrived(yearEnd(2021), createResults([]));
    expect(store.getState()).toBe(waiting);
    const results = createResults([]);
    store.getState().comparisonArrived({ kind: 'year-end', date: '2022-12-31' }, results);
    expect(store.getState().compareResults).toBe(results);
  });

  it('comparisonArrived after comparisonStopped is ignored', () => {
    const store = frozenSlice(createCompareSlice);
    store.getState().comparisonStarted(yearEnd(2022));
    store.getState().comparisonStopped();
    store.getState().comparisonArrived(yearEnd(2022), createResults([]));
    expect(store.getState()).toMatchObject({ compareWith: null, compareResults: null });
  });
});
