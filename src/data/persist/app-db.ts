/**
 * The storage contract the persistence functions (`records.ts`, `plan-writer.ts`) are written against, and its
 * in-memory implementation. `openAppDb` (`indexed-db.ts`) is the one that survives a reload; `memoryAppDb` is the
 * fallback when IndexedDB is missing (private mode, old browsers): the app works the same but keeps nothing after
 * a reload, which the caller should tell the user.
 */
import type { StoreName } from './schema.js';

/**
 * Key-value access to the object stores of `schema.ts`. Values are copied on write and on read (structured clone),
 * as IndexedDB does, so a caller mutating an object afterwards never changes what is stored.
 */
export interface AppDb {
  /** False for the in-memory fallback: nothing survives a reload. */
  readonly persistent: boolean;
  /** The value under `key`, or null when there is none. */
  get(store: StoreName, key: string): Promise<unknown>;
  /** Every `[key, value]` of a store, in key order. */
  entries(store: StoreName): Promise<[string, unknown][]>;
  /** Writes `value` under `key`, replacing any value there. Resolves once the write is committed. */
  put(store: StoreName, key: string, value: unknown): Promise<void>;
  /** Deletes the value under `key`; nothing when there is none. */
  delete(store: StoreName, key: string): Promise<void>;
  /** Deletes every value of a store. */
  clear(store: StoreName): Promise<void>;
  /** Closes the database; every later call rejects. */
  close(): void;
}

/** Message of the error every call rejects with after `close()`. */
export const CLOSED_MESSAGE = 'the browser database was closed by the app; the plan and imports can no longer be saved';

/** An `AppDb` in memory: same behaviour as IndexedDB, nothing kept after a reload (`persistent: false`). */
export function memoryAppDb(): AppDb {
  const stores = new Map<StoreName, Map<string, unknown>>();
  let closed = false;
  const storeOf = (name: StoreName): Map<string, unknown> => {
    if (closed) throw new Error(CLOSED_MESSAGE);
    let store = stores.get(name);
    if (!store) stores.set(name, (store = new Map()));
    return store;
  };
  // async functions turn a throw into a rejection, as IndexedDB's failures are.
  return {
    persistent: false,
    async get(store, key) {
      const value = storeOf(store).get(key);
      return value === undefined ? null : structuredClone(value);
    },
    async entries(store) {
      return [...storeOf(store)]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, structuredClone(v)]);
    },
    async put(store, key, value) {
      storeOf(store).set(key, structuredClone(value));
    },
    async delete(store, key) {
      storeOf(store).delete(key);
    },
    async clear(store) {
      storeOf(store).clear();
    },
    close() {
      closed = true;
    },
  };
}
