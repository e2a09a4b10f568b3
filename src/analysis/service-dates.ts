/**
 * The dated side of the coverage service (coverage-service.ts): the base sites, speed tests and cables in use as
 * of a date (see as-of.ts), and the few sites the engine must place or take away to step from one date to another.
 */
import type { Feature, LineString } from 'geojson';
import type { CableSegmentProps, Site } from '../domain/telecom.js';
import { cablesAsOf, sitesAsOf, speedTestsAsOf } from './as-of.js';
import type { ImportedCoverage } from './engine/engine.js';
import type { ServiceInput } from './service-types.js';

/** The base sites, speed tests and cables of the data, before any date filter or as of one date. */
export type DatedData = { sites: Site[]; speedTests: ServiceInput['speedTests']; cables: ServiceInput['cables'] };

/**
 * The layers an import may replace along with the base sites: the imported coverage polygons (the modelled
 * footprints of their operator and technology, `[lng, lat]`), the cable segments and the speed tests.
 */
export type BaseLayers = {
  coverage?: readonly ImportedCoverage[];
  cables?: ServiceInput['cables'];
  speedTests?: ServiceInput['speedTests'];
};

/** The undated data after an import: the new `sites`, and the speed tests and cables of `layers` or else of `prior`. */
export function importedData(prior: DatedData, sites: readonly Site[], layers: BaseLayers): DatedData {
  return {
    sites: [...sites],
    speedTests: layers.speedTests ?? prior.speedTests,
    cables: layers.cables ?? prior.cables,
  };
}

/**
 * The data in use as of `date` (ISO `YYYY-MM-DD`): the sites on air by then (5G only once on air), the speed tests
 * of the year before, the cables underground by then. For null, `all` itself, the very same arrays and collections.
 */
export function dataAsOf(all: DatedData, date: string | null): DatedData {
  return {
    sites: date === null ? all.sites : sitesAsOf(all.sites, date),
    speedTests:
      date === null
        ? all.speedTests
        : { type: 'FeatureCollection', features: speedTestsAsOf(all.speedTests.features, date) },
    cables:
      date === null
        ? all.cables
        : {
            type: 'FeatureCollection',
            features: cablesAsOf(all.cables.features as Feature<LineString, CableSegmentProps>[], date),
          },
  };
}

/**
 * The sites to place (new, or changed in technologies or bands) and the ids to take away to go from the
 * `current` sites to `next` (by id; of sites sharing an id, the last counts). A site object kept as it was is
 * left alone.
 */
export function siteChanges(current: readonly Site[], next: readonly Site[]): { upsert: Site[]; remove: string[] } {
  const byId = new Map(current.map((s) => [s.id, s]));
  const key = (s: Site) => `${s.technologies.join(' ')}|${s.bands.join(' ')}`;
  const ids = new Set(next.map((s) => s.id));
  const upsert = next.filter((s) => {
    const c = byId.get(s.id);
    return c !== s && (!c || key(c) !== key(s));
  });
  const remove = [...byId.keys()].filter((id) => !ids.has(id));
  return { upsert, remove };
}

/**
 * The most site changes a date may be from the sites in use for the worker to visit it in idle time (see
 * `CoverageService.warmDates`). A visit steps to the date and back, about 3.4 ms a changed site at 12,500 sites with
 * both coverage levels (a quarter of the 5G roll-out, 530 changes, took 1.8 s; 2023 Q1, 4,400, 6.4 s): 100 keeps a
 * step near a third of a second, since a drag or a click that comes meanwhile waits for it.
 */
export const WARM_MAX_CHANGES = 100;

/**
 * Whether moving from the sites `current` to those of `all` on `date` changes more than WARM_MAX_CHANGES sites
 * (only the sites are dated: the speed tests and cables of the date are not needed to tell).
 */
export function farFrom(current: readonly Site[], all: DatedData, date: string): boolean {
  const { upsert, remove } = siteChanges(current, sitesAsOf(all.sites, date));
  return upsert.length + remove.length > WARM_MAX_CHANGES;
}
