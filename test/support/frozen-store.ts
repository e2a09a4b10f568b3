/**
 * Store tests that prove an action builds new state instead of changing the old: `frozenSlice` makes a store of one
 * slice and deep-freezes every state it reaches, so an action that mutates state throws a TypeError (ES modules
 * run in strict mode) instead of passing unnoticed.
 */
import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';

/** Freezes a value and everything reachable from it (functions included, harmlessly); returns it. */
export function deepFreeze<T>(value: T): T {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function') || Object.isFrozen(value))
    return value;
  Object.freeze(value);
  for (const key of Reflect.ownKeys(value as object)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  return value;
}

/** A store of one slice whose every state is deep-frozen as soon as it is set. */
export function frozenSlice<S>(create: StateCreator<S>): StoreApi<S> {
  const store = createStore<S>()(create);
  deepFreeze(store.getState());
  store.subscribe((s) => void deepFreeze(s));
  return store;
}
