/**
 * The map layer "Môi trường truyền sóng / Propagation environment": the 1 km cells of the environment grid
 * (`environment.fgb`, scripts/pipeline/environment.ts) filled by class. Pure MapLibre style objects, like
 * layers.ts; every layer id starts with the toggle key (`environment-`).
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { ENVIRONMENTS, type Environment } from '../analysis/coverage/environment.js';

/**
 * Fill colour per class, from built-up to open: ColorBrewer's diverging "PiYG" (Brewer 2003) ends, five steps,
 * distinct for deuteranopia and protanopia.
 */
export const ENVIRONMENT_COLORS: Readonly<Record<Environment, string>> = {
  'dense-urban': '#8E0152',
  urban: '#DE77AE',
  suburban: '#FDE0EF',
  rural: '#B8E186',
  open: '#4D9221',
};

/** Fill opacity of the cells: the streets and boundaries stay readable under them. */
export const ENVIRONMENT_OPACITY = 0.45;

/** The MapLibre layers of the environment toggle; `source` is its source id (the toggle key). */
export function environmentLayers(source: string): LayerSpecification[] {
  const color = [
    'match',
    ['get', 'env'],
    ...ENVIRONMENTS.flatMap((e) => [e, ENVIRONMENT_COLORS[e]]),
    '#888888',
  ] as unknown as ExpressionSpecification;
  return [
    {
      id: `${source}-fill`,
      type: 'fill',
      source,
      paint: { 'fill-color': color, 'fill-opacity': ENVIRONMENT_OPACITY, 'fill-antialias': false },
    },
    {
      id: `${source}-line`,
      type: 'line',
      source,
      minzoom: 11,
      paint: { 'line-color': color, 'line-width': 0.5, 'line-opacity': 0.8 },
    },
  ];
}

/** The legend: each class with its colour and its interface string key (src/ui/messages/environment.ts). */
export const ENVIRONMENT_LEGEND: readonly { env: Environment; color: string; label: `env.${Environment}` }[] =
  ENVIRONMENTS.map((env) => ({ env, color: ENVIRONMENT_COLORS[env], label: `env.${env}` as const }));
