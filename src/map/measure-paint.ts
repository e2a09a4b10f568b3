/**
 * Colours the layer "Số nhà mạng có 5G (H3 độ phân giải 8) / Operators with 5G per H3 cell" from the analysis: each
 * resolution-8 cell gets the number of operators covering it with 5G at the chosen coverage level (feature-state
 * `ops5g`, 0–4; see analysis/operators-covering.ts for what covers means). The cells are the session's (loaded when
 * the toggle is first shown); their results arrive once the grid level is analysed, and follow every change of the
 * figures (a plan edit, a date, an import) and of the coverage level.
 */
import type { FeatureCollection } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AppState, AppStore } from '../state/store.js';
import type { LayerListener } from '../session/data-layers.js';
import { ID_PROP } from '../domain/layers.js';
import { operatorCounts } from '../analysis/operators-covering.js';
import { OPS5G_STATE } from './measure-layers.js';

/** The toggle (and source id) this module colours. */
const KEY = 'ops5g';

/** What the painter reads of the session's layers. */
export interface CellLayers {
  get(key: typeof KEY): FeatureCollection | undefined;
  listen(listener: LayerListener): () => void;
}

/** What the painter calls on the map (MapLibre's `Map`; a fake in tests). */
export type FeatureStateMap = Pick<MapLibreMap, 'getSource' | 'setFeatureState' | 'removeFeatureState'>;

/**
 * The feature state of each cell of `cells` (ids by `code`) under the store's results: `{ ops5g: n }` with the
 * number of operators covering it with 5G at `s.coverageLevel`; cells without results (not analysed yet) are left
 * out.
 */
export function ops5gStates(
  cells: FeatureCollection,
  s: Pick<AppState, 'analysis' | 'coverageLevel'>,
): [string, { [OPS5G_STATE]: number }][] {
  const areas = s.analysis.results?.areas;
  if (!areas) return [];
  const counts = operatorCounts(areas, 'h3r8', '5G', s.coverageLevel);
  const out: [string, { [OPS5G_STATE]: number }][] = [];
  for (const f of cells.features) {
    const id = String(f.properties?.[ID_PROP[KEY]]);
    const n = counts.get(id);
    if (n !== undefined) out.push([id, { [OPS5G_STATE]: n }]);
  }
  return out;
}

/** Keeps the operator count on the map in step with the store and the session; answers the unsubscribe. */
export function attachMeasurePaint(map: FeatureStateMap, store: AppStore, layers: CellLayers): () => void {
  const paint = (s: AppState) => {
    const cells = layers.get(KEY);
    if (!s.visible[KEY] || !cells || !map.getSource(KEY)) return;
    map.removeFeatureState({ source: KEY });
    for (const [id, state] of ops5gStates(cells, s)) map.setFeatureState({ source: KEY, id }, state);
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (
      (s.visible[KEY] && !prev.visible[KEY]) ||
      s.analysis.results !== prev.analysis.results ||
      s.coverageLevel !== prev.coverageLevel
    )
      paint(s);
  });
  const unlisten = layers.listen((key) => {
    if (key === KEY) paint(store.getState());
  });
  return () => {
    unsubscribe();
    unlisten();
  };
}
