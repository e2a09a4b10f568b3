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
