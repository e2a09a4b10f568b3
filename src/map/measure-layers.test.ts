import { describe, expect, it } from 'vitest';
import { latest, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { CHOROPLETH_COLORS } from './choropleth.js';
import { deltaE00 } from './color-difference.js';
import { MEASURE_KEYS, measureLayersFor, OPS5G_COLORS, ROAD_COVER_COLORS, TOWER_COLORS } from './measure-layers.js';
import { BASE_COLORS } from './palette.js';

const VISIONS = ['normal', 'deuteranopia', 'protanopia'] as const;

/** The smallest CIEDE2000 difference between two colours under normal vision, deuteranopia and protanopia. */
const minDelta = (a: string, b: string) => Math.min(...VISIONS.map((v) => deltaE00(a, b, v)));

describe('measure layers', () => {
  it('are valid for MapLibre’s style validator, tiled layers on vector sources', () => {
    const sources = Object.fromEntries(
      MEASURE_KEYS.map((k) => [
        k,
        measureLayersFor(k).some((l) => 'source-layer' in l)
          ? { type: 'vector', tiles: ['x://{z}/{x}/{y}'] }
          : { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
      ]),
    );
    const style = { version: 8, sources, layers: MEASURE_KEYS.flatMap((k) => measureLayersFor(k)) };
    expect(validateStyleMin(style as never, latest).map((e) => e.message)).toEqual([]);
  });

  it('draw the roads and the towers from the worker’s tiles, the cells and the environment from GeoJSON', () => {
    const tiled = MEASURE_KEYS.filter((k) => measureLayersFor(k).every((l) => 'source-layer' in l));
    expect(tiled).toEqual(['roadCoverage', 'towers']);
  });

  it('tell covered roads from uncovered ones under deuteranopia and protanopia (ΔE00 ≥ 20)', () => {
    expect(minDelta(ROAD_COVER_COLORS.covered, ROAD_COVER_COLORS.uncovered)).toBeGreaterThanOrEqual(20);
  });

  it('separate neighbouring operator counts and tower classes (ΔE00 ≥ 10)', () => {
    for (const colors of [OPS5G_COLORS, TOWER_COLORS])
      for (let i = 1; i < colors.length; i++)
        expect(minDelta(colors[i - 1]!, colors[i]!), `${colors[i - 1]} / ${colors[i]}`).toBeGreaterThanOrEqual(10);
  });

  it('draw the lowest operator count apart from the city ground (ΔE00 ≥ 5)', () => {
    expect(deltaE00(OPS5G_COLORS[0], BASE_COLORS.city)).toBeGreaterThanOrEqual(5);
  });

  it('keep the operator count’s ramp off the choropleth’s colours (ΔE00 ≥ 10 from each of its classes)', () => {
    for (const c of OPS5G_COLORS.slice(1))
      for (const k of CHOROPLETH_COLORS) expect(deltaE00(c, k), `${c} / ${k}`).toBeGreaterThanOrEqual(10);
  });
});
