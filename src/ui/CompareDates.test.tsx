// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { CompareDates, compareLabel } from './CompareDates.js';
import { createAppStore, type AppStore } from '../state/store.js';
import { StoreContext } from '../state/use-app-store.js';
import { yearEnd } from '../state/compare.js';
import { createArea, createResults } from '../../test/support/results.js';
import { PARAMS_STAGE } from '../session/params-sync.js';

afterEach(cleanup);

describe('compareLabel', () => {
  const t = (key: string) => key;
  it('writes the date in each language’s format', () => {
    expect(compareLabel(yearEnd(2024), t, 'vi')).toBe('31/12/2024');
    expect(compareLabel(yearEnd(2024), t, 'en')).toBe('2024-12-31');
  });

  it('the date choices follow the language', () => {
    const store = renderCompared();
    act(() => store.setState({ lang: 'en' }));
    const options = [...screen.getByTestId('compare-with').querySelectorAll('option')].map((o) => o.textContent);
    expect(options).toContain('2024-12-31');
    expect(options).not.toContain('31/12/2024');
  });
});

/** The comparison with 2024's end shown: area `a` at 40 % now and 10 % then. */
function renderCompared(): AppStore {
  const store = createAppStore(null);
  store.getState().resultsArrived(createResults([createArea('unit2025', 'a', 40)]));
  store.getState().comparisonStarted(yearEnd(2024));
  store.getState().comparisonArrived(yearEnd(2024), createResults([createArea('unit2025', 'a', 10)]));
  render(
    <StoreContext.Provider value={store}>
      <CompareDates thisYear={2026} />
    </StoreContext.Provider>,
  );
  return store;
}

describe('CompareDates after new model parameters', () => {
  it('lists the changes with no note while nothing is computed', () => {
    renderCompared();
    expect(screen.getByTestId('compare-most').textContent).toContain('+30');
    expect(screen.queryByTestId('compare-stale')).toBeNull();
  });

  it('says the comparison was computed with the earlier parameters while new ones are computed', () => {
    const store = renderCompared();
    act(() => store.getState().analysisStarted(PARAMS_STAGE));
    expect(screen.getByTestId('compare-stale').textContent).toBe(
      'Số liệu so sánh được tính với tham số mô hình trước đó; chọn lại ngày so sánh để tính lại.',
    );
    expect(screen.getByTestId('compare-lists').className).toBe('compare-lists stale');
  });

  it('says nothing of parameters while another stage (a new date) is computed', () => {
    const store = renderCompared();
    act(() => store.getState().analysisStarted('as-of'));
    expect(screen.queryByTestId('compare-stale')).toBeNull();
  });
});
