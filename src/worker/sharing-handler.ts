/**
 * The worker's answer to "how much infrastructure is shared here?" (issue #17, part 1) for one area: its towers,
 * the shared ones among them, the share of its sites on shared towers and the mean number of operators per
 * tower, for the base sites on air on the map's date. The figures come from `sharingAsOf` (service-report.ts),
 * the very function the annual report's sharing table is built with, so that the panel and the report give the
 * same numbers for an area and a date. The plan's candidate sites are left out, as in the report: they are not
 * on air.
 *
 * Grouping every site of the city into towers takes a moment at 12,500 sites: the table of every area is kept
 * until the base sites (imports), the date, the engine (parameters) or its areas (a grid level added) change, so
 * that clicking from area to area only reads the table.
 */
import type { CoverageEngine } from '../analysis/engine/engine.js';
import type { EngineLevel } from '../analysis/engine/types.js';
import { sharingAsOf } from '../analysis/service-report.js';
import {
  NO_SHARING,
  TOWER_DISTANCE_M,
  operatorsPerTower,
  sharedSitesPercent,
  type SharingFigures,
  type SharingTable,
} from '../analysis/sharing.js';
import type { Site } from '../domain/telecom.js';

/**
 * The day that stands for "all the data" (the map's date null): every site is on air by then, with its 5G, so
 * `sitesAsOf` keeps every site as it is.
 */
export const ALL_DATA_DAY = '9999-12-31';

/** The sharing figures of one area, as the panel shows them. */
export type AreaSharing = {
  level: Exclude<EngineLevel, 'city'>;
  id: string;
  /** The map's date the figures are for (ISO `YYYY-MM-DD`), or null for all the data. */
  asOf: string | null;
  /** The counts (zero for an area without towers). */
  figures: SharingFigures;
  /** Share of the area's sites on shared towers, percent 0–100; null without sites. */
  sharedSitesPercent: number | null;
  /** Mean operators per tower; null without towers. */
  operatorsPerTower: number | null;
  /** Largest distance, metres (geodesic), between sites of one tower found by distance (sharing-towers.ts). */
  distanceM: number;
  /** Whether any base site in use is sample data. */
  sample: boolean;
  /** Time to group the sites into towers for this question (0 when the table was kept), ms. */
  buildMs: number;
};

/** What the handler reads of the coverage service (a `CoverageService` is one). */
export interface SharingService {
  /** Every base site in use, whatever the date (a new array whenever they change). */
  readonly allSites: readonly Site[];
  requireEngine(): Pick<CoverageEngine, 'locate' | 'areaIndex'>;
}

/**
 * The `areaSharing` handler: `ready` waits for the first analysis (and a running suggestion, whose trial sites are
 * in the engine). An area without towers (or unknown to the engine) answers zero figures.
 */
export function sharingHandler(
  service: SharingService,
  ready: () => Promise<unknown>,
): (ctx: unknown, level: Exclude<EngineLevel, 'city'>, id: string, asOf: string | null) => Promise<AreaSharing> {
  let kept: { sites: readonly Site[]; day: string; engine: object; areas: number; table: SharingTable } | null = null;
  return async (_ctx, level, id, asOf) => {
    await ready();
    const engine = service.requireEngine();
    const t0 = performance.now();
    const day = asOf ?? ALL_DATA_DAY;
    const areas = engine.areaIndex.areas.length;
    if (!kept || kept.sites !== service.allSites || kept.day !== day || kept.engine !== engine || kept.areas !== areas)
      kept = { sites: service.allSites, day, engine, areas, table: sharingAsOf(service.allSites, day, engine) };
    const buildMs = performance.now() - t0;
    const figures = { ...(kept.table.areas[`${level}|${id}`] ?? NO_SHARING) };
    return {
      level,
      id,
      asOf,
      figures,
      sharedSitesPercent: sharedSitesPercent(figures),
      operatorsPerTower: operatorsPerTower(figures),
      distanceM: TOWER_DISTANCE_M,
      sample: service.allSites.some((s) => s.sample),
      buildMs,
    };
  };
}
