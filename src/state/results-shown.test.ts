import { describe, expect, it } from 'vitest';
import type { ServiceResults } from '../analysis/service-types.js';
import type { AreaResult } from '../analysis/engine/types.js';
import { createAppStore } from './store.js';
import { levelHasResults } from './results-shown.js';

/** Results holding only the named area keys (the figures themselves do not matter here). */
const createResults = (...keys: string[]): ServiceResults =>
  ({ areas: Object.fromEntries(keys.map((k) => [k, {} as AreaResult])) }) as unknown as ServiceResults;

describe('levelHasResults', () => {
  it('is false without results', () => {
    expect(levelHasResults(null, 'unit2025')).toBe(false);
  });

  it('is true for a level with areas in the results', () => {
    expect(levelHasResults(createResults('unit2025|00004', 'district2019|001'), 'district2019')).toBe(true);
  });

  it('is false for a grid not analysed yet', () => {
    expect(levelHasResults(createResults('unit2025|00004'), 'h3r9')).toBe(false);
  });

  it('does not take one level for another whose name it starts with', () => {
    expect(levelHasResults(createResults('h3r8|8841aa1c8dfffff'), 'h3r9')).toBe(false);
  });

  it('is true while the worker computes over stored figures (the legend must not say "no result")', () => {
    const store = createAppStore(null);
    store.getState().analysisStarted('start');
    store.getState().storedResultsShown(createResults('unit2025|00004'));
    const s = store.getState();
    expect(s.analysis.status).toBe('computing');
    expect(levelHasResults(s.analysis.results, s.level)).toBe(true);
  });
});
