/**
 * The data types of the area indicators (indicators.ts): the geography they are computed on, a figure, a
 * summary and the table of every indicator's figures. Split out of indicators.ts so that the area-combining
 * step (indicator-parts.ts) shares them without importing the module that uses it.
 */
import type { AreaLevel } from '../domain/admin.js';
import type { IndicatorKind, KnownIndicator } from '../domain/indicators.js';

/** An area the indicators may be shown on: its code, level, residents (2019 census basis) and district. */
export type IndicatorArea = { level: AreaLevel; code: string; population: number; districtCode: string | null };

/** The overlap of a 2025 unit and a 2019 ward: area (m², on the ellipsoid) and residents. */
export type WardOverlap = { unit: string; ward: string; m2: number; residents: number };

export type IndicatorGeography = { areas: readonly IndicatorArea[]; overlaps: readonly WardOverlap[] };

/** An indicator's figure for one area (or the city). */
export type IndicatorFigure = {
  value: number;
  /** How it was obtained: as loaded, summed or averaged from the wards of a district, carried from the 2019 layout, or computed from other indicators. */
  from: 'loaded' | 'wards' | 'overlay' | 'computed';
  /** True for every figure not loaded as such. */
  derived: boolean;
  /** The latest date of the figures it comes from, ISO. */
  date: string;
  /** Share of the area's residents covered by the figures it comes from, 0–1 (1 for a loaded figure). */
  basisShare: number;
};

export type IndicatorSummary = {
  id: string;
  unit: string;
  kind: IndicatorKind;
  known: KnownIndicator | null;
  sources: string[];
  /** Earliest and latest date of the loaded figures used. */
  dates: [string, string];
  city: IndicatorFigure | null;
  /** The plan's target, if the indicator names one, and whether the city meets it. */
  target: { value: number; year: number } | null;
  pass: boolean | null;
  /** Areas with a figure, per level. */
  counts: Record<AreaLevel, number>;
};

/** Every indicator's figures: `figures[indicator][`${level}|${code}`]`, and the city's under `city|city`. */
export type IndicatorTable = {
  summaries: IndicatorSummary[];
  figures: Record<string, Record<string, IndicatorFigure>>;
};

/** The area levels, most complete first (the city figure takes the first complete one). */
export const LEVELS: readonly AreaLevel[] = ['unit2025', 'district2019', 'ward2019'];
/** Key of the city's figure in an indicator's figures. */
export const CITY_KEY = 'city|city';
export type Figures = Map<string, IndicatorFigure>;
