import { describe, expect, it } from 'vitest';
import { latest, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { DEFAULT_VISIBLE, type LayerKey } from '../domain/layers.js';
import { LABEL_KEYS, labelLayer, labelSource, labelVisibility } from './label-layers.js';

const createVisible = (over: Partial<Record<LayerKey, boolean>> = {}): Record<LayerKey, boolean> => ({
  ...DEFAULT_VISIBLE,
  ...over,
});

describe('label layers', () => {
  it('are valid for MapLibre’s own style validator, each on its own point source', () => {
    const style = {
      version: 8,
      glyphs: 'glyphs/{fontstack}/{range}.pbf',
      sources: Object.fromEntries(
        LABEL_KEYS.map((k) => [labelSource(k), { type: 'geojson', data: { type: 'FeatureCollection', features: [] } }]),
      ),
      layers: LABEL_KEYS.map(labelLayer),
    };
    expect(validateStyleMin(style as never, latest).map((e) => e.message)).toEqual([]);
  });

  it('have ids that start with their toggle’s key', () => {
    for (const k of LABEL_KEYS) expect(labelLayer(k).id.startsWith(`${k}-`)).toBe(true);
  });

  it('place the most populous first and show a name only where it has room', () => {
    const l = labelLayer('units2025');
    expect(l.layout?.['symbol-sort-key']).toEqual(['get', 'rank']);
    expect(l.filter).toEqual(['>=', ['zoom'], ['get', 'minZoom']]);
  });

  it('use only the fonts built offline', () => {
    const fonts = new Set(LABEL_KEYS.flatMap((k) => labelLayer(k).layout?.['text-font'] as string[]));
    expect([...fonts].sort()).toEqual(['Noto Sans Bold', 'Noto Sans Regular']);
  });

  it('give every name a halo', () => {
    for (const k of LABEL_KEYS) expect(labelLayer(k).paint?.['text-halo-width']).toBeGreaterThanOrEqual(1.5);
  });
});

describe('label visibility', () => {
  it('names the 2025 units and the zones by default', () => {
    expect(labelVisibility(createVisible(), 'unit2025')).toEqual({
      units2025: true,
      districts2019: false,
      wards2019: false,
      zones: true,
    });
  });

  it('names the districts instead of the units while the district level is shown', () => {
    const shown = labelVisibility(createVisible({ districts2019: true }), 'district2019');
    expect([shown.districts2019, shown.units2025]).toEqual([true, false]);
  });

  it('keeps the units’ names when the districts are drawn over the unit level', () => {
    const shown = labelVisibility(createVisible({ districts2019: true }), 'unit2025');
    expect([shown.districts2019, shown.units2025]).toEqual([true, true]);
  });

  it('names the units over a hexagon grid', () => {
    expect(labelVisibility(createVisible({ grid8: true }), 'h3r8').units2025).toBe(true);
  });

  it('names nothing of a hidden toggle', () => {
    const shown = labelVisibility(createVisible({ units2025: false, zones: false }), 'unit2025');
    expect(Object.values(shown).some(Boolean)).toBe(false);
  });
});
