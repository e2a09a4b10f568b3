/**
 * `sharing.csv` of `npm run analyse`: shared infrastructure per area (see src/analysis/sharing.ts), one row per
 * area: the city (code `01`), then the 2025 units, the 2019 districts, the 2019 wards and the priority zones, each
 * in the data's order (the areas of results.csv, in its order). An area without towers has a row of zeros.
 *
 * Columns: `sites` (sites on the area's towers), `towers`, `shared_towers` (two operators or more),
 * `sites_on_shared_towers`, `shared_sites_pct` (percent 0–100, 2 decimals; empty without sites) and
 * `operators_per_tower` (mean, 3 decimals; empty without towers). Format as results.csv: UTF-8 with a byte-order
 * mark, comma-delimited, CRLF line ends, GSO codes as text with their leading zeros (`00004`), `.` decimal mark.
 */
import {
  NO_SHARING,
  operatorsPerTower,
  sharedSitesPercent,
  type SharingFigures,
  type SharingTable,
} from '../../src/analysis/sharing.js';
import { csvNumber, csvText, PERCENT_DECIMALS, type ResultLevel } from './results-csv.js';

/** The columns of `sharing.csv`, in order. */
export const SHARING_COLUMNS = [
  'level',
  'code',
  'sites',
  'towers',
  'shared_towers',
  'sites_on_shared_towers',
  'shared_sites_pct',
  'operators_per_tower',
] as const;

/** Decimals of `operators_per_tower` (a thousandth of an operator per tower). */
export const OPERATORS_PER_TOWER_DECIMALS = 3;

/** An area of the table: its level and code (a `ResultArea` of results-csv.ts is one). */
export type SharingArea = { level: ResultLevel; code: string };

/** The row of one area with its figures. */
export function sharingRow(area: SharingArea, f: SharingFigures): string {
  return [
    area.level,
    csvText(area.code),
    String(f.sites),
    String(f.towers),
    String(f.sharedTowers),
    String(f.sitesOnShared),
    csvNumber(sharedSitesPercent(f) ?? NaN, PERCENT_DECIMALS),
    csvNumber(operatorsPerTower(f) ?? NaN, OPERATORS_PER_TOWER_DECIMALS),
  ].join(',');
}

/**
 * The whole file, BOM and header included: a row per area of `areas`, its figures read from `table` (the city's
 * for level `city`, else by `${level}|${code}`; zeros when the area has no tower).
 */
export function sharingCsv(areas: Iterable<SharingArea>, table: SharingTable): string {
  const lines: string[] = [SHARING_COLUMNS.join(',')];
  for (const a of areas)
    lines.push(sharingRow(a, a.level === 'city' ? table.city : (table.areas[`${a.level}|${a.code}`] ?? NO_SHARING)));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
