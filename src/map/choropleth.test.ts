import { describe, expect, it } from 'vitest';
import {
  Color,
  createPropertyExpression,
  latest,
  type ExpressionSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import {
  CHANGE_COLORS,
  CHOROPLETH_BREAKS,
  CHOROPLETH_COLORS,
  CHOROPLETH_OPACITY,
  INDICATOR_CLASS_COLORS,
  NO_DATA_COLOR,
  NO_DATA_STATE,
  choroplethClass,
  choroplethFill,
  choroplethPropertyFill,
  classLabels,
} from './choropleth.js';
import { composite, deltaE00, hexToRgb, rgbToHex, type Vision } from './color-difference.js';
import { BASE_COLORS } from './palette.js';
import { LAYER_KEYS } from '../domain/layers.js';
import { layersFor } from './layers.js';

/** Evaluates a fill-color expression for one feature, as MapLibre would. */
function evaluate(
  expr: ExpressionSpecification,
  state: Record<string, unknown>,
  properties: Record<string, unknown> = {},
): Color {
  const parsed = createPropertyExpression(expr, 'fill-color', latest.paint_fill['fill-color'] as never);
  if (parsed.result !== 'success') throw new Error(parsed.value.map((e) => e.message).join('; '));
  return parsed.value.evaluate({ zoom: 10 }, { type: 'Polygon', properties } as never, state) as Color;
}
const colour = (hex: string) => Color.parse(hex)!;

describe('choropleth classes', () => {
  it('has ascending breaks and one colour per class', () => {
    expect([...CHOROPLETH_BREAKS]).toEqual([10, 25, 50, 80, 95, 99]);
    expect(CHOROPLETH_COLORS).toHaveLength(CHOROPLETH_BREAKS.length + 1);
    expect(new Set([...CHOROPLETH_COLORS, NO_DATA_COLOR]).size).toBe(CHOROPLETH_COLORS.length + 1);
  });

  it('labels the classes from the breaks', () => {
    const labels = ['< 10 %', '10–25 %', '25–50 %', '50–80 %', '80–95 %', '95–99 %', '≥ 99 %'];
    expect(classLabels(String)).toEqual(labels);
    expect(classLabels((n) => `(${n})`)[0]).toBe('< (10) %');
  });

  it('puts a value on a break into the class above', () => {
    expect([0, 9.99, 10, 24.99, 25, 50, 80, 95, 98.99, 99, 100].map(choroplethClass)).toEqual([
      0, 0, 1, 1, 2, 3, 4, 5, 5, 6, 6,
    ]);
  });
});

describe('choropleth fill expression', () => {
  const fill = choroplethFill();

  it('colours the percent by class, the same class as choroplethClass', () => {
    for (const pct of [0, 9.99, 10, 49.5, 80, 98.99, 99, 100])
      expect(evaluate(fill, { pct }), `pct ${pct}`).toEqual(colour(CHOROPLETH_COLORS[choroplethClass(pct)]!));
  });

  it('draws "no data" for an area of the chosen level without a value, and nothing for an area without state', () => {
    expect(evaluate(fill, { ...NO_DATA_STATE })).toEqual(colour(NO_DATA_COLOR));
    expect(evaluate(fill, {}).a).toBe(0);
  });

  it('lets a value set after "no data" win over it', () => {
    expect(evaluate(fill, { ...NO_DATA_STATE, pct: 60 })).toEqual(colour(CHOROPLETH_COLORS[3]));
  });

  it('colours an indicator class 0–4 with the five indicator colours', () => {
    for (let ind = 0; ind < 5; ind++)
      expect(evaluate(fill, { ind, pct: 100 })).toEqual(colour(INDICATOR_CLASS_COLORS[ind]!));
  });

  it('lets a change between two dates win over the percent', () => {
    expect(evaluate(fill, { pct: 50, delta: 0 })).toEqual(colour(CHANGE_COLORS[2]));
    expect(evaluate(fill, { pct: 50, delta: -10 })).toEqual(colour(CHANGE_COLORS[0]));
    expect(evaluate(fill, { pct: 50, delta: 25 })).toEqual(colour(CHANGE_COLORS[5]));
  });

  it('colours a property percent by class, and "no data" where the property is not a number', () => {
    const byProp = choroplethPropertyFill('c5_any');
    expect(evaluate(byProp, {}, { c5_any: 96 })).toEqual(colour(CHOROPLETH_COLORS[5]));
    expect(evaluate(byProp, {}, { c5_any: null })).toEqual(colour(NO_DATA_COLOR));
    expect(evaluate(byProp, {}, {})).toEqual(colour(NO_DATA_COLOR));
  });

  it('is drawn at CHOROPLETH_OPACITY by every layer that uses it (the opacity the palette is checked at)', () => {
    const fills = LAYER_KEYS.flatMap((k) => layersFor(k)).filter(
      (l) => l.type === 'fill' && JSON.stringify(l.paint?.['fill-color']) === JSON.stringify(fill),
    );
    expect(fills.map((l) => l.id)).toEqual(expect.arrayContaining(['units2025-fill', 'districts2019-fill']));
    for (const l of fills) expect(l.type === 'fill' && l.paint?.['fill-opacity'], l.id).toBe(CHOROPLETH_OPACITY);
  });
});

/**
 * Minimum CIEDE2000 differences, measured on the colours as drawn: each composited at `CHOROPLETH_OPACITY` over
 * the ground it lies on (the city inside Hà Nội; the background outside it and on the public map), then seen
 * with normal vision or simulated deuteranopia or protanopia (Machado et al. 2009, severity 1). Roads lie
 * under the fill and show through it; lines and labels are drawn above it.
 */
const MIN_NEIGHBOURS = 10;
const MIN_CLASS_FROM_GROUND = 10;
/** The lowest class is the one an eye confuses with empty land (the old #ffffcc was 11.6 from the city). */
const MIN_LOWEST_CLASS_FROM_GROUND = 20;
const MIN_NO_DATA_FROM_CLASS = 12;
const MIN_NO_DATA_FROM_GROUND = 20;
/** Tritanopia (about 1 in 10,000) is checked to a lower bar: Machado's model is weakest there. */
const MIN_NEIGHBOURS_TRITAN = 5;

const GROUNDS = { city: BASE_COLORS.city, background: BASE_COLORS.background } as const;
const VISIONS: readonly Vision[] = ['normal', 'deuteranopia', 'protanopia'];
const asDrawn = (hex: string, ground: string) =>
  rgbToHex(composite(hexToRgb(hex), hexToRgb(ground), CHOROPLETH_OPACITY));

/** Every pair `[a, b, what]` as drawn over each ground, with its ΔE00 for each vision. */
function differences(pairs: readonly (readonly [string, string, string])[], visions: readonly Vision[] = VISIONS) {
  return Object.entries(GROUNDS).flatMap(([ground, g]) =>
    pairs.flatMap(([a, b, what]) =>
      visions.map((v) => ({ what: `${what} over ${ground}, ${v}`, dE: deltaE00(asDrawn(a, g), asDrawn(b, g), v) })),
    ),
  );
}
const neighbours = (colors: readonly string[], name: string) =>
  colors.slice(1).map((c, i) => [colors[i]!, c, `${name} ${i}–${i + 1} (${colors[i]} / ${c})`] as const);
const tooClose = (ds: { what: string; dE: number }[], min: number) =>
  ds.filter((d) => d.dE < min).map((d) => `${d.what}: ΔE00 ${d.dE.toFixed(2)}`);

describe('colour differences as drawn (CIEDE2000, normal vision, deuteranopia, protanopia)', () => {
  it(`separates neighbouring coverage classes by ≥ ${MIN_NEIGHBOURS}`, () => {
    expect(tooClose(differences(neighbours(CHOROPLETH_COLORS, 'class')), MIN_NEIGHBOURS)).toEqual([]);
  });

  it(`separates neighbouring indicator classes by ≥ ${MIN_NEIGHBOURS}`, () => {
    expect(tooClose(differences(neighbours(INDICATOR_CLASS_COLORS, 'indicator')), MIN_NEIGHBOURS)).toEqual([]);
  });

  it(`separates neighbouring change classes by ≥ ${MIN_NEIGHBOURS}`, () => {
    expect(tooClose(differences(neighbours(CHANGE_COLORS, 'change')), MIN_NEIGHBOURS)).toEqual([]);
  });

  it(`separates neighbours by ≥ ${MIN_NEIGHBOURS_TRITAN} under simulated tritanopia`, () => {
    const all = [
      ...neighbours(CHOROPLETH_COLORS, 'class'),
      ...neighbours(INDICATOR_CLASS_COLORS, 'indicator'),
      ...neighbours(CHANGE_COLORS, 'change'),
    ];
    expect(tooClose(differences(all, ['tritanopia']), MIN_NEIGHBOURS_TRITAN)).toEqual([]);
  });

  it(`keeps every coverage class ≥ ${MIN_CLASS_FROM_GROUND} from the grounds (low is not empty)`, () => {
    const ds = Object.entries(GROUNDS).flatMap(([ground, g]) =>
      CHOROPLETH_COLORS.flatMap((c) =>
        Object.entries(GROUNDS).flatMap(([other, o]) =>
          VISIONS.map((v) => ({ what: `${c} over ${ground} vs ${other}, ${v}`, dE: deltaE00(asDrawn(c, g), o, v) })),
        ),
      ),
    );
    expect(tooClose(ds, MIN_CLASS_FROM_GROUND)).toEqual([]);
  });

  it(`keeps the lowest class ≥ ${MIN_LOWEST_CLASS_FROM_GROUND} from the ground it lies on`, () => {
    const ds = Object.entries(GROUNDS).flatMap(([ground, g]) =>
      VISIONS.map((v) => ({
        what: `${CHOROPLETH_COLORS[0]} over ${ground}, ${v}`,
        dE: deltaE00(asDrawn(CHOROPLETH_COLORS[0], g), g, v),
      })),
    );
    expect(tooClose(ds, MIN_LOWEST_CLASS_FROM_GROUND)).toEqual([]);
  });

  it(`keeps "no data" ≥ ${MIN_NO_DATA_FROM_CLASS} from every class it can lie next to`, () => {
    const others = [...new Set([...CHOROPLETH_COLORS, ...INDICATOR_CLASS_COLORS, ...CHANGE_COLORS])];
    const pairs = others.map((c) => [NO_DATA_COLOR, c, `no data / ${c}`] as const);
    expect(tooClose(differences(pairs), MIN_NO_DATA_FROM_CLASS)).toEqual([]);
  });

  it(`keeps "no data" ≥ ${MIN_NO_DATA_FROM_GROUND} from the grounds`, () => {
    const ds = Object.entries(GROUNDS).flatMap(([ground, g]) =>
      Object.entries(GROUNDS).flatMap(([other, o]) =>
        VISIONS.map((v) => ({
          what: `no data over ${ground} vs ${other}, ${v}`,
          dE: deltaE00(asDrawn(NO_DATA_COLOR, g), o, v),
        })),
      ),
    );
    expect(tooClose(ds, MIN_NO_DATA_FROM_GROUND)).toEqual([]);
  });
});
