/**
 * Area indicators: figures a planner loads per administrative unit (households with fibre, IoT connections,
 * residents served by a ward office, …), keyed by the official GSO code of either layout. Some name one of
 * the plan's targets and are tracked like the coverage targets.
 */
import type { AreaLevel, Layout } from './admin.js';

/** How an indicator's figures combine across areas. */
export type IndicatorKind =
  /** A count (households, connections, people): areas add up, and a split area hands over a share by area. */
  | 'count'
  /** A share of something, percent 0–100: areas combine as a mean weighted by residents. */
  | 'percent'
  /** Any other intensive figure (per person, per km²): a mean weighted by residents. */
  | 'ratio';

/** One indicator figure of one area, as loaded or carried over. */
export type IndicatorValue = {
  /** Indicator id: a known id (see `KNOWN_INDICATORS`) or the name as written, trimmed. */
  indicator: string;
  level: AreaLevel;
  layout: Layout;
  /** GSO code: 5 digits for wards and communes, 3 for districts. */
  code: string;
  value: number;
  /** Unit as written in the file (e.g. `%`, `hộ`, `kết nối`). */
  unit: string;
  /** The date the figure describes, ISO `YYYY-MM-DD`. */
  date: string;
  source: string;
  /**
   * True for a figure of the 2025 layout computed from 2019-layout figures through the area overlay (not
   * loaded as such).
   */
  derived: boolean;
};

/** An indicator that names one of the plan's targets, or that the app knows how to combine. */
export type KnownIndicator = {
  id: string;
  kind: IndicatorKind;
  /** Canonical unit. */
  unit: string;
  nameVi: string;
  nameEn: string;
  /** The plan's target on this indicator, if any: `value` or more by the end of `year`. */
  target: { value: number; year: number } | null;
};

/**
 * Indicators the app recognises by id (and by the aliases in `INDICATOR_ALIASES`). Targets: fibre to every
 * household (2025) and one IoT connection per person (2030), from Hà Nội's plan for digital infrastructure.
 */
export const KNOWN_INDICATORS: readonly KnownIndicator[] = [
  {
    id: 'fibre_households_pct',
    kind: 'percent',
    unit: '%',
    nameVi: 'Hộ gia đình có cáp quang',
    nameEn: 'Households with fibre',
    target: { value: 100, year: 2025 },
  },
  {
    id: 'fibre_households',
    kind: 'count',
    unit: 'hộ',
    nameVi: 'Số hộ có cáp quang',
    nameEn: 'Households with fibre (count)',
    target: null,
  },
  { id: 'households', kind: 'count', unit: 'hộ', nameVi: 'Số hộ gia đình', nameEn: 'Households', target: null },
  {
    id: 'iot_per_person',
    kind: 'ratio',
    unit: 'kết nối/người',
    nameVi: 'Kết nối IoT trên mỗi người',
    nameEn: 'IoT connections per person',
    target: { value: 1, year: 2030 },
  },
  {
    id: 'iot_connections',
    kind: 'count',
    unit: 'kết nối',
    nameVi: 'Số kết nối IoT',
    nameEn: 'IoT connections',
    target: null,
  },
  {
    id: 'population_served',
    kind: 'count',
    unit: 'người',
    nameVi: 'Dân số được phục vụ bởi trụ sở phường/xã',
    nameEn: 'Residents served by a ward office',
    target: null,
  },
];

/** Other names accepted for the known indicators, compared without case, diacritics or punctuation. */
export const INDICATOR_ALIASES: Readonly<Record<string, string>> = {
  'fibre households %': 'fibre_households_pct',
  'fiber households %': 'fibre_households_pct',
  'ho co cap quang %': 'fibre_households_pct',
  'ty le ho co cap quang': 'fibre_households_pct',
  'fibre households': 'fibre_households',
  'fiber households': 'fibre_households',
  'so ho co cap quang': 'fibre_households',
  'so ho gia dinh': 'households',
  'iot connections': 'iot_connections',
  'so ket noi iot': 'iot_connections',
  'iot per person': 'iot_per_person',
  'ket noi iot tren nguoi': 'iot_per_person',
  'population served': 'population_served',
};

/**
 * The areas a file's codes may name, code → name without the type prefix (`'00004'` → `'Ba Đình'`). Since
 * 1 July 2025 the 2025 units reuse 5-digit codes of 2019 wards, so a code is read within one layout.
 */
export type IndicatorAreaCatalogue = {
  /** The 2025 units (5-digit codes). */
  unit2025: ReadonlyMap<string, string>;
  /** The 2019 wards (5-digit codes). */
  ward2019: ReadonlyMap<string, string>;
  /** The 2019 districts (3-digit codes). */
  district2019: ReadonlyMap<string, string>;
};

/** The known indicator of an id, if any. */
export function knownIndicator(id: string): KnownIndicator | null {
  return KNOWN_INDICATORS.find((k) => k.id === id) ?? null;
}

/**
 * How an indicator combines: a known indicator's own kind, else read from its unit (`%` → percent, a unit
 * with `/` or "per"/"trên" → ratio, anything else → count).
 */
export function indicatorKind(id: string, unit: string): IndicatorKind {
  const known = knownIndicator(id);
  if (known) return known.kind;
  const u = unit.trim().toLowerCase();
  if (u === '%' || u === 'percent' || u === 'phần trăm') return 'percent';
  if (u.includes('/') || /\b(per|trên)\b/.test(u)) return 'ratio';
  return 'count';
}
