/**
 * The files of the public map (a second, static app): `summary.json` (the city's figures against the plan's
 * targets, with sources), `areas.json` (every area and zone with names, bounding box and results, without
 * geometry) and the result properties of the FlatGeobuf layers. Written by the public build (`scripts/public`),
 * read by the page (`src/public`); their shapes live here, below both, so that neither imports the other.
 */
import type { Basis } from './basis.js';
import type { Technology } from './telecom.js';

/** Where a figure comes from. */
export type FigureSource = { vintage: string; source: string; licence: string; sample: boolean };

export type PublicSummary = {
  /** ISO 8601 time of the build. */
  generatedAt: string;
  /** Dates of the two administrative layouts. */
  layout: { units: string; legacy: string };
  city: { areaKm2: number; population: number; covered4gPct: number; covered5gPct: number; sites: number };
  targets: {
    /** Priority zones with 5G over 100 % of their area (2025). */
    zones5g: { passing: number; total: number; target: number; year: number };
    /** Residents with 5G outdoors, percent, against 99 % (2030); `indoor` the same indoors (see coverage-level.ts). */
    population5g: {
      value: number;
      target: number;
      year: number;
      pass: boolean;
      indoor: { value: number; pass: boolean };
    };
    /** 2025 units whose measured mean download meets the target, of those with measurements. */
    speed4g: { measured: number; passing: number; target: number; year: number };
    speed5g: { measured: number; passing: number; target: number; year: number };
    /** Street cables underground, km. */
    cables: { doneKm: number; planned2025Km: number; planned2026To2030Km: number };
  };
  sources: Record<'areas' | 'districts' | 'wards' | 'zones' | 'sites' | 'speeds' | 'cables', FigureSource>;
};

/** One area or zone. `values` are the result properties (`c5_any`: 5G covered % of the area, `p5_any`: of the residents, …). */
export type AreaRow = {
  code: string;
  name: string;
  fullName: string;
  nameEn: string;
  /** `[west, south, east, north]` degrees. */
  bbox: [number, number, number, number];
  values: Record<string, number | null>;
};

export type AreasIndex = Record<'units' | 'districts' | 'wards' | 'zones', AreaRow[]>;

/**
 * The result property holding an area's covered share of a technology by an operator set (`any` or an operator
 * id), on a basis, percent 0–100: `c5_any` (5G, any operator, share of the area), `p4_viettel` (4G, Viettel,
 * share of the residents).
 */
export function resultProperty(tech: Technology, op: string, basis: Basis): string {
  return `${basis === 'area' ? 'c' : 'p'}${tech[0]}_${op}`;
}
