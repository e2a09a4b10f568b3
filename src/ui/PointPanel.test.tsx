// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { Feature, Point } from 'geojson';
import { PointPanel } from './PointPanel.js';
import { createAppStore, type AppStore } from '../state/store.js';
import { StoreContext } from '../state/use-app-store.js';
import { buildPointLookup, lookupPoint } from '../analysis/point-lookup.js';
import { importedFootprint } from '../analysis/engine/footprints.js';
import { destination } from '../analysis/geodesy.js';
import type { LngLat } from '../domain/geo.js';
import type { SpeedTestProps } from '../domain/telecom.js';
import type { PointAnswer } from '../worker/point-handler.js';
import { createSite, createSquare } from '../../test/fixtures/analysis.js';

const C: LngLat = [105.85, 21.03];

/** A speed record of `tests` tests at `downMbps`, 100 m north of C. */
const createRecord = (tests: number, downMbps: number): Feature<Point, SpeedTestProps> => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: destination(C, 0, 100) },
  properties: {
    id: 'r',
    tech: '5G',
    operator: null,
    downMbps,
    upMbps: null,
    latencyMs: null,
    date: '2025-06-01',
    tests,
    kind: 'tile',
    sample: true,
  },
});

/** The answer at C: Viettel 5G outdoors (a 1 km square), a VNPT site 1.2 km north, one speed record. */
function createAnswer(tests = 40): PointAnswer {
  const lookup = buildPointLookup({
    sites: [createSite('v1', destination(C, 0, 1234) as LngLat, 500, { operator: 'vnpt' })],
    footprints: [importedFootprint('sq', 'viettel', '5G', createSquare(...C, 1000))!],
    speedTests: [createRecord(tests, 150)],
  });
  const r = lookupPoint(lookup, C, { asOf: '2025-11-30' });
  return { ...r, areas: [{ level: 'unit2025', id: '00070' }], asOf: null, sample: true, buildMs: 0, lookupMs: 0 };
}

function renderPanel(store: AppStore) {
  return render(
    <StoreContext.Provider value={store}>
      <PointPanel />
    </StoreContext.Provider>,
  );
}

function createStoreWithPoint(): AppStore {
  const store = createAppStore(null);
  store.getState().dataLoaded([
    {
      level: 'unit2025',
      id: '00070',
      name: 'Hoàn Kiếm',
      nameEn: 'Hoan Kiem Ward',
      fullName: 'Phường Hoàn Kiếm',
      context: null,
    },
  ]);
  store.getState().pointAsked(C, 'map');
  return store;
}

afterEach(cleanup);

describe('PointPanel', () => {
  it('shows nothing while no point is asked', () => {
    renderPanel(createAppStore(null));
    expect(screen.queryByTestId('point-panel')).toBeNull();
  });

  it('says it is looking the point up until the answer comes', () => {
    renderPanel(createStoreWithPoint());
    expect(screen.getByTestId('point-panel').textContent).toContain('Đang tra cứu điểm này…');
    expect(screen.getByTestId('point-position').textContent).toBe('21,03° B, 105,85° Đ');
  });

  it('writes covered or not per operator, technology and level', () => {
    const store = createStoreWithPoint();
    renderPanel(store);
    act(() => store.getState().pointAnswered(1, createAnswer()));
    const viettel = within(screen.getByTestId('point-row-viettel')).getAllByRole('cell');
    // Columns: 4G outdoor, 4G indoor, 5G outdoor, 5G indoor.
    expect(viettel.map((c) => c.textContent)).toEqual(['Không', 'Không', 'Có', 'Không']);
    const vnpt = within(screen.getByTestId('point-row-vnpt')).getAllByRole('cell');
    expect(vnpt.map((c) => c.textContent)).toEqual(['Không', 'Không', 'Không', 'Không']);
    expect(screen.getByText('Thuộc: Phường Hoàn Kiếm')).toBeTruthy();
  });

  it('lists the nearest site with its distance and the measured speed', () => {
    const store = createStoreWithPoint();
    renderPanel(store);
    act(() => store.getState().pointAnswered(1, createAnswer()));
    expect(screen.getByTestId('point-nearest').textContent).toBe('VNPT-VinaPhone · 4G, 5G · 1,2 km');
    expect(screen.getByTestId('point-speeds').textContent).toBe('5G150 Mbit/s tải xuống (40 lượt đo)');
  });

  it('says when there are too few tests for a mean', () => {
    const store = createStoreWithPoint();
    renderPanel(store);
    act(() => store.getState().pointAnswered(1, createAnswer(12)));
    expect(screen.getByTestId('point-speeds').textContent).toBe(
      '5G12 lượt đo: chưa đủ lượt đo để tính trung bình (cần 30)',
    );
  });

  it('shows the error in the interface language', () => {
    const store = createStoreWithPoint();
    store.getState().langChosen('en');
    renderPanel(store);
    act(() => store.getState().pointFailed(1, { vi: 'lỗi', en: 'the worker stopped' }));
    expect(screen.getByTestId('point-error').textContent).toBe('This point could not be looked up: the worker stopped');
  });

  it('gives a permanent link with pt=lat,lng', () => {
    renderPanel(createStoreWithPoint());
    expect((screen.getByTestId('point-link') as HTMLInputElement).value).toContain('#pt=21.030000,105.850000');
  });

  it('closes on ×', () => {
    const store = createStoreWithPoint();
    renderPanel(store);
    fireEvent.click(screen.getByRole('button', { name: 'Đóng' }));
    expect(store.getState().point).toBeNull();
    expect(screen.queryByTestId('point-panel')).toBeNull();
  });
});
