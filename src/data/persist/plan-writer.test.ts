import { describe, expect, it } from 'vitest';
import { memoryAppDb } from './app-db.js';
import { createPlanWriter } from './plan-writer.js';
import { loadPlan } from './records.js';
import type { StoredPlan } from './schema.js';
import { IMPLEMENTATIONS, countWrites, createSite } from '../../../test/support/persist-fixtures.js';

/** The plan after `n` drag moves of one site: its longitude tells which state it is. */
function createDragState(n: number): StoredPlan {
  return { sites: [createSite({ lng: 105.8 + n / 1000 })], undo: [], redo: [], nextId: 2 };
}

/** A gate that holds every write until `release()` lets the oldest one through. */
function createGate(): { gate: () => Promise<void>; release: () => void; held: () => number } {
  const waiting: (() => void)[] = [];
  return {
    gate: () =>
      new Promise<void>((resolve) => {
        waiting.push(resolve);
      }),
    release: () => waiting.shift()?.(),
    held: () => waiting.length,
  };
}

const failOnError = (error: Error): never => {
  throw error;
};

describe.each(IMPLEMENTATIONS)('plan writer on $name', ({ start }) => {
  it('ends 100 rapid saves with the last state stored, in two writes, one at a time', async () => {
    const { db, writes, maxInFlight } = countWrites(await start().open());
    const writer = createPlanWriter(db, { onError: failOnError });
    for (let n = 1; n <= 100; n++) writer.save(createDragState(n));
    await writer.flush();
    expect((await loadPlan(db)).plan).toEqual(createDragState(100));
    expect(writes).toHaveLength(2);
    expect(maxInFlight()).toBe(1);
  });
});

describe('plan writer', () => {
  it('never lets a write that finishes late overwrite a newer state', async () => {
    const { gate, release, held } = createGate();
    const { db, writes } = countWrites(memoryAppDb(), gate);
    const writer = createPlanWriter(db, { onError: failOnError });
    writer.save(createDragState(1));
    writer.save(createDragState(2));
    writer.save(createDragState(3));
    expect(held()).toBe(1);
    release();
    await expect.poll(held).toBe(1);
    release();
    await writer.flush();
    expect(writes.map((w) => (w as StoredPlan).sites[0]?.lng)).toEqual([105.801, 105.803]);
    expect((await loadPlan(db)).plan).toEqual(createDragState(3));
  });

  it('writes a state saved while flushing before flush resolves', async () => {
    const { db } = countWrites(memoryAppDb());
    const writer = createPlanWriter(db, { onError: failOnError });
    writer.save(createDragState(1));
    const flushed = writer.flush();
    writer.save(createDragState(2));
    await flushed;
    expect((await loadPlan(db)).plan).toEqual(createDragState(2));
  });

  it('resolves flush at once when nothing was saved', async () => {
    const writer = createPlanWriter(memoryAppDb(), { onError: failOnError });
    await expect(writer.flush()).resolves.toBeUndefined();
  });

  it('reports a failed write naming the plan, and goes on with the next save', async () => {
    let fail = true;
    const { db } = countWrites(memoryAppDb(), async () => {
      if (fail) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const errors: string[] = [];
    const writer = createPlanWriter(db, { onError: (e) => errors.push(e.message) });
    writer.save(createDragState(1));
    await writer.flush();
    fail = false;
    writer.save(createDragState(2));
    await writer.flush();
    expect(errors).toEqual([
      "could not save the plan: the browser's storage for this site is full — delete saved imports you no longer need, or free disk space",
    ]);
    expect((await loadPlan(db)).plan).toEqual(createDragState(2));
  });
});
