/**
 * The environment class of a site for `npm run calibrate`, as the engine decides it: the class of the environment
 * grid's cell the site stands in (`environmentAt`, built by the data pipeline from the ground), else — outside the
 * grid, or in data built before the grid existed — the class of the census density of the 2019 ward the site
 * stands in (`environmentOf`; 0 residents/km², rural, outside every ward). The one place to change when the
 * engine's rule changes.
 */
import { booleanPointInPolygon } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { environmentOf, type Environment } from '../../src/analysis/coverage/environment.js';
import { environmentAt, type EnvironmentGrid } from '../../src/analysis/coverage/environment-grid.js';
import type { Site } from '../../src/domain/telecom.js';

type Ward = { box: [number, number, number, number]; geometry: Polygon | MultiPolygon; density: number };

/**
 * A site → class function over the environment grid (or null) and the census wards (`density` property, residents
 * per km², as the data build writes it). Memoised per site.
 */
export function siteEnvironment(
  grid: EnvironmentGrid | null,
  wards: FeatureCollection<Polygon | MultiPolygon>,
): (site: Site) => Environment {
  const list: Ward[] = wards.features.map((f) => ({
    box: boxOf(f.geometry),
    geometry: f.geometry,
    density: Number(f.properties?.density ?? 0) || 0,
  }));
  const memo = new Map<Site, Environment>();
  return (site) => {
    let env = memo.get(site);
    if (env === undefined) {
      env = (grid === null ? null : environmentAt(grid, site.lng, site.lat)) ?? environmentOf(densityAt(list, site));
      memo.set(site, env);
    }
    return env;
  };
}

/** Residents per km² of the ward holding the site; 0 outside every ward. */
function densityAt(wards: readonly Ward[], site: Pick<Site, 'lng' | 'lat'>): number {
  for (const w of wards) {
    const [w0, s0, e0, n0] = w.box;
    if (site.lng < w0 || site.lng > e0 || site.lat < s0 || site.lat > n0) continue;
    if (booleanPointInPolygon([site.lng, site.lat], w.geometry)) return w.density;
  }
  return 0;
}

/** `[west, south, east, north]` degrees of a polygon's outer rings. */
function boxOf(g: Polygon | MultiPolygon): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const rings = g.type === 'Polygon' ? [g.coordinates[0] ?? []] : g.coordinates.map((p) => p[0] ?? []);
  for (const ring of rings)
    for (const [x, y] of ring) {
      box[0] = Math.min(box[0], x!);
      box[1] = Math.min(box[1], y!);
      box[2] = Math.max(box[2], x!);
      box[3] = Math.max(box[3], y!);
    }
  return box;
}
