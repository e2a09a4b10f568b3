/** MapLibre's errors (a tile, a source, a style) as warnings in the app's list, so none passes unseen. */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AppStore } from '../state/store.js';
import { errorMessage } from '../domain/errors.js';

/** Adds each error the map reports to the store's warnings (rule `map`). */
export function warnOnMapErrors(map: MapLibreMap, store: AppStore): void {
  map.on('error', (e) =>
    store
      .getState()
      .warningsAdded([
        { severity: 'warning', rule: 'map', file: 'map', index: null, key: null, message: errorMessage(e.error) },
      ]),
  );
}
