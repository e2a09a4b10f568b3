/**
 * The public map's shareable URL: the same hash format as the planner app (`formatUrlState` in
 * src/state/url-state.ts, `#map=zoom/lat/lng&level=…&tech=…&op=…&basis=…&cov=indoor&sel=…&lang=…`), written with
 * `history.replaceState` after every move end and every change of choice or selection, so a copied link
 * reopens the same view and no history entry is made per pan.
 */
import type { OpSet } from '../analysis/engine/types.js';
import type { Lang } from '../domain/lang.js';
import type { CoverageLevel } from '../domain/coverage-level.js';
import { formatUrlState, type UrlSelection, type UrlState, type UrlView } from '../state/url-state.js';
import type { PublicLevel } from './public-map.js';
import { LEVEL_OF } from './public-view.js';
import type { PointLink } from '../domain/point-link.js';

/** The page's choices that a link carries (everything but the map's view). */
export type PublicShare = {
  level: PublicLevel;
  tech: '4G' | '5G';
  op: OpSet;
  basis: 'area' | 'population';
  /** Outdoor or indoor coverage (`cov=indoor`; outdoor, the default, is not written). */
  coverageLevel: CoverageLevel;
  lang: Lang;
  /** The selected area (at the URL's name of its level) or zone, or null. */
  selection: UrlSelection | null;
  /** The point asked ("Có 5G ở đây không?"), or null. */
  point?: PointLink | null;
};

/** The URL's selection of a selected area of the page's level, or of a zone; null when nothing is selected. */
export function shareSelection(
  level: PublicLevel,
  selected: { kind: 'area' | 'zone'; row: { code: string } } | null,
): UrlSelection | null {
  if (!selected) return null;
  return { level: selected.kind === 'zone' ? 'zone' : LEVEL_OF[level], id: selected.row.code };
}

/** The URL state of the page: its view (zoom, centre latitude and longitude in degrees; null keeps none) and choices. */
export function publicUrlState(view: UrlView | null, s: PublicShare): UrlState {
  return {
    view,
    level: LEVEL_OF[s.level],
    tech: s.tech,
    op: s.op,
    basis: s.basis,
    coverageLevel: s.coverageLevel,
    selection: s.selection,
    lang: s.lang,
    point: s.point ?? null,
  };
}

/** The hash of the page's view and choices (view rounded as `formatUrlState` does: 0.01 zoom, 1e-5°). */
export const publicHash = (view: UrlView | null, s: PublicShare): string => formatUrlState(publicUrlState(view, s));

/** The view of a MapLibre map as the URL writes it: zoom, and the centre's latitude and longitude in degrees. */
export function viewOf(map: { getZoom(): number; getCenter(): { lat: number; lng: number } }): UrlView {
  const c = map.getCenter();
  return { zoom: map.getZoom(), lat: c.lat, lng: c.lng };
}

/**
 * Replaces the page's URL hash (keeping its path and query, e.g. `?embed=1`) with `history.replaceState`,
 * so panning makes no history entry; does nothing when the hash is already the same.
 */
export function writePublicUrl(hash: string): void {
  if (hash === location.hash) return;
  history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
}
