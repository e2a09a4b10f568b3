// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { PlanPanel } from './PlanPanel.js';
import { createAppStore, type AppStore } from '../state/store.js';
import { StoreContext } from '../state/use-app-store.js';
import { DEFAULT_DRAFT } from '../state/plan.js';

function renderPanel(store: AppStore = createAppStore(null)) {
  render(
    <StoreContext.Provider value={store}>
      <PlanPanel />
    </StoreContext.Provider>,
  );
  return store;
}

const place = (store: AppStore, lng: number) => act(() => store.getState().sitePlaced(lng, 21.03));

afterEach(cleanup);

describe('PlanPanel', () => {
  it('lists the candidate sites with their settings, and deletes one with its button', () => {
    const store = renderPanel();
    expect(screen.getByText(/Chưa có trạm dự kiến/)).toBeTruthy();
    place(store, 105.8);
    act(() => store.getState().draftEdited({ operator: 'mobifone', band: 'B1', azimuthsDeg: [0, 120, 240] }));
    place(store, 105.9);
    const items = screen.getByTestId('plan-sites').querySelectorAll(':scope > li');
    expect([...items].map((li) => li.querySelector('button')!.textContent)).toEqual([
      'plan-1 · Viettel · n78 · 30 m · vô hướng',
      'plan-2 · MobiFone · B1 · 30 m · 0° 120° 240°',
    ]);
    fireEvent.click(screen.getByTestId('plan-delete-plan-1'));
    expect(store.getState().plan.sites.map((s) => s.id)).toEqual(['plan-2']);
  });

  it('Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo, Delete removes the selected site, but not while typing', () => {
    const store = renderPanel();
    place(store, 105.8);
    place(store, 105.9);
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    expect(store.getState().plan.sites).toHaveLength(1);
    fireEvent.keyDown(document.body, { key: 'Z', ctrlKey: true, shiftKey: true });
    expect(store.getState().plan.sites).toHaveLength(2);
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    fireEvent.keyDown(document.body, { key: 'y', ctrlKey: true });
    expect(store.getState().plan.sites).toHaveLength(2);
    act(() => store.getState().planSiteSelected('plan-2'));
    fireEvent.keyDown(screen.getByTestId('edit-height'), { key: 'Delete' });
    expect(store.getState().plan.sites).toHaveLength(2);
    fireEvent.keyDown(document.body, { key: 'Delete' });
    expect(store.getState().plan.sites.map((s) => s.id)).toEqual(['plan-1']);
    expect(store.getState().planSelected).toBeNull();
  });

  it('editing the selected site changes it as one undoable step; a 4G band makes it a 4G-only site', () => {
    const store = renderPanel();
    place(store, 105.8);
    act(() => store.getState().planSiteSelected('plan-1'));
    fireEvent.change(screen.getByTestId('edit-band'), { target: { value: 'B8' } });
    expect(store.getState().plan.sites[0]).toMatchObject({ bands: ['B8'], technologies: ['4G'] });
    fireEvent.change(screen.getByTestId('edit-azimuths'), { target: { value: '30 150' } });
    expect(store.getState().plan.sites[0]!.azimuthsDeg).toEqual([30, 150]);
    fireEvent.change(screen.getByTestId('edit-azimuths'), { target: { value: '30 400' } });
    expect(store.getState().plan.sites[0]!.azimuthsDeg).toEqual([30, 150]);
    expect(screen.getByTestId('edit-azimuths').getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(screen.getByTestId('plan-undo'));
    expect(store.getState().plan.sites[0]).toMatchObject({ bands: ['B8'], azimuthsDeg: [] });
    expect(DEFAULT_DRAFT.band).toBe('n78');
  });

  it('plan mode is a pressed toggle; Esc leaves it', () => {
    const store = renderPanel();
    // The analysis is ready (no results needed here): set directly, as zustand's testing guide does.
    act(() => store.setState((s) => ({ analysis: { ...s.analysis, status: 'ready' } })));
    const button = screen.getByTestId('plan-mode');
    fireEvent.click(button);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(store.getState().planMode).toBe(false);
  });
});
