// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { PARAMS_CATALOGUE } from '../analysis/coverage/params-catalogue.js';
import { CALIBRATION_DEFAULTS, type Calibration } from '../analysis/calibration/types.js';
import { createAppStore, type AppStore } from '../state/store.js';
import { StoreContext } from '../state/use-app-store.js';
import type { Session } from '../session/session.js';
import { SessionContext } from './session-context.js';
import { MethodPage } from './MethodPage.js';

afterEach(cleanup);

/** A fitted calibration of `drive.csv`: urban −4 dB. */
function createCalibration(): Calibration {
  const stats = { n: 100, meanErrorDb: 1, rmseDb: 8, levelMatch: 0.9 };
  return {
    version: 1,
    envOffsetDb: { 'dense-urban': 0, urban: -4, suburban: 0, rural: 0, open: 0 },
    classes: [],
    before: stats,
    after: stats,
    passes: 2,
    options: CALIBRATION_DEFAULTS,
    provenance: {
      file: 'drive.csv',
      measurements: 100,
      withServer: 100,
      noServer: 0,
      from: null,
      to: null,
      fitDate: '2026-03-01T00:00:00.000Z',
      sites: 10,
    },
  };
}

function renderPage(store: AppStore = createAppStore(null)) {
  const session = {
    calibrate: () => Promise.resolve({ calibration: createCalibration(), rejectedRows: 0, issues: [] }),
  } as unknown as Session;
  render(
    <StoreContext.Provider value={store}>
      <SessionContext.Provider value={session}>
        <MethodPage />
      </SessionContext.Provider>
    </StoreContext.Provider>,
  );
  return store;
}

const input = (path: string) => within(screen.getByTestId(`param-${path}`)).getByRole('textbox');

describe('MethodPage', () => {
  it('lists every parameter of the catalogue with its value, unit, range and source', () => {
    renderPage();
    for (const e of PARAMS_CATALOGUE) {
      const row = screen.getByTestId(`param-${e.path.join('.')}`);
      expect(row.textContent, e.path.join('.')).toContain(e.source);
      expect(row.textContent).toContain(e.vi);
    }
    expect(screen.getByTestId('param-edgeProbability').textContent).toContain('một số từ 0,5 đến 0,99');
    expect(input('edgeProbability')).toHaveProperty('value', '0,9');
  });

  it('puts a valid value typed in place into the store, with a Vietnamese decimal comma', () => {
    const store = renderPage();
    fireEvent.change(input('edgeProbability'), { target: { value: '0,95' } });
    fireEvent.blur(input('edgeProbability'));
    expect(store.getState().coverageParams).toEqual({ edgeProbability: 0.95 });
    expect(screen.getByTestId('param-edgeProbability').className).toBe('changed');
  });

  it('refuses a value out of range, naming the field, the value and the rule, and changes nothing', () => {
    const store = renderPage();
    fireEvent.change(input('linkBudget.5G.txPowerDbm'), { target: { value: '90' } });
    fireEvent.keyDown(input('linkBudget.5G.txPowerDbm'), { key: 'Enter' });
    expect(screen.getByRole('alert').textContent).toBe(
      'Giá trị không hợp lệ: linkBudget.5G.txPowerDbm: 90 không phải một số từ 20 đến 60',
    );
    expect(store.getState().coverageParams).toEqual({});
  });

  it('names the rule in English when the interface is in English', () => {
    const store = createAppStore(null);
    store.getState().langChosen('en');
    renderPage(store);
    fireEvent.change(input('maxRangeM'), { target: { value: 'far' } });
    fireEvent.blur(input('maxRangeM'));
    expect(screen.getByRole('alert').textContent).toBe(
      'Invalid value: maxRangeM: far is not a number from 1,000 to 20,000',
    );
    expect(store.getState().coverageParams).toEqual({});
  });

  it('resets to the defaults, and the fields show them again', () => {
    const store = renderPage();
    act(() => store.getState().paramsChosen({ edgeProbability: 0.8 }));
    expect(input('edgeProbability')).toHaveProperty('value', '0,8');
    fireEvent.click(screen.getByTestId('method-reset'));
    expect(store.getState().coverageParams).toEqual({});
    expect(input('edgeProbability')).toHaveProperty('value', '0,9');
  });

  it('applies a calibration fitted by the session: its offsets become parameters', async () => {
    const store = renderPage();
    const file = new File(['lat,lon'], 'drive.csv');
    fireEvent.change(screen.getByTestId('calibration-file'), { target: { files: [file] } });
    fireEvent.click(await screen.findByTestId('calibration-apply'));
    expect(store.getState().coverageParams).toEqual({ envOffsetDb: { urban: -4 } });
    expect(input('envOffsetDb.urban')).toHaveProperty('value', '−4');
    expect(screen.getByTestId('calibration-applied').textContent).toContain('drive.csv');
  });
});
