/**
 * Checking a stored area index (the data build's, see index-codec.ts) against the areas an engine is built for.
 */
import type { AreaIndex } from './area-index.js';
import type { EngineArea } from './types.js';

/** A stored index, after checking that it lists `areas` (same levels and ids, same order); throws naming the first difference. */
export function checkedIndex(index: AreaIndex, areas: readonly EngineArea[]): AreaIndex {
  const n = Math.max(index.areas.length, areas.length);
  for (let i = 0; i < n; i++) {
    const [a, b] = [index.areas[i], areas[i]];
    if (a?.level !== b?.level || a?.id !== b?.id)
      throw new Error(
        `stored area index: area ${i} is ${a ? `${a.level} ${a.id}` : 'missing'} in the index but ${b ? `${b.level} ${b.id}` : 'missing'} in the data — the index was built from other boundaries`,
      );
  }
  return index;
}
