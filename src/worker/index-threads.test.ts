import { describe, expect, it, vi } from 'vitest';
import { buildAreaIndex, type AreaIndex } from '../analysis/engine/area-index.js';
import { buildAreaIndexParallel } from '../analysis/engine/index-parallel.js';
import { encodeAreaIndex } from '../analysis/engine/index-codec.js';
import { createGrid } from '../analysis/engine/tiles.js';
import { createCity } from '../../test/support/index-city.js';
import { fakeWorker, type FakeWorker } from '../../test/support/fake-worker.js';
import { indexThreadCount, indexThreadRunners, serveIndexPart } from './index-threads.js';

const TILE_M = 1000;
const bytes = (index: AreaIndex) => encodeAreaIndex(index, { tileM: TILE_M });

/** Helper threads as fake workers serving the index-part handler; each one made is kept in `made`. */
function createThreads(crash = false): { spawn: () => FakeWorker; made: FakeWorker[] } {
  const made: FakeWorker[] = [];
  const spawn = () => {
    const w = fakeWorker();
    serveIndexPart(w.scope);
    made.push(w);
    if (crash) setTimeout(() => w.crash('out of memory'), 0);
    return w;
  };
  return { spawn, made };
}

describe('the analysis worker’s helper threads for the area index', () => {
  const { areas, units } = createCity();
  const one = bytes(buildAreaIndex(areas, units, createGrid(TILE_M)));

  it('cut their shares on threads of their own, ended once they answer: the index one thread builds', async () => {
    const { spawn, made } = createThreads();
    const index = await buildAreaIndexParallel(areas, units, TILE_M, indexThreadRunners(2, spawn));
    expect(bytes(index)).toEqual(one);
    expect(made).toHaveLength(2);
    expect(made.every((w) => w.terminated)).toBe(true);
    expect(made.map((w) => (w.sent[0] as { shard: unknown }).shard)).toEqual([
      { index: 1, count: 3 },
      { index: 2, count: 3 },
    ]);
  });

  it('leave the share of a thread that fails to the analysis worker, which says so', async () => {
    const { spawn, made } = createThreads(true);
    const told = vi.fn();
    const index = await buildAreaIndexParallel(areas, units, TILE_M, indexThreadRunners(1, spawn), told);
    expect(bytes(index)).toEqual(one);
    expect(String(told.mock.calls[0]![1])).toBe('Error: area index thread: out of memory');
    expect(made[0]!.terminated).toBe(true);
  });

  it('end a thread that is given up on, and reject', async () => {
    const { spawn, made } = createThreads();
    const given = new AbortController();
    const answer = indexThreadRunners(1, spawn)[0]!(
      { areas, units, tileM: TILE_M, shard: { index: 1, count: 2 } },
      given.signal,
    );
    given.abort(new Error('too slow'));
    await expect(answer).rejects.toThrow('area index thread: given up (too slow)');
    expect(made[0]!.terminated).toBe(true);
  });

  it('answer a request they cannot cut with the error', async () => {
    const w = fakeWorker();
    serveIndexPart(w.scope);
    const reply = new Promise<unknown>((resolve) => (w.onmessage = (e) => resolve(e.data)));
    w.postMessage({
      areas: [{ id: 'x', level: 'zone', geometry: null }],
      units: [],
      tileM: TILE_M,
      shard: { index: 0, count: 1 },
    });
    expect(await reply).toEqual({ error: expect.stringMatching(/null/) });
  });

  it('are the cores less two (the page and the analysis worker), none on two cores, at most three', () => {
    expect([1, 2, 3, 4, 8].map((cores) => indexThreadCount(cores))).toEqual([0, 0, 1, 2, 3]);
  });
});
