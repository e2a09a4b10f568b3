/**
 * `roads.csv` of `npm run analyse`: coverage along the staged OSM roads, one row per area, road class, technology
 * and operator set (see `src/analysis/roads.ts`).
 *
 * Format: as `results.csv` (see results-csv.ts): UTF-8 with a byte-order mark, comma-delimited, CRLF line ends,
 * RFC 4180 quoting, GSO codes as text with their leading zeros (`00004`), a `.` decimal mark. Lengths are
 * geodesic km to 3 decimals (1 m).
 *
 * Rows: the city (code `01`, the sum of the 2025 units), then the 2025 units, the 2019 districts and the 2019
 * wards, each in the data's order; per area the classes motorway, trunk, primary, secondary, tertiary; per class
 * 4G then 5G; per technology Viettel, VNPT, MobiFone, Vietnamobile, then `any` (covered by at least one operator).
 * Every area has all its rows, zeros included, so that the table's shape does not depend on the data. The whole
 * table is written once per coverage level, outdoor first, then indoor (last column `coverage_level`): a reader
 * that takes the first row of a key gets the outdoor figure.
 */
import { OP_SETS } from '../../src/analysis/engine/types.js';
import {
  ROAD_CLASSES,
  type RoadAreaLevel,
  type RoadClass,
  type RoadCoverage,
  type RoadKm,
} from '../../src/analysis/roads.js';
import { COVERAGE_LEVELS, type CoverageLevel } from '../../src/domain/coverage-level.js';
import { TECHNOLOGIES } from '../../src/domain/telecom.js';
import { HANOI_GSO_CODE, csvNumber, csvText } from './results-csv.js';

/** The columns of `roads.csv`, in order. */
export const ROADS_COLUMNS = [
  'level',
  'code',
  'road_class',
  'technology',
  'operator',
  'km',
  'covered_km',
  'coverage_level',
] as const;

/** Decimals of the km columns (1 m). */
export const ROAD_KM_DECIMALS = 3;

/** The rows of one area and road class: technologies × operator sets. */
export function roadClassRows(
  level: 'city' | RoadAreaLevel,
  code: string,
  roadClass: RoadClass,
  r: RoadKm,
  at: CoverageLevel = 'outdoor',
): string[] {
  const rows: string[] = [];
  for (const tech of TECHNOLOGIES)
    for (const op of OP_SETS)
      rows.push(
        [
          level,
          csvText(code),
          roadClass,
          tech,
          op,
          csvNumber(r.km, ROAD_KM_DECIMALS),
          csvNumber(r.byLevel[at][tech][op].km, ROAD_KM_DECIMALS),
          at,
        ].join(','),
      );
  return rows;
}

/** The whole file, BOM and header included: the city first, then every area row of `coverage` in its order. */
export function roadsCsv(coverage: RoadCoverage): string {
  const lines: string[] = [ROADS_COLUMNS.join(',')];
  for (const at of COVERAGE_LEVELS) {
    for (const c of ROAD_CLASSES) lines.push(...roadClassRows('city', HANOI_GSO_CODE, c, coverage.city[c], at));
    for (const a of coverage.areas) lines.push(...roadClassRows(a.level, a.code, a.roadClass, a, at));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
