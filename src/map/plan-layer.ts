/**
 * The operator's plan on the map: candidate sites and their modelled footprints, placing a site by a click
 * in plan mode, dragging it, and keeping the worker's analysis in step with the plan. At most one edit is
 * with the worker at a time; while it is, later edits wait and only the newest state is sent next, so a
 * drag never queues up work. Each answer patches the store's results and says what changed.
 */
import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { SitesUpdate } from '../analysis/coverage-service.js';
import type { Site, Technology } from '../domain/telecom.js';
import { OPERATORS } from '../domain/telecom.js';
import { addSite, beginEdit, diffSites, moveSite } from '../state/plan.js';
import type { AppState, AppStore, PlanChangeLine } from '../state/store.js';
import type { CoverageClient } from '../worker/coverage-client.js';
import { OPERATOR_COLORS } from './palette.js';

/** Timings of one plan edit, for the benchmark: engine time, worker round trip, and until the map drew it. */
export type PlanTiming = { analysisMs: number; roundTripMs: number; repaintMs: number };

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
const PLAN_CIRCLE = 'plan-circle';
/** How many lines the change summary keeps. */
const CHANGE_LINES = 6;

const opColor = [
  'match',
  ['get', 'operator'],
  ...OPERATORS.flatMap((o) => [o, OPERATOR_COLORS[o]]),
  '#555555',
] as unknown as string;

export class PlanLayer {
  private sent: Site[] = [];
  private busy = false;
  private footprints = new Map<string, { tech: Technology; geometry: MultiPolygon }[]>();
  private drag: { id: string; frame: number | null; lngLat: [number, number] | null } | null = null;
  /** Timings of the last edits (newest last), read by the benchmark through `window.hanoiPlanTimings`. */
  readonly timings: PlanTiming[] = [];
  /** The edit (history step and choropleth choice) the change summary is about, and its areas' values when it began. */
  private step = '';
  private readonly baseline = new Map<string, { value: number; pass: boolean }>();
  private unsubscribe: () => void;

