/**
 * The offline base style: no tiles, no remote fonts. The city, its roads and boundaries are the
 * orientation; labels use the glyph PBFs generated at build time (`public/glyphs`).
 */
import type { StyleSpecification } from 'maplibre-gl';
import { BASE_COLORS } from './palette.js';

/**
 * The glyph URL template for a page at `baseUrl`. Built by concatenation: `new URL()` would
 * percent-encode the `{fontstack}` and `{range}` placeholders.
 */
export function glyphsUrl(baseUrl: string): string {
  return `${baseUrl.replace(/[^/]*$/, '')}glyphs/{fontstack}/{range}.pbf`;
}

/** The base style with an empty city; data layers are added on top by the map wrapper. */
export function baseStyle(glyphs: string): StyleSpecification {
  return {
    version: 8,
    name: 'Hà Nội offline',
    glyphs,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': BASE_COLORS.background } }],
  };
}

/** Extent of Hà Nội to fit on start, `[[west, south], [east, north]]` degrees. */
export const HANOI_FIT_BOUNDS: [[number, number], [number, number]] = [
  [105.28, 20.56],
  [106.02, 21.39],
];
