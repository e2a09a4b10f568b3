// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { applyMapLocale, MAPLIBRE_LOCALE, type LocalisableMap } from './maplibre-locale.js';

/** A map with a zoom-in button and a canvas already drawn, as MapLibre leaves them in English. */
function createFakeMap(): LocalisableMap {
  const container = document.createElement('div');
  container.innerHTML =
    '<canvas class="maplibregl-canvas" aria-label="Map"></canvas>' +
    '<button class="maplibregl-ctrl-zoom-in" title="Zoom in" aria-label="Zoom in"></button>';
  return { getContainer: () => container, _locale: { 'NavigationControl.ZoomIn': 'Zoom in', Extra: 'kept' } };
}

describe('applyMapLocale', () => {
  it('rewrites the tooltips already shown and the table later controls read', () => {
    const map = createFakeMap();
    applyMapLocale(map, 'vi');
    const button = map.getContainer().querySelector('.maplibregl-ctrl-zoom-in');
    expect(button?.getAttribute('title')).toBe('Phóng to');
    expect(button?.getAttribute('aria-label')).toBe('Phóng to');
    expect(map.getContainer().querySelector('canvas')?.getAttribute('aria-label')).toBe('Bản đồ');
    expect(map._locale['NavigationControl.ZoomIn']).toBe('Phóng to');
    expect(map._locale['Extra']).toBe('kept');
  });

  it('switches back to English', () => {
    const map = createFakeMap();
    applyMapLocale(map, 'vi');
    applyMapLocale(map, 'en');
    expect(map.getContainer().querySelector('.maplibregl-ctrl-zoom-in')?.getAttribute('title')).toBe('Zoom in');
  });

  it('has the same ids in both languages', () => {
    expect(Object.keys(MAPLIBRE_LOCALE.en).sort()).toEqual(Object.keys(MAPLIBRE_LOCALE.vi).sort());
  });
});
