import { describe, expect, it } from 'vitest';
import { frozenSlice } from '../../../test/support/frozen-store.js';
import type { IndicatorFile } from '../indicators.js';
import type { IndicatorTable } from '../../analysis/indicators.js';
import { createIndicatorSlice } from './indicators.js';

const createFile = (id: string, indicators: string[]): IndicatorFile => ({
  id,
  fileName: `${id}.csv`,
  loadedAt: '2026-11-26T00:00:00Z',
  values: indicators.map((indicator) => ({
    indicator,
    level: 'unit2025',
    layout: '2025',
    code: '00070',
    value: 1,
    unit: '%',
    date: '2025-12-31',
    source: 'test',
    derived: false,
  })),
  summary: { rows: indicators.length, accepted: indicators.length, rejected: 0, issues: [] },
});

describe('indicator slice', () => {
  it('indicatorFileAdded appends; the old list is unchanged', () => {
    const store = frozenSlice(createIndicatorSlice);
    store.getState().indicatorFilesRestored([createFile('a', ['fibre'])]);
    const one = store.getState();
    store.getState().indicatorFileAdded(createFile('b', ['iot']));
    expect(store.getState().indicatorFiles.map((f) => f.id)).toEqual(['a', 'b']);
    expect(one.indicatorFiles.map((f) => f.id)).toEqual(['a']);
  });

  it('removing the last file with the shown indicator goes back to coverage', () => {
    const store = frozenSlice(createIndicatorSlice);
    store.getState().indicatorFilesRestored([createFile('a', ['fibre']), createFile('b', ['fibre', 'iot'])]);
    store.getState().indicatorShown('iot');
    store.getState().indicatorFileRemoved('a');
    expect(store.getState().choroIndicator).toBe('iot');
    store.getState().indicatorFileRemoved('b');
    expect(store.getState()).toMatchObject({ indicatorFiles: [], choroIndicator: null });
  });

  it('indicatorTableArrived keeps the worker’s table', () => {
    const store = frozenSlice(createIndicatorSlice);
    const table: IndicatorTable = { summaries: [], figures: {} };
    store.getState().indicatorTableArrived(table);
    expect(store.getState().indicatorTable).toBe(table);
  });
});
