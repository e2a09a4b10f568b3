import { describe, expect, it } from 'vitest';
import { frozenSlice } from '../../../test/support/frozen-store.js';
import { createChoroplethSlice, INITIAL_CHOROPLETH } from './choropleth.js';

describe('choropleth slice', () => {
  it('starts on the 2025 units, 5G, any operator, share of area, outdoors, now', () => {
    expect(INITIAL_CHOROPLETH).toEqual({
      level: 'unit2025',
      choroTech: '5G',
      choroOp: 'any',
      basis: 'area',
      coverageLevel: 'outdoor',
      asOf: null,
    });
  });

  it('each choice sets its own field in a new state, the old one unchanged', () => {
    const store = frozenSlice(createChoroplethSlice);
    const before = store.getState();
    store.getState().levelChosen('ward2019');
    store.getState().techChosen('4G');
    store.getState().opSetChosen('mobifone');
    store.getState().basisChosen('population');
    store.getState().asOfChosen('2024-12-31');
    expect(store.getState()).toMatchObject({
      level: 'ward2019',
      choroTech: '4G',
      choroOp: 'mobifone',
      basis: 'population',
      asOf: '2024-12-31',
    });
    expect(before).toMatchObject(INITIAL_CHOROPLETH);
  });

  it('linkOpened takes what the link names and keeps the rest', () => {
    const store = frozenSlice(createChoroplethSlice);
    store.getState().basisChosen('population');
    store.getState().linkOpened({ level: 'h3r8', tech: null, op: 'vnpt', basis: null, coverageLevel: 'indoor' });
    expect(store.getState()).toMatchObject({
      level: 'h3r8',
      choroTech: '5G',
      choroOp: 'vnpt',
      basis: 'population',
      coverageLevel: 'indoor',
    });
  });
});
