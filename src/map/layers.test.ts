import { describe, expect, it } from 'vitest';
import { latest, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { LAYER_KEYS } from '../domain/layers.js';
import { layersFor } from './layers.js';
import { CLICKABLE_LAYERS, hatchPattern } from './layer-meta.js';

describe('map layers', () => {
  it('every toggle has layers whose ids start with its key, drawn from its own source', () => {
    for (const key of LAYER_KEYS) {
      const layers = layersFor(key);
      expect(layers.length).toBeGreaterThan(0);
      for (const l of layers) {
        expect(l.id.startsWith(`${key}-`)).toBe(true);
        expect((l as { source?: string }).source).toBe(key);
      }
    }
  });

  it('clickable layers exist', () => {
    const ids = new Set(LAYER_KEYS.flatMap((k) => layersFor(k).map((l) => l.id)));
    for (const id of CLICKABLE_LAYERS) expect(ids.has(id)).toBe(true);
  });

  it('every layer is valid for MapLibre’s own style validator (a bad paint expression would drop the whole layer)', () => {
    const sources = Object.fromEntries(
      LAYER_KEYS.map((k) => [k, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } }]),
    );
    const style = {
      version: 8,
      sources,
      glyphs: 'glyphs/{fontstack}/{range}.pbf',
      layers: LAYER_KEYS.flatMap((k) => layersFor(k)),
    };
    // Layers that read a tiled layer (source-layer) need a vector source.
    for (const k of LAYER_KEYS)
      if (layersFor(k).some((l) => 'source-layer' in l))
        (sources as Record<string, unknown>)[k] = { type: 'vector', tiles: ['x://{z}/{x}/{y}'] };
    expect(validateStyleMin(style as never, latest).map((e) => e.message)).toEqual([]);
  });

  it('draws the gaps hatch: 2-pixel diagonal stripes, transparent between', () => {
    const img = hatchPattern([10, 20, 30]);
    expect(img.data).toHaveLength(8 * 8 * 4);
    const px = (x: number, y: number) => [...img.data.slice((y * 8 + x) * 4, (y * 8 + x) * 4 + 4)];
    expect(px(0, 0)).toEqual([10, 20, 30, 255]);
    expect(px(1, 0)).toEqual([10, 20, 30, 255]);
    expect(px(2, 0)).toEqual([0, 0, 0, 0]);
    expect(px(7, 1)).toEqual([10, 20, 30, 255]);
    const opaque = Array.from({ length: 64 }, (_, i) => img.data[i * 4 + 3]).filter((a) => a === 255).length;
    expect(opaque).toBe(16);
  });
});
