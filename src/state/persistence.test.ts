import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { createAppStore } from './store.js';
import { startPersistence } from './persistence.js';
import { openAppDb } from '../data/persist/indexed-db.js';

describe('plan persistence', () => {
  it('a plan with its undo and redo history survives a reload (a new store on the same database)', async () => {
    const factory = new IDBFactory();
    const open = () => openAppDb({ factory, name: 'test' });
    const first = createAppStore(null);
    const p1 = await startPersistence(first, open);
    const a = first.getState();
    a.sitePlaced(105.8, 21.0);
    a.draftEdited({ operator: 'mobifone', azimuthsDeg: [30, 150, 270] });
    a.sitePlaced(105.9, 21.1);
    a.siteDragStarted('plan-1');
    for (let i = 0; i < 20; i++) a.siteMoved('plan-1', 105.8 + i / 1e4, 21.0);
    a.siteEdited('plan-2', { heightM: 42 });
    a.planUndone();
    await p1.flush();
    // No close: a crashed tab does not close its connection.
    const second = createAppStore(null);
    const p2 = await startPersistence(second, open);
    expect(second.getState().plan).toEqual(first.getState().plan);
    second.getState().planUndone();
    expect(second.getState().plan.sites.find((s) => s.id === 'plan-1')!.lng).toBe(105.8);
    p2.close();
    p1.close();
  });

  it('without IndexedDB the app goes on in memory and says the plan will not be kept', async () => {
    const store = createAppStore(null);
    const p = await startPersistence(store, () => Promise.reject(new Error('IndexedDB is not available')));
    store.getState().sitePlaced(105.8, 21.0);
    await p.flush();
    expect(store.getState().issues.map((i) => i.message)).toEqual([
      expect.stringMatching(
        /IndexedDB is not available — the plan and imported data are kept only until this page is closed/,
      ),
    ]);
  });
});
