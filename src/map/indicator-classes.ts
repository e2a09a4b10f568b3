/**
 * Classes of an indicator's choropleth: five classes on the same colour-blind-safe palette as coverage. An
 * indicator that names a plan target gets breaks around the target (fibre: 50, 80, 95, 100 %; IoT per person:
 * 0.25, 0.5, 0.75, 1); any other gets quantile breaks of its figures on the level shown (equal counts of
 * areas per class, rounded to two significant digits, duplicates merged).
 */
import type { IndicatorFigure, IndicatorSummary } from '../analysis/indicators.js';

/** Lower bounds of the classes above the first (ascending). */
export type IndicatorBreaks = number[];

const TARGET_BREAKS: Readonly<Record<string, IndicatorBreaks>> = {
  fibre_households_pct: [50, 80, 95, 100],
  iot_per_person: [0.25, 0.5, 0.75, 1],
};

/** Rounds to two significant digits. */
function round2(x: number): number {
  if (x === 0) return 0;
  const p = 10 ** (Math.floor(Math.log10(Math.abs(x))) - 1);
  return Math.round(x / p) * p;
}

/** The breaks for an indicator on a level, from its figures there (`figures` keyed `${level}|${code}`). */
export function indicatorBreaks(
  summary: IndicatorSummary,
  figures: Readonly<Record<string, IndicatorFigure>>,
  level: string,
): IndicatorBreaks {
  const fixed = TARGET_BREAKS[summary.id];
  if (fixed) return fixed;
  const values = Object.entries(figures)
    .filter(([k]) => k.startsWith(`${level}|`))
    .map(([, f]) => f.value)
    .sort((a, b) => a - b);
  if (values.length === 0) return [];
  const breaks: number[] = [];
  for (let i = 1; i < 5; i++) {
    const b = round2(values[Math.min(values.length - 1, Math.floor((i * values.length) / 5))]!);
    if (b > values[0]! && (breaks.length === 0 || b > breaks[breaks.length - 1]!)) breaks.push(b);
  }
  return breaks;
}

/** The class of a value: 0 below the first break, `breaks.length` at or above the last. */
export function classOf(value: number, breaks: IndicatorBreaks): number {
  let c = 0;
  while (c < breaks.length && value >= breaks[c]! - 1e-9) c++;
  return c;
}

/** Legend labels of the classes, e.g. `< 50`, `50–80`, …, `≥ 100` (with the unit). */
export function indicatorLabels(breaks: IndicatorBreaks, unit: string, format: (n: number) => string): string[] {
  if (breaks.length === 0) return [];
  const u = unit ? ` ${unit}` : '';
  return [
    `< ${format(breaks[0]!)}${u}`,
    ...breaks.slice(0, -1).map((lo, i) => `${format(lo)}–${format(breaks[i + 1]!)}${u}`),
    `≥ ${format(breaks[breaks.length - 1]!)}${u}`,
  ];
}
