// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { ReadinessMarker } from './readiness.js';
import { createAppStore } from '../state/store.js';
import { createArea, createResults } from '../../test/support/results.js';

/** A map whose `render` and `idle` events the test fires. */
function fakeMap() {
  const listeners = new Map<string, Set<() => void>>();
  const on = (type: string, f: () => void) => (listeners.get(type) ?? listeners.set(type, new Set()).get(type)!).add(f);
  const off = (type: string, f: () => void) => listeners.get(type)?.delete(f);
  const once = (type: string, f: () => void) => {
    const g = () => {
      off(type, g);
      f();
    };
    on(type, g);
  };
  const fire = (type: string) => [...(listeners.get(type) ?? [])].forEach((f) => f());
  const map = { on, off, once, triggerRepaint: () => {} };
  return { map: map as unknown as MapLibreMap, fireIdle: () => fire('idle'), fireRender: () => fire('render') };
}

describe('ReadinessMarker', () => {
  it('leaves loading once the coloured choropleth is drawn, and says so once', () => {
    const store = createAppStore(null);
    const root = document.createElement('html');
    const left = vi.fn();
    const { map, fireIdle } = fakeMap();
    const marker = new ReadinessMarker(map, () => store.getState(), root, left);
    expect(root.dataset.analysis).toBe('loading');
    marker.choroplethPainted(126); // no results yet: not a choropleth
    fireIdle();
    expect(root.dataset.analysis).toBe('loading');
    store.getState().resultsArrived(createResults([createArea('unit2025', '00001', 50)]));
    marker.choroplethPainted(126);
    expect(root.dataset.analysis).toBe('loading');
    expect(left).not.toHaveBeenCalled();
    fireIdle();
    expect(root.dataset.analysis).toBe('ready');
    marker.update();
    expect(left).toHaveBeenCalledTimes(1);
  });

  it('leaves loading when the analysis fails before any choropleth', () => {
    const store = createAppStore(null);
    const root = document.createElement('html');
    const left = vi.fn();
    const marker = new ReadinessMarker(fakeMap().map, () => store.getState(), root, left);
    store.getState().analysisFailed('worker gone');
    marker.update();
    expect(root.dataset.analysis).toBe('error');
    expect(left).toHaveBeenCalledTimes(1);
  });

  it('leaves loading with the frame after the chosen level’s tiles are drawn, without waiting for the idle', () => {
    const store = createAppStore(null);
    store.getState().resultsArrived(createResults([createArea('unit2025', '00001', 50)]));
    const root = document.createElement('html');
    const { map, fireRender, fireIdle } = fakeMap();
    let drawn = false;
    const marker = new ReadinessMarker(map, () => store.getState(), root);
    marker.choroplethPainted(126, () => drawn);
    fireRender(); // tiles still loading
    fireRender();
    expect(root.dataset.analysis).toBe('loading');
    drawn = true;
    fireRender(); // finds them loaded: the next frame has them
    expect(root.dataset.analysis).toBe('loading');
    fireRender();
    expect(root.dataset.analysis).toBe('ready');
    fireIdle();
    expect(root.dataset.analysis).toBe('ready');
  });
});
