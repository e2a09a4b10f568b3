// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { createAppStore } from '../state/store.js';
import { StoreContext } from '../state/use-app-store.js';
import { SessionContext } from './session-context.js';
import { LinePanel } from './LinePanel.js';
import { NamedLines } from '../session/named-lines.js';
import type { CoverageClient } from '../session/client.js';
import type { Session } from '../session/session.js';
import type { LineFiguresAnswer, NamedLineEntry } from '../worker/named-lines-handler.js';
import { OP_SETS } from '../analysis/engine/types.js';

const ENTRY: NamedLineEntry = {
  id: 'built-in/4',
  name: 'Giải Phóng',
  kind: 'road',
  classes: ['primary'],
  segments: 21,
  km: 12.69,
  bbox: [105.84, 20.95, 105.85, 21.0],
  set: 'built-in',
  source: 'OpenStreetMap central Hà Nội roads, 2017',
};

/** 4G covers all 12.69 km for every operator; 5G covers half for Viettel only (and so for any operator). */
function figures(): LineFiguresAnswer {
  const covered = (tech: '4G' | '5G') =>
    Object.fromEntries(
      OP_SETS.map((op) => {
        const km = tech === '4G' ? 12.69 : op === 'viettel' || op === 'any' ? 6.345 : 0;
        return [op, { km, percent: (km / 12.69) * 100 }];
      }),
    );
  return {
    line: ENTRY,
    km: 12.69,
    covered: { '4G': covered('4G'), '5G': covered('5G') },
    level: 'indoor',
    cityKm: 12.69,
    areas: [
      { level: 'unit2025', id: '00070', km: 2.9, covered: { '4G': covered('4G'), '5G': covered('5G') } },
      { level: 'district2019', id: '001', km: 12.69, covered: { '4G': covered('4G'), '5G': covered('5G') } },
    ],
    geometry: { type: 'MultiLineString', coordinates: [] },
    sample: true,
    buildMs: 0,
    measureMs: 0,
  } as unknown as LineFiguresAnswer;
}

afterEach(cleanup);

describe('LinePanel', () => {
  it('shows the picked line’s km and covered share per operator at its level, its communes by name, and closes', async () => {
    const store = createAppStore(null);
    store
      .getState()
      .dataLoaded([
        { level: 'unit2025', id: '00070', fullName: 'Phường Hoàn Kiếm', nameEn: 'Hoan Kiem Ward' } as never,
      ]);
    let answer: (f: LineFiguresAnswer) => void = () => {};
    const client = {
      call: (method: string) =>
        method === 'lineFigures' ? new Promise((r) => (answer = r)) : Promise.reject(new Error(method)),
    } as unknown as CoverageClient;
    const lines = new NamedLines(store, () => client);
    render(
      <StoreContext.Provider value={store}>
        <SessionContext.Provider value={{ lines } as unknown as Session}>
          <LinePanel />
        </SessionContext.Provider>
      </StoreContext.Provider>,
    );
    expect(screen.queryByTestId('line-panel')).toBeNull();
    act(() => lines.pick(ENTRY));
    expect(screen.getByTestId('line-summary').textContent).toBe('Tuyến đường · Chiều dài 12,7 km · 21 đoạn');
    expect(screen.getByText('Đang đo vùng phủ dọc tuyến…')).toBeTruthy();
    await act(async () => answer(figures()));
    const table = screen.getByTestId('line-coverage');
    expect(within(table).getByText(/Vùng phủ dọc tuyến · Trong nhà/)).toBeTruthy();
    const cells = (op: string) =>
      [...screen.getByTestId(`line-row-${op}`).querySelectorAll('td')].map((c) => c.textContent);
    expect(cells('any')).toEqual(['12,7 · 100,0', '6,3 · 50,0']);
    expect(cells('vnpt')).toEqual(['12,7 · 100,0', '0,0 · 0,0']);
    // Only the 2025 units are listed, by name.
    const areas = screen.getByTestId('line-areas');
    expect([...areas.querySelectorAll('tbody tr')].map((r) => r.textContent)).toEqual(['Phường Hoàn Kiếm2,950,0']);
    expect(screen.getByText(/đường phố trung tâm Hà Nội năm 2017/)).toBeTruthy();
    act(() => screen.getByRole('button', { name: 'Đóng' }).click());
    expect(screen.queryByTestId('line-panel')).toBeNull();
  });
});
