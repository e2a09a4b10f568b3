import { describe, expect, it } from 'vitest';
import { composite, deltaE00, hexToRgb, rgbToHex, type Rgb, type Vision } from './color-difference.js';
import { CHOROPLETH_COLORS, CHOROPLETH_OPACITY, NO_DATA_COLOR } from './choropleth.js';
import {
  BASE_COLORS,
  GAP_COLORS,
  GAP_FILL_OPACITY,
  GAP_LINE_RGB,
  ZONE_FILL_OPACITY,
  ZONE_TARGET_COLORS,
} from './palette.js';

/** What lies under the zones and the gaps: the bare city, and each choropleth class (and no-data) as drawn on it. */
const BACKGROUNDS: readonly Rgb[] = [
  hexToRgb(BASE_COLORS.city),
  ...[...CHOROPLETH_COLORS, NO_DATA_COLOR].map((c) =>
    composite(hexToRgb(c), hexToRgb(BASE_COLORS.city), CHOROPLETH_OPACITY),
  ),
];

/** A translucent fill as drawn over `under`, as `#rrggbb`. */
const drawn = (fill: string, opacity: number, under: Rgb) => rgbToHex(composite(hexToRgb(fill), under, opacity));

/** The smallest ΔE00 over every background between a coverage gap and a failing zone, as seen with `vision`. */
const gapVsFailing = (vision: Vision) =>
  Math.min(
    ...BACKGROUNDS.map((bg) =>
      deltaE00(
        drawn(GAP_COLORS.fill, GAP_FILL_OPACITY, bg),
        drawn(ZONE_TARGET_COLORS.fail, ZONE_FILL_OPACITY, bg),
        vision,
      ),
    ),
  );

describe('the coverage gap and the failing zone', () => {
  it('differ by ΔE00 ≥ 25 over every choropleth class with normal vision', () => {
    expect(gapVsFailing('normal')).toBeGreaterThanOrEqual(25);
  });

  it('differ by ΔE00 ≥ 12 for deuteranopia and protanopia', () => {
    expect(gapVsFailing('deuteranopia')).toBeGreaterThanOrEqual(12);
    expect(gapVsFailing('protanopia')).toBeGreaterThanOrEqual(12);
  });

  it('the gap still stands out from every background (ΔE00 ≥ 15)', () => {
    for (const bg of BACKGROUNDS)
      expect(deltaE00(drawn(GAP_COLORS.fill, GAP_FILL_OPACITY, bg), rgbToHex(bg))).toBeGreaterThanOrEqual(15);
  });

  it('the hatch is drawn in the gap outline’s colour', () => {
    expect(rgbToHex(GAP_LINE_RGB.map((c) => c / 255) as unknown as Rgb)).toBe(GAP_COLORS.line.toLowerCase());
  });
});
