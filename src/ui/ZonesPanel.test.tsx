// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { ZonesPanel } from './ZonesPanel.js';
import { createAppStore } from '../state/store.js';
import { StoreContext } from '../state/use-app-store.js';
import { createResults, createZone } from '../../test/support/results.js';
import type { Lang } from '../domain/lang.js';

afterEach(cleanup);

/** The 5G column of the zones list for zones at `percents`, in `lang`. */
function percentColumn(lang: Lang, percents: readonly number[]): string[] {
  const store = createAppStore(null);
  store.getState().langChosen(lang);
  store.getState().resultsArrived({ ...createResults([]), zones: percents.map((p, i) => createZone(`z${i}`, p)) });
  render(
    <StoreContext.Provider value={store}>
      <ZonesPanel onSelect={() => {}} />
    </StoreContext.Provider>,
  );
  return screen.getAllByTestId('zone-row').map((row) => row.querySelector('td.num')!.textContent ?? '');
}

describe('ZonesPanel', () => {
  it('writes every 5G share with one decimal, so that 0 and 100 stand beside 6.5', () => {
    expect(percentColumn('en', [0, 6.5, 100])).toEqual(['0.0', '6.5', '100.0']);
    cleanup();
    expect(percentColumn('vi', [0, 6.5, 100])).toEqual(['0,0', '6,5', '100,0']);
  });
});
