/**
 * A typed request/reply channel over `postMessage`, used for the coverage worker (and testable with a fake one).
 *
 * The API is a method table: for each method its arguments, its result and (optionally) its progress type. The
 * client calls `call(method, args, { signal, onProgress })`; the worker answers every call with
 * `{ id, ok: true, value }` or `{ id, ok: false, error }`. Every call settles: resolved with the value, rejected with
 * the worker's message, rejected as aborted, or rejected when the worker crashes. Progress of a call and the
 * worker's own events (`stage`, …) come as separate, typed messages.
 *
 * A crash is an `error` or `messageerror` event on the worker object: an uncaught exception, a module that failed to
 * load, a message that could not be read. The worker is then terminated, every pending call is rejected with
 * `WorkerCrashError`, and a new worker is started; the owner (the session) is told and replays the state.
 */
import { errorVi } from '../domain/error-texts.js';

/** One method: its arguments (a tuple), its result, and the progress it reports while it runs. */
export type MethodSpec = { args: readonly unknown[]; result: unknown; progress?: unknown };
/** A method table: method name → spec. */
export type Api = Record<string, MethodSpec>;
/** Events the worker emits outside any call: name → payload. */
export type EventTable = Record<string, unknown>;

/** An error as it crosses the boundary: its message in English and, when the worker has one, in Vietnamese. */
export type WireError = { message: string; vi?: string; name?: string };

export type ToWorkerMessage =
  { kind: 'call'; id: number; method: string; args: readonly unknown[] } | { kind: 'abort'; id: number };

export type FromWorkerMessage =
  | { kind: 'reply'; id: number; ok: true; value: unknown }
  | { kind: 'reply'; id: number; ok: false; error: WireError }
  | { kind: 'progress'; id: number; value: unknown }
  | { kind: 'event'; name: string; value: unknown };

/** The part of a `Worker` the channel uses (a fake in tests). */
export type WorkerLike = {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((e: MessageEvent) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  onmessageerror: ((e: MessageEvent) => void) | null;
};

/** A call rejected because the worker stopped before it answered. */
export class WorkerCrashError extends Error {
  /** The same in Vietnamese (the reason is the browser's own text). */
  readonly vi: string;
  constructor(readonly reason: string) {
    super(`the analysis worker stopped (${reason}); it has been restarted`);
    this.name = 'WorkerCrashError';
    this.vi = `bộ phân tích đã dừng (${reason}); đã được khởi động lại`;
  }
}

/** A call rejected with the worker's own message (both languages when the worker gave both). */
export class WorkerCallError extends Error {
  readonly vi: string;
  constructor(
    readonly method: string,
    error: WireError,
  ) {
    super(error.message);
    this.name = 'WorkerCallError';
    this.vi = error.vi ?? error.message;
  }
}

/** The rejection of an aborted call (the DOM's own `AbortError` name, so `isAbort` works on both). */
export class CallAbortedError extends Error {
  constructor(readonly method: string) {
    super(`${method}: aborted`);
    this.name = 'AbortError';
  }
}

/** True for the rejection of an aborted call. */
export const isAbort = (err: unknown): boolean => err instanceof Error && err.name === 'AbortError';

export type CallOptions<P> = {
  signal?: AbortSignal;
  onProgress?: (progress: P) => void;
  /**
   * What an abort means. `reject` (default): the call rejects at once and the worker is told to stop. `reply`: the
   * worker is told to stop and the call settles with whatever the worker answers (a suggestion stopped early
   * answers with the proposals so far).
   */
  abort?: 'reject' | 'reply';
  /** Objects whose ownership moves to the worker (a file's ArrayBuffer). */
  transfer?: Transferable[];
};

export type RpcClient<A extends Api, E extends EventTable> = {
  call<K extends keyof A & string>(
    method: K,
    args: A[K]['args'],
    options?: CallOptions<A[K]['progress']>,
  ): Promise<A[K]['result']>;
  /** Subscribes to a worker event; returns the unsubscribe function. */
  on<K extends keyof E & string>(name: K, handler: (value: E[K]) => void): () => void;
  /** Calls not yet settled (for tests and the status bar). */
  pending(): number;
  terminate(): void;
};

export type RpcClientOptions = {
  /** Called after a crash, once the new worker is started: replay the state it needs. */
  onRestart?: (reason: string) => void;
};

type Pending = {
  method: string;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
  progress: ((p: unknown) => void) | undefined;
  cleanup: () => void;
};

/** Starts a worker with `spawn` and returns the typed client of its method table. */
export function createRpcClient<A extends Api, E extends EventTable>(
  spawn: () => WorkerLike,
  options: RpcClientOptions = {},
): RpcClient<A, E> {
  const pending = new Map<number, Pending>();
  const listeners = new Map<string, Set<(value: unknown) => void>>();
  let nextId = 1;
  let terminated = false;
  let worker = start();

  function start(): WorkerLike {
    const w = spawn();
    w.onmessage = (e: MessageEvent) => receive(e.data as FromWorkerMessage);
    w.onerror = (e) => crash(describe(e));
    w.onmessageerror = () => crash('a message from the worker could not be read');
    return w;
  }

  function receive(m: FromWorkerMessage): void {
    if (m.kind === 'event') {
      for (const l of listeners.get(m.name) ?? []) l(m.value);
      return;
    }
    const p = pending.get(m.id);
    if (!p) return; // an aborted call's late answer
    if (m.kind === 'progress') {
      p.progress?.(m.value);
      return;
    }
    pending.delete(m.id);
    p.cleanup();
    if (m.ok) p.resolve(m.value);
    else p.reject(new WorkerCallError(p.method, m.error));
  }

  function crash(reason: string): void {
    if (terminated) return;
    worker.onmessage = worker.onerror = worker.onmessageerror = null;
    worker.terminate();
    const failed = [...pending.values()];
    pending.clear();
    for (const p of failed) {
      p.cleanup();
      p.reject(new WorkerCrashError(reason));
    }
    worker = start();
    options.onRestart?.(reason);
  }

  return {
    call(method, args, opts = {}) {
      if (terminated) return Promise.reject(new Error(`${method}: the analysis worker was closed`));
      if (opts.signal?.aborted) return Promise.reject(new CallAbortedError(method));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const signal = opts.signal;
        const onAbort = () => {
          worker.postMessage({ kind: 'abort', id } satisfies ToWorkerMessage);
          if (opts.abort === 'reply') return;
          pending.delete(id);
          reject(new CallAbortedError(method));
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        pending.set(id, {
          method,
          resolve: resolve as (v: unknown) => void,
          reject,
          progress: opts.onProgress as ((p: unknown) => void) | undefined,
          cleanup: () => signal?.removeEventListener('abort', onAbort),
        });
        worker.postMessage({ kind: 'call', id, method, args } satisfies ToWorkerMessage, opts.transfer ?? []);
      });
    },
    on(name, handler) {
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set);
      const h = handler as (value: unknown) => void;
      set.add(h);
      return () => set.delete(h);
    },
    pending: () => pending.size,
    terminate() {
      terminated = true;
      worker.terminate();
      for (const p of pending.values()) {
        p.cleanup();
        p.reject(new Error(`${p.method}: the analysis worker was closed`));
      }
      pending.clear();
    },
  };
}

