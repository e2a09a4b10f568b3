/**
 * What the map draws of the imports: the sites and cable segments in use, as GeoJSON text in a Blob that the page
 * hands to MapLibre by URL, so that MapLibre's own worker reads it and the page's thread never holds a million
 * features. Null for a kind the imports leave to the shipped sample.
 */
import type { Feature } from 'geojson';
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

/** The sites and cables to draw for the imports in use (null: the shipped layer as it is). */
export function shownLayersOf(base: BaseData, merged: MergedBase): { sites: Blob | null; cables: Blob | null } {
  const { sites } = merged;
  const cables = merged.cables.features;
  return {
    sites: base.sites.mode === 'sample' ? null : featureBlob(sites.length, (i) => siteToFeature(sites[i]!)),
    cables: base.cables.mode === 'sample' ? null : featureBlob(cables.length, (i) => cables[i]!),
  };
}
