/**
 * Reports from the ground against the model (issue #17, part 4): for each report, whether the model says its point
 * is covered for the report's operator (any operator when the report says `unknown`) and technology, outdoors and
 * indoors; then, per area of a level (2025 units, 2019 districts and wards) and per H3 cell of resolution 8, how
 * many reports fall there and how many contradict the model ("modelled covered, reported none / weak"), sorted for
 * follow-up. This is the FCC's challenge process in miniature: a report is a challenge to the modelled map.
 *
 * How strongly a report contradicts the model, its `score` (0–4), is the product of two weights: what the person
 * found (`none` 2, `weak` 1) and how deep the model puts the point in coverage (indoors 2, outdoors only 1, not
 * covered 0; the indoor footprint lies inside the outdoor one, coverage-level.ts). "No signal" where the model
 * promises even indoor coverage scores 4; a weak signal at the edge of the outdoor footprint scores 1; a report
 * where the model already shows no coverage scores 0 and agrees with it.
 *
 * Pure: coverage at a point and the areas holding it come in as functions (the worker passes the engine's point
 * lookup, point-lookup.ts, and `CoverageEngine.locate`), and H3 cells are computed with h3-js (`latLngToCell`, the
 * same index as the grid level's cells, domain/grid.ts).
 */
import { latLngToCell } from 'h3-js';
import type { LngLat } from '../domain/geo.js';
import { GROUND_AREA_LEVELS, type GroundAreaLevel, type GroundReport } from '../domain/ground-report.js';
import type { PointCoverage } from './point-lookup.js';

/** The H3 resolution reports are counted on. */
export const GROUND_H3_RESOLUTION = 8;

/** One report set against the model. */
export type GroundReportCheck = {
  report: GroundReport;
  /** Whether the model covers the point for the report's operator (or any) and technology, at each level. */
  modelled: { outdoor: boolean; indoor: boolean };
  /** The model says covered (outdoors at least) where the person found no or weak signal. */
  conflict: boolean;
  /** How strongly the report contradicts the model, 0–4 (see the module comment). */
  score: number;
  /** The id of the area of each level holding the point; null outside every area of that level. */
  areas: Record<GroundAreaLevel, string | null>;
};

/** The reports of one area (or H3 cell). */
export type GroundAreaRow = {
  level: GroundAreaLevel;
  id: string;
  reports: number;
  /** Reports of no signal, and of a weak one. */
  none: number;
  weak: number;
  /** Reports the model contradicts ("modelled covered, reported none / weak"), in all and by kind. */
  conflicts: number;
  conflictsNone: number;
  conflictsWeak: number;
  /** Sum of the reports' scores. */
  score: number;
};

/** The reports against the model, sorted for follow-up. */
export type GroundReportAnalysis = {
  /** Every report, the most conflicting first (score, then the newest day, then id). */
  checks: GroundReportCheck[];
  /** Per level, the areas holding at least one report, the most conflicts first (then score, reports, id). */
  areas: Record<GroundAreaLevel, GroundAreaRow[]>;
  /** Reports in all, and those the model contradicts. */
  reports: number;
  conflicts: number;
  /** Reports outside every 2025 unit (in Hà Nội's box, beyond the city's boundary). */
  outside: number;
};

/** The areas holding a point, as `CoverageEngine.locate` lists them (levels it does not count are ignored). */
export type LocateAreas = (lng: number, lat: number) => readonly { level: string; id: string }[];

/** The weight of what the person found. */
const KIND_WEIGHT = { none: 2, weak: 1 } as const;

/** Sets one report against the model: `coverage` is the model's coverage at its point. */
export function checkGroundReport(
  report: GroundReport,
  coverage: PointCoverage,
  areas: readonly { level: string; id: string }[],
): GroundReportCheck {
  const op = report.operator === 'unknown' ? 'any' : report.operator;
  const byLevel = coverage[report.technology];
  const modelled = { outdoor: byLevel.outdoor[op], indoor: byLevel.indoor[op] };
  const depth = modelled.indoor ? 2 : modelled.outdoor ? 1 : 0;
  const at = (level: GroundAreaLevel) => areas.find((a) => a.level === level)?.id ?? null;
  return {
    report,
    modelled,
    conflict: depth > 0,
    score: depth * KIND_WEIGHT[report.kind],
    areas: {
      unit2025: at('unit2025'),
      district2019: at('district2019'),
      ward2019: at('ward2019'),
      h3r8: latLngToCell(report.lat, report.lng, GROUND_H3_RESOLUTION),
    },
  };
}

/** Sets every report against the model and counts them per area; see the module comment. */
export function analyseGroundReports(
  reports: readonly GroundReport[],
  coverageAt: (lngLat: LngLat) => PointCoverage,
  locate: LocateAreas,
): GroundReportAnalysis {
  const checks = reports.map((r) => checkGroundReport(r, coverageAt([r.lng, r.lat]), locate(r.lng, r.lat)));
  checks.sort(
    (a, b) =>
      b.score - a.score ||
      (a.report.date < b.report.date ? 1 : a.report.date > b.report.date ? -1 : 0) ||
      byText(a.report.id, b.report.id),
  );
  const areas = Object.fromEntries(GROUND_AREA_LEVELS.map((level) => [level, areaRows(checks, level)])) as Record<
    GroundAreaLevel,
    GroundAreaRow[]
  >;
  return {
    checks,
    areas,
    reports: checks.length,
    conflicts: checks.filter((c) => c.conflict).length,
    outside: checks.filter((c) => c.areas.unit2025 === null).length,
  };
}

/** The rows of one level, the most conflicts first. */
function areaRows(checks: readonly GroundReportCheck[], level: GroundAreaLevel): GroundAreaRow[] {
  const rows = new Map<string, GroundAreaRow>();
  for (const c of checks) {
    const id = c.areas[level];
    if (id === null) continue;
    let row = rows.get(id);
    if (!row) {
      row = { level, id, reports: 0, none: 0, weak: 0, conflicts: 0, conflictsNone: 0, conflictsWeak: 0, score: 0 };
      rows.set(id, row);
    }
    row.reports++;
    row[c.report.kind]++;
    row.score += c.score;
    if (!c.conflict) continue;
    row.conflicts++;
    if (c.report.kind === 'none') row.conflictsNone++;
    else row.conflictsWeak++;
  }
  return [...rows.values()].sort(
    (a, b) => b.conflicts - a.conflicts || b.score - a.score || b.reports - a.reports || byText(a.id, b.id),
  );
}

/** Code-point order, for stable ties. */
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
