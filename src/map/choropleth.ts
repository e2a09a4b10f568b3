/**
 * The coverage choropleth: seven classes of the covered share (percent 0–100), a "no data" colour, and the
 * change map between two dates. Values come from the analysis through feature state, so the map never re-reads
 * the data to recolour: `pct` (percent), `delta` (percentage points), `ind` (an indicator's class 0–4) and
 * `nodata` (an area of the chosen level that has no value).
 *
 * Breaks (lower bounds of the classes above the first): 10, 25, 50, 80, 95, 99 %. The top class is the plan's
 * 2030 target (5G for 99 % of the population); 95–99 % is "nearly there", 80–95 % and 50–80 % the middle. Below
 * 50 % three classes (< 10, 10–25, 25–50 %) separate the areas that are barely covered from those that are half
 * covered, which a single "< 50 %" class would hide. The zones' 100 % target is drawn by the zones layer's pass /
 * fail, not by these classes.
 *
 * Colours: designed for this map, a ramp with the hue path of ColorBrewer YlGnBu (Brewer & Harrower 2003) and
 * viridis (van der Walt & Smith 2015), yellow → green → teal → blue → indigo, lightness falling steadily:
 *
 * | class | colour  | L*   | C*   | h°  |
 * | ----- | ------- | ---- | ---- | --- |
 * | < 10  | #f0e52a | 89.3 | 83.7 | 100 |
 * | 10–25 | #b2e58a | 85.7 | 50.6 | 129 |
 * | 25–50 | #6dc6a0 | 73.7 | 37.2 | 163 |
 * | 50–80 | #58a09e | 61.4 | 23.8 | 195 |
 * | 80–95 | #2585a9 | 51.9 | 30.6 | 241 |
 * | 95–99 | #0d528b | 33.9 | 37.3 | 274 |
 * | ≥ 99  | #111a62 | 14.1 | 50.0 | 300 |
 *
 * (CIELAB D65.) Published schemes fail the test below once drawn at 70 % opacity over the city: the best seven of
 * YlGnBu's nine colours reach only ΔE00 8.4 between neighbours (deuteranopia), of viridis' 7.8. L*, C* and h of
 * each class were therefore found by a numerical search around a smooth ramp that maximised the smallest
 * CIEDE2000 difference, as drawn (composited at `CHOROPLETH_OPACITY` over the city and the background colours)
 * and for normal vision, deuteranopia and protanopia (Machado et al. 2009). `choropleth.test.ts` holds the
 * result: neighbours ≥ 10 (measured 11.2; under tritanopia ≥ 5, measured 6.3), every class ≥ 10 from the ground
 * (11.1), "no data" ≥ 12 from every class (14.3) and ≥ 20 from the ground (25.7). The lowest class is a saturated
 * yellow, ≥ 20 from the ground (25.1) where the pale #ffffcc it replaced was 11.6, so a barely covered area no
 * longer looks like an empty one.
 */
import type { ExpressionSpecification } from 'maplibre-gl';

/** Lower bounds of the classes above the first, percent 0–100 (a value on a bound belongs to the class above). */
export const CHOROPLETH_BREAKS = [10, 25, 50, 80, 95, 99] as const;

/** One colour per class, lowest first (`CHOROPLETH_BREAKS.length + 1` colours, `#rrggbb`). */
export const CHOROPLETH_COLORS = ['#f0e52a', '#b2e58a', '#6dc6a0', '#58a09e', '#2585a9', '#0d528b', '#111a62'] as const;

/**
 * "No data": an area of the chosen level without a value (no result, no indicator figure). A neutral mid grey
 * (L* 35.7, C* 0), far in lightness or hue from every class in all three visions.
 */
export const NO_DATA_COLOR = '#545454';

/** The fill opacity, fraction 0–1, the palette was checked at; every choropleth fill layer must use it. */
export const CHOROPLETH_OPACITY = 0.7;

/**
 * The feature state that marks an area of the chosen level as "no data". Areas of the other levels keep no state
 * and stay transparent; a `pct`, `ind` or `delta` set later wins over it.
 */
export const NO_DATA_STATE: Readonly<{ nodata: true }> = { nodata: true };

