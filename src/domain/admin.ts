import type { MultiPolygon, Polygon } from 'geojson';

/**
 * The two administrative layouts of Hà Nội.
 * - `2025`: the 126 commune-level units in force since 2025-07-01 (no districts).
 * - `2019`: the 30 districts and 584 wards of the 2019 census, in force until 2025-06-30.
 */
export type Layout = '2025' | '2019';

/** The area levels the app can show and analyse. */
export type AreaLevel = 'unit2025' | 'district2019' | 'ward2019';

/** The layout each level belongs to. */
export const LEVEL_LAYOUT: Readonly<Record<AreaLevel, Layout>> = {
  unit2025: '2025',
  district2019: '2019',
  ward2019: '2019',
};

/**
 * How an area's population figure was obtained.
 * - `census`: the 2019 census figure itself (legacy wards) or the exact sum of census wards (districts).
 * - `interpolated`: 2019 census wards redistributed by area share (areal weighting) onto the area.
 */
export type PopulationMethod = 'census' | 'interpolated';

/**
 * Properties of an administrative area as the pipeline writes them and the app reads them.
 * Geometry is `[lng, lat]` WGS84 degrees.
 */
export type AdminAreaProps = {
  /** Official GSO code: 5 digits for wards/communes, 3 digits for districts. */
  code: string;
  level: AreaLevel;
  layout: Layout;
  /** Vietnamese name with diacritics, without the type prefix, e.g. "Hoàn Kiếm". */
  name: string;
  /** Vietnamese name with the type prefix, e.g. "Phường Hoàn Kiếm". */
  fullName: string;
  /** English name (ASCII, no diacritics), e.g. "Hoan Kiem Ward". */
  nameEn: string;
  /** Unit type in Vietnamese: Phường, Xã, Thị trấn, Quận, Huyện, Thị xã. */
  type: string;
  /** Parent district code (legacy wards only), else null. */
  districtCode: string | null;
  /** Geodesic area on the WGS84 ellipsoid, km². */
  areaKm2: number;
  /** Residents, 2019 census basis (integer). */
  population: number;
  populationMethod: PopulationMethod;
  /** Residents per km². */
  density: number;
  /** True where the geometry is a low-resolution generalisation (legacy wards). */
  lowRes: boolean;
};

export type AdminArea = {
  props: AdminAreaProps;
  geometry: Polygon | MultiPolygon;
};
