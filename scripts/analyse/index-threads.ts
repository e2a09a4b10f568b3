/**
 * The area index built on worker threads in Node (index-parallel.ts), for `npm run analyse`, `npm run report` and
 * the other scripts on a data folder whose stored index is missing or lists other areas: as many threads as the
 * machine has cores beside this one (at most 3), each cutting a share of the tiles while this thread cuts its own.
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AreaIndex, IndexPart } from '../../src/analysis/engine/area-index.js';
import {
  buildAreaIndexParallel,
  type IndexPartRequest,
  type IndexPartRunner,
} from '../../src/analysis/engine/index-parallel.js';
import { checkedIndex } from '../../src/analysis/engine/stored-index.js';
import { ENGINE_DEFAULTS } from '../../src/analysis/engine/types.js';
import { engineInputOf } from '../../src/analysis/engine-input.js';
import type { ServiceInput } from '../../src/analysis/service-types.js';
import { errorMessage } from '../../src/domain/errors.js';

const BOOT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'index-thread-boot.mjs');

/** Threads beside this one: cores less one, 0 to 3. */
export const indexThreadCount = (cores = os.availableParallelism()): number => Math.min(3, Math.max(0, cores - 1));

type Reply = { ready?: true; part?: IndexPart; error?: string };

/**
 * Worker threads that cut shares of an index; `close` ends them (they never keep the process alive). A request is
 * posted at once, even before the thread has loaded its code (Node queues it): this thread goes on to cut its own
 * share without yielding, so a request posted later would wait for that.
 */
export class IndexThreads {
  private readonly workers: Worker[];
  /** Resolves when every thread has loaded its code, or failed to. */
  readonly started: Promise<void>;
  readonly runners: IndexPartRunner[];

  constructor(count = indexThreadCount()) {
    this.workers = Array.from({ length: count }, () => new Worker(BOOT));
    const started: Promise<void>[] = [];
    this.runners = this.workers.map((w) => {
      w.unref();
      const waiting: { resolve: (m: Reply) => void; reject: (err: Error) => void }[] = [];
      let failed: Error | null = null;
      let up: () => void = () => {};
      started.push(new Promise<void>((resolve) => (up = resolve)));
      const fail = (err: Error) => {
        failed = err;
        for (const p of waiting.splice(0)) p.reject(err);
        up();
      };
      w.on('message', (m: Reply) => (m.ready ? up() : waiting.shift()?.resolve(m)));
      w.on('error', fail);
      w.on('exit', (code) => fail(new Error(`area index thread: it stopped (exit code ${code})`)));
      return (request: IndexPartRequest) =>
        new Promise<Reply>((resolve, reject) => {
          if (failed) return reject(failed);
          waiting.push({ resolve, reject });
          w.postMessage(request);
        }).then((m) => m.part ?? Promise.reject(new Error(`area index thread: ${m.error ?? 'no answer'}`)));
    });
    this.started = Promise.all(started).then(() => {});
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** The area index of `input`'s areas built on `threads` (new ones, ended after, when not given). */
export async function buildIndexOnThreads(input: ServiceInput, threads?: IndexThreads): Promise<AreaIndex> {
  const own = threads ?? new IndexThreads();
  const { areas, population } = engineInputOf(input);
  try {
    return await buildAreaIndexParallel(areas, population, ENGINE_DEFAULTS.tileM, own.runners, (shard, err) =>
      console.error(`warning: area index share ${shard} cut on the main thread (${errorMessage(err)})`),
    );
  } finally {
    if (!threads) await own.close();
  }
}

/**
 * The stored index when it lists `input`'s areas, else the index built on threads; a stored index of other areas
 * is told on stderr.
 */
export async function indexFor(input: ServiceInput, stored: AreaIndex | null): Promise<AreaIndex> {
  if (stored) {
    try {
      return checkedIndex(stored, engineInputOf(input).areas);
    } catch (err) {
      console.error(`warning: ${errorMessage(err)} — the area index is built instead`);
    }
  }
  return buildIndexOnThreads(input);
}
