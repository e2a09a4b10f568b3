// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { createAppStore } from './store.js';
import { StoreContext, useChoroplethChoice } from './use-app-store.js';

afterEach(cleanup);

describe('shared selector hooks', () => {
  it('a multi-field hook re-renders when one of its fields changes, not on other changes', () => {
    const store = createAppStore(null);
    const seen: string[] = [];
    function Probe() {
      const c = useChoroplethChoice();
      seen.push(`${c.level}/${c.choroTech}`);
      return null;
    }
    render(
      <StoreContext.Provider value={store}>
        <Probe />
      </StoreContext.Provider>,
    );
    act(() => store.getState().langChosen('en'));
    act(() => store.getState().layerToggled('roads'));
    act(() => store.getState().levelChosen('ward2019'));
    expect(seen).toEqual(['unit2025/5G', 'ward2019/5G']);
  });
});
