/**
 * The public map: MapLibre with the chosen level's areas coloured from their precomputed results (data-driven
 * `step` on the properties, no analysis in the page) and the priority zones by pass / fail. Geometry comes
 * from FlatGeobuf files read by the view's bounding box (HTTP range requests through the file's index), so
 * the first view loads only what it shows; every area read is kept. The coverage overlays follow the coverage
 * level (outdoor, indoor: their own files, see domain/public-level.ts); the ground reports of the page's visitors
 * are drawn as small markers ({@link PublicMap.setReportMarkers}).
 */
import { applyMapLocale, MAPLIBRE_LOCALE } from '../map/maplibre-locale.js';
import { drawPublicLabels } from '../map/label-layers.js';
import {
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
  type AttributionControl,
  type GeoJSONSource,
  type LngLatBoundsLike,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { Feature, FeatureCollection } from 'geojson';
import { readFgbUrl } from '../data/fgb-read.js';
import { errorMessage } from '../domain/errors.js';
import { baseStyle, glyphsUrl, HANOI_FIT_BOUNDS } from '../map/style.js';
import { choroplethPropertyFill } from '../map/choropleth.js';
import { showAttribution } from '../map/map-attribution.js';
import type { Lang } from '../domain/lang.js';
import { PUBLIC_ATTRIBUTION, type PublicLevel } from './public-view.js';
import type { CoverageLevel } from '../domain/coverage-level.js';
import { coverageTilesFile, type LevelValuesIndex } from '../domain/public-level.js';
import { addPublicLayers, EMPTY, REPORTS_SOURCE } from './public-map-layers.js';

setWorkerUrl(workerUrl);

export type { PublicLevel };

/** Overlays drawn on request, read by bounding box like the areas: where 4G / 5G reach (any operator). */
export type PublicOverlay = 'coverage-5g' | 'coverage-4g';
const OVERLAYS: readonly PublicOverlay[] = ['coverage-5g', 'coverage-4g'];

/** The file (without `.fgb`) an overlay reads at a coverage level: `coverage-5g`, `coverage-5g-indoor`. */
export function overlayFile(o: PublicOverlay, level: CoverageLevel): string {
  return coverageTilesFile(o === 'coverage-5g' ? '5G' : '4G', level).replace(/\.fgb$/, '');
}

export type PublicMapOptions = {
  container: HTMLElement;
  /** URL of the data folder (ends with `/`). */
  dataUrl: string;
  baseUrl: string;
  basemapStyleUrl: string | null;
  view: { zoom: number; lat: number; lng: number } | null;
  /** The page's language at the start, for the attribution line ({@link PublicMap.setLanguage} changes it). */
  lang: Lang;
  reducedMotion: boolean;
  onSelect: (props: Record<string, unknown> | null) => void;
  onError: (message: string) => void;
  /** Called once, at the first `idle` after `load` with the areas drawn: the map can replace the first view. */
  onReady: () => void;
};

export class PublicMap {
  readonly map: MapLibreMap;
  private level: PublicLevel = 'units';
  private readonly loaded = new Map<PublicLevel, Map<string, Feature>>();
  private readonly readBoxes = new Map<string, [number, number, number, number][]>();
  private readonly overlays = new Map<PublicOverlay, { visible: boolean }>();
  /** Coverage tiles read, by file: kept when the level changes, so going back needs no new read. */
  private readonly tiles = new Map<string, Feature[]>();
  private coverageLevel: CoverageLevel = 'outdoor';
  /** The indoor figures (`areas-indoor.json`), joined to the areas' properties once read; null before. */
  private indoor: LevelValuesIndex | null = null;
  private ready: Promise<void>;
  private attribution: AttributionControl | null = null;

  constructor(private readonly o: PublicMapOptions) {
    this.map = new MapLibreMap({
      container: o.container,
      style: o.basemapStyleUrl ?? baseStyle(glyphsUrl(o.baseUrl)),
      ...(o.view
        ? { center: [o.view.lng, o.view.lat] as [number, number], zoom: o.view.zoom }
        : { bounds: HANOI_FIT_BOUNDS as LngLatBoundsLike, fitBoundsOptions: { padding: 12 } }),
      attributionControl: false,
      // MapLibre's own strings (zoom buttons, the map's name) in the page's language; setLanguage switches them.
      locale: { ...MAPLIBRE_LOCALE[o.lang] },
      fadeDuration: o.reducedMotion ? 0 : 300,
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right');
    this.setLanguage(o.lang);
    this.ready = new Promise((resolve) => this.map.on('load', () => resolve()));
    void this.ready.then(() => this.addLayers());
    // Ready once the map stands still with the areas drawn; an idle before their read (or after a failed one) is not.
    const ready = () => {
      if (this.map.getSource('areas') && this.map.querySourceFeatures('areas').length > 0) o.onReady();
      else this.map.once('idle', ready);
    };
    this.map.once('idle', ready);
    this.map.on('moveend', () => void this.loadView());
    this.map.on('click', 'areas-fill', (e) => o.onSelect({ ...(e.features?.[0]?.properties ?? {}) }));
    this.map.on('click', 'zones-fill', (e) => o.onSelect({ ...(e.features?.[0]?.properties ?? {}), zone: true }));
    for (const id of ['areas-fill', 'zones-fill']) {
      this.map.on('mouseenter', id, () => (this.map.getCanvas().style.cursor = 'pointer'));
      this.map.on('mouseleave', id, () => (this.map.getCanvas().style.cursor = ''));
    }
  }

  private addLayers(): void {
    addPublicLayers(this.map, OVERLAYS);
    void this.loadView();
    void this.loadZones();
  }

  /** Shows or hides an overlay, reading its features in view when shown. */
  async setOverlay(o: PublicOverlay, visible: boolean): Promise<void> {
    await this.ready;
    this.overlays.set(o, { visible });
    this.map.setLayoutProperty(`${o}-fill`, 'visibility', visible ? 'visible' : 'none');
    if (visible) await this.loadView();
  }

  /** Draws the coverage overlays at `level` (outdoor or indoor), reading that level's tiles in view when shown. */
  async setCoverageLevel(level: CoverageLevel): Promise<void> {
    await this.ready;
    if (level === this.coverageLevel) return;
    this.coverageLevel = level;
    for (const o of OVERLAYS) this.drawOverlay(o);
    await this.loadView();
  }

  /** Joins the indoor figures (`c5_any_in`, …) to the areas' properties, so the choropleth can colour by them. */
  async setIndoorValues(values: LevelValuesIndex | null): Promise<void> {
    await this.ready;
    this.indoor = values;
    this.draw();
  }

  /**
   * Draws the visitors' ground reports: Point features with `kind` `none` (no signal, dark red) or `weak` (orange),
   * above the areas and zones; an empty collection clears them.
   */
  async setReportMarkers(reports: FeatureCollection): Promise<void> {
    await this.ready;
    (this.map.getSource(REPORTS_SOURCE) as GeoJSONSource).setData(reports);
  }

  /** Colours the areas by a result property (see `resultProperty` in domain/public-data.ts). */
  async setColouring(prop: string): Promise<void> {
    await this.ready;
    this.map.setPaintProperty('areas-fill', 'fill-color', choroplethPropertyFill(prop));
  }

  /** Writes the attribution line in `lang`. */
  setLanguage(lang: Lang): void {
    applyMapLocale(this.map, lang);
    this.attribution = showAttribution(this.map, PUBLIC_ATTRIBUTION[lang], this.attribution);
  }

  async setLevel(level: PublicLevel): Promise<void> {
    await this.ready;
    this.level = level;
    this.draw();
    await this.loadView();
  }

  /** Draws the outline of a feature (or nothing). */
  async highlight(feature: Feature | null): Promise<void> {
    await this.ready;
    (this.map.getSource('selected') as GeoJSONSource).setData(
      feature ? { type: 'FeatureCollection', features: [feature] } : EMPTY,
    );
  }

  /** The loaded feature of an area of the current level, reading it (by its bbox) if needed. */
  feature(level: PublicLevel, code: string): Feature | null {
    return this.loaded.get(level)?.get(code) ?? null;
  }

  fitTo(bbox: [number, number, number, number]): void {
    this.map.fitBounds(
      [
        [bbox[0], bbox[1]],
        [bbox[2], bbox[3]],
      ],
      { padding: 40, maxZoom: 14, animate: !this.o.reducedMotion },
    );
  }

  /** Reads the current level's features inside the view, unless an earlier read covered it. */
  private async loadView(): Promise<void> {
    await this.ready;
    const level = this.level;
    const reads: Promise<void>[] = [
      this.readInView(level, (fc) => {
        const known = this.loaded.get(level) ?? new Map<string, Feature>();
        for (const f of fc.features) known.set(String(f.properties?.code), f as Feature);
        this.loaded.set(level, known);
        if (level === this.level) this.draw();
      }),
    ];
    for (const [o, state] of this.overlays) {
      if (!state.visible) continue;
      const file = overlayFile(o, this.coverageLevel);
      reads.push(
        this.readInView(file, (fc) => {
          const features = this.tiles.get(file) ?? [];
          // Tiles of coverage have no id: a tile read twice (overlapping boxes) is the same geometry, kept once.
          const seen = new Set(features.map((f) => JSON.stringify(f.geometry).slice(0, 200)));
          for (const f of fc.features)
            if (!seen.has(JSON.stringify(f.geometry).slice(0, 200))) features.push(f as Feature);
          this.tiles.set(file, features);
          this.drawOverlay(o);
        }),
      );
    }
    await Promise.all(reads);
  }

  /** Draws an overlay's tiles read so far at the current coverage level. */
  private drawOverlay(o: PublicOverlay): void {
    const features = this.tiles.get(overlayFile(o, this.coverageLevel)) ?? [];
    (this.map.getSource(o) as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features });
  }

  /** Reads a file's features around the view, unless an earlier read covered the view. */
  private async readInView(file: string, use: (fc: FeatureCollection) => void): Promise<void> {
    const b = this.map.getBounds();
    const view: [number, number, number, number] = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
    const boxes = this.readBoxes.get(file) ?? [];
    if (boxes.some((r) => r[0] <= view[0] && r[1] <= view[1] && r[2] >= view[2] && r[3] >= view[3])) return;
    // Read a little more than the view, so small pans need no new read.
    const pad = [(view[2] - view[0]) * 0.25, (view[3] - view[1]) * 0.25];
    const box: [number, number, number, number] = [
      view[0] - pad[0]!,
      view[1] - pad[1]!,
      view[2] + pad[0]!,
      view[3] + pad[1]!,
    ];
    boxes.push(box);
    this.readBoxes.set(file, boxes);
    try {
      use(await readFgbUrl(new URL(`${file}.fgb`, this.o.dataUrl).href, { bbox: box }));
    } catch (err) {
      this.o.onError(`${file}.fgb: ${errorMessage(err)}`);
    }
  }

  private async loadZones(): Promise<void> {
    try {
      const fc = await readFgbUrl(new URL('zones.fgb', this.o.dataUrl).href);
      (this.map.getSource('zones') as GeoJSONSource).setData(fc);
    } catch (err) {
      this.o.onError(`zones.fgb: ${errorMessage(err)}`);
    }
  }

  private draw(): void {
    const read = [...(this.loaded.get(this.level)?.values() ?? [])];
    const indoor = this.indoor?.[this.level];
    const features = indoor
      ? read.map((f) => ({ ...f, properties: { ...f.properties, ...indoor[String(f.properties?.code)] } }))
      : read;
    (this.map.getSource('areas') as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features });
    drawPublicLabels(this.map, { type: 'FeatureCollection', features });
  }

  destroy(): void {
    this.map.remove();
  }
}
