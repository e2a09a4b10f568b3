/**
 * Whether the map has figures to show for a level: the question behind the choropleth legend's "chưa có kết quả"
 * (no result yet). It follows the results in the store, whatever their origin (the data build's stored figures
 * shown at start, or the worker's) and whatever the worker is doing: while the worker recomputes (a new date, a
 * plan edit, the first start), the map keeps drawing the figures it has, so the legend must not say there are
 * none. A hexagon grid has figures only once it has been analysed.
 */
import type { ServiceResults } from '../analysis/service-types.js';
import type { ChoroplethLevel } from './slices/choropleth.js';

// Results are never changed in place (the analysis slice builds new objects), so a result set's answer is kept.
const known = new WeakMap<ServiceResults, Map<ChoroplethLevel, boolean>>();

/** True when `results` hold at least one area of `level` (keys `${level}|${id}`); false for no results. */
export function levelHasResults(results: ServiceResults | null, level: ChoroplethLevel): boolean {
  if (results === null) return false;
  const levels = known.get(results) ?? new Map<ChoroplethLevel, boolean>();
  known.set(results, levels);
  const cached = levels.get(level);
  if (cached !== undefined) return cached;
  const prefix = `${level}|`;
  let found = false;
  for (const key in results.areas)
    if (key.startsWith(prefix)) {
      found = true;
      break;
    }
  levels.set(level, found);
  return found;
}
