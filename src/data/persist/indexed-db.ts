/**
 * `AppDb` on IndexedDB, with plain promises around requests and transactions (no `idb` dependency).
 *
 * Connection life: when another tab opens the database at a newer version, or deletes it (`versionchange`), this
 * connection closes at once so the other tab is not blocked, and the next call opens a new one. If the database
 * was upgraded meanwhile, that call rejects with {@link newerVersionMessage}: this tab must be reloaded.
 */
import { CLOSED_MESSAGE, type AppDb } from './app-db.js';
import { DB_NAME, DB_VERSION, STORES, type StoreName } from './schema.js';

/** Options of {@link openAppDb}. */
export type OpenAppDbOptions = {
  /** Database name; tests give each case its own. @default DB_NAME */
  name?: string;
  /** The IndexedDB implementation; tests pass `new IDBFactory()` from `fake-indexeddb`. @default globalThis.indexedDB */
  factory?: IDBFactory;
  /**
   * Called when opening waits for another tab that holds an older version open and does not close it; the open
   * goes on once that tab closes or reloads, so the caller may ask the user to. @default none
   */
  onBlocked?: () => void;
};

/** Defaults of {@link OpenAppDbOptions}. */
export const OPEN_APP_DB_DEFAULTS = { name: DB_NAME } as const;

/** Message of the rejection when the browser has no IndexedDB. */
export const NO_INDEXEDDB_MESSAGE =
  'IndexedDB is not available in this browser (private browsing or an old browser): the plan and imported files will not be kept after a reload';

/** Message when the database on disk is of a newer version than this app reads. */
export function newerVersionMessage(name: string): string {
  return `the browser database "${name}" was upgraded by a newer version of this app (in another tab?): reload this page to keep saving the plan and imports`;
}

/**
 * Opens (creating or upgrading) the app's database. Rejects with a message for the user when IndexedDB is missing
 * or fails to open; the caller can then fall back to `memoryAppDb()`.
 */
export async function openAppDb(options: OpenAppDbOptions = {}): Promise<AppDb> {
  const name = options.name ?? OPEN_APP_DB_DEFAULTS.name;
  const factory = options.factory ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (!factory) throw new Error(NO_INDEXEDDB_MESSAGE);
  const open = (): Promise<IDBDatabase> => openConnection(factory, name, options.onBlocked);
  let closed = false;
  let current: Promise<IDBDatabase> | null = null;
  let live: IDBDatabase | null = null;

  const watch = (db: IDBDatabase): IDBDatabase => {
    const drop = (): void => {
      db.close();
      if (live === db) {
        live = null;
        current = null;
      }
    };
    live = db;
    db.onversionchange = drop;
    // The browser closes a connection on its own when the user clears site data.
    db.onclose = drop;
    return db;
  };
  const connection = (): Promise<IDBDatabase> => {
    if (closed) return Promise.reject(new Error(CLOSED_MESSAGE));
    if (current === null) {
      const opening = open().then(watch);
      current = opening;
      opening.catch(() => {
        if (current === opening) current = null;
      });
    }
    return current;
  };
  const run = async <T>(
    store: StoreName,
    mode: IDBTransactionMode,
    body: (s: IDBObjectStore) => () => T,
    retry = true,
  ): Promise<T> => {
    const db = await connection();
    let tx: IDBTransaction;
    try {
      tx = db.transaction(store, mode);
    } catch (error) {
      // The connection closed between `connection()` and here (versionchange): open a new one, once.
      if (retry && error instanceof Error && error.name === 'InvalidStateError' && !closed) {
        if (live === db) {
          live = null;
          current = null;
        }
        return run(store, mode, body, false);
      }
      throw error;
    }
    const result = body(tx.objectStore(store));
    return new Promise<T>((resolve, reject) => {
      tx.oncomplete = () => resolve(result());
      tx.onabort = () =>
        reject(tx.error ?? new Error(`the browser database aborted a ${mode} transaction on "${store}"`));
    });
  };

  await connection();
  return {
    persistent: true,
    get: (store, key) =>
      run(store, 'readonly', (s) => {
        const request = s.get(key);
        return () => (request.result === undefined ? null : (request.result as unknown));
      }),
    entries: (store) =>
      run(store, 'readonly', (s) => {
        const keys = s.getAllKeys();
        const values = s.getAll();
        return () => keys.result.map((k, i): [string, unknown] => [String(k), values.result[i]]);
      }),
    put: (store, key, value) =>
      run(store, 'readwrite', (s) => {
        s.put(value, key);
        return () => undefined;
      }),
    delete: (store, key) =>
      run(store, 'readwrite', (s) => {
        s.delete(key);
        return () => undefined;
      }),
    clear: (store) =>
      run(store, 'readwrite', (s) => {
        s.clear();
        return () => undefined;
      }),
    close() {
      closed = true;
      void current?.then(
        (db) => db.close(),
        () => undefined,
      );
      current = null;
      live = null;
    },
  };
}

function openConnection(factory: IDBFactory, name: string, onBlocked: (() => void) | undefined): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const fail = (error: unknown): void => {
      const e = error instanceof Error ? error : null;
      reject(
        new Error(
          e?.name === 'VersionError'
            ? newerVersionMessage(name)
            : `could not open the browser database "${name}" (${e ? `${e.name}: ${e.message}` : String(error)}): the plan and imported files will not be kept after a reload`,
        ),
      );
    };
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, DB_VERSION);
    } catch (error) {
      // Some browsers throw here in private mode instead of failing the request.
      return fail(error);
    }
    request.onupgradeneeded = () => {
      // Version 1: the three stores, out-of-line keys. A later version adds its step here, keyed on event.oldVersion.
      for (const store of STORES)
        if (!request.result.objectStoreNames.contains(store)) request.result.createObjectStore(store);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => fail(request.error);
    request.onblocked = () => onBlocked?.();
  });
}
