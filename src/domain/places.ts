/**
 * The places a user can look for and select by name: areas of both administrative layouts (126 units since
 * 2025-07-01; 30 districts and 584 wards before), hexagon grid cells, and the priority zones. Built once the
 * data is loaded (by the map, from its layers), kept in the store, searched by `ui/search.ts`.
 */

/** A kind of place: an analysed area level (the engine's names) or a priority zone. */
export type PlaceLevel = 'unit2025' | 'district2019' | 'ward2019' | 'h3r8' | 'h3r9' | 'zone';

/** One searchable place. */
export type SearchEntry = {
  level: PlaceLevel;
  /** Code of the unit (e.g. "00070") or id of the zone; unique within a level. */
  id: string;
  /** Vietnamese short name with diacritics, without the unit type: "Hoàn Kiếm". */
  name: string;
  /** English name: "Hoan Kiem Ward". */
  nameEn: string;
  /** Vietnamese full name with the unit type: "Phường Hoàn Kiếm". */
  fullName: string;
  /** What tells two namesakes apart: the district of a legacy ward, a zone's category; `null` if none. */
  context: string | null;
};