/**
 * The five colours of an indicator's classes (feature state `ind`, 0–4; `indicator-classes.ts`): classes 1, 2,
 * 4, 6 and 7 of the coverage palette, the five-colour subset whose neighbours differ most (ΔE00 ≥ 11.2 as drawn,
 * in all three visions), spanning the whole ramp.
 */
export const INDICATOR_CLASS_COLORS = [
  CHOROPLETH_COLORS[0],
  CHOROPLETH_COLORS[1],
  CHOROPLETH_COLORS[3],
  CHOROPLETH_COLORS[5],
  CHOROPLETH_COLORS[6],
] as const;

/** Class labels `< 10 %`, `10–25 %`, …, `≥ 99 %`, for the legend; `format` writes a number for the reader. */
export function classLabels(format: (n: number) => string): string[] {
  const b = CHOROPLETH_BREAKS;
  return [
    `< ${format(b[0])} %`,
    ...b.slice(0, -1).map((lo, i) => `${format(lo)}–${format(b[i + 1]!)} %`),
    `≥ ${format(b[b.length - 1]!)} %`,
  ];
}

/** The class of a covered share (percent 0–100): 0 below the first break, `CHOROPLETH_BREAKS.length` at the top. */
export function choroplethClass(pct: number): number {
  let c = 0;
  while (c < CHOROPLETH_BREAKS.length && pct >= CHOROPLETH_BREAKS[c]!) c++;
  return c;
}

/** A MapLibre `step` over `input`: `colors[0]` below `breaks[0]`, `colors[i + 1]` from `breaks[i]`. */
function step(input: ExpressionSpecification, breaks: readonly number[], colors: readonly string[]) {
  const out: unknown[] = ['step', input, colors[0]];
  breaks.forEach((b, i) => out.push(b, colors[i + 1]));
  return out as ExpressionSpecification;
}

/**
 * Fill colour from feature state. A change between two dates (`delta`, percentage points) wins over the level's
 * percent; an indicator shown instead of coverage comes as its class (`ind`, 0–4); then the percent (`pct`);
 * then "no data" (`nodata`); an area with no state (another level) is transparent.
 */
export function choroplethFill(): ExpressionSpecification {
  return [
    'case',
    ['==', ['typeof', ['feature-state', 'delta']], 'number'],
    step(['feature-state', 'delta'], CHANGE_BREAKS, CHANGE_COLORS),
    ['==', ['typeof', ['feature-state', 'ind']], 'number'],
    step(['number', ['feature-state', 'ind']], [1, 2, 3, 4], INDICATOR_CLASS_COLORS),
    ['==', ['typeof', ['feature-state', 'pct']], 'number'],
    step(['feature-state', 'pct'], CHOROPLETH_BREAKS, CHOROPLETH_COLORS),
    ['==', ['feature-state', 'nodata'], true],
    NO_DATA_COLOR,
    'rgba(0,0,0,0)',
  ];
}

/**
 * Fill colour of a layer whose features carry the percent as property `prop` (the public map's precomputed
 * areas): the classes, or "no data" where the property is not a number.
 */
export function choroplethPropertyFill(prop: string): ExpressionSpecification {
  return [
    'case',
    ['==', ['typeof', ['get', prop]], 'number'],
    step(['to-number', ['get', prop]], CHOROPLETH_BREAKS, CHOROPLETH_COLORS),
    NO_DATA_COLOR,
  ];
}

/** Breaks of the change map between two dates, percentage points (lower bounds of the classes above the first). */
export const CHANGE_BREAKS = [-5, -0.05, 0.05, 5, 20] as const;

/**
 * The change map's colours: ColorBrewer PuOr (Brewer & Harrower 2003; colour-blind safe), losses orange, gains
 * purple, "± 0" neutral. The two lighter purples are PuOr's nine-class #b2abd2 and #8073ac rather than the
 * six-class #d8daeb and #998ec3, which were only ΔE00 7 from the neutral as drawn; now every neighbour is ≥ 10.
 */
export const CHANGE_COLORS = ['#e66101', '#fdb863', '#f7f7f7', '#b2abd2', '#8073ac', '#542788'] as const;

/** Class labels of the change map; `pp` is the unit (percentage points) in the reader's language. */
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
