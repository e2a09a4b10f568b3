// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { IndicatorsSection } from './IndicatorsSection.js';
import { createAppStore } from '../state/store.js';
import { StoreContext } from '../state/use-app-store.js';
import { SessionContext } from './session-context.js';
import type { Session } from '../session/session.js';
import { WorkerCallError } from '../worker/rpc.js';

afterEach(cleanup);

/** Renders the section over a ready store and a session whose `parseIndicators` does `parse`. */
function renderSection(parse: () => Promise<unknown>) {
  const store = createAppStore(null);
  store.setState((s) => ({ analysis: { ...s.analysis, status: 'ready' } }));
  const session = { parseIndicators: parse } as unknown as Session;
  render(
    <StoreContext.Provider value={store}>
      <SessionContext.Provider value={session}>
        <IndicatorsSection />
      </SessionContext.Provider>
    </StoreContext.Provider>,
  );
  return store;
}

/** Picks a file named `name` whose text is `text` (a rejection: the browser could not give it). */
async function pick(name: string, text: () => Promise<string>) {
  const file = { name, text };
  await act(async () => void fireEvent.change(screen.getByTestId('indicator-file'), { target: { files: [file] } }));
}

describe('IndicatorsSection errors', () => {
  it('shows the worker’s refusal in the chosen language, and again after a switch', async () => {
    const err = new WorkerCallError('parseIndicators', {
      message: 'a.csv: the file has no header row — a CSV file must start with a header row',
      vi: 'a.csv: tệp không có dòng tiêu đề — tệp CSV phải bắt đầu bằng một dòng tiêu đề',
    });
    const store = renderSection(() => Promise.reject(err));
    await pick('a.csv', async () => '');
    expect(screen.getByTestId('indicator-error').textContent).toBe(
      'a.csv: tệp không có dòng tiêu đề — tệp CSV phải bắt đầu bằng một dòng tiêu đề',
    );
    act(() => store.getState().langChosen('en'));
    expect(screen.getByTestId('indicator-error').textContent).toBe(
      'a.csv: the file has no header row — a CSV file must start with a header row',
    );
  });

  it('names a file the browser could not give, in the chosen language', async () => {
    const store = renderSection(() => Promise.resolve(null));
    await pick('b.csv', () => Promise.reject(new Error('The file was removed.')));
    expect(screen.getByTestId('indicator-error').textContent).toBe('Không đọc được tệp b.csv: The file was removed.');
    act(() => store.getState().langChosen('en'));
    expect(screen.getByTestId('indicator-error').textContent).toBe(
      'Could not read the file b.csv: The file was removed.',
    );
  });
});
