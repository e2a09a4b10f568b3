/**
 * Colours on the map from the analysis: the choropleth of the chosen level (feature-state `pct`) and the
 * priority zones' pass / fail (feature-state `pass`). Values never re-read the data; a plan edit recolours
 * only the areas it changed.
 */
import type { FeatureCollection } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AppState } from '../state/store.js';
import { CHOROPLETH_LEVELS } from '../state/slices/choropleth.js';
import { PLACE_LAYER } from '../domain/layers.js';
import { classOf, indicatorBreaks } from './indicator-classes.js';
import { coverageValue } from '../analysis/coverage-value.js';
import { NO_DATA_STATE } from './choropleth.js';

/**
 * The indicator classes of the chosen level, by area code, when the choropleth shows an indicator (null when it
 * shows coverage, or the indicator has no figures).
 */
function indicatorClasses(s: AppState): Map<string, number> | null {
  const id = s.choroIndicator;
  const table = s.indicatorTable;
  const summary = table?.summaries.find((x) => x.id === id);
  if (!id || !table || !summary) return null;
  const figures = table.figures[id] ?? {};
  const breaks = indicatorBreaks(summary, figures, s.level);
  const out = new Map<string, number>();
  for (const [key, f] of Object.entries(figures))
    if (key.startsWith(`${s.level}|`)) out.set(key.slice(key.indexOf('|') + 1), classOf(f.value, breaks));
  return out;
}

/** Colours the chosen level by its coverage (feature-state `pct`); the other levels keep no state. */
export function paintChoropleth(map: MapLibreMap, areas: FeatureCollection, s: AppState): void {
  for (const level of CHOROPLETH_LEVELS) {
    const key = PLACE_LAYER[level];
    if (!map.getSource(key)) continue;
    map.removeFeatureState({ source: key });
    const results = s.analysis.results;
    if (level !== s.level) continue;
    const classes = indicatorClasses(s);
    if (classes) {
      // An area without a figure is drawn as "no data", not as the lowest class.
      for (const f of areas.features) {
        const id = f.properties?.code as string;
        const ind = classes.get(id);
        map.setFeatureState({ source: key, id }, ind === undefined ? NO_DATA_STATE : { ind });
      }
      continue;
    }
    if (!results) continue;
    for (const f of areas.features) {
      const id = f.properties?.code as string;
      const r = results.areas[`${level}|${id}`];
      if (!r) {
        map.setFeatureState({ source: key, id }, NO_DATA_STATE);
        continue;
      }
      const pct = coverageValue(r, s.choroTech, s.choroOp, s.basis, s.coverageLevel);
      const before = s.compareResults?.areas[`${level}|${id}`];
      const delta = before ? pct - coverageValue(before, s.choroTech, s.choroOp, s.basis, s.coverageLevel) : undefined;
      map.setFeatureState({ source: key, id }, delta === undefined ? { pct } : { pct, delta });
    }
  }
}

/** Recolours only the given areas (`${level}|${id}`) of the chosen level, after a plan edit. */
export function paintAreas(map: MapLibreMap, s: AppState, keys: readonly string[]): void {
  const source = PLACE_LAYER[s.level];
  const results = s.analysis.results;
  if (!results || !map.getSource(source) || s.choroIndicator) return;
  for (const key of keys) {
    const [level, id] = key.split('|') as [string, string];
    if (level !== s.level) continue;
    const r = results.areas[key];
    if (r)
      map.setFeatureState({ source, id }, { pct: coverageValue(r, s.choroTech, s.choroOp, s.basis, s.coverageLevel) });
  }
}

/**
 * Colours the priority zones by the plan's target: pass (100 % 5G) or fail, for the choropleth's operator
 * set (feature-state `pass`); before the analysis they keep their category colour.
 */
export function paintZones(map: MapLibreMap, s: AppState): void {
  if (!map.getSource('zones')) return;
  for (const z of s.analysis.results?.zones ?? []) {
    const pass = z.percent5g[s.choroOp] >= z.target - 0.01;
    map.setFeatureState({ source: 'zones', id: z.id }, { pass, pct5g: z.percent5g[s.choroOp] });
  }
}
