// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { createAppStore, type AppStore } from '../state/store.js';
import type { Session, SessionEvents } from '../session/session.js';
import type { SitesUpdate } from '../analysis/coverage-service.js';
import { PlanLayer, isStaleFootprint } from './plan-layer.js';

const SQUARE: MultiPolygon = {
  type: 'MultiPolygon',
  coordinates: [
    [
      [
        [105.85, 21.03],
        [105.86, 21.03],
        [105.86, 21.04],
        [105.85, 21.03],
      ],
    ],
  ],
};

/** A map that keeps each source's last data, a session whose `plan` event the test fires, and a plan of one site. */
function createPlanLayer(): {
  store: AppStore;
  drawn: () => FeatureCollection;
  drawnPlan: () => FeatureCollection;
  analysed: (id: string) => void;
  fire: (type: string, e?: object) => void;
  /** The plan circle layer's filter, and the map's container. */
  filter: () => unknown;
  container: HTMLElement;
} {
  const data = new Map<string, FeatureCollection>();
  const source = (id: string) => ({ setData: (d: FeatureCollection) => data.set(id, d) });
  const handlers = new Map<string, Set<(e: object) => void>>();
  const container = document.createElement('div');
  let filter: unknown = null;
  const map = {
    getContainer: () => container,
    // 1 px per 0.001° from (105.85, 21.03), y down.
    project: ([lng, lat]: [number, number]) => ({
      x: Math.round((lng - 105.85) * 1000),
      y: Math.round((21.03 - lat) * 1000),
    }),
    setFilter: (_layer: string, f: unknown) => (filter = f),
    addSource: () => {},
    addLayer: () => {},
    on: (type: string, a: unknown, b?: unknown) => {
      const f = (typeof a === 'function' ? a : b) as (e: object) => void;
      if (!handlers.has(type)) handlers.set(type, new Set());
      handlers.get(type)!.add(f);
    },
    off: (type: string, f: (e: object) => void) => handlers.get(type)?.delete(f),
    dragPan: { disable: () => {}, enable: () => {} },
    getSource: source,
    setFeatureState: () => {},
    once: () => {},
    getCanvas: () => ({ style: {} }),
  } as unknown as MapLibreMap;
  let onPlan: (v: SessionEvents['plan']) => void = () => {};
  const session = {
    on: (_name: 'plan', l: (v: SessionEvents['plan']) => void) => {
      onPlan = l;
      return () => {};
    },
  } as unknown as Session;
  const store = createAppStore(null);
  store.getState().sitePlaced(105.855, 21.035);
  new PlanLayer(map, store, session);
  // Only the footprints of the update are read by the layer.
  const footprints: SitesUpdate['footprints'] = {};
  const analysed = (id: string) => {
    footprints[id] = [{ tech: '5G', level: 'outdoor', rangeM: 500, geometry: SQUARE }];
    onPlan({ update: { footprints } as SitesUpdate, removed: [], roundTripMs: 1, kind: 'edit' });
  };
  const fire = (type: string, e: object = {}) => [...(handlers.get(type) ?? [])].forEach((f) => f(e));
  return {
    store,
    drawn: () => data.get('plan-footprints')!,
    drawnPlan: () => data.get('plan')!,
    analysed,
    fire,
    filter: () => filter,
    container,
  };
}

describe('isStaleFootprint', () => {
  it('holds footprints made with the same parameters, even as another object', () => {
    expect(isStaleFootprint({ edgeProbability: 0.75 }, { edgeProbability: 0.75 })).toBe(false);
  });

  it('marks footprints made with other parameters', () => {
    expect(isStaleFootprint({}, { edgeProbability: 0.75 })).toBe(true);
  });
});

describe('PlanLayer after new model parameters', () => {
  it('draws a candidate’s footprint as current when it was made with the parameters in use', () => {
    const { store, drawn, analysed } = createPlanLayer();
    analysed(store.getState().plan.sites[0]!.id);
    expect(drawn().features.map((f) => f.properties?.stale)).toEqual([false]);
  });

  it('marks the footprint stale once the parameters change, and current again when a new one comes', () => {
    const { store, drawn, analysed } = createPlanLayer();
    const id = store.getState().plan.sites[0]!.id;
    analysed(id);
    store.getState().paramsChosen({ edgeProbability: 0.75 });
    expect(drawn().features.map((f) => f.properties?.stale)).toEqual([true]);
    analysed(id);
    expect(drawn().features.map((f) => f.properties?.stale)).toEqual([false]);
  });
});

describe('PlanLayer drag', () => {
  it('ends the drag when the button is let go outside the map (over the sidebar)', () => {
    const page = new EventTarget();
    const saved = [globalThis.addEventListener, globalThis.removeEventListener];
    Object.assign(globalThis, {
      addEventListener: page.addEventListener.bind(page),
      removeEventListener: page.removeEventListener.bind(page),
    });
    try {
      const { store, fire } = createPlanLayer();
      const id = store.getState().plan.sites[0]!.id;
      fire('mousedown', { features: [{ properties: { id } }], preventDefault: () => {} });
      expect(store.getState().planDragging).toBe(id);
      page.dispatchEvent(new Event('mouseup'));
      expect(store.getState().planDragging).toBeNull();
      // The map's own mouseup, after the page's, changes nothing.
      fire('mouseup');
      expect(store.getState().planDragging).toBeNull();
    } finally {
      Object.assign(globalThis, { addEventListener: saved[0], removeEventListener: saved[1] });
    }
  });

  it('draws the dragged candidate over the map, following the mouse, and its circle again once let go', () => {
    const { store, fire, filter, container, drawnPlan } = createPlanLayer();
    const id = store.getState().plan.sites[0]!.id;
    const handle = () => container.querySelector<HTMLElement>('[data-testid="plan-drag-handle"]');
    fire('mousedown', { features: [{ properties: { id } }], preventDefault: () => {} });
    expect(filter()).toEqual(['!=', ['get', 'id'], id]);
    expect(handle()!.style.transform).toBe('translate(5px, -5px) translate(-50%, -50%)');
    fire('mousemove', { lngLat: { lng: 105.86, lat: 21.02 } });
    expect(handle()!.style.transform).toBe('translate(10px, 10px) translate(-50%, -50%)');
    fire('mouseup');
    expect(handle()).toBeNull();
    expect(filter()).toBeNull();
    expect(store.getState().plan.sites[0]).toMatchObject({ lng: 105.86, lat: 21.02 });
    expect(drawnPlan().features[0]!.geometry).toEqual({ type: 'Point', coordinates: [105.86, 21.02] });
  });
});
