// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { FeaturePanel } from './FeaturePanel.js';
import { createAppStore, type AppStore } from '../state/store.js';
import { StoreContext } from '../state/use-app-store.js';
import { createResults } from '../../test/support/results.js';
import { createAreaResult } from '../../test/support/area-result.js';

const CELL = '88415a1b1bfffff';

/** A cell where Viettel's 5G covers 80 % outdoors (30 % indoors), MobiFone's 49.96 %, VNPT's 50 %. */
const RESULT = {
  ...createAreaResult(CELL, {
    outdoor: { '5G': { viettel: [80, 80], mobifone: [49.96, 60], vnpt: [50, 50] } },
    indoor: { '5G': { viettel: [30, 30] } },
  }),
  level: 'h3r8' as const,
};

function renderCell(store: AppStore) {
  store.getState().featureSelected({ key: 'ops5g', id: CELL, props: { code: CELL, sample: true } });
  return render(
    <StoreContext.Provider value={store}>
      <FeaturePanel onZoom={() => {}} />
    </StoreContext.Provider>,
  );
}

const row = (op: string) => [...screen.getByTestId(`ops5g-${op}`).querySelectorAll('td')].map((c) => c.textContent);

afterEach(cleanup);

describe('a clicked cell of the operators with 5G', () => {
  it('lists each operator with its 5G share and whether the layer counts it', () => {
    const store = createAppStore(null);
    renderCell(store);
    expect(screen.queryByTestId('ops5g-cell')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('Đang tính vùng phủ');
    act(() => store.getState().resultsArrived(createResults([RESULT])));
    const cell = screen.getByTestId('ops5g-cell');
    expect(cell.querySelector('h3')?.textContent).toBe('2 nhà mạng phủ 5G ít nhất 50 % diện tích ô (ngoài trời)');
    expect(row('viettel')).toEqual(['80 %', 'Có']);
    expect(row('vnpt')).toEqual(['50 %', 'Có']);
    // 49,96 % rounds to 50 % on screen but stays under the rule: it is not counted.
    expect(row('mobifone')).toEqual(['50 %', 'Không']);
    expect(row('vietnamobile')).toEqual(['0 %', 'Không']);
    // The cell is an H3 cell: the area panel's figures follow it.
    expect(screen.getByTestId('area-analysis')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2 }).textContent).not.toBe('');
  });

  it('follows the coverage level and the language', () => {
    const store = createAppStore(null);
    renderCell(store);
    act(() => {
      store.getState().resultsArrived(createResults([RESULT]));
      store.getState().langChosen('en');
      store.getState().coverageLevelChosen('indoor');
    });
    expect(screen.getByTestId('ops5g-cell').querySelector('h3')?.textContent).toBe(
      '0 operators with 5G on at least 50 % of the cell (indoor)',
    );
    expect(row('viettel')).toEqual(['30 %', 'No']);
  });
});
