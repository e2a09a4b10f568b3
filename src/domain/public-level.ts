/**
 * The coverage levels (outdoor, indoor; see coverage-level.ts) in the public map's files: the result property of
 * an area's figure at a level, the file of the indoor figures (`areas-indoor.json`, apart from the first view's
 * data), the figures of one level under the outdoor names (for tables and panels written for those), and the file
 * of the precomputed coverage tiles of a technology at a level. Written by the public build
 * (`scripts/public`), read by the page (`src/public`); kept here, below both, so that neither imports the other.
 */
import type { Basis } from './basis.js';
import type { CoverageLevel } from './coverage-level.js';
import { resultProperty, type AreaRow, type AreasIndex } from './public-data.js';
import type { Technology } from './telecom.js';

/**
 * What an indoor property adds to its outdoor name: `c5_any_in` is `c5_any` indoors. Short because `areas.json`
 * repeats every name in every row (it counts against the first view's data budget, scripts/public/budgets.ts).
 */
export const INDOOR_SUFFIX = '_in';

/** The file (in the public data folder) of the indoor figures, a {@link LevelValuesIndex}. */
export const INDOOR_VALUES_FILE = 'areas-indoor.json';

/**
 * Figures of one coverage level by list of the areas index and code: `units['00004'].c5_any_in` is the indoor 5G
 * share of a 2025 unit, percent 0–100 (null where it has no results).
 */
export type LevelValuesIndex = Record<keyof AreasIndex, Record<string, Record<string, number | null>>>;

/**
 * The result property holding an area's covered share, percent 0–100, of `tech` by operator set `op` (`any` or an
 * operator id) on `basis` at coverage `level`: `c5_any` (5G, any operator, share of the area, outdoors),
 * `p4_viettel_in` (4G, Viettel, share of the residents, indoors).
 */
export function levelResultProperty(tech: Technology, op: string, basis: Basis, level: CoverageLevel): string {
  const outdoor = resultProperty(tech, op, basis);
  return level === 'outdoor' ? outdoor : `${outdoor}${INDOOR_SUFFIX}`;
}

/**
 * The figures of `values` at coverage `level` under the outdoor names (`c5_any` holds the indoor share when `level`
 * is indoor), every other value (speeds in Mbit/s, cables in km) as it is; the same object when `level` is outdoor.
 * An indoor name without its figure (a file built before indoor figures) gives null, never the outdoor figure.
 */
export function valuesAtLevel(
  values: Readonly<Record<string, number | null>>,
  level: CoverageLevel,
): Readonly<Record<string, number | null>> {
  if (level === 'outdoor') return values;
  const out: Record<string, number | null> = {};
  for (const [k, v] of Object.entries(values)) {
    if (k.endsWith(INDOOR_SUFFIX)) continue;
    out[k] = isCoverageProperty(k) ? (values[`${k}${INDOOR_SUFFIX}`] ?? null) : v;
  }
  return out;
}

/**
 * An areas-index row at coverage `level`: itself outdoors; indoors, its values with the indoor figures of `indoor`
 * (the row's list in `areas-indoor.json`, null before it is read: every coverage figure is then null) under the
 * outdoor names.
 */
export function rowAtLevel(
  row: AreaRow,
  indoor: Readonly<Record<string, Record<string, number | null>>> | null,
  level: CoverageLevel,
): AreaRow {
  if (level === 'outdoor') return row;
  return { ...row, values: { ...valuesAtLevel({ ...row.values, ...indoor?.[row.code] }, level) } };
}

/** True for an outdoor coverage property (`c4_any`, `p5_viettel`): one that has an indoor twin. */
export function isCoverageProperty(name: string): boolean {
  return /^[cp][45]_[a-z]+$/.test(name);
}

/**
 * The file (in the public data folder) of the precomputed coverage of `tech`, any operator, at `level`, cut into
 * 1 km tiles: `coverage-5g.fgb` outdoors (the name it had before indoor coverage), `coverage-5g-indoor.fgb` indoors.
 */
export function coverageTilesFile(tech: Technology, level: CoverageLevel): string {
  return `coverage-${tech.toLowerCase()}${level === 'outdoor' ? '' : `-${level}`}.fgb`;
}
