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
