// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { ReadinessMarker } from './readiness.js';
import { createAppStore } from '../state/store.js';
import { createArea, createResults } from '../../test/support/results.js';

/** A map whose `idle` the test fires. */
function fakeMap() {
  const idle: (() => void)[] = [];
  const map = { once: (_: string, f: () => void) => idle.push(f), triggerRepaint: () => {} };
  return { map: map as unknown as MapLibreMap, fireIdle: () => idle.splice(0).forEach((f) => f()) };
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
});
