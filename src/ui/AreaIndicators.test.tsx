// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { AreaIndicators } from './AreaIndicators.js';
import { createAppStore } from '../state/store.js';
import { StoreContext } from '../state/use-app-store.js';
import type { IndicatorFigure, IndicatorTable } from '../analysis/indicator-types.js';
import type { Lang } from '../domain/lang.js';

afterEach(cleanup);

/** A table with one loaded figure, 42 % dated 2025-06-30, for area `unit2025|00070`. */
function createTable(): IndicatorTable {
  const figure: IndicatorFigure = { value: 42, from: 'loaded', derived: false, date: '2025-06-30', basisShare: 1 };
  return {
    summaries: [
      {
        id: 'fibre',
        unit: '%',
        kind: 'percent',
        known: null,
        sources: ['a.csv'],
        dates: ['2025-06-30', '2025-06-30'],
        city: null,
        target: null,
        pass: null,
        counts: { unit2025: 1, district2019: 0, ward2019: 0 },
      },
    ],
    figures: { fibre: { 'unit2025|00070': figure } },
  };
}

function renderIndicators(lang: Lang): string {
  const store = createAppStore(null);
  store.setState({ lang, indicatorTable: createTable() });
  render(
    <StoreContext.Provider value={store}>
      <AreaIndicators areaKey="unit2025|00070" />
    </StoreContext.Provider>,
  );
  return screen.getByTestId('area-indicator-fibre').textContent ?? '';
}

describe('AreaIndicators', () => {
  it('dates a figure as 30/06/2025 in Vietnamese', () => {
    expect(renderIndicators('vi')).toContain('(30/06/2025)');
  });

  it('dates a figure in the ISO order in English', () => {
    const text = renderIndicators('en');
    expect(text).toContain('(2025-06-30)');
    expect(text).not.toContain('30/06/2025');
  });
});
