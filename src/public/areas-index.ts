/**
 * `areas.json` of the public map: every area of each level and every priority zone with its names, bounding
 * box and precomputed results, without geometry (the table, search and panel read it; the map reads the
 * geometry from FlatGeobuf by bounding box).
 */

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
