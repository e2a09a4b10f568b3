import { describe, expect, it } from 'vitest';
import { frozenSlice } from '../../../test/support/frozen-store.js';
import { createSelectionSlice, type Selection } from './selection.js';

const createSelection = (): Selection => ({ key: 'units2025', id: '00070', props: { code: '00070' } });

describe('selection slice', () => {
  it('featureSelected keeps the feature; selectionCleared drops it; earlier states unchanged', () => {
    const store = frozenSlice(createSelectionSlice);
    const empty = store.getState();
    const sel = createSelection();
    store.getState().featureSelected(sel);
    const selected = store.getState();
    expect(selected.selection).toBe(sel);
    store.getState().selectionCleared();
    expect(store.getState().selection).toBeNull();
    expect(empty.selection).toBeNull();
    expect(selected.selection).toEqual(createSelection());
  });
});
