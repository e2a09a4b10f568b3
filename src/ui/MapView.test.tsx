// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { MapView } from './MapView.js';
import { createAppStore } from '../state/store.js';
import { StoreContext } from '../state/use-app-store.js';

afterEach(() => {
  cleanup();
  document.getElementById('first-view-picture')?.remove();
});

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

  it("shows the build's picture while the map will start on it, with a note in the reader's language", () => {
    const template = document.createElement('template');
    template.id = 'first-view-picture';
    Object.assign(template.dataset, {
      level: 'unit2025',
      tech: '5G',
      op: 'any',
      basis: 'area',
      coverageLevel: 'outdoor',
    });
    template.innerHTML = '<svg data-testid="first-view-svg"><path data-code="00001"></path></svg>';
    document.body.append(template);
    const store = createAppStore(null);
    render(
      <StoreContext.Provider value={store}>
        <MapView basemapStyleUrl={null} onMap={() => {}} />
      </StoreContext.Provider>,
    );
    const picture = screen.getByTestId('planner-first-view');
    expect(picture.querySelectorAll('svg path[data-code="00001"]')).toHaveLength(1);
    expect(picture.textContent).toContain('bản đồ đang tải');
    act(() => store.setState({ lang: 'en' }));
    expect(screen.getByTestId('planner-first-view').textContent).toContain('the map is loading');
    // Another level chosen before the map is drawn: the picture would mislead.
    act(() => store.getState().levelChosen('ward2019'));
    expect(screen.queryByTestId('planner-first-view')).toBeNull();
  });
});
