/**
 * Whether a store change touches what the URL hash shares (see url-state.ts), so that the map writes the hash
 * only then (the view itself is written on moveend).
 */
import type { AppState } from './store.js';

/** The store fields the hash carries, besides the map's view. */
const SHARED = [
  'selection',
  'level',
  'choroTech',
  'choroOp',
  'basis',
  'coverageLevel',
  'coverageParams',
  'lang',
] as const satisfies readonly (keyof AppState)[];

/** True when any shared field changed between `prev` and `s`. */
export function sharedStateChanged(s: AppState, prev: AppState): boolean {
  return SHARED.some((k) => s[k] !== prev[k]);
}
