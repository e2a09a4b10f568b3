/**
 * The one place that calls MapLibre imperatively, and it only draws: it builds the map, draws the layers the
 * session holds, mirrors the store (toggles, filters, choropleth, selection) onto the map, fetches the computed
 * tiles through the session, and puts clicks into the store. It loads no file and asks the worker nothing else.
 */
import { followLanguage } from './map-attribution.js';
import { sharedStateChanged } from '../state/url-changed.js';
import { attachPointLayer } from './point-layer.js';
import { attachLineLayer } from './line-layer.js';
import { attachMeasurePaint } from './measure-paint.js';
import {
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
  type GeoJSONSource,
  type MapMouseEvent,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { FeatureCollection } from 'geojson';
import type { Site } from '../domain/telecom.js';
import { COVERAGE_TILE_MAX_ZOOM } from '../worker/protocol.js';
import { formatUrlState, urlStateOf, type UrlState } from '../state/url-state.js';
import type { AppState, AppStore } from '../state/store.js';
import { ID_PROP, LAYER_KEYS, LAYER_SOURCE, PLACE_LAYER, type LayerKey } from '../domain/layers.js';
import type { Session } from '../session/session.js';
import { EMPTY, type DrawnLayer, type LayerData } from '../session/data-layers.js';
import { layersFor } from './layers.js';
import { restoreLayerState, setLayerSource } from './layer-source.js';
import { addSiteDensity, drawSiteDensity, showSiteDensity } from './site-density-layer.js';
import { addLabelLayers, drawLabels, showLabels } from './label-layers.js';
import { CLICKABLE_LAYERS, GAP_PATTERN, hatchPattern } from './layer-meta.js';
import { baseStyle, glyphsUrl, HANOI_FIT_BOUNDS } from './style.js';
import { addCityLayers, addGapLayers, addSelectionLayers } from './overlay-layers.js';
import { PlanLayer } from './plan-layer.js';
import { ComputedTiles } from './computed-tiles.js';
import { paintAreas, paintChoropleth, paintZones } from './choropleth-paint.js';
import { applyFilters } from './filters.js';
import { siteDensityNow } from './sample-density.js';
import { warnOnMapErrors } from './map-warnings.js';
import { flagDataReady, layerDrawn, ReadinessMarker } from './readiness.js';
import { applyMapLocale, MAPLIBRE_LOCALE } from './maplibre-locale.js';
import { fitToFeature, fitToSites } from './fit-sites.js';
import { GAP_LINE_RGB } from './palette.js';

setWorkerUrl(workerUrl);

export type MapControllerOptions = {
  container: HTMLElement;
  store: AppStore;
  session: Session;
  /** Page URL the glyph path is resolved against. */
  baseUrl: string;
  /** The shareable state read from the URL at start (view and selection are applied here). */
  initialUrl: UrlState;
  /** Optional remote basemap style (deployments with internet); null for the offline style. */
  basemapStyleUrl: string | null;
  /** Called once the first choropleth is on screen (or the analysis failed first): see `ReadinessMarker`. */
  onFirstView?: () => void;
};

/** What the panels may ask of the map itself (the view, the picture); everything else goes through the store. */
export type MapHandle = {
  zoomToSelection(): void;
  /** Selects a place as a click would (through the session) and fits the map to it. */
  selectPlace(level: Parameters<Session['selectPlace']>[0], id: string): void;
  /** The map as a PNG data URL. */
  exportPng(): string;
  /** Draws proposed sites (not yet in the plan), numbered; an empty list clears them. `bringIntoView` fits the map to them. */
  showProposals(sites: readonly Site[], bringIntoView?: boolean): void;
};

export class MapController implements MapHandle {
  readonly map: MapLibreMap;
  private readonly store: AppStore;
  private readonly session: Session;
  private readonly cleanups: (() => void)[] = [];
  private plan: PlanLayer | null = null;
  /** The URL is written only once the data (and the URL's selection) are in place. */
  private urlSync = false;
  private readonly tiles: ComputedTiles;
  private readonly readiness: ReadinessMarker;

  constructor(private readonly opts: MapControllerOptions) {
    this.store = opts.store;
    this.session = opts.session;
    const view = opts.initialUrl.view;
    this.map = new MapLibreMap({
      container: opts.container,
      style: opts.basemapStyleUrl ?? baseStyle(glyphsUrl(opts.baseUrl)),
      ...(view
        ? { center: [view.lng, view.lat] as [number, number], zoom: view.zoom }
        : { bounds: HANOI_FIT_BOUNDS, fitBoundsOptions: { padding: 16 } }),
      attributionControl: false,
      canvasContextAttributes: { preserveDrawingBuffer: true },
      locale: { ...MAPLIBRE_LOCALE[opts.store.getState().lang] },
    });
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right');
    this.cleanups.push(followLanguage(this.map, this.store));
    this.cleanups.push(this.store.subscribe((s, p) => s.lang !== p.lang && applyMapLocale(this.map, s.lang)));
    this.tiles = new ComputedTiles(this.store, this.session);
    this.readiness = new ReadinessMarker(
      this.map,
      () => this.store.getState(),
      undefined,
      () => {
        this.session.firstViewShown();
        opts.onFirstView?.();
      },
    );
    this.map.on('load', () => this.addLayers());
    this.map.on('click', (e) => this.onClick(e));
    this.map.on('moveend', () => this.writeUrl());
    warnOnMapErrors(this.map, this.store);
    for (const id of CLICKABLE_LAYERS) {
      this.map.on('mouseenter', id, () => (this.map.getCanvas().style.cursor = 'pointer'));
      this.map.on('mouseleave', id, () => (this.map.getCanvas().style.cursor = ''));
    }
  }

  private addLayers(): void {
    const { map, store, session } = this;
    map.addImage(GAP_PATTERN, hatchPattern(GAP_LINE_RGB));
    addCityLayers(map);
    for (const key of LAYER_KEYS) {
      if (LAYER_SOURCE[key] === null) {
        // Computed coverage and gaps: vector tiles the worker cuts with geojson-vt, fetched through a protocol.
        map.addSource(key, {
          type: 'vector',
          tiles: [this.tiles.url(key)],
          minzoom: 0,
          maxzoom: COVERAGE_TILE_MAX_ZOOM,
        });
      } else {
        map.addSource(key, { type: 'geojson', data: EMPTY, promoteId: ID_PROP[key] });
      }
      for (const layer of layersFor(key)) map.addLayer(layer);
    }
    addGapLayers(map);
    addSiteDensity(map);
    addLabelLayers(map);
    this.plan = new PlanLayer(map, store, session);
    (window as unknown as { hanoiPlanTimings?: unknown }).hanoiPlanTimings = this.plan.timings;
    addSelectionLayers(map);
    this.cleanups.push(attachPointLayer(map, store, this.opts.initialUrl.point));
    this.cleanups.push(attachLineLayer(map, session.lines));
    this.apply(store.getState(), null);
    this.drawDensity();
    this.cleanups.push(
      store.subscribe((s, prev) => this.apply(s, prev)),
      session.layers.listen((key, data) => this.draw(key, data)),
      attachMeasurePaint(map, store, session.layers),
      session.on('tiles', () => this.tiles.changed(map)),
      session.on('density', () => this.drawDensity()),
      session.on('gap', ({ data }) =>
        (map.getSource('selected-gap') as GeoJSONSource | undefined)?.setData(
          data
            ? { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: data.geometry, properties: {} }] }
            : EMPTY,
        ),
      ),
    );
    void session.started.then(() => this.dataReady());
  }

  /** The sites' density at city zoom: the worker's of the imports, else the page's of the shipped sample. */
  private drawDensity = () => drawSiteDensity(this.map, siteDensityNow(this.session, this.store.getState()));

  /** Draws a layer the session loaded or changed; the chosen level's layer is coloured at once. */
  private draw(key: DrawnLayer, data: LayerData): void {
    drawLabels(this.map, key, data);
    if (key === 'city') (this.map.getSource(key) as GeoJSONSource | undefined)?.setData(data);
    // New map layers of a replaced source get the state back; the sites' density follows the sites.
    else if (setLayerSource(this.map, key, data)) restoreLayerState(this.map, key, this.store.getState());
    if (key === 'sites') this.drawDensity();
    if (typeof data === 'string') return; // imported sites or cables: the worker's tiles
    const s = this.store.getState();
    if (key === PLACE_LAYER[s.level]) this.paintChoropleth(data, s);
    if (key === 'zones') paintZones(this.map, s);
    if (s.selection?.key === key) this.drawSelection(s);
  }

  /** The shipped data is in: the URL's selection is applied, the URL follows the map from now on. */
  private async dataReady(): Promise<void> {
    const sel = this.opts.initialUrl.selection;
    if (sel) {
      const f = await this.session.selectPlace(sel.level, sel.id);
      if (f && this.opts.initialUrl.view === null) fitToFeature(this.map, f);
    }
    this.urlSync = true;
    this.writeUrl();
    this.cleanups.push(flagDataReady(this.store));
  }

  /** Mirrors the store onto the map; `prev` null applies everything. */
  private apply(s: AppState, prev: AppState | null): void {
    const { map } = this;
    if (prev) this.tiles.follow(map, s, prev);
    if (!prev || s.visible !== prev.visible)
      for (const key of LAYER_KEYS)
        for (const layer of layersFor(key))
          map.setLayoutProperty(layer.id, 'visibility', s.visible[key] ? 'visible' : 'none');
    if (!prev || s.visible.sites !== prev.visible.sites) showSiteDensity(map, s.visible.sites);
    if (!prev || s.visible !== prev.visible || s.level !== prev.level) showLabels(map, s.visible, s.level);
    if (
      !prev ||
      s.operators !== prev.operators ||
      s.technologies !== prev.technologies ||
      s.sources !== prev.sources ||
      s.asOf !== prev.asOf
    ) {
      applyFilters(map, s);
      if (prev) this.drawDensity();
    }
    const choroChanged =
      !prev ||
      s.level !== prev.level ||
      s.choroTech !== prev.choroTech ||
      s.choroOp !== prev.choroOp ||
      s.basis !== prev.basis ||
      s.coverageLevel !== prev.coverageLevel ||
      s.choroIndicator !== prev.choroIndicator ||
      s.indicatorTable !== prev.indicatorTable;
    if (choroChanged || s.analysis.results !== prev.analysis.results || s.compareResults !== prev.compareResults) {
      const onlyPatched = !choroChanged && s.compareResults === prev.compareResults && !s.compareResults;
      if (onlyPatched && s.analysis.patched) paintAreas(map, s, s.analysis.patched);
      else this.paintChoropleth(this.session.layers.get(PLACE_LAYER[s.level]) ?? EMPTY, s);
    }
    this.readiness.update();
    if (!prev || s.analysis.results?.zones !== prev.analysis.results?.zones || s.choroOp !== prev.choroOp)
      paintZones(map, s);
    if (!prev || s.selection !== prev.selection) this.drawSelection(s);
    if (prev && this.urlSync && sharedStateChanged(s, prev)) this.writeUrl();
  }

  private paintChoropleth(areas: FeatureCollection, s: AppState): void {
    paintChoropleth(this.map, areas, s);
    this.readiness.choroplethPainted(areas.features.length, () => layerDrawn(this.map, PLACE_LAYER[s.level]));
  }

  private drawSelection(s: AppState): void {
    const f = s.selection ? this.session.layers.find(s.selection.key, s.selection.id) : undefined;
    (this.map.getSource('selection') as GeoJSONSource | undefined)?.setData(
      f ? { type: 'FeatureCollection', features: [f] } : EMPTY,
    );
  }

  private onClick(e: MapMouseEvent): void {
    if (this.plan?.click(e)) return;
    const layers = CLICKABLE_LAYERS.filter(
      (id) => this.map.getLayer(id) && this.map.getLayoutProperty(id, 'visibility') !== 'none',
    );
    const hit = this.map.queryRenderedFeatures(e.point, { layers: [...layers] })[0];
    const s = this.store.getState();
    if (!hit) {
      s.selectionCleared();
      return;
    }
    const key = hit.layer.id.split('-')[0] as LayerKey;
    const props = { ...(hit.properties as Record<string, unknown>) };
    s.featureSelected({ key, id: (props[ID_PROP[key]] as string | number | undefined) ?? null, props });
  }

  selectPlace(level: Parameters<Session['selectPlace']>[0], id: string): void {
    void this.session.selectPlace(level, id).then((f) => f && fitToFeature(this.map, f));
  }

  /** Writes the shareable state to the URL hash (replaceState: no history entry per pan). */
  private writeUrl(): void {
    if (!this.urlSync) return;
    const c = this.map.getCenter();
    const hash = formatUrlState(
      urlStateOf(this.store.getState(), { zoom: this.map.getZoom(), lat: c.lat, lng: c.lng }),
    );
    if (hash !== location.hash) history.replaceState(history.state, '', hash);
  }

  showProposals(sites: readonly Site[], bringIntoView = false): void {
    this.plan?.showProposals(sites);
    if (bringIntoView) fitToSites(this.map, sites);
  }

  exportPng(): string {
    return this.map.getCanvas().toDataURL('image/png');
  }

  zoomToSelection(): void {
    const sel = this.store.getState().selection;
    const f = sel ? this.session.layers.find(sel.key, sel.id) : undefined;
    if (f) fitToFeature(this.map, f);
  }

  destroy(): void {
    for (const c of this.cleanups) c();
    this.plan?.destroy();
    this.tiles.destroy();
    this.map.remove();
  }
}
