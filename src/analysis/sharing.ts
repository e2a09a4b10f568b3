/**
 * Shared infrastructure per area: how many towers stand in each area, how many carry two operators or more, the
 * share of sites on such towers and the mean number of operators per tower. The plan's measure: operators share
 * masts instead of each building its own (Hà Nội counted about 1,200 of its 6,340 base stations of 2015 on shared
 * infrastructure; see the data folder's README). Towers are found by `detectTowers` (sharing-towers.ts).
 *
 * A tower is counted where it stands (its sites' mean position), once in each area containing that point, at
 * every level the locator knows; its sites are counted there with it, so a tower and all its sites fall in the same
 * areas and the share of sites on shared towers stays within 0–100 %. (results.csv counts each site where it
 * stands: a tower astride a boundary, at most 30 m across, may count its sites in a neighbouring area there.)
 * The city counts every tower once, inside a unit or not, as results.csv counts every site once.
 */
import { detectTowers, type Tower, type TowerOptions, type TowerSite } from './sharing-towers.js';
export {
  TOWER_DEFAULTS,
  TOWER_DISTANCE_M,
  detectTowers,
  type Tower,
  type TowerOptions,
  type TowerSite,
} from './sharing-towers.js';

/** Finds the areas containing a `[lng, lat]` point (degrees); the coverage engine is one. */
export interface AreaLocator {
  locate(lng: number, lat: number): readonly { level: string; id: string }[];
}

/** The sharing figures of one area (counts). */
export type SharingFigures = {
  /** Sites on the area's towers. */
  sites: number;
  towers: number;
  /** Towers carrying two operators or more. */
  sharedTowers: number;
  /** Sites on those shared towers. */
  sitesOnShared: number;
  /** Operators summed over the towers (a tower of Viettel and VNPT counts 2). */
  operatorTowers: number;
};

/** The figures of the city and of every area with a tower, keyed `${level}|${id}`; other areas have none. */
export type SharingTable = { city: SharingFigures; areas: Record<string, SharingFigures> };

/** Figures of an area without towers. */
export const NO_SHARING: Readonly<SharingFigures> = {
  sites: 0,
  towers: 0,
  sharedTowers: 0,
  sitesOnShared: 0,
  operatorTowers: 0,
};

/** Share of the sites standing on shared towers, percent 0–100; null for an area without sites. */
export function sharedSitesPercent(f: SharingFigures): number | null {
  return f.sites > 0 ? (100 * f.sitesOnShared) / f.sites : null;
}

/** Mean operators per tower (1 when nothing is shared); null for an area without towers. */
export function operatorsPerTower(f: SharingFigures): number | null {
  return f.towers > 0 ? f.operatorTowers / f.towers : null;
}

/** Adds a tower to an area's figures. */
function addTower(f: SharingFigures, t: Tower): void {
  f.sites += t.siteIds.length;
  f.towers++;
  f.operatorTowers += t.operators.length;
  if (t.shared) {
    f.sharedTowers++;
    f.sitesOnShared += t.siteIds.length;
  }
}

/** The sharing figures of the city and of each area containing a tower (see the module comment). */
export function sharingByArea(towers: readonly Tower[], locator: AreaLocator): SharingTable {
  const city = { ...NO_SHARING };
  const areas: Record<string, SharingFigures> = {};
  for (const t of towers) {
    addTower(city, t);
    for (const a of locator.locate(t.lng, t.lat)) addTower((areas[`${a.level}|${a.id}`] ??= { ...NO_SHARING }), t);
  }
  return { city, areas };
}

/** The towers of `sites` and their figures per area, in one call. */
export function sharingOfSites(
  sites: readonly TowerSite[],
  locator: AreaLocator,
  options: Partial<TowerOptions> = {},
): { towers: Tower[]; table: SharingTable } {
  const towers = detectTowers(sites, options);
  return { towers, table: sharingByArea(towers, locator) };
}
