/**
 * The files of the public map's point answer beyond any operator's coverage ("Có 5G ở đây không?"), written by the
 * public build (scripts/public/point-files.ts) and read by the page only when a point is asked
 * (src/public/public-point-details.ts); kept here, below both, so that neither imports the other.
 */
import type { CoverageLevel } from './coverage-level.js';

/** Each operator's coverage tiles at a coverage level, every feature with its `op` and `tech`. */
export const operatorCoverageFile = (level: CoverageLevel): string =>
  level === 'outdoor' ? 'coverage-operators.fgb' : `coverage-operators-${level}.fgb`;

/** The sites in use as points: `id`, `op`, `tech` (`4G,5G`), `sample`. */
export const POINT_SITES_FILE = 'point-sites.fgb';

/** The speed records of the window ({@link PointMeta}) as points: `tech`, `down` (Mbit/s), `tests` (≥ 1). */
export const POINT_SPEEDS_FILE = 'point-speeds.fgb';

/** What the page says about the point files: a {@link PointMeta}. */
export const POINT_META_FILE = 'point-meta.json';

/** What the page needs to tell about the sites and speed records it reads. */
export type PointMeta = {
  /** The twelve months of speed records: after `after`, up to and including `until` (ISO dates); null without any. */
  window: { after: string; until: string } | null;
  /** The radius of the speed records counted around a point, metres. */
  radiusM: number;
  /** The tests a mean needs (fewer: the count only). */
  minTests: number;
  /** Whether the sites, and the speed records, are generated sample data. */
  sampleSites: boolean;
  sampleSpeeds: boolean;
};
