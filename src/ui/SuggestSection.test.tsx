// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { SuggestSection } from './SuggestSection.js';
import { createAppStore, type AppStore } from '../state/store.js';
import { StoreContext } from '../state/use-app-store.js';
import { MapHandleContext, SessionContext } from './session-context.js';
import type { Session } from '../session/session.js';
import type { MapHandle } from '../map/map-controller.js';
import type { Site } from '../domain/telecom.js';
import type { SuggestProgress, SuggestResult } from '../analysis/suggest.js';
import { WorkerCallError } from '../worker/rpc.js';

afterEach(cleanup);

type Suggest = (input: unknown, onProgress: (p: SuggestProgress) => void) => Promise<SuggestResult>;

/** A proposed site at `[lng, lat]`. */
function createSite(id: string, lng: number, lat: number): Site {
  return { id, operator: 'viettel', lng, lat } as Site;
}

/** Renders the section ready to run with `suggest` as the session's; records what it asks of the map. */
function renderSection(suggest: Suggest): { store: AppStore; shown: [string[], boolean | undefined][] } {
  const store = createAppStore(null);
  store.setState((s) => ({ analysis: { ...s.analysis, status: 'ready' } }));
  const shown: [string[], boolean | undefined][] = [];
  const handle = {
    showProposals: (sites: readonly Site[], fit?: boolean) => void shown.push([sites.map((s) => s.id), fit]),
  } as MapHandle;
  render(
    <StoreContext.Provider value={store}>
      <SessionContext.Provider value={{ suggest } as unknown as Session}>
        <MapHandleContext.Provider value={handle}>
          <SuggestSection />
        </MapHandleContext.Provider>
      </SessionContext.Provider>
    </StoreContext.Provider>,
  );
  return { store, shown };
}

describe('SuggestSection', () => {
  it('brings the proposals into view when they arrive, not when one is added to the plan', async () => {
    const proposal = (site: Site) => ({ site, gainKm2: 1, gainPeople: 10, zones: [], tower: null, towerOperators: [] });
    const result = {
      proposals: [proposal(createSite('p1', 105.8, 21.0)), proposal(createSite('p2', 105.9, 21.1))],
      stop: 'k',
      towers: 0,
      onTowers: 0,
      ms: 1200,
    } as unknown as SuggestResult;
    const { shown } = renderSection(() => Promise.resolve(result));
    await act(async () => void fireEvent.click(screen.getByTestId('suggest-run')));
    expect(shown).toEqual([[['p1', 'p2'], true]]);
    fireEvent.click(screen.getAllByTestId('suggest-accept')[0]!);
    expect(shown[1]).toEqual([['p2'], undefined]);
  });

  it('names the tower a proposal stands on and its operators, and counts the proposals on towers', async () => {
    const site = createSite('p1', 105.8, 21.0);
    const onTower = {
      site,
      gainKm2: 1,
      gainPeople: 10,
      zones: [],
      tower: 'near-S-MF-1',
      towerOperators: ['mobifone', 'vietnamobile'],
    };
    const result = { proposals: [onTower], stop: 'k', towers: 4, onTowers: 1, ms: 1200 } as unknown as SuggestResult;
    const { store } = renderSection(() => Promise.resolve(result));
    await act(async () => void fireEvent.click(screen.getByTestId('suggest-run')));
    const text = () => screen.getByTestId('suggest-proposal').textContent!;
    expect(text()).toContain('trên cột near-S-MF-1 (MobiFone, Vietnamobile)');
    expect(screen.getByTestId('suggest-result').textContent).toContain('1 đề xuất đặt trên cột sẵn có');
    act(() => store.setState({ lang: 'en' }));
    expect(text()).toContain('on tower near-S-MF-1 (MobiFone, Vietnamobile)');
  });

  it('writes the progress with the Vietnamese thousands separator', async () => {
    const { store } = renderSection((_input, onProgress) => {
      onProgress({ phase: 'search', done: 3, total: 10, evaluated: 12345 });
      return new Promise(() => {});
    });
    await act(async () => void fireEvent.click(screen.getByTestId('suggest-run')));
    expect(screen.getByTestId('suggest-progress-text').textContent).toBe('đã chọn 3/10 · 12.345 lần tính');
    act(() => store.setState({ lang: 'en' }));
    expect(screen.getByTestId('suggest-progress-text').textContent).toContain('12,345');
  });

  it('shows the worker’s error in the chosen language, and again after a switch', async () => {
    const error = new WorkerCallError('suggest', {
      message: 'zones.geojson: no zone of category "x"',
      vi: 'zones.geojson: không có khu loại "x"',
    });
    const { store } = renderSection(() => Promise.reject(error));
    await act(async () => void fireEvent.click(screen.getByTestId('suggest-run')));
    expect(screen.getByTestId('suggest-error').textContent).toBe('zones.geojson: không có khu loại "x"');
    act(() => store.setState({ lang: 'en' }));
    expect(screen.getByTestId('suggest-error').textContent).toBe('zones.geojson: no zone of category "x"');
  });
});
