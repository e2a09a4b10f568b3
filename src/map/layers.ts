/**
 * The map's data layers as pure MapLibre style objects, grouped by the toggle that shows or hides them.
 * Every layer id of a group starts with `<key>-`, which the layer panel and the tests rely on.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { OPERATORS, CABLE_STATUSES } from '../domain/telecom.js';
import { ZONE_CATEGORIES } from '../domain/zones.js';
import {
  BASE_COLORS,
  CABLE_COLORS,
  OPERATOR_COLORS,
  SPEED_COLORS,
  ZONE_COLORS,
  ZONE_FILL_OPACITY,
  ZONE_TARGET_COLORS,
} from './palette.js';
import { CHOROPLETH_OPACITY, choroplethFill } from './choropleth.js';
import type { LayerKey } from '../domain/layers.js';
import { GAP_PATTERN } from './layer-meta.js';
import { measureLayersFor } from './measure-layers.js';

export const FONT_REGULAR = ['Noto Sans Regular'];
export const FONT_BOLD = ['Noto Sans Bold'];

const match = <K extends string>(
  prop: string,
  colors: Readonly<Record<K, string>>,
  keys: readonly K[],
  fallback = '#888888',
) => ['match', ['get', prop], ...keys.flatMap((k) => [k, colors[k]]), fallback] as unknown as ExpressionSpecification;

/** MapLibre layers per toggle; the source id equals the toggle key. */
export function layersFor(key: LayerKey): LayerSpecification[] {
  switch (key) {
    case 'roadCoverage':
    case 'towers':
    case 'ops5g':
    case 'environment':
      return measureLayersFor(key);
    case 'roads':
      return [
        {
          id: 'roads-line',
          type: 'line',
          source: key,
          paint: {
            'line-color': [
              'match',
              ['get', 'highway'],
              ['motorway', 'trunk', 'primary'],
              BASE_COLORS.roadMajor,
              BASE_COLORS.road,
            ],
            'line-width': ['interpolate', ['linear'], ['zoom'], 9, 0.4, 14, 2.5],
          },
        },
      ];
    case 'coverage4g':
    case 'coverage5g':
      // Vector tiles cut by the coverage worker (layer `coverage`).
      return [
        {
          id: `${key}-fill`,
          type: 'fill',
          source: key,
          'source-layer': 'coverage',
          paint: {
            'fill-color': match('operator', OPERATOR_COLORS, OPERATORS),
            'fill-opacity': key === 'coverage5g' ? 0.22 : 0.12,
          },
        },
        {
          id: `${key}-line`,
          type: 'line',
          source: key,
          'source-layer': 'coverage',
          paint: {
            'line-color': match('operator', OPERATOR_COLORS, OPERATORS),
            'line-width': 0.6,
            'line-opacity': 0.6,
            ...(key === 'coverage4g' ? { 'line-dasharray': [2, 2] } : {}),
          },
        },
      ];
    case 'units2025':
      return [
        {
          id: 'units2025-fill',
          type: 'fill',
          source: key,
          paint: { 'fill-color': choroplethFill(), 'fill-opacity': CHOROPLETH_OPACITY },
        },
        {
          id: 'units2025-line',
          type: 'line',
          source: key,
          paint: {
            'line-color': BASE_COLORS.unitLine,
            'line-width': ['interpolate', ['linear'], ['zoom'], 9, 0.6, 14, 1.6],
          },
        },
      ];
    case 'wards2019':
      return [
        {
          id: 'wards2019-fill',
          type: 'fill',
          source: key,
          paint: { 'fill-color': choroplethFill(), 'fill-opacity': CHOROPLETH_OPACITY },
        },
        {
          id: 'wards2019-line',
          type: 'line',
          source: key,
          paint: { 'line-color': BASE_COLORS.wardLine, 'line-width': 0.7, 'line-dasharray': [3, 2] },
        },
      ];
    case 'districts2019':
      return [
        {
          id: 'districts2019-fill',
          type: 'fill',
          source: key,
          paint: { 'fill-color': choroplethFill(), 'fill-opacity': CHOROPLETH_OPACITY },
        },
        {
          id: 'districts2019-line',
          type: 'line',
          source: key,
          paint: {
            'line-color': BASE_COLORS.districtLine,
            'line-width': ['interpolate', ['linear'], ['zoom'], 9, 1.2, 14, 3],
          },
        },
      ];
    case 'gaps':
      // The uncovered part of the city for the choropleth's technology and operator set: vector tiles cut by
      // the coverage worker, hatched so the choropleth stays readable underneath.
      return [
        {
          id: 'gaps-fill',
          type: 'fill',
          source: key,
          'source-layer': 'coverage',
          paint: { 'fill-pattern': GAP_PATTERN, 'fill-opacity': 0.85 },
        },
      ];
    case 'grid8':
    case 'grid9':
      return [
        {
          id: `${key}-fill`,
          type: 'fill',
          source: key,
          paint: { 'fill-color': choroplethFill(), 'fill-opacity': CHOROPLETH_OPACITY },
        },
        {
          id: `${key}-line`,
          type: 'line',
          source: key,
          paint: {
            'line-color': BASE_COLORS.wardLine,
            'line-opacity': ['interpolate', ['linear'], ['zoom'], 9, 0.15, 13, 0.5],
            'line-width': ['interpolate', ['linear'], ['zoom'], 9, 0.1, 14, 0.8],
          },
        },
      ];
    case 'cables':
      return [
        {
          id: 'cables-line',
          type: 'line',
          source: key,
          paint: {
            'line-color': match('status', CABLE_COLORS, CABLE_STATUSES),
            'line-width': ['interpolate', ['linear'], ['zoom'], 9, 1, 15, 4],
            'line-dasharray': ['match', ['get', 'status'], 'done', ['literal', [1, 0]], ['literal', [2, 1]]],
          },
        },
      ];
    case 'zones':
      return [
        // Pass / fail against the plan's 100 % 5G target once the analysis has run (feature-state `pass`), the
        // category colour before; the outline always shows the category.
        {
          id: 'zones-fill',
          type: 'fill',
          source: key,
          paint: {
            'fill-color': [
              'case',
              ['==', ['feature-state', 'pass'], true],
              ZONE_TARGET_COLORS.pass,
              ['==', ['feature-state', 'pass'], false],
              ZONE_TARGET_COLORS.fail,
              match('category', ZONE_COLORS, ZONE_CATEGORIES),
            ],
            'fill-opacity': ZONE_FILL_OPACITY,
          },
        },
        {
          id: 'zones-line',
          type: 'line',
          source: key,
          paint: { 'line-color': match('category', ZONE_COLORS, ZONE_CATEGORIES), 'line-width': 1.5 },
        },
      ];
    case 'busStops':
      return [
        {
          id: 'busStops-circle',
          type: 'circle',
          source: key,
          minzoom: 11,
          paint: {
            'circle-radius': 2.5,
            'circle-color': '#3B4A5A',
            'circle-stroke-color': '#ffffff',
            'circle-stroke-width': 0.8,
          },
        },
      ];
    case 'speedTests':
      return [
        {
          id: 'speedTests-circle',
          type: 'circle',
          source: key,
          paint: {
            'circle-radius': ['interpolate', ['linear'], ['zoom'], 9, 1.5, 15, 5],
            'circle-color': [
              'case',
              ['>=', ['get', 'downMbps'], ['match', ['get', 'tech'], '5G', 100, 40]],
              SPEED_COLORS.meets,
              SPEED_COLORS.below,
            ],
            'circle-opacity': 0.8,
          },
        },
      ];
    case 'sites':
      return [
        {
          id: 'sites-circle',
          type: 'circle',
          source: key,
          paint: {
            // Scaled with zoom so 12,000 sites read as density at city zoom and as single sites up close.
            'circle-radius': [
              'interpolate',
              ['linear'],
              ['zoom'],
              9,
              ['case', ['get', 'has5g'], 1.6, 1],
              12,
              ['case', ['get', 'has5g'], 3.5, 2.5],
              16,
              ['case', ['get', 'has5g'], 8, 6],
            ],
            'circle-color': match('operator', OPERATOR_COLORS, OPERATORS),
            'circle-stroke-color': ['case', ['get', 'has5g'], '#111111', '#ffffff'],
            'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 9, 0, 12, 0.8],
          },
        },
      ];
  }
}