function describe(e: ErrorEvent): string {
  const message = e.message as unknown;
  return typeof message === 'string' && message !== '' ? message : 'the worker failed to start or stopped';
}

/** What a handler gets besides its arguments. */
export type CallContext<P> = {
  /** Aborted when the client aborts the call. */
  signal: AbortSignal;
  /** Reports progress of this call. */
  progress: (value: P) => void;
  /** Moves these objects with the reply instead of copying them (an ArrayBuffer tile). */
  transfer: (list: Transferable[]) => void;
};

/** The worker's handler table for an API: each method's handler takes the context, then the method's arguments. */
export type Handlers<A extends Api> = {
  [K in keyof A]: (
    ctx: CallContext<A[K]['progress']>,
    ...args: A[K]['args']
  ) => A[K]['result'] | Promise<A[K]['result']>;
};

/** The worker's global scope, as far as the channel needs it. */
export type WorkerScopeLike = {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  onmessage: ((e: MessageEvent) => void) | null;
};

/**
 * Serves a handler table in a worker: every call is answered once, with its value or its error (the message, and
 * the Vietnamese text when the error carries one as `vi` or `issue.vi`). Returns `emit` for the worker's events.
 */
export function serveRpc<A extends Api, E extends EventTable>(
  scope: WorkerScopeLike,
  handlers: Handlers<A>,
  onMessage: () => void = () => {},
): { emit<K extends keyof E & string>(name: K, value: E[K]): void } {
  const running = new Map<number, AbortController>();
  const post = (m: FromWorkerMessage, transfer: Transferable[] = []) => scope.postMessage(m, transfer);
  scope.onmessage = (e: MessageEvent) => {
    const m = e.data as ToWorkerMessage;
    onMessage();
    if (m.kind === 'abort') {
      running.get(m.id)?.abort();
      return;
    }
    const handler = (
      handlers as Record<string, ((ctx: CallContext<unknown>, ...args: unknown[]) => unknown) | undefined>
    )[m.method];
    const controller = new AbortController();
    running.set(m.id, controller);
    let transfer: Transferable[] = [];
    const ctx: CallContext<unknown> = {
      signal: controller.signal,
      progress: (value) => post({ kind: 'progress', id: m.id, value }),
      transfer: (list) => (transfer = list),
    };
    Promise.resolve()
      .then(() => {
        if (!handler) throw new Error(`unknown method "${m.method}"`);
        return handler(ctx, ...m.args);
      })
      .then(
        (value) => post({ kind: 'reply', id: m.id, ok: true, value }, transfer),
        (err: unknown) => post({ kind: 'reply', id: m.id, ok: false, error: wireError(m.method, err) }),
      )
      .finally(() => running.delete(m.id));
  };
  return { emit: (name, value) => post({ kind: 'event', name, value }) };
}

/** An error as it crosses the boundary; importers' refusals carry their Vietnamese text as `issue.vi`. */
export function wireError(method: string, err: unknown): WireError {
  const message = err instanceof Error ? err.message : String(err);
  const vi = errorVi(err);
  return { message: message === '' ? `${method} failed` : message, ...(vi !== undefined ? { vi } : {}) };
}
