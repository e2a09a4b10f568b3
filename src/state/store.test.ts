import { describe, expect, it } from 'vitest';
import { createAppStore } from './store.js';
import { DEFAULT_VISIBLE } from '../map/layers.js';

function createMemoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, v),
  };
}

describe('app store', () => {
  it('starts in Vietnamese with the default layers', () => {
    const s = createAppStore(null).getState();
    expect(s.lang).toBe('vi');
    expect(s.visible).toEqual(DEFAULT_VISIBLE);
  });

  it('keeps language, toggles and filters across a reload', () => {
    const storage = createMemoryStorage();
    const a = createAppStore(storage);
    a.getState().setLang('en');
    a.getState().toggleLayer('busStops');
    a.getState().toggleOperator('viettel');
    const b = createAppStore(storage).getState();
    expect(b.lang).toBe('en');
    expect(b.visible.busStops).toBe(!DEFAULT_VISIBLE.busStops);
    expect(b.operators.viettel).toBe(false);
  });

  it('falls back to defaults for a corrupt or older saved state', () => {
    const storage = createMemoryStorage();
    storage.setItem(
      'hanoi-coverage-map/preferences/v1',
      JSON.stringify({ state: { lang: 'xx', visible: { sites: false } }, version: 0 }),
    );
    const s = createAppStore(storage).getState();
    expect(s.lang).toBe('vi');
    expect(s.visible).toEqual({ ...DEFAULT_VISIBLE, sites: false });
  });
});
