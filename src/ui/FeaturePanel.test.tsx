// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { FeaturePanel } from './FeaturePanel.js';
import { createAppStore, type AppStore } from '../state/store.js';
import { StoreContext } from '../state/use-app-store.js';
import { SAMPLE_PROVENANCE } from '../domain/provenance.js';
import { createArea, createResults } from '../../test/support/results.js';

function createUnitSelection(store: AppStore, props: Record<string, unknown> = {}) {
  store.getState().featureSelected({
    key: 'units2025',
    id: '00070',
    props: {
      code: '00070',
      fullName: 'Phường Hoàn Kiếm',
      nameEn: 'Hoan Kiem Ward',
      type: 'Phường',
      layout: '2025',
      areaKm2: 1.9091,
      population: 68979,
      populationMethod: 'interpolated',
      density: 36131,
      lowRes: false,
      ...props,
    },
  });
}

function renderPanel(store: AppStore) {
  return render(
    <StoreContext.Provider value={store}>
      <FeaturePanel onZoom={() => {}} />
    </StoreContext.Provider>,
  );
}

afterEach(cleanup);

describe('FeaturePanel', () => {
  it('shows a 2025 unit with its population, marked as interpolated, and its layout', () => {
    const store = createAppStore(null);
    createUnitSelection(store);
    renderPanel(store);
    const panel = screen.getByTestId('feature-panel');
    expect(panel.querySelector('h2')!.textContent).toBe('Phường Hoàn Kiếm');
    expect(panel.textContent).toContain('68.979 người');
    expect(panel.textContent).toContain('nội suy theo diện tích từ TĐT 2019');
    expect(panel.textContent).toContain('Địa giới từ 1/7/2025');
  });

  it('switches to English names and types', () => {
    const store = createAppStore(null);
    store.getState().langChosen('en');
    createUnitSelection(store);
    renderPanel(store);
    const panel = screen.getByTestId('feature-panel');
    expect(panel.querySelector('h2')!.textContent).toBe('Hoan Kiem Ward');
    expect(panel.textContent).toContain('68,979 people');
    expect(panel.textContent).toContain('Ward');
  });

  it('renders markup in a name as text', () => {
    const store = createAppStore(null);
    createUnitSelection(store, { fullName: '<img src=x onerror=alert(1)>' });
    renderPanel(store);
    const h2 = screen.getByTestId('feature-panel').querySelector('h2')!;
    expect(h2.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(h2.querySelector('img')).toBeNull();
  });

  it('titles the modelled figures with where the sites come from: sample, imported or both', () => {
    const store = createAppStore(null);
    store.getState().resultsArrived(createResults([createArea('unit2025', '00070', 80)]));
    createUnitSelection(store);
    renderPanel(store);
    const title = () => screen.getByTestId('area-analysis').querySelector('h3')!.textContent;
    expect(title()).toBe('Vùng phủ theo mô hình (trên dữ liệu mẫu) dữ liệu mẫu');
    act(() => store.getState().importsApplied([], { ...SAMPLE_PROVENANCE, sites: 'imported' }));
    expect(title()).toBe('Vùng phủ theo mô hình (trên dữ liệu đã nhập)');
    act(() => store.getState().importsApplied([], { ...SAMPLE_PROVENANCE, sites: 'mixed' }));
    expect(title()).toBe('Vùng phủ theo mô hình (trên dữ liệu mẫu và dữ liệu đã nhập) dữ liệu mẫu');
  });

  it('shows the hint when nothing is selected', () => {
    renderPanel(createAppStore(null));
    expect(screen.getByTestId('feature-hint').textContent).toBe('Bấm vào bản đồ để xem thông tin một đối tượng.');
  });
});
