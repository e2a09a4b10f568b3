/**
 * Pure helpers of the public map page: the names of its levels between the page, the URL and the search index,
 * the search entries of the areas index, and how a covered share is written.
 */
import { formatNumber } from '../ui/i18n.js';
import type { Lang } from '../domain/lang.js';
import type { SearchEntry } from '../domain/places.js';
import type { AreasIndex, PublicSummary } from '../domain/public-data.js';
import type { OpSet } from '../analysis/engine/types.js';
import { DEFAULT_COVERAGE_LEVEL, type CoverageLevel } from '../domain/coverage-level.js';

/** The area levels the page shows: 2025 units, 2019 districts and wards. */
export type PublicLevel = 'units' | 'districts' | 'wards';

/**
 * The page's choices when a link names none: the 2025 units, 5G, any operator, share of the area, outdoors (the
 * build-time first view pictures these).
 */
export const PUBLIC_DEFAULTS: Readonly<{
  level: PublicLevel;
  tech: '4G' | '5G';
  op: OpSet;
  basis: 'area' | 'population';
  coverageLevel: CoverageLevel;
}> = { level: 'units', tech: '5G', op: 'any', basis: 'area', coverageLevel: DEFAULT_COVERAGE_LEVEL };

/**
 * The map's attribution line in the page's language: the base data's sources and the "sample data" label (every
 * modelled figure of the page rests on sample sites). `© Những người đóng góp OpenStreetMap` is the Vietnamese credit
 * openstreetmap.org itself shows; OSM's attribution guidelines allow the credit in the reader's language.
 */
export const PUBLIC_ATTRIBUTION: Readonly<Record<Lang, string>> = {
  vi: '© Những người đóng góp OpenStreetMap (ODbL) · Tổng điều tra dân số 2019, TCTK (GSO) · dữ liệu mẫu',
  en: '© OpenStreetMap contributors (ODbL) · GSO 2019 census · sample data',
};

/** The manifest layer (its id, as `attributions.ts` names and translates it) behind each source of `summary.json`. */
export const SUMMARY_SOURCE_LAYER: Readonly<Record<keyof PublicSummary['sources'], string>> = {
  areas: 'units-2025',
  districts: 'districts-2019',
  wards: 'wards-2019',
  zones: 'zones',
  sites: 'sites',
  speeds: 'speed-tests',
  cables: 'cables',
};

/** The URL's and the search index's name of each level of the page (2025 units; 2019 districts and wards). */
export const LEVEL_OF: Record<PublicLevel, 'unit2025' | 'district2019' | 'ward2019'> = {
  units: 'unit2025',
  districts: 'district2019',
  wards: 'ward2019',
};

/** The page's level of a URL or search-index level name; undefined for levels the page does not show (zones, H3). */
export const PUBLIC_LEVEL: Record<string, PublicLevel> = {
  unit2025: 'units',
  district2019: 'districts',
  ward2019: 'wards',
};

/** Every area of every level, then every zone, as entries of the place search (names as in `areas.json`). */
export function publicSearchEntries(areas: AreasIndex): SearchEntry[] {
  return [
    ...(['units', 'districts', 'wards'] as const).flatMap((l) =>
      areas[l].map((r): SearchEntry => ({
        level: LEVEL_OF[l],
        id: r.code,
        name: r.name,
        nameEn: r.nameEn,
        fullName: r.fullName,
        context: null,
      })),
    ),
    ...areas.zones.map((r): SearchEntry => ({
      level: 'zone',
      id: r.code,
      name: r.name,
      nameEn: r.nameEn,
      fullName: r.fullName,
      context: null,
    })),
  ];
}

/** A percent 0–100 with one decimal and ` %` in the language's number format; `—` when there is no figure. */
export const percentText = (lang: Lang, v: number | null | undefined): string =>
  v === null || v === undefined ? '—' : `${formatNumber(lang, v, 1)} %`;
