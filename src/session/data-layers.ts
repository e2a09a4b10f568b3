/**
 * The shipped data files the app shows, loaded once: the manifest, every layer the map draws (the grids only when
 * first needed), and what the imports put in place of the sample (sites and cables shown). The map draws what this
 * holds; it never fetches a file itself. Listeners hear of every layer that arrives or changes.
 */
import type { Feature, FeatureCollection } from 'geojson';
import { loadLayer, loadManifest, type DataSource } from '../data/load-layers.js';
import type { Manifest } from '../domain/report.js';
import { ID_PROP, LAYER_KEYS, LAYER_SOURCE, LAZY_KEYS, type LayerKey } from '../domain/layers.js';
import { errorMessage } from '../domain/errors.js';

/** A layer of the map, or the city outline (drawn under everything). */
export type DrawnLayer = LayerKey | 'city';

export const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** What a layer draws: its features, or the URL of GeoJSON text (large imports, read by MapLibre's worker). */
export type LayerData = FeatureCollection | string;

export type LayerListener = (key: DrawnLayer, data: LayerData) => void;

export class DataLayers {
  private manifestLoad: Promise<Manifest> | null = null;
  private readonly loaded = new Map<DrawnLayer, FeatureCollection>();
  /** What the imports show instead of the loaded layer (sites, cables), by key: the URL of their GeoJSON. */
  private readonly shown = new Map<LayerKey, string>();
  private readonly lazy = new Map<LayerKey, Promise<FeatureCollection>>();
  private readonly listeners = new Set<LayerListener>();

  constructor(
    private readonly source: DataSource,
    /** A lazy layer that failed to load: the message names the file (it stays empty). */
    private readonly onLayerError: (message: string) => void,
  ) {}

  manifest(): Promise<Manifest> {
    this.manifestLoad ??= loadManifest(this.source);
    return this.manifestLoad;
  }

  /**
   * Loads the city outline and every layer that is not lazy (a failure rejects: the app cannot start). `first`
   * (the chosen level's areas, with the city) is read and drawn before the others, so that the first view does not
   * wait for the sites, roads and speed tests; all files are fetched at once. The others are read once
   * `firstDrawn()` resolves: reading them takes the main thread for seconds, which the map needs to draw the first.
   */
  async loadEager(first: LayerKey | null = null, firstDrawn: () => Promise<void> = async () => {}): Promise<void> {
    const manifest = await this.manifest();
    const keys = LAYER_KEYS.filter((key) => LAYER_SOURCE[key] !== null && !LAZY_KEYS.has(key));
    const bytes = new Map(
      [...keys, 'city' as const].map((key) => {
        const entry = manifest.layers.find((l) => l.id === (key === 'city' ? 'city' : LAYER_SOURCE[key]));
        return [key, entry ? this.source.getBytes(entry.file) : null] as const;
      }),
    );
    // Reads a layer from the bytes fetched above (a missing entry is loadLayer's error, naming the layer).
    const read = async (key: DrawnLayer) => {
      const id = key === 'city' ? 'city' : LAYER_SOURCE[key]!;
      const fetched = bytes.get(key);
      const prefetched: DataSource = { getBytes: (file) => fetched ?? this.source.getBytes(file) };
      this.set(key, await loadLayer(prefetched, manifest, id));
    };
    await read('city');
    // A lazy first layer (a grid) is not read here: nothing to wait for.
    if (first !== null && keys.includes(first)) {
      await read(first);
      await firstDrawn();
    }
    await Promise.all(keys.filter((k) => k !== first).map(read));
  }

  /** A lazy layer, loaded on first call; a failure is reported once and leaves the layer empty. */
  ensure(key: LayerKey): Promise<FeatureCollection> {
    const known = this.loaded.get(key);
    if (known) return Promise.resolve(known);
    const running = this.lazy.get(key);
    if (running) return running;
    const id = LAYER_SOURCE[key];
    const job = (async () => {
      if (id === null) return EMPTY;
      try {
        const fc = await loadLayer(this.source, await this.manifest(), id);
        this.set(key, fc);
        return fc;
      } catch (err) {
        this.onLayerError(`${id}: ${errorMessage(err)}`);
        this.set(key, EMPTY);
        return EMPTY;
      }
    })();
    this.lazy.set(key, job);
    return job;
  }

  /** Whether a layer's data is here (loaded, or loaded empty after a failure). */
  has(key: DrawnLayer): boolean {
    return this.loaded.has(key);
  }

  /**
   * The features of a layer as loaded; undefined while not loaded, and for a layer that imports replace (its
   * features are in the worker and MapLibre's, not here).
   */
  get(key: DrawnLayer): FeatureCollection | undefined {
    return key !== 'city' && this.shown.has(key) ? undefined : this.loaded.get(key);
  }

  /** What a layer draws: the URL of what the imports show, else the features as loaded. */
  drawn(key: DrawnLayer): LayerData | undefined {
    return (key !== 'city' ? this.shown.get(key) : undefined) ?? this.loaded.get(key);
  }

  /** The shipped file's features, whatever the imports show. */
  shipped(key: LayerKey): FeatureCollection | undefined {
    return this.loaded.get(key);
  }

  /** Shows other features for a layer (the URL of imported sites or cables), or the shipped ones again (null). */
  show(key: LayerKey, url: string | null): void {
    // The shipped layer shown again where it already is: nothing to redraw (MapLibre would copy it to its worker).
    if (url === null && !this.shown.has(key)) return;
    if (url) this.shown.set(key, url);
    else this.shown.delete(key);
    const now = this.drawn(key);
    if (now) for (const l of this.listeners) l(key, now);
  }

  /** A layer's feature by its id property (see ID_PROP). */
  find(key: LayerKey, id: string | number | null): Feature | undefined {
    return this.get(key)?.features.find((f) => f.properties?.[ID_PROP[key]] === id);
  }

  /** Hears every layer that arrives or changes; layers already here are told at once. Returns the unsubscribe. */
  listen(listener: LayerListener): () => void {
    this.listeners.add(listener);
    for (const key of this.loaded.keys()) listener(key, this.drawn(key)!);
    return () => this.listeners.delete(listener);
  }

  private set(key: DrawnLayer, data: FeatureCollection): void {
    this.loaded.set(key, data);
    const now = this.drawn(key)!;
    for (const l of this.listeners) l(key, now);
  }
}
