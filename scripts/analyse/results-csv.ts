/**
 * `results.csv` of `npm run analyse`: one row per area, technology and operator set.
 *
 * Format: UTF-8 with a byte-order mark (Excel reads Vietnamese names right only with it; other tools skip it),
 * comma-delimited, CRLF line ends, fields quoted only when they hold a comma, quote or line break (RFC 4180); a name
 * starting with `=`, `+`, `-` or `@` gets a leading `'` so that a spreadsheet does not run it as a formula. GSO codes
 * are written as text with their leading zeros (`00004`); a spreadsheet that guesses types drops them on opening:
 * import the column as text. Numbers have a `.` decimal mark and fixed precision: km² to 4 decimals (100 m²),
 * percent (0–100) to 2 decimals (0.01 percentage point), residents and sites as integers (residents are rounded:
 * they are spread by area share within each 2019 census ward).
 *
 * Rows: the city (code `01`, the GSO code of Hà Nội), then the 2025 units, the 2019 districts, the 2019 wards and
 * the priority zones (code = zone id), each in the data's order; per area, 4G then 5G, and per technology Viettel,
 * VNPT, MobiFone, Vietnamobile, then `any` (covered by at least one operator). The whole table is written once
 * per coverage level (`coverage_level`, the last column: `outdoor`, then `indoor`; see domain/coverage-level.ts),
 * so that a reader taking the first row of a key gets the outdoor figure.
 */
import type { AreaResult, OpSet } from '../../src/analysis/engine/types.js';
import { OP_SETS } from '../../src/analysis/engine/types.js';
import { COVERAGE_LEVELS, type CoverageLevel } from '../../src/domain/coverage-level.js';
import { TECHNOLOGIES } from '../../src/domain/telecom.js';

/** The columns of `results.csv`, in order. */
export const RESULTS_COLUMNS = [
  'level',
  'code',
  'name',
  'technology',
  'operator',
  'area_km2',
  'covered_km2',
  'covered_pct',
  'population',
  'population_covered',
  'sites',
  'coverage_level',
] as const;

/** The area levels of `results.csv`, in order. */
export const RESULT_LEVELS = ['city', 'unit2025', 'district2019', 'ward2019', 'zone'] as const;
export type ResultLevel = (typeof RESULT_LEVELS)[number];

/** GSO code of Hà Nội (the city's row). */
export const HANOI_GSO_CODE = '01';

/** One area of the table: its level, code, name and engine result. */
export type ResultArea = { level: ResultLevel; code: string; name: string; result: AreaResult };

/** Decimals of the km² columns. */
export const KM2_DECIMALS = 4;
/** Decimals of the percent column. */
export const PERCENT_DECIMALS = 2;

/** A text field, quoted when needed and guarded against formula injection. */
export function csvText(v: string): string {
  const s = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A number with `decimals` decimals and a `.` mark; empty when not finite. */
export function csvNumber(v: number, decimals: number): string {
  if (!Number.isFinite(v)) return '';
  const s = v.toFixed(decimals);
  // -0.00 would read as a negative figure.
  return /^-0(\.0+)?$/.test(s) ? s.slice(1) : s;
}

/** The rows of one area at one coverage level: technologies × operator sets. */
export function areaRows(a: ResultArea, at: CoverageLevel = 'outdoor'): string[] {
  const rows: string[] = [];
  for (const tech of TECHNOLOGIES) {
    for (const op of OP_SETS) {
      const c = a.result.byLevel[at][tech][op as OpSet];
      rows.push(
        [
          a.level,
          csvText(a.code),
          csvText(a.name),
          tech,
          op,
          csvNumber(a.result.areaKm2, KM2_DECIMALS),
          csvNumber(c.coveredKm2, KM2_DECIMALS),
          csvNumber(c.percent, PERCENT_DECIMALS),
          csvNumber(a.result.population, 0),
          csvNumber(c.popCovered, 0),
          String(a.result.sites[tech][op]),
          at,
        ].join(','),
      );
    }
  }
  return rows;
}

/** The whole file, BOM and header included. */
export function resultsCsv(areas: Iterable<ResultArea>): string {
  const lines: string[] = [RESULTS_COLUMNS.join(',')];
  const list = [...areas];
  for (const at of COVERAGE_LEVELS) for (const a of list) lines.push(...areaRows(a, at));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
