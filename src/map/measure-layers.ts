/**
 * The measure layers of issues #16 and #17 as pure MapLibre style objects, like layers.ts: coverage along roads,
 * the towers, the number of operators with 5G per H3 resolution-8 cell, and the propagation environment. Every
 * layer id starts with its toggle key, and the source id is the key.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { COVERAGE_TILE_LAYER } from '../worker/coverage-tiles.js';
import { environmentLayers } from './environment-layer.js';

/** The toggles whose layers this module builds. */
export const MEASURE_KEYS = ['roadCoverage', 'towers', 'ops5g', 'environment'] as const;
/** One of {@link MEASURE_KEYS}. */
export type MeasureKey = (typeof MEASURE_KEYS)[number];

/**
 * Road colours: blue covered, red not covered (the ends of ColorBrewer's diverging "RdBu", Brewer 2003, told apart
 * under deuteranopia and protanopia); the uncovered part is also dashed and wider, so it never rests on colour
 * alone.
 */
export const ROAD_COVER_COLORS = { covered: '#2166AC', uncovered: '#B2182B' } as const;

/**
 * Tower colours by operators on the tower, 1, 2 and 3 or more: three steps of ColorBrewer's sequential "YlOrRd"
 * (a single operator pale, a tower of three or four dark), with radii growing by class too.
 */
export const TOWER_COLORS = ['#FEB24C', '#F03B20', '#800026'] as const;
/** Circle radius per class (1, 2, 3+ operators) at zoom 12, CSS pixels; half at zoom 9, double at 16. */
export const TOWER_RADII_PX = [2.5, 4.5, 6.5] as const;

/**
 * Fill colour per number of operators with 5G, 0 to 4: ColorBrewer's sequential "RdPu" (classes 1, 4, 6, 7 and 9
 * of its nine), a hue apart from the choropleth's yellow-to-indigo ramp (choropleth.ts), so the two are not read as
 * one scale; neighbours differ by ΔE00 ≥ 10 also under deuteranopia and protanopia (measure-layers.test.ts).
 */
export const OPS5G_COLORS = ['#FEEBE2', '#FA9FB5', '#DD3497', '#AE017E', '#49006A'] as const;
/** Fill opacity of the operator count: the boundaries stay readable under it. */
export const OPS5G_OPACITY = 0.7;
/** Feature-state key of a cell's operator count (set by measure-paint.ts). */
export const OPS5G_STATE = 'ops5g';

/** The class of a tower by its `operators` property: 0 for one, 1 for two, 2 for three or more. */
const towerClass = (values: readonly (string | number)[]): ExpressionSpecification =>
  ['step', ['get', 'operators'], values[0]!, 2, values[1]!, 3, values[2]!] as unknown as ExpressionSpecification;

/** The MapLibre layers of a measure toggle (source id = the key). */
export function measureLayersFor(key: MeasureKey): LayerSpecification[] {
  switch (key) {
    case 'roadCoverage':
      // Vector tiles cut by the coverage worker: each road's covered and uncovered parts (`covered` true / false),
      // on a white casing so that the blue reads over the choropleth's blues and indigos.
      return [
        {
          id: 'roadCoverage-casing',
          type: 'line',
          source: key,
          'source-layer': COVERAGE_TILE_LAYER,
          layout: { 'line-join': 'round' },
          paint: {
            'line-color': '#FFFFFF',
            'line-opacity': 0.85,
            'line-width': ['interpolate', ['linear'], ['zoom'], 9, 2.6, 14, 6.5],
          },
        },
        {
          id: 'roadCoverage-line',
          type: 'line',
          source: key,
          'source-layer': COVERAGE_TILE_LAYER,
          layout: { 'line-cap': 'butt', 'line-join': 'round' },
          paint: {
            'line-color': ['case', ['get', 'covered'], ROAD_COVER_COLORS.covered, ROAD_COVER_COLORS.uncovered],
            'line-width': [
              'interpolate',
              ['linear'],
              ['zoom'],
              9,
              ['case', ['get', 'covered'], 1, 1.6],
              14,
              ['case', ['get', 'covered'], 3, 4.5],
            ],
            'line-dasharray': ['case', ['get', 'covered'], ['literal', [1, 0]], ['literal', [2, 1]]],
          },
        },
      ];
    case 'towers':
      return [
        {
          id: 'towers-circle',
          type: 'circle',
          source: key,
          'source-layer': COVERAGE_TILE_LAYER,
          // The larger towers are drawn last, on top.
          layout: { 'circle-sort-key': ['get', 'operators'] },
          paint: {
            'circle-color': towerClass(TOWER_COLORS),
            'circle-radius': [
              'interpolate',
              ['linear'],
              ['zoom'],
              9,
              towerClass(TOWER_RADII_PX.map((r) => r / 2)),
              12,
              towerClass(TOWER_RADII_PX),
              16,
              towerClass(TOWER_RADII_PX.map((r) => r * 2)),
            ],
            'circle-stroke-color': '#1F2937',
            'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 9, 0.3, 13, 1],
          },
        },
      ];
    case 'ops5g': {
      const count: ExpressionSpecification = ['feature-state', OPS5G_STATE];
      const ramp = ['step', count, ...OPS5G_COLORS.flatMap((c, i) => (i === 0 ? [c] : [i, c]))];
      return [
        {
          id: 'ops5g-fill',
          type: 'fill',
          source: key,
          paint: {
            // A cell without results yet (the grid is being analysed) is left clear, not drawn as 0.
            'fill-color': [
              'case',
              ['==', ['typeof', count], 'number'],
              ramp,
              'rgba(0,0,0,0)',
            ] as unknown as ExpressionSpecification,
            'fill-opacity': OPS5G_OPACITY,
          },
        },
        {
          id: 'ops5g-line',
          type: 'line',
          source: key,
          minzoom: 11,
          paint: { 'line-color': '#49006A', 'line-width': 0.4, 'line-opacity': 0.35 },
        },
      ];
    }
    case 'environment':
      return environmentLayers(key);
  }
}
