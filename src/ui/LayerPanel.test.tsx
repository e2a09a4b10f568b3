// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { LayerPanel } from './LayerPanel.js';
import { createAppStore, type AppStore } from '../state/store.js';
import { StoreContext } from '../state/use-app-store.js';

function renderPanel(store: AppStore = createAppStore(null)) {
  render(
    <StoreContext.Provider value={store}>
      <LayerPanel />
    </StoreContext.Provider>,
  );
  return store;
}

afterEach(cleanup);

describe('LayerPanel filters', () => {
  it('operator, technology and data-source checkboxes switch the store’s filters, and back', () => {
    const store = renderPanel();
    const box = (id: string) => screen.getByTestId(id) as HTMLInputElement;
    for (const [id, read] of [
      ['operator-toggle-viettel', () => store.getState().operators.viettel],
      ['tech-toggle-5G', () => store.getState().technologies['5G']],
      ['source-toggle-sample', () => store.getState().sources.sample],
      ['source-toggle-imported', () => store.getState().sources.imported],
    ] as const) {
      expect(box(id).checked).toBe(true);
      fireEvent.click(box(id));
      expect(read()).toBe(false);
      expect(box(id).checked).toBe(false);
      fireEvent.click(box(id));
      expect(read()).toBe(true);
    }
  });

  it('choosing a level in the choropleth controls shows that level’s layer, the grid levels included', () => {
    const store = renderPanel();
    fireEvent.change(screen.getByTestId('level-select'), { target: { value: 'h3r9' } });
    expect(store.getState().level).toBe('h3r9');
    expect(store.getState().visible.grid9).toBe(true);
    expect((screen.getByTestId('layer-toggle-grid9') as HTMLInputElement).checked).toBe(true);
  });

  it('labels every layer and filter in Vietnamese, and in English after the switch', () => {
    const store = renderPanel();
    expect(screen.getByText('Nguồn dữ liệu')).toBeTruthy();
    expect(screen.getByText('Vùng chưa phủ sóng (theo công nghệ, nhà mạng đang chọn)')).toBeTruthy();
    act(() => store.getState().langChosen('en'));
    expect(screen.getByText('Data source')).toBeTruthy();
    expect(screen.getByText('H3 grid, resolution 9')).toBeTruthy();
  });
});
