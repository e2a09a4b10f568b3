/**
 * The attribution line drawn on the app's map, in the interface language: the base data's sources (OpenStreetMap,
 * the 2019 census) and what is sample data (the public map's line is `PUBLIC_ATTRIBUTION` in `src/public`). MapLibre's `AttributionControl` takes its text only when it is made, so a
 * language switch replaces the control ({@link showAttribution}) in the corner where the first one stood.
 */
import { AttributionControl, type Map as MapLibreMap } from 'maplibre-gl';
import type { Lang } from '../domain/lang.js';
import type { AppStore } from '../state/store.js';

/**
 * The app's line: `© Những người đóng góp OpenStreetMap` is the Vietnamese credit openstreetmap.org itself shows
 * (OSM's attribution guidelines allow the credit in the reader's language); ODbL is the licence's name.
 */
export const APP_ATTRIBUTION: Readonly<Record<Lang, string>> = {
  vi: '© Những người đóng góp OpenStreetMap (ODbL) · Tổng điều tra dân số 2019, TCTK (GSO) · trạm, vùng phủ, cáp, tốc độ: dữ liệu mẫu',
  en: '© OpenStreetMap contributors (ODbL) · GSO 2019 census · sites, coverage, cables, speeds: sample data',
};

/**
 * Shows `text` as the map's (compact) attribution, replacing `previous` (the control an earlier call returned,
 * or null for the first): the new control goes last in the bottom-right corner, below the scale bar, where the
 * first one stood. Make the map with `attributionControl: false`. Returns the control now shown.
 */
export function showAttribution(
  map: MapLibreMap,
  text: string,
  previous: AttributionControl | null,
): AttributionControl {
  if (previous) map.removeControl(previous);
  const control = new AttributionControl({ compact: true, customAttribution: text });
  map.addControl(control, 'bottom-right');
  // MapLibre puts a control added to a bottom corner first; the attribution belongs at the very bottom.
  const corner = map.getContainer().querySelector('.maplibregl-ctrl-bottom-right');
  const element = corner?.querySelector('.maplibregl-ctrl-attrib');
  if (corner && element) corner.appendChild(element);
  return control;
}

/**
 * Shows the app's attribution line ({@link APP_ATTRIBUTION}) in the store's language and writes it again on every
 * language switch. Make the map with `attributionControl: false`. Returns the function that stops following.
 */
export function followLanguage(map: MapLibreMap, store: AppStore): () => void {
  let control = showAttribution(map, APP_ATTRIBUTION[store.getState().lang], null);
  return store.subscribe((s, prev) => {
    if (s.lang !== prev.lang) control = showAttribution(map, APP_ATTRIBUTION[s.lang], control);
  });
}
