/**
 * Colours. Operators use the Okabe–Ito colour-blind-safe palette (Okabe & Ito 2008, "Color Universal
 * Design"); statuses and categories are chosen to stay distinct for deuteranopia and protanopia.
 */
import type { CableStatus, Operator } from '../domain/telecom.js';
import type { ZoneCategory } from '../domain/zones.js';

export const OPERATOR_COLORS: Readonly<Record<Operator, string>> = {
  viettel: '#D55E00',
  vnpt: '#0072B2',
  mobifone: '#009E73',
  vietnamobile: '#CC79A7',
};

export const CABLE_COLORS: Readonly<Record<CableStatus, string>> = {
  done: '#1B7837',
  'planned-2025': '#E69F00',
  'planned-2026-2030': '#762A83',
};

/** Outline colour per priority-zone category: ten classes of ColorBrewer's qualitative "Paired" scheme. */
export const ZONE_COLORS: Readonly<Record<ZoneCategory, string>> = {
  hi_tech_park: '#6A3D9A',
  it_park: '#1F78B4',
  rnd_centre: '#33A02C',
  industrial_park: '#B15928',
  airport: '#E31A1C',
  railway_station: '#FF7F00',
  admin_centre: '#CAB2D6',
  heritage_site: '#A6761D',
  university: '#A6CEE3',
  hospital: '#FB9A99',
};

/** Speed-test colours: meets the plan's target or not. */
export const SPEED_COLORS = { meets: '#1A9850', below: '#D73027' } as const;

export const BASE_COLORS = {
  background: '#DCE3EA',
  city: '#FAFAF7',
  road: '#C9CED6',
  roadMajor: '#B4BAC4',
  unitLine: '#4D5766',
  districtLine: '#1F2937',
  wardLine: '#7A8699',
  label: '#1F2937',
  halo: '#FFFFFF',
} as const;

/** Priority zones against the 100 % 5G target (colour-blind-safe pair: blue passes, orange fails). */
export const ZONE_TARGET_COLORS = { pass: '#2166AC', fail: '#E66101' } as const;

/**
 * Coverage gaps: the selected area's uncovered part (a fill at {@link GAP_FILL_OPACITY} with a dashed outline)
 * and the gaps layer's hatch. Magenta, so that a gap never reads as a failing zone's orange
 * ({@link ZONE_TARGET_COLORS}): the red #D7301F it replaced was ΔE00 3.3 from the orange over the lightest
 * choropleth class; as drawn over every class the two now differ by ΔE00 ≥ 27 (≥ 14 for deuteranopia and
 * protanopia, simulated as in color-difference.ts). palette.test.ts holds the figures.
 */
export const GAP_COLORS = { fill: '#C0007A', line: '#7A0177' } as const;

/** {@link GAP_COLORS}' line as 8-bit channels `[r, g, b]` 0–255, for the gaps' hatch pattern (`hatchPattern`). */
export const GAP_LINE_RGB = [0x7a, 0x01, 0x77] as const;

/** Opacity of the selected area's gap fill, fraction 0–1. */
export const GAP_FILL_OPACITY = 0.45;

/** Opacity of the priority zones' pass / fail fill ({@link ZONE_TARGET_COLORS}), fraction 0–1. */
export const ZONE_FILL_OPACITY = 0.45;
