/**
 * The computed layers' tiles (coverage by technology, gaps): a MapLibre protocol that asks the session for each
 * vector tile (cancelled when MapLibre no longer needs it), and their URLs, versioned so that new figures make the
 * map fetch them again — once edits pause, since a drag would otherwise re-cut the city's coverage every frame.
 */
import { addProtocol, removeProtocol, type Map as MapLibreMap, type VectorTileSource } from 'maplibre-gl';
import { coverageLayer, gapsLayer, parseTileLayer, TILE_PROTOCOL, tileUrl } from '../worker/protocol.js';
import { LAYER_KEYS, LAYER_SOURCE, type LayerKey } from '../domain/layers.js';
import type { AppState, AppStore } from '../state/store.js';
import type { Session } from '../session/session.js';
import { measureTileLayerOf, roadChoiceChanged } from '../worker/measure-tile-names.js';

/** How long the figures must stay unchanged before the tiles are fetched again, ms. */
const TILE_REFRESH_MS = 700;

export class ComputedTiles {
  private version = 0;
  private refresh: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly store: AppStore,
    session: Session,
  ) {
    removeProtocol(TILE_PROTOCOL);
    addProtocol(TILE_PROTOCOL, async (params, abort) => {
      const m = /^[a-z-]+:\/\/([A-Za-z0-9-]+)\/(\d+)\/(\d+)\/(\d+)(?:\?v=\d+)?$/.exec(params.url);
      if (!m || !parseTileLayer(m[1]!)) throw new Error(`coverage tile: bad URL ${params.url}`);
      const data = await session.tile(m[1]!, Number(m[2]), Number(m[3]), Number(m[4]), abort.signal);
      return { data: data ?? new ArrayBuffer(0) };
    });
  }

  /** Tile URL of a computed layer: coverage by technology, or the gaps of the choropleth's technology and operators. */
  url(key: LayerKey): string {
    const s = this.store.getState();
    const layer =
      measureTileLayerOf(key, s) ??
      (key === 'gaps'
        ? gapsLayer(s.choroTech, s.choroOp, s.coverageLevel)
        : coverageLayer(key === 'coverage5g' ? '5G' : '4G', s.coverageLevel));
    return tileUrl(layer, this.version);
  }

  /** Points the gaps' and coverage's sources at the tiles of the store's new technology, operators or level. */
  follow(map: MapLibreMap, s: AppState, prev: AppState): void {
    const set = (key: LayerKey) => (map.getSource(key) as VectorTileSource | undefined)?.setTiles([this.url(key)]);
    if (roadChoiceChanged(s, prev)) for (const key of ['gaps', 'roadCoverage'] as const) set(key);
    if (s.coverageLevel !== prev.coverageLevel) for (const key of ['coverage4g', 'coverage5g'] as const) set(key);
  }

  /** New figures: every computed layer is fetched again once they have been stable for a moment. */
  changed(map: MapLibreMap): void {
    if (this.refresh !== null) clearTimeout(this.refresh);
    this.refresh = setTimeout(() => {
      this.refresh = null;
      this.version++;
      for (const key of LAYER_KEYS)
        if (LAYER_SOURCE[key] === null) (map.getSource(key) as VectorTileSource | undefined)?.setTiles([this.url(key)]);
    }, TILE_REFRESH_MS);
  }

  destroy(): void {
    if (this.refresh !== null) clearTimeout(this.refresh);
    removeProtocol(TILE_PROTOCOL);
  }
}
