import { describe, expect, it } from 'vitest';
import { createAppStore } from '../state/store.js';
import { areasGeoJson } from './outputs.js';

describe('the GeoJSON export and the model parameters', () => {
  it('carries the overrides at the top level, empty for the defaults', () => {
    const store = createAppStore(null);
    expect(JSON.parse(areasGeoJson([], store.getState())).coverageParams).toEqual({ overrides: {}, calibration: null });
    store.getState().paramsChosen({ edgeProbability: 0.95 });
    expect(JSON.parse(areasGeoJson([], store.getState())).coverageParams).toEqual({
      overrides: { edgeProbability: 0.95 },
      calibration: null,
    });
  });
});
