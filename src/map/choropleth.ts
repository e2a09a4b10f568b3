/**
 * The coverage choropleth: a colour-blind-safe sequential palette (ColorBrewer YlGnBu, 5 classes; Brewer &
 * Harrower 2003) on class breaks chosen around the plan's targets (99 % and 100 %). Values come from the
 * analysis through feature-state `pct` (percent 0–100), so the map never re-reads the data to recolour.
 */
import type { ExpressionSpecification } from 'maplibre-gl';

/** Lower bounds of the classes above the first, percent. */
export const CHOROPLETH_BREAKS = [50, 80, 95, 99] as const;
export const CHOROPLETH_COLORS = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;

/** Class labels `0–50 %`, …, `≥ 99 %`, for the legend. */
export function classLabels(format: (n: number) => string): string[] {
  const b = CHOROPLETH_BREAKS;
  return [
    `< ${format(b[0])} %`,
    ...b.slice(0, -1).map((lo, i) => `${format(lo)}–${format(b[i + 1]!)} %`),
    `≥ ${format(b[b.length - 1]!)} %`,
  ];
}

/** Fill colour from feature-state `pct`; transparent where the state is absent (not the chosen level). */
export function choroplethFill(): ExpressionSpecification {
  const step: unknown[] = ['step', ['feature-state', 'pct'], CHOROPLETH_COLORS[0]];
  CHOROPLETH_BREAKS.forEach((b, i) => step.push(b, CHOROPLETH_COLORS[i + 1]));
  const change: unknown[] = ['step', ['feature-state', 'delta'], CHANGE_COLORS[0]];
  CHANGE_BREAKS.forEach((b, i) => change.push(b, CHANGE_COLORS[i + 1]));
  // A change between two dates (feature-state `delta`, percentage points) wins over the level's percent; an
  // indicator shown instead of coverage comes as its class (feature-state `ind`, 0–4).
  return [
    'case',
    ['==', ['typeof', ['feature-state', 'delta']], 'number'],
    change as ExpressionSpecification,
    ['==', ['typeof', ['feature-state', 'ind']], 'number'],
    [
      'step',
      ['number', ['feature-state', 'ind']],
      CHOROPLETH_COLORS[0],
      1,
      CHOROPLETH_COLORS[1],
      2,
      CHOROPLETH_COLORS[2],
      3,
      CHOROPLETH_COLORS[3],
      4,
      CHOROPLETH_COLORS[4],
    ],
    ['==', ['typeof', ['feature-state', 'pct']], 'number'],
    step as ExpressionSpecification,
    'rgba(0,0,0,0)',
  ];
}

/**
 * The change map between two dates: a diverging palette (ColorBrewer PuOr, 6 classes; colour-blind safe) on
 * percentage-point breaks; losses purple-free orange, gains purple.
 */
export const CHANGE_BREAKS = [-5, -0.05, 0.05, 5, 20] as const;
export const CHANGE_COLORS = ['#e66101', '#fdb863', '#f7f7f7', '#d8daeb', '#998ec3', '#542788'] as const;

/** Class labels of the change map, percentage points. */
export function changeLabels(format: (n: number) => string, pp: string): string[] {
  const b = CHANGE_BREAKS;
  return [
    `< ${format(b[0])} ${pp}`,
    `${format(b[0])} – 0 ${pp}`,
    `± 0 ${pp}`,
    `0 – +${format(b[3])} ${pp}`,
    `+${format(b[3])} – +${format(b[4])} ${pp}`,
    `≥ +${format(b[4])} ${pp}`,
  ];
}
