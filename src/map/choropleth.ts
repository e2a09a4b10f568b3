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
  return [`< ${format(b[0])} %`, ...b.slice(0, -1).map((lo, i) => `${format(lo)}–${format(b[i + 1]!)} %`), `≥ ${format(b[b.length - 1]!)} %`];
}

/** Fill colour from feature-state `pct`; transparent where the state is absent (not the chosen level). */
export function choroplethFill(): ExpressionSpecification {
  const step: unknown[] = ['step', ['feature-state', 'pct'], CHOROPLETH_COLORS[0]];
  CHOROPLETH_BREAKS.forEach((b, i) => step.push(b, CHOROPLETH_COLORS[i + 1]));
  return ['case', ['==', ['typeof', ['feature-state', 'pct']], 'number'], step as ExpressionSpecification, 'rgba(0,0,0,0)'];
}
