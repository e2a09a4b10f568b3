import { describe, expect, it } from 'vitest';
import { DEFAULT_VISIBLE, ID_PROP, LAYER_KEYS, LAYER_SOURCE, LAZY_KEYS, PLACE_LAYER, placeLevelOf } from './layers.js';

describe('layer groups', () => {
  it('every analysed level maps to a layer group and back', () => {
    for (const [level, key] of Object.entries(PLACE_LAYER)) expect(placeLevelOf(key)).toBe(level);
    expect(placeLevelOf('sites')).toBeNull();
  });

  it('the lazily loaded layers are the grids, read from their own files', () => {
    expect([...LAZY_KEYS].map((k) => LAYER_SOURCE[k])).toEqual(['grid-h3r8', 'grid-h3r9']);
  });

  it('every group has a start toggle and an id property', () => {
    expect(Object.keys(DEFAULT_VISIBLE).sort()).toEqual([...LAYER_KEYS].sort());
    expect(Object.keys(ID_PROP).sort()).toEqual([...LAYER_KEYS].sort());
  });
});
