/**
 * The computed layers' tiles (coverage by technology, gaps): a MapLibre protocol that asks the session for each
 * vector tile (cancelled when MapLibre no longer needs it), and their URLs, versioned so that new figures make the
 * map fetch them again — once edits pause, since a drag would otherwise re-cut the city's coverage every frame.
 */
import { addProtocol, removeProtocol, type Map as MapLibreMap, type VectorTileSource } from 'maplibre-gl';
import { gapsLayer, parseTileLayer, TILE_PROTOCOL, tileUrl } from '../worker/protocol.js';
import { LAYER_KEYS, LAYER_SOURCE, type LayerKey } from '../domain/layers.js';
import type { AppStore } from '../state/store.js';
import type { Session } from '../session/session.js';

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
    const layer = key === 'gaps' ? gapsLayer(s.choroTech, s.choroOp) : key === 'coverage5g' ? '5G' : '4G';
    return tileUrl(layer, this.version);
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
