// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { MapView } from './MapView.js';
import { createAppStore } from '../state/store.js';
import { StoreContext } from '../state/use-app-store.js';

afterEach(cleanup);

describe('MapView', () => {
  it('names the map in the interface language', () => {
    const store = createAppStore(null);
    // No session: the map itself is not built, only its host element.
    render(
      <StoreContext.Provider value={store}>
        <MapView basemapStyleUrl={null} onMap={() => {}} />
      </StoreContext.Provider>,
    );
    expect(screen.getByTestId('map').getAttribute('aria-label')).toBe('Bản đồ');
    act(() => store.setState({ lang: 'en' }));
    expect(screen.getByTestId('map').getAttribute('aria-label')).toBe('Map');
  });
});
