// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { ChoroplethControls } from './ChoroplethControls.js';
import { createAppStore } from '../state/store.js';
import { StoreContext } from '../state/use-app-store.js';
import type { Lang } from '../domain/lang.js';

afterEach(cleanup);

function renderComparing(lang: Lang) {
  const store = createAppStore(null);
  store.getState().langChosen(lang);
  store.getState().comparisonStarted({ kind: 'year-end', date: '2025-12-31' });
  render(
    <StoreContext.Provider value={store}>
      <ChoroplethControls />
    </StoreContext.Provider>,
  );
  return screen.getByTestId('change-legend').textContent ?? '';
}

describe('ChoroplethControls', () => {
  it('writes the compared date in the reader’s format', () => {
    expect(renderComparing('vi')).toContain('31/12/2025');
    cleanup();
    expect(renderComparing('en')).toContain('2025-12-31');
  });
});
