/**
 * Priority-zone categories of the Hà Nội digital-infrastructure plan (2025, horizon 2030).
 * The plan's 2025 target: 5G in 100 % of these zones.
 */
export const ZONE_CATEGORIES = [
  'hi_tech_park',
  'it_park',
  'rnd_centre',
  'industrial_park',
  'airport',
  'railway_station',
  'bus_station',
  'admin_centre',
  'heritage_site',
  'university',
  'hospital',
  'shopping_centre',
] as const;
export type ZoneCategory = (typeof ZONE_CATEGORIES)[number];

/** How sure the zone's position is (from the raw data's `confidence`). */
export type ZoneConfidence = 'high' | 'medium' | 'low';

/** Where a zone's area came from: the stated `area_ha`, or the category default radius. */
export type ZoneAreaSource = 'stated' | 'default';

/**
 * A priority zone as the pipeline writes it: a circle (Polygon, `[lng, lat]`) around the zone's point.
 */
export type ZoneProps = {
  id: string;
  name: string;
  nameEn: string;
  category: ZoneCategory;
  confidence: ZoneConfidence;
  /** Circle radius, metres (geodesic). */
  radiusM: number;
  /** Zone area, hectares (the stated one, or π·r² of the default radius). */
  areaHa: number;
  areaSource: ZoneAreaSource;
  /** Centre `[lng, lat]`. */
  lng: number;
  lat: number;
  source: string;
  licence: string;
};

/**
 * Default radius of a zone given as a point with no stated area, metres. Chosen from the typical
 * footprint of each kind of place in Hà Nội (e.g. Nội Bài airport's terminals and apron ≈ 800 ha → 1,600 m;
 * an industrial park of the plan ≈ 150 ha → 700 m; a city hospital campus ≈ 5–8 ha → 150 m).
 * A zone with a stated `area_ha` uses the circle of that area instead.
 */
export const ZONE_DEFAULT_RADIUS_M: Readonly<Record<ZoneCategory, number>> = {
  hi_tech_park: 2000,
  it_park: 300,
  rnd_centre: 250,
  industrial_park: 700,
  airport: 1600,
  railway_station: 250,
  bus_station: 150,
  admin_centre: 250,
  heritage_site: 300,
  university: 300,
  hospital: 150,
  shopping_centre: 150,
};
