/**
 * What the map draws of the imports: the sites and cable segments in use, as GeoJSON text in a Blob that the page
 * hands to MapLibre by URL, so that MapLibre's own worker reads it and the page's thread never holds a million
 * features. Null for a kind the imports leave to the shipped sample.
 *
 * Above {@link DENSE_SITES} sites, single dots at city zoom would hide the choropleth and cost the page seconds per
 * tile (MapLibre hands every dot's vertices to the page's thread): the sites are then also counted on a grid of
 * {@link DENSITY_CELL_DEG}° cells, which the map draws as a density until the zoom where dots are shown.
 */
import type { Feature } from 'geojson';
import type { Site } from '../domain/telecom.js';
import { siteToFeature } from '../data/site-codec.js';
import type { BaseData } from './protocol.js';
import type { MergedBase } from './base-data.js';

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
/** Side of a density cell, degrees of longitude and latitude (about 1.0 × 1.1 km at 21° N). */
export const DENSITY_CELL_DEG = 0.01;

/** What the map draws for the imports in use: null for the shipped layer as it is, or no density. */
export type ShownLayers = { sites: Blob | null; cables: Blob | null; density: Blob | null };

/**
 * The sites counted per grid cell: a point at each cell's centre `[lng, lat]` with `count` (sites) and `count5g`
 * (sites with 5G), cells in a fixed order (by row, then column).
 */
export function siteDensity(sites: readonly Site[]): Feature[] {
  const cells = new Map<string, { col: number; row: number; count: number; count5g: number }>();
  for (const s of sites) {
    const col = Math.floor(s.lng / DENSITY_CELL_DEG);
    const row = Math.floor(s.lat / DENSITY_CELL_DEG);
    const key = `${row}:${col}`;
    let c = cells.get(key);
    if (!c) cells.set(key, (c = { col, row, count: 0, count5g: 0 }));
    c.count++;
    if (s.technologies.includes('5G')) c.count5g++;
  }
  return [...cells.values()]
    .sort((a, b) => a.row - b.row || a.col - b.col)
    .map((c) => ({
      type: 'Feature',
      geometry: {
        type: 'Point',
        coordinates: [
          Number(((c.col + 0.5) * DENSITY_CELL_DEG).toFixed(6)),
          Number(((c.row + 0.5) * DENSITY_CELL_DEG).toFixed(6)),
        ],
      },
      properties: { count: c.count, count5g: c.count5g },
    }));
}

/** The sites, cables and density to draw for the imports in use. */
export function shownLayersOf(base: BaseData, merged: MergedBase): ShownLayers {
  const { sites } = merged;
  const cables = merged.cables.features;
  const density = base.sites.mode !== 'sample' && sites.length > DENSE_SITES ? siteDensity(sites) : null;
  return {
    sites: base.sites.mode === 'sample' ? null : featureBlob(sites.length, (i) => siteToFeature(sites[i]!)),
    cables: base.cables.mode === 'sample' ? null : featureBlob(cables.length, (i) => cables[i]!),
    density: density ? featureBlob(density.length, (i) => density[i]!) : null,
  };
}
