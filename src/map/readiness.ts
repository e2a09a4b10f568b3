/**
 * The page's readiness marker, for tests, benchmarks and scripts that drive the app:
 * `document.documentElement.dataset.analysis` is `loading` until the first complete choropleth is on screen (the
 * chosen level's areas drawn and coloured from results, stored or computed, and the map idle after it), then
 * `computing` while the worker computes figures that will replace those shown, else `ready` (`error` when the
 * analysis failed).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AppState, AppStore } from '../state/store.js';
import type { LayerKey } from '../domain/layers.js';
import { layersFor } from './layers.js';

/** The marker's values. */
export type AnalysisMarker = 'loading' | 'ready' | 'computing' | 'error';

/** The marker once the first choropleth is painted. */
export function markerOf(s: AppState): Exclude<AnalysisMarker, 'loading'> {
  const a = s.analysis;
  if (a.status === 'error') return 'error';
  if (a.status !== 'computing') return 'ready';
  // Behind stored figures with an empty plan the starting worker computes the very same figures: nothing to wait for.
  return a.origin === 'stored' && s.plan.sites.length === 0 ? 'ready' : 'computing';
}

export class ReadinessMarker {
  private painted = false;
  private waiting = false;

  constructor(
    private readonly map: MapLibreMap,
    private readonly state: () => AppState,
    private readonly root: HTMLElement = document.documentElement,
    /** Called once, when the marker leaves `loading` (the first choropleth is on screen, or the analysis failed). */
    private readonly leftLoading: () => void = () => {},
  ) {
    this.set('loading');
  }

  /**
   * The choropleth was just coloured over `areaCount` areas: with results, the first time, the marker leaves
   * `loading` with the first frame drawn once `drawn()` holds (the chosen level's tiles loaded, its layer shown),
   * or at the map's next `idle`, whichever comes first. The idle alone waited for every other layer too (sites,
   * roads, speed tests), seconds after the choropleth was on screen.
   */
  choroplethPainted(areaCount: number, drawn: () => boolean = () => false): void {
    if (this.painted || this.waiting || areaCount === 0 || !this.state().analysis.results) return;
    this.waiting = true;
    const done = () => {
      if (this.painted) return;
      this.painted = true;
      this.map.off('render', check);
      this.update();
    };
    const check = () => {
      if (!drawn()) return;
      this.map.off('render', check);
      // The frame after the one that found the tiles loaded has them, coloured.
      this.map.once('render', done);
      this.map.triggerRepaint();
    };
    this.map.on('render', check);
    this.map.once('idle', done);
    this.map.triggerRepaint();
  }

  /** Follows the analysis once the first choropleth is painted (call on every store change). */
  update(): void {
    if (this.painted) this.set(markerOf(this.state()));
    else if (this.state().analysis.status === 'error') this.set('error');
  }

  private set(value: AnalysisMarker): void {
    const was = this.root.dataset.analysis;
    if (was === value) return;
    this.root.dataset.analysis = value;
    if (was === 'loading') this.leftLoading();
  }
}

/**
 * Sets the window flags the end-to-end tests wait on: `hanoiReady` now (the shipped data is drawn), then
 * `hanoiAnalysisReady` once the worker has answered (its engine is ready). Returns the unsubscribe.
 */
export function flagDataReady(store: AppStore): () => void {
  const w = window as unknown as { hanoiReady?: boolean; hanoiAnalysisReady?: boolean };
  w.hanoiReady = true;
  const flag = (s: AppState) => {
    if (s.analysis.status === 'ready') w.hanoiAnalysisReady = true;
  };
  flag(store.getState());
  return store.subscribe(flag);
}

/** True when the map layers of `key` are shown and the tiles of its source in view are loaded. */
export function layerDrawn(map: MapLibreMap, key: LayerKey): boolean {
  return layersFor(key).every((l) => map.getLayoutProperty(l.id, 'visibility') !== 'none') && map.isSourceLoaded(key);
}
