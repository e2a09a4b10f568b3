import { IDBFactory, forceCloseDatabase } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { NO_INDEXEDDB_MESSAGE, newerVersionMessage, openAppDb } from './indexed-db.js';
import { loadPlan, savePlan } from './records.js';
import { DB_NAME, DB_VERSION } from './schema.js';
import { createPlan } from '../../../test/support/persist-fixtures.js';

/** Opens `name` raw, as another tab of a newer app would, at `version`. */
function openRaw(factory: IDBFactory, name: string, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, version);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error('open blocked: the app did not close its connection'));
  });
}

/** Deletes `name`, as another tab clearing the data would. */
function deleteRaw(factory: IDBFactory, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error('delete blocked: the app did not close its connection'));
  });
}

/** A factory that hands every connection it opens to `seen`, so a test can act as the browser on it. */
function createWatchedFactory(seen: IDBDatabase[]): IDBFactory {
  const factory = new IDBFactory();
  const open = factory.open.bind(factory);
  factory.open = (name: string, version?: number) => {
    const request = open(name, version);
    request.addEventListener('success', () => seen.push(request.result));
    return request;
  };
  return factory;
}

describe('openAppDb', () => {
  it('rejects with a message for the user when the browser has no IndexedDB', async () => {
    await expect(openAppDb()).rejects.toThrow(new Error(NO_INDEXEDDB_MESSAGE));
  });

  it('rejects with a message when opening throws (private mode in some browsers)', async () => {
    const factory = new IDBFactory();
    factory.open = () => {
      throw new DOMException(
        'A mutation operation was attempted on a database that did not allow mutations.',
        'InvalidStateError',
      );
    };
    await expect(openAppDb({ factory })).rejects.toThrow(
      new Error(
        `could not open the browser database "${DB_NAME}" (InvalidStateError: A mutation operation was attempted on a database that did not allow mutations.): the plan and imported files will not be kept after a reload`,
      ),
    );
  });

  it('says the page must be reloaded when the database is of a newer version', async () => {
    const factory = new IDBFactory();
    (await openRaw(factory, DB_NAME, DB_VERSION + 1)).close();
    await expect(openAppDb({ factory })).rejects.toThrow(new Error(newerVersionMessage(DB_NAME)));
  });

  it('reads what a connection never closed wrote (a crashed tab)', async () => {
    const factory = new IDBFactory();
    await savePlan(await openAppDb({ factory }), createPlan());
    expect((await loadPlan(await openAppDb({ factory }))).plan).toEqual(createPlan());
  });

  it('closes for another tab deleting the database, then opens a new one', async () => {
    const factory = new IDBFactory();
    const db = await openAppDb({ factory });
    await savePlan(db, createPlan());
    await deleteRaw(factory, DB_NAME);
    expect(await loadPlan(db)).toEqual({ plan: null, issues: [] });
    await savePlan(db, createPlan());
    expect((await loadPlan(db)).plan).toEqual(createPlan());
  });

  it('closes for another tab upgrading the database, then asks for a reload', async () => {
    const factory = new IDBFactory();
    const db = await openAppDb({ factory });
    (await openRaw(factory, DB_NAME, DB_VERSION + 1)).close();
    await expect(db.get('plan', 'current')).rejects.toThrow(new Error(newerVersionMessage(DB_NAME)));
  });

  it('opens a new connection when the browser closes it (site data cleared)', async () => {
    const seen: IDBDatabase[] = [];
    const db = await openAppDb({ factory: createWatchedFactory(seen) });
    await savePlan(db, createPlan());
    forceCloseDatabase(seen[0] as never);
    expect((await loadPlan(db)).plan).toEqual(createPlan());
    expect(seen).toHaveLength(2);
  });
});