  constructor(
    private readonly map: MapLibreMap,
    private readonly store: AppStore,
    private readonly client: () => CoverageClient | null,
    private readonly onAnalysed: () => void,
  ) {
    map.addSource('plan-footprints', { type: 'geojson', data: EMPTY });
    map.addSource('plan', { type: 'geojson', data: EMPTY, promoteId: 'id' });
    map.addSource('plan-proposals', { type: 'geojson', data: EMPTY });
    map.addLayer({
      id: 'plan-footprint-fill',
      type: 'fill',
      source: 'plan-footprints',
      paint: { 'fill-color': opColor, 'fill-opacity': 0.18 },
    });
    map.addLayer({
      id: 'plan-footprint-line',
      type: 'line',
      source: 'plan-footprints',
      paint: { 'line-color': opColor, 'line-width': 1.5, 'line-dasharray': [3, 2] },
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
    this.unsubscribe = store.subscribe((s, prev) => this.apply(s, prev));
    this.apply(store.getState(), null);
  }

  /** A click while in plan mode: selects the candidate under it, or places a new one. True when handled. */
  click(e: MapMouseEvent): boolean {
    const s = this.store.getState();
    const hit = this.map.queryRenderedFeatures(e.point, { layers: [PLAN_CIRCLE] })[0];
    if (hit) {
      s.selectPlanSite(String(hit.properties['id']));
      return true;
    }
    if (!s.planMode) return false;
    let placed: Site | null = null;
    s.editPlan((p) => {
      const r = addSite(p, e.lngLat.lng, e.lngLat.lat, s.draft);
      placed = r.site;
      return r.plan;
    });
    if (placed) s.selectPlanSite((placed as Site).id);
    return true;
  }

  /** Sends the plan to the worker if it changed since the last answer (called when the analysis is ready too). */
  sync(): void {
    const client = this.client();
    const s = this.store.getState();
    if (this.busy || !client || s.analysis.status !== 'ready' || !s.analysis.results) return;
    const target = s.plan.sites;
    const { upsert, remove } = diffSites(this.sent, target);
    if (upsert.length === 0 && remove.length === 0) return;
    this.busy = true;
    const t0 = performance.now();
    client.applyPlan(upsert, remove).then(
      (update) => {
        const roundTripMs = performance.now() - t0;
        this.sent = target;
        for (const id of remove) this.footprints.delete(id);
        for (const [id, f] of Object.entries(update.footprints)) this.footprints.set(id, f);
        this.applyUpdate(update);
        this.drawFootprints();
        const t1 = performance.now();
        this.map.once('render', () => {
          this.timings.push({ analysisMs: update.ms, roundTripMs, repaintMs: performance.now() - t1 });
          if (this.timings.length > 500) this.timings.shift();
        });
        this.busy = false;
        this.onAnalysed();
        this.sync();
      },
      (err: unknown) => {
        this.busy = false;
        s.setAnalysis({ status: 'error', error: `plan: ${err instanceof Error ? err.message : String(err)}` });
      },
    );
  }

  /**
   * Patches the store's results with the changed areas and says what the current edit changed: each area's
   * figure against its value when the edit (a history step: a placement, a whole drag) began.
   */
  private applyUpdate(u: SitesUpdate): void {
    const s = this.store.getState();
    const results = s.analysis.results!;
    const value = (r: (typeof results.areas)[string] | undefined) =>
      r
        ? s.basis === 'area'
          ? r.coverage[s.choroTech][s.choroOp].percent
          : r.coverage[s.choroTech][s.choroOp].popPercent
        : 0;
    const step = `${s.plan.past.length}|${s.plan.future.length}|${s.level}|${s.choroTech}|${s.choroOp}|${s.basis}`;
    if (step !== this.step) {
      this.step = step;
      this.baseline.clear();
    }
    for (const [key, r] of Object.entries(u.areas)) {
      if ((r.level !== s.level && r.level !== 'zone') || this.baseline.has(key)) continue;
      this.baseline.set(key, {
        value: value(results.areas[key]),
        pass: results.zones.find((z) => `zone|${z.id}` === key)?.pass ?? false,
      });
    }
    // The results object is patched in place (a grid level has 30,000 areas; copying it on every drag frame
    // would cost more than the analysis); the new top-level object tells subscribers that it changed.
    Object.assign(results.areas, u.areas);
    s.setAnalysis({
      results: { ...results, city: u.city, zones: u.zones, population: u.population },
      patched: Object.keys(u.areas),
    });
    const names = new Map(s.places.map((p) => [`${p.level}|${p.id}`, p.fullName]));
    const lines: PlanChangeLine[] = [];
    for (const [key, b] of this.baseline) {
      const after = value(results.areas[key]);
      if (Math.abs(after - b.value) < 0.005) continue;
      const passNow = u.zones.find((z) => `zone|${z.id}` === key)?.pass ?? false;
      lines.push({
        key,
        name: names.get(key) ?? key.split('|')[1]!,
        before: b.value,
        after,
        zonePassNow: passNow && !b.pass,
      });
    }
    lines.sort(
      (a, b) =>
        Number(b.zonePassNow) - Number(a.zonePassNow) || Math.abs(b.after - b.before) - Math.abs(a.after - a.before),
    );
    s.setPlanChange({ lines: lines.slice(0, CHANGE_LINES), ms: u.ms });
  }

  private apply(s: AppState, prev: AppState | null): void {
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
    if (!prev || s.plan.sites !== prev.plan.sites || s.analysis.status !== prev.analysis.status) this.sync();
    if (!prev || s.planMode !== prev.planMode) this.map.getCanvas().style.cursor = s.planMode ? 'crosshair' : '';
  }

  private drawFootprints(): void {
    const features = [...this.footprints.entries()].flatMap(([id, list]) => {
      const site = this.store.getState().plan.sites.find((x) => x.id === id);
      // The 5G footprint where the site has 5G (it is the plan's target), else the 4G one.
      const f = list.find((x) => x.tech === '5G') ?? list[0];
      return site && f
        ? [
            {
              type: 'Feature' as const,
              geometry: f.geometry,
              properties: { id, operator: site.operator, tech: f.tech },
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
    const s = this.store.getState();
    s.selectPlanSite(id);
    s.editPlan(beginEdit);
    this.map.dragPan.disable();
    this.drag = { id, frame: null, lngLat: null };
    const move = (ev: MapMouseEvent) => {
      if (!this.drag) return;
      this.drag.lngLat = [ev.lngLat.lng, ev.lngLat.lat];
      if (this.drag.frame !== null) return;
      // One store update per animation frame, however fast the mouse moves.
      this.drag.frame = requestAnimationFrame(() => {
        if (!this.drag) return;
        this.drag.frame = null;
        const at = this.drag.lngLat;
        if (at) this.store.getState().editPlan((p) => moveSite(p, this.drag!.id, at[0], at[1]));
      });
    };
    const up = () => {
      this.map.off('mousemove', move);
      if (this.drag?.frame !== null && this.drag?.frame !== undefined) cancelAnimationFrame(this.drag.frame);
      const at = this.drag?.lngLat;
      if (at && this.drag) {
        const dragId = this.drag.id;
        this.store.getState().editPlan((p) => moveSite(p, dragId, at[0], at[1]));
      }
      this.drag = null;
      this.map.dragPan.enable();
    };
    this.map.on('mousemove', move);
    this.map.once('mouseup', up);
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
    this.unsubscribe();
  }
}
