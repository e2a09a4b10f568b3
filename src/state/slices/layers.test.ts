import { describe, expect, it } from 'vitest';
import { frozenSlice } from '../../../test/support/frozen-store.js';
import { DEFAULT_VISIBLE } from '../../domain/layers.js';
import { createLayersSlice } from './layers.js';

describe('layers slice', () => {
  it('starts with the default toggles and every operator, technology and source on', () => {
    const s = frozenSlice(createLayersSlice).getState();
    expect(s.visible).toEqual(DEFAULT_VISIBLE);
    expect(s.operators).toEqual({ viettel: true, vnpt: true, mobifone: true, vietnamobile: true });
    expect(s.technologies).toEqual({ '4G': true, '5G': true });
    expect(s.sources).toEqual({ sample: true, imported: true });
  });

  it('layerToggled flips one toggle in a new object, the old state unchanged', () => {
    const store = frozenSlice(createLayersSlice);
    const before = store.getState();
    store.getState().layerToggled('busStops');
    expect(store.getState().visible).toEqual({ ...DEFAULT_VISIBLE, busStops: true });
    expect(before.visible.busStops).toBe(false);
    store.getState().layerToggled('busStops');
    expect(store.getState().visible.busStops).toBe(false);
  });

  it('layerShown turns a hidden group on, and changes nothing when it is on', () => {
    const store = frozenSlice(createLayersSlice);
    store.getState().layerShown('grid9');
    expect(store.getState().visible.grid9).toBe(true);
    const shown = store.getState();
    store.getState().layerShown('grid9');
    expect(store.getState()).toBe(shown);
  });

  it('operatorToggled, technologyToggled and sourceToggled flip one filter each', () => {
    const store = frozenSlice(createLayersSlice);
    const before = store.getState();
    store.getState().operatorToggled('viettel');
    store.getState().technologyToggled('4G');
    store.getState().sourceToggled('imported');
    const s = store.getState();
    expect([s.operators.viettel, s.operators.vnpt]).toEqual([false, true]);
    expect(s.technologies).toEqual({ '4G': false, '5G': true });
    expect(s.sources).toEqual({ sample: true, imported: false });
    expect([before.operators.viettel, before.technologies['4G'], before.sources.imported]).toEqual([true, true, true]);
  });
});
