import { describe, expect, it } from 'vitest';
import { measureTileLayerOf, parseMeasureTileLayer, roadsTileLayer, TOWERS_TILE_LAYER } from './measure-tile-names.js';

describe('measure tile layer names', () => {
  it('names the road layer of a choice and reads it back', () => {
    expect(roadsTileLayer('5G', 'any')).toBe('roads-5G-any');
    expect(roadsTileLayer('4G', 'viettel', 'indoor')).toBe('roads-4G-viettel-indoor');
    expect(parseMeasureTileLayer('roads-4G-viettel-indoor')).toEqual({
      kind: 'roads',
      tech: '4G',
      op: 'viettel',
      level: 'indoor',
    });
    expect(parseMeasureTileLayer('roads-5G-any')).toEqual({ kind: 'roads', tech: '5G', op: 'any', level: 'outdoor' });
  });

  it('reads the towers layer', () => {
    expect(parseMeasureTileLayer(TOWERS_TILE_LAYER)).toEqual({ kind: 'towers' });
  });

  it('names nothing for an unknown operator, level or layer, or an outdoor level written out', () => {
    for (const name of [
      'roads-5G-other',
      'roads-5G-any-cellar',
      'roads-5G-any-outdoor',
      'roads-3G-any',
      '5G',
      'gaps-5G-any',
    ])
      expect(parseMeasureTileLayer(name), name).toBeNull();
  });

  it('gives the road toggle the layer of the choropleth choice and the towers toggle its layer', () => {
    const choice = { choroTech: '5G', choroOp: 'vnpt', coverageLevel: 'indoor' } as const;
    expect(measureTileLayerOf('roadCoverage', choice)).toBe('roads-5G-vnpt-indoor');
    expect(measureTileLayerOf('towers', choice)).toBe('towers');
    expect(measureTileLayerOf('gaps', choice)).toBeNull();
  });
});
