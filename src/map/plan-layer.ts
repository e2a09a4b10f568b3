/**
 * The operator's plan on the map: candidate sites, their modelled footprints (from the session's analysed edits)
 * and proposed sites; a click in plan mode places a site and a drag moves it (both into the store). The session
 * sends the plan to the worker (see session/plan-sync.ts); this only draws and measures the repaint. A footprint
 * computed with other model parameters than the store's (the method page or a `prm=` link changed them since) is
 * drawn grey with a dotted outline until the session sends its new one, so an outdated shape never passes for a
 * current one.
 */
import type { CoverageLevel } from '../domain/coverage-level.js';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { ExpressionSpecification, GeoJSONSource, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { Site, Technology } from '../domain/telecom.js';
import { OPERATORS } from '../domain/telecom.js';
import type { AppState, AppStore } from '../state/store.js';
import type { Session } from '../session/session.js';
import type { PlanEditKind } from '../session/plan-sync.js';
import { OPERATOR_COLORS } from './palette.js';
import { sameOverrides, type ParamOverrides } from '../analysis/params-overrides.js';
import { DragHandle } from './drag-handle.js';

/** Timings of one plan edit, for the benchmark: engine time, worker round trip, until the map drew it, and its kind. */
export type PlanTiming = { analysisMs: number; roundTripMs: number; repaintMs: number; kind: PlanEditKind };

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
const PLAN_CIRCLE = 'plan-circle';
/** The colour of a footprint computed with earlier model parameters (feature property `stale`). */
export const STALE_FOOTPRINT_COLOR = '#8c8c8c';

/** A candidate's footprints and the model parameters (overrides of the defaults) they were computed with. */
type Footprints = {
  list: { tech: Technology; level: CoverageLevel; geometry: MultiPolygon }[];
  params: ParamOverrides;
};

/** True when footprints computed with `made` do not hold under the parameters `now` (the store's). */
export function isStaleFootprint(made: ParamOverrides, now: ParamOverrides): boolean {
  return made !== now && !sameOverrides(made, now);
}

const opColor = [
  'match',
  ['get', 'operator'],
  ...OPERATORS.flatMap((o) => [o, OPERATOR_COLORS[o]]),
  '#555555',
] as unknown as string;

export class PlanLayer {
  private footprints = new Map<string, Footprints>();
  private drag: { id: string; frame: number | null; lngLat: [number, number] | null } | null = null;
  /** The dragged candidate, drawn over the map while its circle is hidden (see drag-handle.ts). */
  private readonly handle: DragHandle;
  /** Timings of the last edits (newest last), read by the benchmark through `window.hanoiPlanTimings`. */
  readonly timings: PlanTiming[] = [];
  private readonly cleanups: (() => void)[] = [];

  constructor(
    private readonly map: MapLibreMap,
    private readonly store: AppStore,
    session: Session,
  ) {
    this.handle = new DragHandle(map);
    map.addSource('plan-footprints', { type: 'geojson', data: EMPTY });
    map.addSource('plan', { type: 'geojson', data: EMPTY, promoteId: 'id' });
    map.addSource('plan-proposals', { type: 'geojson', data: EMPTY });
    const stale: ExpressionSpecification = ['==', ['get', 'stale'], true];
    map.addLayer({
      id: 'plan-footprint-fill',
      type: 'fill',
      source: 'plan-footprints',
      paint: {
        'fill-color': ['case', stale, STALE_FOOTPRINT_COLOR, opColor],
        'fill-opacity': ['case', stale, 0.12, 0.18],
      },
    });
    map.addLayer({
      id: 'plan-footprint-line',
      type: 'line',
      source: 'plan-footprints',
      filter: ['!', stale],
      paint: { 'line-color': opColor, 'line-width': 1.5, 'line-dasharray': [3, 2] },
    });
    // A dash pattern cannot follow a property: outdated footprints get a layer of their own, dotted and grey.
    map.addLayer({
      id: 'plan-footprint-stale-line',
      type: 'line',
      source: 'plan-footprints',
      filter: stale,
      paint: { 'line-color': STALE_FOOTPRINT_COLOR, 'line-width': 1.5, 'line-dasharray': [1, 2] },
    });
    map.addLayer({
      id: PLAN_CIRCLE,
      type: 'circle',
      source: 'plan',
      paint: {
        'circle-radius': ['case', ['boolean', ['feature-state', 'selected'], false], 10, 8],
        'circle-color': '#ffffff',
        'circle-stroke-color': opColor,
        'circle-stroke-width': ['case', ['boolean', ['feature-state', 'selected'], false], 5, 3.5],
      },
    });
    map.addLayer({
      id: 'plan-proposal-circle',
      type: 'circle',
      source: 'plan-proposals',
      paint: {
        'circle-radius': 9,
        'circle-color': 'rgba(255,255,255,0.6)',
        'circle-stroke-color': opColor,
        'circle-stroke-width': 2,
      },
    });
    map.addLayer({
      id: 'plan-proposal-label',
      type: 'symbol',
      source: 'plan-proposals',
      layout: {
        'text-field': ['to-string', ['get', 'rank']],
        'text-font': ['Noto Sans Bold'],
        'text-size': 11,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': '#111111' },
    });
    map.on('mouseenter', PLAN_CIRCLE, () => (map.getCanvas().style.cursor = 'move'));
    map.on(
      'mouseleave',
      PLAN_CIRCLE,
      () => (map.getCanvas().style.cursor = this.store.getState().planMode ? 'crosshair' : ''),
    );
    map.on('mousedown', PLAN_CIRCLE, (e) => this.startDrag(e));
    this.cleanups.push(
      store.subscribe((s, prev) => this.apply(s, prev)),
      session.on('plan', ({ update, removed, roundTripMs, kind }) => {
        for (const id of removed) this.footprints.delete(id);
        // The worker answers edits in order after any change of parameters sent before them: the store's are theirs.
        const params = this.store.getState().coverageParams;
        for (const [id, list] of Object.entries(update.footprints)) this.footprints.set(id, { list, params });
        this.drawFootprints();
        const t1 = performance.now();
        this.map.once('render', () => {
          this.timings.push({ analysisMs: update.ms, roundTripMs, repaintMs: performance.now() - t1, kind });
          if (this.timings.length > 500) this.timings.shift();
        });
      }),
    );
    this.apply(store.getState(), null);
  }

  /** A click while in plan mode: selects the candidate under it, or places a new one. True when handled. */
  click(e: MapMouseEvent): boolean {
    const s = this.store.getState();
    const hit = this.map.queryRenderedFeatures(e.point, { layers: [PLAN_CIRCLE] })[0];
    if (hit) {
      s.planSiteSelected(String(hit.properties['id']));
      return true;
    }
    if (!s.planMode) return false;
    s.sitePlaced(e.lngLat.lng, e.lngLat.lat);
    return true;
  }

  private apply(s: AppState, prev: AppState | null): void {
    // While a candidate is dragged its circle is the handle, and its footprints come from the worker's answers.
    if (this.drag && prev) return;
    if (!prev || s.plan.sites !== prev.plan.sites || s.planSelected !== prev.planSelected) {
      (this.map.getSource('plan') as GeoJSONSource | undefined)?.setData({
        type: 'FeatureCollection',
        features: s.plan.sites.map((site) => ({
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [site.lng, site.lat] },
          properties: { id: site.id, operator: site.operator },
        })),
      });
      if (prev?.planSelected) this.map.setFeatureState({ source: 'plan', id: prev.planSelected }, { selected: false });
      if (s.planSelected) this.map.setFeatureState({ source: 'plan', id: s.planSelected }, { selected: true });
    }
    if (
      !prev ||
      s.plan.sites !== prev.plan.sites ||
      s.coverageLevel !== prev.coverageLevel ||
      s.coverageParams !== prev.coverageParams
    )
      this.drawFootprints();
    if (!prev || s.planMode !== prev.planMode) this.map.getCanvas().style.cursor = s.planMode ? 'crosshair' : '';
  }

  private drawFootprints(): void {
    const { plan, coverageLevel, coverageParams } = this.store.getState();
    const features = [...this.footprints.entries()].flatMap(([id, made]) => {
      const site = plan.sites.find((x) => x.id === id);
      // At the chosen level: the 5G footprint where the site has 5G (it is the plan's target), else the 4G one.
      const list = made.list.filter((x) => x.level === coverageLevel);
      const f = list.find((x) => x.tech === '5G') ?? list[0];
      const stale = isStaleFootprint(made.params, coverageParams);
      return site && f
        ? [
            {
              type: 'Feature' as const,
              geometry: f.geometry,
              properties: { id, operator: site.operator, tech: f.tech, stale },
            },
          ]
        : [];
    });
    (this.map.getSource('plan-footprints') as GeoJSONSource | undefined)?.setData({
      type: 'FeatureCollection',
      features,
    });
  }

  private startDrag(e: MapMouseEvent & { features?: { properties: Record<string, unknown> }[] }): void {
    const id = e.features?.[0]?.properties['id'];
    if (typeof id !== 'string') return;
    e.preventDefault();
    this.store.getState().siteDragStarted(id);
    this.map.dragPan.disable();
    this.drag = { id, frame: null, lngLat: null };
    const site = this.store.getState().plan.sites.find((x) => x.id === id);
    if (site) {
      this.handle.show([site.lng, site.lat], OPERATOR_COLORS[site.operator] ?? '#555555', id);
      this.map.setFilter(PLAN_CIRCLE, ['!=', ['get', 'id'], id]);
    }
    const move = (ev: MapMouseEvent) => {
      if (!this.drag) return;
      this.drag.lngLat = [ev.lngLat.lng, ev.lngLat.lat];
      this.handle.moveTo(this.drag.lngLat);
      if (this.drag.frame !== null) return;
      // One store update per animation frame, however fast the mouse moves.
      this.drag.frame = requestAnimationFrame(() => {
        if (!this.drag) return;
        this.drag.frame = null;
        const at = this.drag.lngLat;
        if (at) this.store.getState().siteMoved(this.drag.id, at[0], at[1]);
      });
    };
    // Let go anywhere: over the sidebar the map sees no mouseup, and the drag would go on with the button up.
    const up = () => {
      globalThis.removeEventListener?.('mouseup', up);
      this.map.off('mouseup', up);
      if (!this.drag) return;
      this.map.off('mousemove', move);
      if (this.drag?.frame !== null && this.drag?.frame !== undefined) cancelAnimationFrame(this.drag.frame);
      const at = this.drag?.lngLat;
      if (at && this.drag) {
        this.store.getState().siteMoved(this.drag.id, at[0], at[1]);
      }
      if (this.drag) this.store.getState().siteDragEnded();
      this.drag = null;
      // The circle back where it was let go, in the same frame as the handle goes.
      this.apply(this.store.getState(), null);
      this.map.setFilter(PLAN_CIRCLE, null);
      this.handle.hide();
      this.map.dragPan.enable();
    };
    this.map.on('mousemove', move);
    this.map.on('mouseup', up);
    globalThis.addEventListener?.('mouseup', up);
  }

  /** Draws proposed sites, numbered in the order they were chosen. */
  showProposals(sites: readonly Site[]): void {
    (this.map.getSource('plan-proposals') as GeoJSONSource | undefined)?.setData({
      type: 'FeatureCollection',
      features: sites.map((s, i) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [s.lng, s.lat] },
        properties: { id: s.id, operator: s.operator, rank: i + 1 },
      })),
    });
  }

  destroy(): void {
    for (const c of this.cleanups) c();
  }
}
