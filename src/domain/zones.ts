/**
 * Priority-zone categories of the Hà Nội digital-infrastructure plan (2025, horizon 2030), and only those:
 * hi-tech and IT parks, R&D centres, industrial parks, the airport and (railway) stations, administrative centres,
 * tourist sites, universities and hospitals. The plan's 2025 target: 5G in 100 % of these zones.
 *
 * `heritage_site` is the plan's "điểm du lịch" (tourist site): the raw file's tourist sites are all heritage sites,
 * and the id is kept so that stored links and tables stay valid. Bus stations and shopping centres are not
 * categories of the plan: the pipeline leaves such raw points out and records them (`data/zones.json`).
 */
export const ZONE_CATEGORIES = [
  'hi_tech_park',
  'it_park',
  'rnd_centre',
  'industrial_park',
  'airport',
  'railway_station',
  'admin_centre',
  'heritage_site',
  'university',
  'hospital',
] as const;
/** One of the plan's priority-zone categories. */
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
  /** The Vietnamese name (OSM `name:vi`, else `name`); never empty, never a placeholder. */
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
  /**
   * Where the point comes from, for people: `OpenStreetMap node 123456` (way, relation likewise) for an OSM
   * hospital; the curated source for the plan's zones, with the local raw-file paths replaced by what they are.
   */
  source: string;
  licence: string;
};
