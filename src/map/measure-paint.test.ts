import { afterEach, describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { createAppStore, type AppStore } from '../state/store.js';
import type { LayerListener } from '../session/data-layers.js';
import { createArea, createResults } from '../../test/support/results.js';
import { attachMeasurePaint, ops5gStates, type CellLayers, type FeatureStateMap } from './measure-paint.js';

const CELLS: FeatureCollection = {
  type: 'FeatureCollection',
  features: ['8841aa1c8dfffff', '8841aa1c8bfffff'].map((code) => ({
    type: 'Feature',
    properties: { code },
    geometry: { type: 'Point', coordinates: [105.85, 21.03] },
  })),
};

/** A map that records the feature states set, and removes them all when asked. */
function createMap(): FeatureStateMap & { states: Map<string, unknown> } {
  const states = new Map<string, unknown>();
  const map = {
    states,
    getSource: () => ({}),
    setFeatureState: (f: { id?: string | number | undefined }, state: unknown) => void states.set(String(f.id), state),
    removeFeatureState: () => states.clear(),
  };
  return map as unknown as FeatureStateMap & { states: Map<string, unknown> };
}

/** The session's layers, holding the cells once `arrive` is called. */
function createLayers(): CellLayers & { arrive(): void } {
  let cells: FeatureCollection | undefined;
  const listeners = new Set<LayerListener>();
  return {
    get: () => cells,
    listen: (l) => (listeners.add(l), () => listeners.delete(l)),
    arrive() {
      cells = CELLS;
      for (const l of listeners) l('ops5g', CELLS);
    },
  };
}

/** One cell analysed: 60 % outdoors for every operator (4 operators), 30 % indoors (none). */
const RESULTS = createResults([createArea('h3r8', '8841aa1c8dfffff', 60), createArea('unit2025', '00070', 90)]);

let detach: (() => void) | null = null;
afterEach(() => detach?.());

function createStore(): AppStore {
  return createAppStore(null);
}

describe('ops5gStates', () => {
  it('gives each analysed cell the number of operators covering it with 5G, and leaves out cells without results', () => {
    const s = createStore().getState();
    expect(ops5gStates(CELLS, { ...s, analysis: { ...s.analysis, results: RESULTS } })).toEqual([
      ['8841aa1c8dfffff', { ops5g: 4 }],
    ]);
  });

  it('reads the chosen coverage level', () => {
    const s = createStore().getState();
    const states = ops5gStates(CELLS, { analysis: { ...s.analysis, results: RESULTS }, coverageLevel: 'indoor' });
    expect(states).toEqual([['8841aa1c8dfffff', { ops5g: 0 }]]);
  });
});

describe('attachMeasurePaint', () => {
  it('colours the cells once the toggle is on, the cells are loaded and the results are in', () => {
    const [map, store, layers] = [createMap(), createStore(), createLayers()];
    detach = attachMeasurePaint(map, store, layers);
    store.getState().layerToggled('ops5g');
    layers.arrive();
    expect(map.states.size).toBe(0);
    store.getState().resultsArrived(RESULTS);
    expect([...map.states]).toEqual([['8841aa1c8dfffff', { ops5g: 4 }]]);
  });

  it('follows a change of coverage level', () => {
    const [map, store, layers] = [createMap(), createStore(), createLayers()];
    detach = attachMeasurePaint(map, store, layers);
    store.getState().resultsArrived(RESULTS);
    store.getState().layerToggled('ops5g');
    layers.arrive();
    store.getState().coverageLevelChosen('indoor');
    expect([...map.states]).toEqual([['8841aa1c8dfffff', { ops5g: 0 }]]);
  });

  it('paints nothing while the toggle is off', () => {
    const [map, store, layers] = [createMap(), createStore(), createLayers()];
    detach = attachMeasurePaint(map, store, layers);
    layers.arrive();
    store.getState().resultsArrived(RESULTS);
    expect(map.states.size).toBe(0);
  });
});
