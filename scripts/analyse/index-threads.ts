/**
 * The area index built on worker threads in Node (index-parallel.ts), for `npm run analyse`, `npm run report` and
 * the other scripts on a data folder whose stored index is missing or lists other areas: threads for the cores
 * beyond two (see `indexThreadCount`), each cutting a share of the tiles while this thread cuts its own.
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AreaIndex, IndexPart } from '../../src/analysis/engine/area-index.js';
import {
  buildAreaIndexParallel,
  helperThreads,
  type IndexPartRequest,
  type IndexPartRunner,
} from '../../src/analysis/engine/index-parallel.js';
import { checkedIndex } from '../../src/analysis/engine/stored-index.js';
import { ENGINE_DEFAULTS } from '../../src/analysis/engine/types.js';
import { engineInputOf } from '../../src/analysis/engine-input.js';
import type { ServiceInput } from '../../src/analysis/service-types.js';
import { errorMessage } from '../../src/domain/errors.js';

const BOOT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'index-thread-boot.mjs');

/**
 * Threads for this machine (`helperThreads` of its cores; none on two: the index built once in a new process took
 * 2.5–2.9 s on two threads against 1.7–2.0 s on one).
 */
export const indexThreadCount = (cores = os.availableParallelism()): number => helperThreads(cores);

type Reply = { ready?: true; part?: IndexPart; error?: string };

/**
 * Worker threads that cut shares of an index; `close` ends them. A thread keeps the process alive only while it
 * loads its code or has a request. A request is posted at once, even before the thread has loaded its code (Node queues it): this thread
 * goes on to cut its own share without yielding, so a request posted later would wait for that. A thread that
 * fails, stops, or is given up on (the request's signal) fails every later request at once.
 */
export class IndexThreads {
  private readonly workers: Worker[] = [];
  /** Resolves when every thread has loaded its code, or failed to. */
  readonly started: Promise<void>;
  readonly runners: IndexPartRunner[];

  constructor(count = indexThreadCount()) {
    const started: Promise<void>[] = [];
    this.runners = Array.from({ length: count }, () => {
      let w: Worker;
      try {
        w = new Worker(BOOT);
      } catch (err) {
        const failed = new Error(`area index thread: ${errorMessage(err)}`);
        return () => Promise.reject(failed);
      }
      this.workers.push(w);
      const waiting: { resolve: (m: Reply) => void; reject: (err: Error) => void }[] = [];
      let failed: Error | null = null;
      let up: () => void = () => {};
      started.push(new Promise<void>((resolve) => (up = resolve)));
      const idle = () => {
        if (waiting.length === 0) w.unref();
      };
      const fail = (err: Error) => {
        failed ??= err;
        for (const p of waiting.splice(0)) p.reject(failed);
        up();
        idle();
      };
      w.on('message', (m: Reply) => {
        if (m.ready) up();
        else waiting.shift()?.resolve(m);
        idle();
      });
      w.on('messageerror', (err) =>
        fail(new Error(`area index thread: its answer could not be read (${err.message})`)),
      );
      w.on('error', fail);
      w.on('exit', (code) => fail(new Error(`area index thread: it stopped (exit code ${code})`)));
      return (request: IndexPartRequest, signal?: AbortSignal) =>
        new Promise<Reply>((resolve, reject) => {
          if (failed) return reject(failed);
          signal?.addEventListener('abort', () => {
            fail(new Error(`area index thread: given up (${errorMessage(signal.reason)})`));
            void w.terminate();
          });
          waiting.push({ resolve, reject });
          w.ref();
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
