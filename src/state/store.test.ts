import { describe, expect, it } from 'vitest';
import { createAppStore } from './store.js';
import { DEFAULT_VISIBLE } from '../domain/layers.js';
import { DEFAULT_DRAFT } from './plan.js';

const STORAGE_KEY = 'hanoi-coverage-map/preferences/v1';

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
    a.getState().langChosen('en');
    a.getState().layerToggled('busStops');
    a.getState().operatorToggled('viettel');
    a.getState().levelChosen('district2019');
    a.getState().draftEdited({ band: 'B3' });
    const b = createAppStore(storage).getState();
    expect(b.lang).toBe('en');
    expect(b.visible.busStops).toBe(!DEFAULT_VISIBLE.busStops);
    expect(b.operators.viettel).toBe(false);
    expect(b.level).toBe('district2019');
    expect(b.draft).toEqual({ ...DEFAULT_DRAFT, band: 'B3' });
  });

  it('keeps only the preferences, never the plan, the data or the analysis', () => {
    const storage = createMemoryStorage();
    const a = createAppStore(storage);
    a.getState().sitePlaced(105.85, 21.03);
    a.getState().asOfChosen('2024-12-31');
    const saved = JSON.parse(storage.getItem(STORAGE_KEY)!) as { state: Record<string, unknown> };
    expect(Object.keys(saved.state).sort()).toEqual([
      'basis',
      'calibration',
      'choroOp',
      'choroTech',
      'coverageLevel',
      'coverageParams',
      'draft',
      'lang',
      'level',
      'operators',
      'sources',
      'technologies',
      'visible',
    ]);
  });

  it('loads preferences saved by the version before the slices (same key, same shape)', () => {
    const storage = createMemoryStorage();
    const before = {
      draft: { operator: 'mobifone', band: 'n41', heightM: 35, azimuthsDeg: [0, 120, 240] },
      lang: 'en',
      visible: { ...DEFAULT_VISIBLE, gaps: true },
      operators: { viettel: true, vnpt: false, mobifone: true, vietnamobile: true },
      technologies: { '4G': false, '5G': true },
      sources: { sample: false, imported: true },
      level: 'h3r8',
      choroTech: '4G',
      choroOp: 'vnpt',
      basis: 'population',
    };
    storage.setItem(STORAGE_KEY, JSON.stringify({ state: before, version: 0 }));
    const s = createAppStore(storage).getState();
    expect({
      draft: s.draft,
      lang: s.lang,
      visible: s.visible,
      operators: s.operators,
      technologies: s.technologies,
      sources: s.sources,
      level: s.level,
      choroTech: s.choroTech,
      choroOp: s.choroOp,
      basis: s.basis,
    }).toEqual(before);
  });

  it('falls back to defaults for a corrupt or older saved state', () => {
    const storage = createMemoryStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify({ state: { lang: 'xx', visible: { sites: false } }, version: 0 }));
    const s = createAppStore(storage).getState();
    expect(s.lang).toBe('vi');
    expect(s.visible).toEqual({ ...DEFAULT_VISIBLE, sites: false });
  });

  it('has no generic setters: every action is named for what happened', () => {
    const names = Object.entries(createAppStore(null).getState())
      .filter(([, v]) => typeof v === 'function')
      .map(([k]) => k);
    expect(names.filter((n) => /^set[A-Z]/.test(n))).toEqual([]);
    expect(names.length).toBeGreaterThan(40);
  });
});
