/**
 * A worker and its global scope in one thread, for unit tests of the request/reply channel and the session.
 * Messages are structured-cloned and delivered on a later task, as between real threads; `crash()` fires the
 * worker object's `error` event as an uncaught exception in a real worker would.
 */
import type { WorkerLike, WorkerScopeLike } from '../../src/worker/rpc.js';

export type FakeWorker = WorkerLike & {
  /** The worker side: serve a handler table on it (`serveRpc(worker.scope, …)`). */
  scope: WorkerScopeLike;
  /** Fires `error` on the worker object, as an uncaught exception in the worker would. */
  crash(message?: string): void;
  terminated: boolean;
  /** Every message the app side sent, in order. */
  sent: unknown[];
};

const later = (f: () => void) => setTimeout(f, 0);

export function fakeWorker(): FakeWorker {
  const scope: WorkerScopeLike = {
    onmessage: null,
    postMessage(message) {
      if (w.terminated) return;
      const data = structuredClone(message);
      later(() => {
        if (!w.terminated) w.onmessage?.({ data } as MessageEvent);
      });
    },
  };
  const w: FakeWorker = {
    scope,
    sent: [],
    terminated: false,
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    postMessage(message) {
      if (w.terminated) return;
      w.sent.push(message);
      const data = structuredClone(message);
      later(() => {
        if (!w.terminated) scope.onmessage?.({ data } as MessageEvent);
      });
    },
    terminate() {
      w.terminated = true;
    },
    crash(message = 'boom') {
      w.onerror?.({ message } as ErrorEvent);
    },
  };
  return w;
}
