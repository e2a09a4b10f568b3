/**
 * MapLibre's own interface strings (control tooltips, the map's accessible name) in each interface language, shared
 * by the planner map and the public map. MapLibre reads its `locale` table when a control is made; a language switch
 * after that goes through {@link applyMapLocale}, which swaps the table and rewrites the strings already shown.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Lang } from '../domain/lang.js';

/** The MapLibre UI string ids this app translates (the keys of MapLibre 6's `src/ui/default_locale.ts`). */
export type MapLibreStringId =
  | 'AttributionControl.ToggleAttribution'
  | 'AttributionControl.MapFeedback'
  | 'FullscreenControl.Enter'
  | 'FullscreenControl.Exit'
  | 'GeolocateControl.FindMyLocation'
  | 'GeolocateControl.LocationNotAvailable'
  | 'LogoControl.Title'
  | 'Map.Title'
  | 'Marker.Title'
  | 'NavigationControl.ResetBearing'
  | 'NavigationControl.ZoomIn'
  | 'NavigationControl.ZoomOut'
  | 'Popup.Close'
  | 'GlobeControl.Enable'
  | 'GlobeControl.Disable'
  | 'TerrainControl.Enable'
  | 'TerrainControl.Disable'
  | 'CooperativeGesturesHandler.WindowsHelpText'
  | 'CooperativeGesturesHandler.MacHelpText'
  | 'CooperativeGesturesHandler.MobileHelpText';

/** MapLibre's `locale` option per interface language (pass `{ locale: MAPLIBRE_LOCALE[lang] }` to `new Map`). */
export const MAPLIBRE_LOCALE: Readonly<Record<Lang, Readonly<Record<MapLibreStringId, string>>>> = {
  vi: {
    'AttributionControl.ToggleAttribution': 'Hiện/ẩn nguồn dữ liệu',
    'AttributionControl.MapFeedback': 'Góp ý về bản đồ',
    'FullscreenControl.Enter': 'Toàn màn hình',
    'FullscreenControl.Exit': 'Thoát toàn màn hình',
    'GeolocateControl.FindMyLocation': 'Tìm vị trí của tôi',
    'GeolocateControl.LocationNotAvailable': 'Không xác định được vị trí',
    'LogoControl.Title': 'Biểu trưng MapLibre',
    'Map.Title': 'Bản đồ',
    'Marker.Title': 'Điểm đánh dấu',
    'NavigationControl.ResetBearing': 'Kéo để xoay bản đồ, bấm để đưa về hướng bắc',
    'NavigationControl.ZoomIn': 'Phóng to',
    'NavigationControl.ZoomOut': 'Thu nhỏ',
    'Popup.Close': 'Đóng',
    'GlobeControl.Enable': 'Bật chế độ quả địa cầu',
    'GlobeControl.Disable': 'Tắt chế độ quả địa cầu',
    'TerrainControl.Enable': 'Bật địa hình',
    'TerrainControl.Disable': 'Tắt địa hình',
    'CooperativeGesturesHandler.WindowsHelpText': 'Giữ Ctrl và cuộn chuột để phóng to, thu nhỏ bản đồ',
    'CooperativeGesturesHandler.MacHelpText': 'Giữ ⌘ và cuộn chuột để phóng to, thu nhỏ bản đồ',
    'CooperativeGesturesHandler.MobileHelpText': 'Dùng hai ngón tay để di chuyển bản đồ',
  },
  en: {
    'AttributionControl.ToggleAttribution': 'Toggle attribution',
    'AttributionControl.MapFeedback': 'Map feedback',
    'FullscreenControl.Enter': 'Enter fullscreen',
    'FullscreenControl.Exit': 'Exit fullscreen',
    'GeolocateControl.FindMyLocation': 'Find my location',
    'GeolocateControl.LocationNotAvailable': 'Location not available',
    'LogoControl.Title': 'MapLibre logo',
    'Map.Title': 'Map',
    'Marker.Title': 'Map marker',
    'NavigationControl.ResetBearing': 'Drag to rotate map, click to reset north',
    'NavigationControl.ZoomIn': 'Zoom in',
    'NavigationControl.ZoomOut': 'Zoom out',
    'Popup.Close': 'Close popup',
    'GlobeControl.Enable': 'Enable globe',
    'GlobeControl.Disable': 'Disable globe',
    'TerrainControl.Enable': 'Enable terrain',
    'TerrainControl.Disable': 'Disable terrain',
    'CooperativeGesturesHandler.WindowsHelpText': 'Use Ctrl + scroll to zoom the map',
    'CooperativeGesturesHandler.MacHelpText': 'Use ⌘ + scroll to zoom the map',
    'CooperativeGesturesHandler.MobileHelpText': 'Use two fingers to move the map',
  },
};

/**
 * Where MapLibre shows each string once a control is drawn: the element's CSS selector inside the map's container,
 * and whether the string is the element's `title` as well as its `aria-label` (MapLibre's `_setButtonTitle` writes
 * both; the canvas, the logo and the popup's close button carry only `aria-label`).
 */
const SHOWN_AT: readonly (readonly [selector: string, id: MapLibreStringId, title: boolean])[] = [
  ['.maplibregl-ctrl-zoom-in', 'NavigationControl.ZoomIn', true],
  ['.maplibregl-ctrl-zoom-out', 'NavigationControl.ZoomOut', true],
  ['.maplibregl-ctrl-compass', 'NavigationControl.ResetBearing', true],
  ['.maplibregl-ctrl-attrib-button', 'AttributionControl.ToggleAttribution', true],
  ['.maplibregl-ctrl-fullscreen', 'FullscreenControl.Enter', true],
  ['.maplibregl-ctrl-shrink', 'FullscreenControl.Exit', true],
  ['.maplibregl-ctrl-geolocate', 'GeolocateControl.FindMyLocation', true],
  ['.maplibregl-ctrl-logo', 'LogoControl.Title', false],
  ['.maplibregl-popup-close-button', 'Popup.Close', false],
  ['canvas.maplibregl-canvas', 'Map.Title', false],
];

/** The part of a MapLibre map {@link applyMapLocale} needs (a fake in tests). */
export type LocalisableMap = Pick<MapLibreMap, 'getContainer'> & { _locale: Record<string, string> };

/**
 * Switches a map made earlier to `lang`: controls made from now on read the new table, and the strings MapLibre
 * already wrote into the page (zoom buttons, attribution toggle, the canvas's accessible name) are rewritten.
 */
export function applyMapLocale(map: LocalisableMap, lang: Lang): void {
  const table = MAPLIBRE_LOCALE[lang];
  // MapLibre 6 has no public setter: `_locale` is the table its controls read through `_getUIString`.
  map._locale = { ...map._locale, ...table };
  const root = map.getContainer();
  for (const [selector, id, title] of SHOWN_AT) {
    for (const el of root.querySelectorAll(selector)) {
      el.setAttribute('aria-label', table[id]);
      if (title) el.setAttribute('title', table[id]);
    }
  }
}
