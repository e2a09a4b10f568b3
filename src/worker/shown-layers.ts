/**
 * What the map draws of the imports: the sites and cable segments in use (the imported ones, with the sample's they
 * join), kept here and served to the map as vector tiles (`tile` in the worker), so that the page's thread never
 * holds them; null for a kind the imports leave to the shipped sample.
 *
 * Above {@link DENSE_SITES} sites, single dots at city zoom would hide the choropleth and cost the page seconds per
 * tile (MapLibre hands every dot's vertices to the page's thread): the sites are then also counted on a grid of
 * {@link DENSITY_CELL_DEG}° cells (GeoJSON text in a Blob, a few thousand points), which the map draws as a density
 * until the zoom where dots are shown.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { Site } from '../domain/telecom.js';
import { densityCells } from '../domain/site-density.js';
export { DENSITY_CELL_DEG } from '../domain/site-density.js';
import { siteToFeature } from '../data/site-codec.js';
import type { ShownLayers } from './protocol.js';
import type { BaseData } from '../data/import/base-data.js';
import type { MergedBase } from '../data/import/base-data.js';

/** Features per piece of text: each piece is one string, the Blob joins them without one huge string. */
const PIECE = 20_000;

/** A FeatureCollection as GeoJSON text in a Blob, written in pieces. */
export function featureBlob(count: number, featureAt: (i: number) => Feature): Blob {
  const parts: string[] = ['{"type":"FeatureCollection","features":['];
  for (let start = 0; start < count; start += PIECE) {
    const end = Math.min(count, start + PIECE);
    const texts: string[] = [];
    for (let i = start; i < end; i++) texts.push(JSON.stringify(featureAt(i)));
    parts.push((start > 0 ? ',' : '') + texts.join(','));
  }
  parts.push(']}');
  return new Blob(parts, { type: 'application/geo+json' });
}

/** How many sites the map still draws as dots at every zoom; above, a density until the dots' zoom. */
export const DENSE_SITES = 20_000;

/** The features the worker serves as tiles for the imports in use (null: the shipped layer). */
export type ShownFeatures = { sites: FeatureCollection | null; cables: FeatureCollection | null };

/**
 * The sites counted per grid cell (src/domain/site-density.ts): a point at each cell's centre `[lng, lat]` with
 * `count` (sites) and `count5g` (sites with 5G), cells in a fixed order (by row, then column).
 */
export function siteDensity(sites: readonly Site[]): Feature[] {
  return densityCells(sites.map((s) => ({ lng: s.lng, lat: s.lat, has5g: s.technologies.includes('5G') })));
}

/** The sites and cables to draw for the imports in use, as features to cut into tiles. */
export function shownFeaturesOf(base: BaseData, merged: MergedBase): ShownFeatures {
  const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
  return {
    sites: base.sites.mode === 'sample' ? null : collection(merged.sites.map(siteToFeature)),
    cables: base.cables.mode === 'sample' ? null : collection(merged.cables.features),
  };
}

/** What the page is told: which layers the worker's tiles draw, and the density when the sites are many. */
export function shownLayersOf(base: BaseData, merged: MergedBase): ShownLayers {
  const { sites } = merged;
  const density = base.sites.mode !== 'sample' && sites.length > DENSE_SITES ? siteDensity(sites) : null;
  return {
    sites: base.sites.mode !== 'sample',
    cables: base.cables.mode !== 'sample',
    density: density ? featureBlob(density.length, (i) => density[i]!) : null,
  };
}
