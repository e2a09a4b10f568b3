/**
 * Bringing a set of sites into view (the suggested sites when they arrive): the box around them, fitted with room
 * left for what covers the map's edges, and never closer than a street view.
 */
import type { FitBoundsOptions, LngLatBoundsLike, Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import type { Feature } from 'geojson';
import { bbox } from '@turf/bbox';

/** The closest zoom a fit to sites goes to (a single site, or sites a street apart). */
export const SITES_FIT_MAX_ZOOM = 15;

/** Padding of a fit to one feature (a selected area), px on every side. */
export const FEATURE_FIT_PADDING_PX = 60;

/** Room kept clear at the map's edges, px: the zoom buttons (right), the status bar and attribution (bottom). */
export const SITES_FIT_EDGE_PX = 60;

/** Width of the panel column on the map's left (app.css `.map-panels`, 340 px and its margin), px. */
export const SITES_FIT_PANELS_PX = 360;

/** The part of the map a fit needs (a fake in tests). */
export type FittableMap = Pick<MapLibreMap, 'fitBounds' | 'getContainer'>;

/** The box `[[west, south], [east, north]]` in degrees around points `{ lng, lat }`; null for none. */
export function sitesBounds(sites: readonly { lng: number; lat: number }[]): LngLatBoundsLike | null {
  if (sites.length === 0) return null;
  const lngs = sites.map((s) => s.lng);
  const lats = sites.map((s) => s.lat);
  return [
    [Math.min(...lngs), Math.min(...lats)],
    [Math.max(...lngs), Math.max(...lats)],
  ];
}

/**
 * The padding of a fit on a map `width` × `height` px: the panel column on the left, room for the controls and the
 * status bar elsewhere; each side at most a third of the map, so that a small screen still has room to fit into.
 */
export function sitesPadding(width: number, height: number): PaddingOptions {
  const side = (px: number, of: number) => Math.max(0, Math.min(px, Math.floor(of / 3)));
  return {
    top: side(SITES_FIT_EDGE_PX, height),
    bottom: side(SITES_FIT_EDGE_PX + 30, height),
    left: side(SITES_FIT_PANELS_PX, width),
    right: side(SITES_FIT_EDGE_PX, width),
  };
}

/** Fits `map` to `sites` (nothing for none); `options` may add MapLibre's own (`animate: false` in tests). */
export function fitToSites(
  map: FittableMap,
  sites: readonly { lng: number; lat: number }[],
  options: FitBoundsOptions = {},
): void {
  const bounds = sitesBounds(sites);
  if (!bounds) return;
  const { clientWidth, clientHeight } = map.getContainer();
  map.fitBounds(bounds, { ...options, padding: sitesPadding(clientWidth, clientHeight), maxZoom: SITES_FIT_MAX_ZOOM });
}

/** Fits `map` to a feature's box (a selected area or place), with {@link FEATURE_FIT_PADDING_PX} around it. */
export function fitToFeature(map: Pick<MapLibreMap, 'fitBounds'>, f: Feature): void {
  const [w, s, e, n] = bbox(f);
  map.fitBounds(
    [
      [w, s],
      [e, n],
    ],
    { padding: FEATURE_FIT_PADDING_PX, maxZoom: SITES_FIT_MAX_ZOOM },
  );
}
