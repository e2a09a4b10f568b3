/**
 * The plan's candidate sites on top of the base sites, for the coverage service (coverage-service.ts): plan edits
 * through the incremental engine, the ids the plan and the base may not share, and what an edit changed.
 */
import type { Site } from '../domain/telecom.js';
import type { ChangedAreas, CoverageEngine } from './engine/engine.js';
import type { AreaResult } from './engine/types.js';
import type { ServiceInput, SitesUpdate } from './service-types.js';
import { populationTarget } from './targets.js';
import { zoneResults } from './service-results.js';
import { BilingualError } from '../domain/error-texts.js';

/** The areas a change of sites touched, keyed `${level}|${id}`. */
export type ChangedAreaMap = Map<string, ChangedAreas[number]>;

/** The ids of a list of base sites, made once per list (the service replaces the list, never changes it). */
const baseIdSets = new WeakMap<readonly Site[], Set<string>>();

function baseIds(baseSites: readonly Site[]): Set<string> {
  let ids = baseIdSets.get(baseSites);
  if (!ids) baseIdSets.set(baseSites, (ids = new Set(baseSites.map((b) => b.id))));
  return ids;
}

/**
 * Takes the `remove` ids out of the plan (ids not in it are skipped), then adds or moves the `upsert` sites, each
 * through the engine, and returns the areas touched. Throws, at the first such site, when an `upsert` id is that
 * of a base site (the sites before it are already placed). `baseSites` must not change after a first call with it
 * (its ids are kept). `drag`: the id of a site being dragged. An edit moving that one site is a step of the drag,
 * its figures previews until an edit without `drag` (an empty one included) settles them; an empty edit with it
 * opens the drag (the engine's `dragSite`, `prepareDrag` and `settleDrag`).
 */
export function editPlan(
  engine: CoverageEngine,
  planSites: Map<string, Site>,
  baseSites: readonly Site[],
  upsert: readonly Site[],
  remove: readonly string[],
  drag: string | null = null,
): ChangedAreaMap {
  const changed: ChangedAreaMap = new Map();
  const note = (list: ChangedAreas) => list.forEach((c) => changed.set(`${c.level}|${c.id}`, c));
  const dragged = drag !== null && upsert.length === 1 && upsert[0]!.id === drag && remove.length === 0;
  if (drag !== null && upsert.length === 0 && remove.length === 0) note(engine.prepareDrag(drag));
  else if (!dragged) note(engine.settleDrag());
  for (const id of remove) {
    if (!planSites.delete(id)) continue;
    note(engine.removeSite(id));
  }
  for (const site of upsert) {
    if (baseIds(baseSites).has(site.id))
      throw new BilingualError(
        `plan site "${site.id}": the id is taken by a base site`,
        `trạm dự kiến "${site.id}": mã này trùng với mã một trạm hiện có`,
      );
    planSites.set(site.id, site);
    note(dragged ? engine.dragSite(site) : engine.upsertSite(site));
  }
  return changed;
}

/** Throws when one of the new base `sites` has the id of a site of the plan (an import may not take them). */
export function refusePlanIds(planSites: ReadonlyMap<string, Site>, sites: readonly Site[]): void {
  const ids = new Set(sites.map((s) => s.id));
  const clash = [...planSites.keys()].find((id) => ids.has(id));
  if (clash)
    throw new BilingualError(
      `imported site "${clash}": the id is taken by a site of the plan`,
      `trạm nhập "${clash}": mã này trùng với mã một trạm dự kiến của kế hoạch`,
    );
}

/**
 * What a plan edit changed: the new results of the `changed` areas (keyed `${level}|${id}`; the city is given
 * apart), the city, the zones and the modelled footprints (`[lng, lat]`) of the `upsert` sites. The caller adds
 * the time the edit took.
 */
export function planResults(
  engine: CoverageEngine,
  changed: ChangedAreaMap,
  upsert: readonly Site[],
  zoneInput: ServiceInput['zones'],
): Omit<SitesUpdate, 'ms'> {
  const areas: Record<string, AreaResult> = {};
  for (const [key, c] of changed) {
    const r = c.level === 'city' ? null : engine.result(c.level, c.id);
    if (r) areas[key] = r;
  }
  const city = engine.results('city')[0]!;
  const footprints = Object.fromEntries(upsert.map((s) => [s.id, engine.footprintsOf(s.id) ?? []]));
  const zones = zoneResults(engine, zoneInput);
  return { areas, city, zones, population: populationTarget(city), footprints };
}
