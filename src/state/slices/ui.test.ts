import { describe, expect, it } from 'vitest';
import { frozenSlice } from '../../../test/support/frozen-store.js';
import { createUiSlice, INITIAL_UI } from './ui.js';

describe('ui slice', () => {
  it('starts in Vietnamese', () => {
    expect(frozenSlice(createUiSlice).getState().lang).toBe(INITIAL_UI.lang);
    expect(INITIAL_UI.lang).toBe('vi');
  });

  it('langChosen switches the language in a new state, the old one unchanged', () => {
    const store = frozenSlice(createUiSlice);
    const before = store.getState();
    store.getState().langChosen('en');
    expect(store.getState().lang).toBe('en');
    expect(store.getState()).not.toBe(before);
    expect(before.lang).toBe('vi');
  });
});
