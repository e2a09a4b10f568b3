// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { TablePanel } from './TablePanel.js';
import { createAppStore } from '../state/store.js';
import { StoreContext } from '../state/use-app-store.js';
import { createArea, createResults } from '../../test/support/results.js';

afterEach(cleanup);

describe('TablePanel', () => {
  it('counts the rows with the language’s thousands separator', () => {
    const store = createAppStore(null);
    const areas = Array.from({ length: 1234 }, (_, i) => createArea('unit2025', String(i), 50));
    store.getState().resultsArrived(createResults(areas));
    render(
      <StoreContext.Provider value={store}>
        <TablePanel onSelect={() => {}} exportGeoJson={() => null} exportPng={() => null} />
      </StoreContext.Provider>,
    );
    expect(screen.getByTestId('table-toggle').textContent).toContain('(1.234)');
    act(() => store.setState({ lang: 'en' }));
    expect(screen.getByTestId('table-toggle').textContent).toContain('(1,234)');
  });
});
