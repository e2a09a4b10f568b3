import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VISIBLE,
  GRID_OVERLAYS,
  gridLevelShown,
  ID_PROP,
  LAYER_KEYS,
  LAYER_SOURCE,
  LAZY_KEYS,
  PLACE_LAYER,
  placeLevelOf,
} from './layers.js';

describe('layer groups', () => {
  it('every analysed level maps to a layer group and back', () => {
    for (const [level, key] of Object.entries(PLACE_LAYER)) expect(placeLevelOf(key)).toBe(level);
    expect(placeLevelOf('sites')).toBeNull();
  });

  it('a cell of the operators-with-5G overlay is a cell of its grid level', () => {
    expect(placeLevelOf('ops5g')).toBe('h3r8');
    expect(placeLevelOf('environment')).toBeNull();
  });

  it('the lazily loaded layers are the grids, the environment grid and the cells of the operator count', () => {
    expect([...LAZY_KEYS].map((k) => LAYER_SOURCE[k])).toEqual(['grid-h3r8', 'grid-h3r9', 'environment', 'grid-h3r8']);
  });

  it('the measure layers start hidden', () => {
    for (const key of ['roadCoverage', 'towers', 'ops5g', 'environment'] as const)
      expect(DEFAULT_VISIBLE[key]).toBe(false);
  });

  it('a grid level is shown by its own toggle or by the operator count drawn on its cells', () => {
    const none = { ...DEFAULT_VISIBLE, grid8: false, grid9: false, ops5g: false };
    expect(gridLevelShown('h3r8', none)).toBe(false);
    expect(gridLevelShown('h3r8', { ...none, ops5g: true })).toBe(true);
    expect(gridLevelShown('h3r9', { ...none, ops5g: true })).toBe(false);
    expect(gridLevelShown('h3r9', { ...none, grid9: true })).toBe(true);
    for (const [level, keys] of Object.entries(GRID_OVERLAYS)) expect(keys).toContain(PLACE_LAYER[level as 'h3r8']);
  });

  it('every group has a start toggle and an id property', () => {
    expect(Object.keys(DEFAULT_VISIBLE).sort()).toEqual([...LAYER_KEYS].sort());
    expect(Object.keys(ID_PROP).sort()).toEqual([...LAYER_KEYS].sort());
  });
});
