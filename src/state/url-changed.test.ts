import { describe, expect, it } from 'vitest';
import { createAppStore } from './store.js';
import { sharedStateChanged } from './url-changed.js';

describe('sharedStateChanged', () => {
  it('sees a change of the coverage level and ignores one the link does not carry', () => {
    const store = createAppStore(null);
    const before = store.getState();
    store.getState().coverageLevelChosen('indoor');
    expect(sharedStateChanged(store.getState(), before)).toBe(true);
    const after = store.getState();
    store.getState().asOfChosen('2024-12-31');
    expect(sharedStateChanged(store.getState(), after)).toBe(false);
  });
});
