/**
 * Coverage levels: where a resident is when the signal must reach them. Nested footprints of one model:
 * `indoor` adds the building-entry loss to `outdoor`, so an indoor footprint lies inside its outdoor one.
 */
export const COVERAGE_LEVELS = ['outdoor', 'indoor'] as const;
export type CoverageLevel = (typeof COVERAGE_LEVELS)[number];

/** The level shown when nothing else is chosen. */
export const DEFAULT_COVERAGE_LEVEL: CoverageLevel = 'outdoor';

/** True when `v` names a coverage level (for links, files and command-line options). */
export function isCoverageLevel(v: unknown): v is CoverageLevel {
  return typeof v === 'string' && (COVERAGE_LEVELS as readonly string[]).includes(v);
}
