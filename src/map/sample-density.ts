/**
 * The shipped sites' density at city zoom (issue #18.3): above {@link DOTS_AT_CITY_ZOOM_MAX} sites shown, single dots
 * would hide the choropleth below {@link SITE_DOTS_MIN_ZOOM} (12,500 sample sites cover the centre), so the page
 * counts the sites the filters show (operator, technology, data source, the map's date: the same rules as the
 * dots' filters in filters.ts) on a grid of 0.02° cells and the map draws that instead, dots from zoom 12. Imported sites
 * are counted by the worker (its URL wins: src/worker/shown-layers.ts).
 */
import type { FeatureCollection } from 'geojson';
import { densityCells } from '../domain/site-density.js';
import { OPERATORS, type Operator, type Technology } from '../domain/telecom.js';
import type { DataSourceKind } from '../state/slices/layers.js';
import type { LayerData } from '../session/data-layers.js';
import type { Session } from '../session/session.js';

/** Most sites shown that the map draws as dots at city zoom too. */
export const DOTS_AT_CITY_ZOOM_MAX = 1_000;

/**
 * Side of the sample's density cells, degrees (about 2.1 × 2.2 km): at the whole city's zoom (9.7 at 1440 × 900)
 * neighbouring cells are 12 px apart, so the circles (at most 4.5 px across there) leave the fill between them.
 */
export const SAMPLE_DENSITY_CELL_DEG = 0.02;

/** The toggles the dots follow. */
export type SiteFilterState = {
  operators: Readonly<Record<Operator, boolean>>;
  technologies: Readonly<Record<Technology, boolean>>;
  sources: Readonly<Record<DataSourceKind, boolean>>;
  asOf: string | null;
};

/** Whether the dots' filters show a site of these properties (see `sitesFilter`, `sourceFilter`, `applyFilters`). */
export function siteShown(p: Readonly<Record<string, unknown>>, s: SiteFilterState): boolean {
  if (!OPERATORS.includes(p.operator as Operator) || !s.operators[p.operator as Operator]) return false;
  if (!s.technologies['4G'] && !(s.technologies['5G'] && p.has5g === true)) return false;
  if (!(p.sample === true ? s.sources.sample : s.sources.imported)) return false;
  return s.asOf === null || String(p.onAir ?? '') <= s.asOf;
}

/**
 * The density of the shipped sites the filters show, or null (the sites are the worker's tiles, not loaded, or few
 * enough for dots at every zoom).
 */
export function sampleDensity(sites: LayerData | undefined, s: SiteFilterState): FeatureCollection | null {
  if (!sites || typeof sites === 'string') return null;
  const shown = sites.features.filter((f) => f.geometry?.type === 'Point' && siteShown(f.properties ?? {}, s));
  if (shown.length <= DOTS_AT_CITY_ZOOM_MAX) return null;
  const points = shown.map((f) => {
    const [lng, lat] = (f.geometry as { coordinates: number[] }).coordinates;
    return { lng: lng!, lat: lat!, has5g: f.properties?.has5g === true };
  });
  return { type: 'FeatureCollection', features: densityCells(points, SAMPLE_DENSITY_CELL_DEG) };
}

/** The density to draw now: the worker's of the imports (a URL), else the page's of the shipped sample, or null. */
export function siteDensityNow(session: Session, s: SiteFilterState): string | FeatureCollection | null {
  return session.siteDensity() ?? sampleDensity(session.layers.get('sites'), s);
}
