/**
 * From the service's input layers to what the engine takes: the areas of every level and the census wards
 * as population units; and the site rows of `sites.fgb` for the site check. Shared by the service's `init` and
 * the benchmarks that build an engine directly, so that both cut the same areas.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { EngineArea, EngineLevel, PopulationUnit } from './engine/types.js';
import type { ServiceInput } from './service-types.js';

/** The area layers of the input, the engine level of each, and the property holding an area's id. */
export const SERVICE_LEVELS: readonly [
  keyof Pick<ServiceInput, 'units' | 'districts' | 'wards' | 'zones'>,
  Exclude<EngineLevel, 'city'>,
  string,
][] = [
  ['units', 'unit2025', 'code'],
  ['districts', 'district2019', 'code'],
  ['wards', 'ward2019', 'code'],
  ['zones', 'zone', 'id'],
];

/**
 * The engine's areas (every level in `SERVICE_LEVELS` order, each layer in its feature order) and population
 * units (the 2019 census wards; a ward without a `population` property counts 0 residents).
 */
export function engineInputOf(input: Pick<ServiceInput, 'units' | 'districts' | 'wards' | 'zones'>): {
  areas: EngineArea[];
  population: PopulationUnit[];
} {
  const areas: EngineArea[] = SERVICE_LEVELS.flatMap(([key, level, idProp]) =>
    input[key].features.map((f) => ({ id: String(f.properties?.[idProp]), level, geometry: f.geometry })),
  );
  const population = input.wards.features.map((f) => ({
    id: String(f.properties?.code),
    population: Number(f.properties?.population ?? 0),
    geometry: f.geometry,
  }));
  return { areas, population };
}

/**
 * Site rows from `sites.fgb` features (flat properties, `[lng, lat]` degrees of the point) for `checkSites`; the
 * file's `azimuths` column is the rows' `azimuthsDeg`.
 */
export function siteRowsOf(fc: FeatureCollection<Point>): Record<string, unknown>[] {
  return fc.features.map((f) => {
    const p = f.properties ?? {};
    return { ...p, lng: f.geometry?.coordinates[0], lat: f.geometry?.coordinates[1], azimuthsDeg: p.azimuths };
  });
}
