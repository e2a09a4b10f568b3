/**
 * The shareable part of the screen in the URL hash, so a link opens the same view:
 * `#map=13.5/21.0285/105.8523&level=unit2025&tech=5G&op=any&basis=area&cov=indoor&sel=unit2025:00070&lang=vi`
 * (`cov`, the coverage level, is written only when it is not outdoor), and `pt=21.028500,105.854200` when the
 * point panel ("Có 5G ở đây không?") is open (domain/point-link.ts), and `prm=<base64url JSON>` when the coverage
 * model's parameters are not the defaults (only the overrides, see url-params.ts).
 * A hash (not the query) works on any static host and from a sub-path, and changing it reloads nothing.
 */
import { OP_SETS, type OpSet } from '../analysis/engine/types.js';
import type { Technology } from '../domain/telecom.js';
import { COVERAGE_LEVELS, DEFAULT_COVERAGE_LEVEL, type CoverageLevel } from '../domain/coverage-level.js';
import type { Lang } from '../domain/lang.js';
import type { ChoroplethLevel } from './slices/choropleth.js';
import type { AppState } from './store.js';
import { placeLevelOf } from '../domain/layers.js';
import { formatPointLink, parsePointLink, POINT_LINK_PARAM, type PointLink } from '../domain/point-link.js';
import type { ParamOverrides } from '../analysis/params-overrides.js';
import { formatParamsLink, parseParamsLink, PARAMS_LINK_PARAM } from './url-params.js';

export type UrlView = { zoom: number; lat: number; lng: number };
export type UrlSelection = { level: 'unit2025' | 'district2019' | 'ward2019' | 'h3r8' | 'h3r9' | 'zone'; id: string };

export type UrlState = {
  view: UrlView | null;
  level: ChoroplethLevel | null;
  tech: Technology | null;
  op: OpSet | null;
  basis: 'area' | 'population' | null;
  /** The coverage level (outdoor, indoor). */
  coverageLevel: CoverageLevel | null;
  selection: UrlSelection | null;
  lang: Lang | null;
  /** The point asked ("Có 5G ở đây không?"), or null. */
  point: PointLink | null;
  /** Overrides of the coverage model's parameters; absent or null for the defaults. */
  params?: ParamOverrides | null;
};

const LEVELS = ['unit2025', 'district2019', 'ward2019', 'h3r8', 'h3r9'] as const;
const SEL_LEVELS = ['unit2025', 'district2019', 'ward2019', 'h3r8', 'h3r9', 'zone'] as const;

/** Reads a hash; anything missing or malformed is null (a bad link opens the default screen). */
export function parseUrlState(hash: string): UrlState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const pick = <T extends string>(v: string | null, allowed: readonly T[]): T | null =>
    v !== null && (allowed as readonly string[]).includes(v) ? (v as T) : null;
  let view: UrlView | null = null;
  const m = /^(\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)$/.exec(p.get('map') ?? '');
  if (m) {
    const [zoom, lat, lng] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (zoom >= 0 && zoom <= 22 && Math.abs(lat) <= 85 && Math.abs(lng) <= 180) view = { zoom, lat, lng };
  }
  let selection: UrlSelection | null = null;
  const sel = /^([a-z0-9]+):(.+)$/.exec(p.get('sel') ?? '');
  if (sel) {
    const level = pick(sel[1]!, SEL_LEVELS);
    if (level) selection = { level, id: sel[2]! };
  }
  return {
    view,
    level: pick(p.get('level'), LEVELS),
    tech: pick(p.get('tech'), ['4G', '5G'] as const),
    op: pick(p.get('op'), OP_SETS),
    basis: pick(p.get('basis'), ['area', 'population'] as const),
    coverageLevel: pick(p.get('cov'), COVERAGE_LEVELS),
    selection,
    lang: pick(p.get('lang'), ['vi', 'en'] as const),
    point: parsePointLink(p.get(POINT_LINK_PARAM)),
    ...paramsOf(p.get(PARAMS_LINK_PARAM)),
  };
}

/** `{ params }` when a link carries valid parameter overrides, else nothing (the key stays absent). */
function paramsOf(value: string | null): { params: ParamOverrides } | Record<string, never> {
  const params = parseParamsLink(value);
  return params ? { params } : {};
}

/** Writes a hash (stable key order; view rounded to ~1 m and 0.01 zoom). */
export function formatUrlState(s: UrlState): string {
  const p = new URLSearchParams();
  if (s.view) p.set('map', `${s.view.zoom.toFixed(2)}/${s.view.lat.toFixed(5)}/${s.view.lng.toFixed(5)}`);
  if (s.level) p.set('level', s.level);
  if (s.tech) p.set('tech', s.tech);
  if (s.op) p.set('op', s.op);
  if (s.basis) p.set('basis', s.basis);
  if (s.coverageLevel && s.coverageLevel !== DEFAULT_COVERAGE_LEVEL) p.set('cov', s.coverageLevel);
  if (s.selection) p.set('sel', `${s.selection.level}:${s.selection.id}`);
  if (s.lang) p.set('lang', s.lang);
  if (s.point) p.set(POINT_LINK_PARAM, formatPointLink(s.point));
  const prm = s.params ? formatParamsLink(s.params) : null;
  if (prm) p.set(PARAMS_LINK_PARAM, prm);
  return `#${p.toString().replace(/%2F/g, '/').replace(/%3A/g, ':').replace(/%2C/g, ',')}`;
}

/** The shareable state of the app: the store's choices and selection, and the map's view. */
export function urlStateOf(
  s: Pick<AppState, 'selection' | 'level' | 'choroTech' | 'choroOp' | 'basis' | 'coverageLevel' | 'lang'> &
    Partial<Pick<AppState, 'point' | 'coverageParams'>>,
  view: UrlView,
): UrlState {
  const level = s.selection ? placeLevelOf(s.selection.key) : null;
  const id = s.selection?.id;
  return {
    view,
    level: s.level,
    tech: s.choroTech,
    op: s.choroOp,
    basis: s.basis,
    coverageLevel: s.coverageLevel,
    lang: s.lang,
    selection: level && id !== null && id !== undefined ? { level, id: String(id) } : null,
    point: s.point ? { lngLat: s.point.lngLat, asOf: null } : null,
    params: s.coverageParams ?? null,
  };
}
