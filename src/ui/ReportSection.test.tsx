// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ReportSection } from './ReportSection.js';
import { createAppStore } from '../state/store.js';
import { StoreContext } from '../state/use-app-store.js';
import { SessionContext } from './session-context.js';
import type { Session } from '../session/session.js';
import { WorkerCallError } from '../worker/rpc.js';

afterEach(cleanup);

/** A session whose annual report fails with the worker's error in both languages. */
function createFailingSession(): Session {
  const error = new WorkerCallError('report', {
    message: 'indicators.csv row 4: date "2026-13-01" is not a valid ISO date',
    vi: 'indicators.csv dòng 4: ngày "2026-13-01" không phải ngày ISO hợp lệ',
  });
  return { annualReport: () => Promise.reject(error) } as unknown as Session;
}

describe('ReportSection', () => {
  it('shows the worker’s error in the chosen language, and again after a switch', async () => {
    const store = createAppStore(null);
    store.setState((s) => ({ analysis: { ...s.analysis, status: 'ready' } }));
    render(
      <StoreContext.Provider value={store}>
        <SessionContext.Provider value={createFailingSession()}>
          <ReportSection thisYear={2026} />
        </SessionContext.Provider>
      </StoreContext.Provider>,
    );
    await act(async () => void fireEvent.click(screen.getByTestId('report-make')));
    expect(screen.getByTestId('report-error').textContent).toBe(
      'indicators.csv dòng 4: ngày "2026-13-01" không phải ngày ISO hợp lệ',
    );
    act(() => store.setState({ lang: 'en' }));
    expect(screen.getByTestId('report-error').textContent).toBe(
      'indicators.csv row 4: date "2026-13-01" is not a valid ISO date',
    );
  });
});
