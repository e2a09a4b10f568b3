/**
 * The analysis worker's helper threads for building the area index (index-parallel.ts): each started for one
 * share of the tiles and ended once it answers. A thread that cannot start or fails rejects, and its share is cut
 * in the analysis worker instead.
 * How many: `helperThreads` of the machine's cores (none on two: in Chromium on the 2-core machine the index took
 * 3.0–3.8 s with one helper against 2.2 s without, see the README).
 */
import type { IndexPart } from '../analysis/engine/area-index.js';
import {
  helperThreads,
  indexPartOf,
  type IndexPartRequest,
  type IndexPartRunner,
} from '../analysis/engine/index-parallel.js';
import { errorMessage } from '../domain/errors.js';
import type { WorkerLike, WorkerScopeLike } from './rpc.js';

/** Helper threads for this machine (`helperThreads` of its cores). */
export function indexThreadCount(cores = globalThis.navigator?.hardwareConcurrency ?? 2): number {
  return helperThreads(cores);
}

const spawnThread = (): WorkerLike =>
  new Worker(new URL('./index-part.worker.ts', import.meta.url), { type: 'module' });

/** Runners, each on a thread of its own from `spawn` (a new index-part worker), `count` of them. */
export function indexThreadRunners(count = indexThreadCount(), spawn = spawnThread): IndexPartRunner[] {
  return Array.from(
    { length: count },
    () => (request: IndexPartRequest, signal?: AbortSignal) => runOnThread(request, spawn, signal),
  );
}

type Reply = { part?: IndexPart; error?: string };

function runOnThread(request: IndexPartRequest, spawn: () => WorkerLike, signal?: AbortSignal): Promise<IndexPart> {
  return new Promise((resolve, reject) => {
    let w: WorkerLike;
    try {
      w = spawn();
    } catch (err) {
      reject(new Error(`area index thread: ${errorMessage(err)}`));
      return;
    }
    const fail = (why: string) => {
      w.terminate();
      reject(new Error(`area index thread: ${why}`));
    };
    signal?.addEventListener('abort', () => fail(`given up (${errorMessage(signal.reason)})`));
    w.onmessage = (e: MessageEvent<Reply>) => {
      w.terminate();
      if (e.data.part) resolve(e.data.part);
      else reject(new Error(`area index thread: ${e.data.error ?? 'no answer'}`));
    };
    w.onmessageerror = () => fail('its answer could not be read');
    w.onerror = (e) => {
      e.preventDefault?.();
      fail(e.message || 'it could not start');
    };
    try {
      w.postMessage(request);
    } catch (err) {
      fail(errorMessage(err));
    }
  });
}

/** Answers each request posted to `scope` (a helper thread's global scope) with its share, or the error. */
export function serveIndexPart(scope: WorkerScopeLike): void {
  scope.onmessage = (e: MessageEvent<IndexPartRequest>) => {
    let reply: Reply;
    try {
      reply = { part: indexPartOf(e.data) };
    } catch (err) {
      reply = { error: errorMessage(err) };
    }
    scope.postMessage(reply);
  };
}
