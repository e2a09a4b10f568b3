/**
 * The annual report's tables beyond the plan's targets (issue #17): the operator comparison (operator-lead.ts) at
 * each coverage level, shared infrastructure (sharing.ts) on the report date and a year before, and the coverage
 * model's parameters the figures were computed with. Pure: built from results, sharing tables and parameters.
 *
 * The tables list the city and the areas of the report's coarser level: the 126 units of the 2025 layout, or the
 * 30 districts of the 2019 layout (its 584 wards would make the tables longer than the rest of the report; the
 * ranked table and `npm run analyse`'s sharing.csv carry them).
 */
import { COVERAGE_LEVELS, type CoverageLevel } from '../domain/coverage-level.js';
import type { EngineLevel } from './engine/types.js';
import type { ServiceResults } from './service-types.js';
import { compareOperators, type OperatorComparison } from './operator-lead.js';
import { NO_SHARING, type SharingFigures, type SharingTable } from './sharing.js';
import type { ParamOverrides } from './params-overrides.js';

/** An area of the report's tables (the city is `city|city`), named as in the report. */
export type FigureArea = { level: Exclude<EngineLevel, 'zone'>; id: string; name: string };

/** One row of the operator tables: an area and its comparison at one coverage level. */
export type OperatorRow = FigureArea & { comparison: OperatorComparison };

/** One row of the sharing table: an area's figures on the report date and a year before (counts). */
export type SharingRow = FigureArea & { now: SharingFigures; before: SharingFigures };

/**
 * The parameters the report was computed with: the overrides of the defaults (`{}`: the defaults), as the app's
 * `prm=` link carries them (state/url-params.ts).
 */
export type ReportParams = { overrides: ParamOverrides; defaults: boolean };

/** The extra tables of an annual report. */
export type ReportFigures = {
  /** Per coverage level, the city first, then the areas in the report's order. */
  operators: Record<CoverageLevel, OperatorRow[]>;
  /** The city first, then the areas; null when the report was built without sites (see serviceReport). */
  sharing: SharingRow[] | null;
  /** Null when not known (a report built outside the coverage service). */
  params: ReportParams | null;
};

/** The areas of the tables: the city, then the report's units (2025) or districts (2019), not the 2019 wards. */
export function figureAreas(areas: readonly { level: string; id: string; name: string }[]): FigureArea[] {
  return [
    { level: 'city', id: 'city', name: 'Hà Nội' },
    ...areas.filter((a): a is FigureArea => a.level === 'unit2025' || a.level === 'district2019'),
  ];
}

const keyOf = (a: FigureArea) => (a.level === 'city' ? 'city|city' : `${a.level}|${a.id}`);

/** The operator tables of `results` for `areas` (see {@link figureAreas}); areas without results are left out. */
export function operatorTables(
  results: ServiceResults,
  areas: readonly FigureArea[],
): Record<CoverageLevel, OperatorRow[]> {
  const resultOf = (a: FigureArea) => (a.level === 'city' ? results.city : results.areas[keyOf(a)]);
  return Object.fromEntries(
    COVERAGE_LEVELS.map((level) => [
      level,
      areas.flatMap((a) => {
        const r = resultOf(a);
        return r ? [{ ...a, comparison: compareOperators(r, level) }] : [];
      }),
    ]),
  ) as Record<CoverageLevel, OperatorRow[]>;
}

/** The sharing table of `areas` on two dates; an area without towers has zero figures. */
export function sharingRows(now: SharingTable, before: SharingTable, areas: readonly FigureArea[]): SharingRow[] {
  const of = (t: SharingTable, a: FigureArea) => (a.level === 'city' ? t.city : (t.areas[keyOf(a)] ?? NO_SHARING));
  return areas.map((a) => ({ ...a, now: { ...of(now, a) }, before: { ...of(before, a) } }));
}

/** Number of operators covering at least half the area with 5G (see `operatorsCovering`). */
export function operatorsWith5g(row: OperatorRow): number {
  return row.comparison['5G'].covering.length;
}
