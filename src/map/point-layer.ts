/**
 * The map's side of "Có 5G ở đây không?": a click anywhere (outside plan mode, whose clicks place sites) asks the
 * point lookup at that spot through the store (`pointAsked`); the point asked is drawn as a marker, and a point
 * from the search box or a link is brought into view. The URL hash carries the open point (`pt=lat,lng`,
 * domain/point-link.ts), written here when the point changes and by the map wrapper with the rest of the view.
 */
import type { GeoJSONSource, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { AppState, AppStore } from '../state/store.js';
import type { PointLink } from '../domain/point-link.js';
import { formatPointLink, POINT_LINK_PARAM } from '../domain/point-link.js';

/** The marker's source and layer ids. */
export const POINT_SOURCE = 'point-asked';
export const POINT_LAYER = 'point-asked-marker';

/** Zoom a point from the search or a link is shown at, at least. */
export const POINT_VIEW_ZOOM = 14;

/** The marker's data: the point asked, or nothing. */
export function pointMarkerData(s: Pick<AppState, 'point'>): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: s.point
      ? [{ type: 'Feature', geometry: { type: 'Point', coordinates: s.point.lngLat }, properties: {} }]
      : [],
  };
}

/** `hash` with `pt` set to the point (or removed for null), the other parameters kept in their order. */
export function hashWithPoint(hash: string, point: Pick<PointLink, 'lngLat'> | null): string {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  if (point) p.set(POINT_LINK_PARAM, formatPointLink({ lngLat: point.lngLat, asOf: null }));
  else p.delete(POINT_LINK_PARAM);
  const text = p.toString().replace(/%2F/g, '/').replace(/%3A/g, ':').replace(/%2C/g, ',');
  return text === '' ? '' : `#${text}`;
}

/**
 * Adds the marker, listens for clicks, follows the store's point; `initial` is the point of the link the page was
 * opened with (asked at once). Returns the function that takes it all away.
 */
export function attachPointLayer(map: MapLibreMap, store: AppStore, initial: PointLink | null = null): () => void {
  map.addSource(POINT_SOURCE, { type: 'geojson', data: pointMarkerData(store.getState()) });
  map.addLayer({
    id: POINT_LAYER,
    type: 'circle',
    source: POINT_SOURCE,
    paint: {
      'circle-radius': 7,
      'circle-color': '#d7301f',
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 2.5,
    },
  });
  const onClick = (e: MapMouseEvent) => {
    const s = store.getState();
    if (s.planMode) return;
    s.pointAsked([e.lngLat.lng, e.lngLat.lat], 'map');
  };
  map.on('click', onClick);
  const show = (s: AppState) => {
    (map.getSource(POINT_SOURCE) as GeoJSONSource | undefined)?.setData(pointMarkerData(s));
    if (s.point && s.point.from !== 'map') {
      const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
      map.easeTo({
        center: s.point.lngLat,
        zoom: Math.max(map.getZoom(), POINT_VIEW_ZOOM),
        duration: reduced ? 0 : 600,
      });
    }
    const hash = hashWithPoint(location.hash, s.point);
    if (hash !== location.hash)
      history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.point !== prev.point) show(s);
  });
  if (initial && !store.getState().point) store.getState().pointAsked(initial.lngLat, 'link');
  else if (store.getState().point) show(store.getState());
  return () => {
    unsubscribe();
    map.off('click', onClick);
  };
}
