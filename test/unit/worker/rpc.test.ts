import { describe, expect, it } from 'vitest';
import {
  createRpcClient,
  isAbort,
  serveRpc,
  WorkerCallError,
  WorkerCrashError,
  type Handlers,
} from '../../../src/worker/rpc.js';
import { fakeWorker, type FakeWorker } from '../../support/fake-worker.js';

type TestApi = {
  add: { args: [a: number, b: number]; result: number };
  fail: { args: [what: string]; result: never };
  slow: { args: []; result: string; progress: number };
  stoppable: { args: []; result: { steps: number; stopped: boolean } };
  hang: { args: []; result: never };
};
type TestEvents = { stage: string };

const handlers: Handlers<TestApi> = {
  add: (_ctx, a, b) => a + b,
  fail: (_ctx, what) => {
    throw Object.assign(new Error(`id "${what}" is taken by a base site`), { vi: `mã "${what}" đã có` });
  },
  slow: async (ctx) => {
    for (let i = 1; i <= 3; i++) {
      ctx.progress(i);
      await new Promise((r) => setTimeout(r, 1));
    }
    return 'done';
  },
  stoppable: async (ctx) => {
    let steps = 0;
    while (!ctx.signal.aborted && steps < 1e6) {
      steps++;
      await new Promise((r) => setTimeout(r, 0));
    }
    return { steps, stopped: ctx.signal.aborted };
  },
  hang: () => new Promise<never>(() => {}),
};

function setup() {
  const workers: FakeWorker[] = [];
  const restarts: string[] = [];
  const client = createRpcClient<TestApi, TestEvents>(
    () => {
      const w = fakeWorker();
      const { emit } = serveRpc<TestApi, TestEvents>(w.scope, handlers);
      workers.push(w);
      (w as FakeWorker & { emit?: typeof emit }).emit = emit;
      return w;
    },
    { onRestart: (reason) => restarts.push(reason) },
  );
  return { client, workers, restarts };
}

describe('worker request/reply channel', () => {
  it('resolves a call with the handler value', async () => {
    const { client } = setup();
    await expect(client.call('add', [2, 3])).resolves.toBe(5);
    expect(client.pending()).toBe(0);
  });

  it("rejects with the worker's message in both languages, and later calls still work", async () => {
    const { client } = setup();
    const err = await client.call('fail', ['P1']).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkerCallError);
    expect((err as WorkerCallError).message).toBe('id "P1" is taken by a base site');
    expect((err as WorkerCallError).vi).toBe('mã "P1" đã có');
    await expect(client.call('add', [1, 1])).resolves.toBe(2);
  });

  it('forwards progress to the caller in order', async () => {
    const { client } = setup();
    const seen: number[] = [];
    await expect(client.call('slow', [], { onProgress: (p) => seen.push(p) })).resolves.toBe('done');
    expect(seen).toEqual([1, 2, 3]);
  });

  it('an aborted call rejects at once and tells the worker to stop', async () => {
    const { client, workers } = setup();
    const ac = new AbortController();
    const call = client.call('hang', [], { signal: ac.signal });
    ac.abort();
    const err = await call.catch((e: unknown) => e);
    expect(isAbort(err)).toBe(true);
    expect(client.pending()).toBe(0);
    expect(workers[0]!.sent.at(-1)).toEqual({ kind: 'abort', id: 1 });
  });

  it('a call already aborted never reaches the worker', async () => {
    const { client, workers } = setup();
    const ac = new AbortController();
    ac.abort();
    expect(isAbort(await client.call('add', [1, 2], { signal: ac.signal }).catch((e: unknown) => e))).toBe(true);
    expect(workers[0]!.sent).toEqual([]);
  });

  it("with abort: 'reply', the call settles with the worker's answer after the stop", async () => {
    const { client } = setup();
    const ac = new AbortController();
    const call = client.call('stoppable', [], { signal: ac.signal, abort: 'reply' });
    await new Promise((r) => setTimeout(r, 5));
    ac.abort();
    const r = await call;
    expect(r.stopped).toBe(true);
    expect(r.steps).toBeGreaterThan(0);
  });

  it('a crash rejects every pending call, restarts the worker and tells the owner', async () => {
    const { client, workers, restarts } = setup();
    const a = client.call('hang', []).catch((e: unknown) => e);
    const b = client.call('hang', []).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 1));
    workers[0]!.crash('out of memory');
    expect(await a).toBeInstanceOf(WorkerCrashError);
    expect(((await b) as Error).message).toBe('the analysis worker stopped (out of memory); it has been restarted');
    expect(((await b) as WorkerCrashError).vi).toBe('bộ phân tích đã dừng (out of memory); đã được khởi động lại');
    expect(workers).toHaveLength(2);
    expect(workers[0]!.terminated).toBe(true);
    expect(restarts).toEqual(['out of memory']);
    expect(client.pending()).toBe(0);
    await expect(client.call('add', [20, 22])).resolves.toBe(42);
  });

  it('delivers worker events to subscribers until they unsubscribe', async () => {
    const { client, workers } = setup();
    const seen: string[] = [];
    const off = client.on('stage', (s) => seen.push(s));
    const emit = (workers[0] as FakeWorker & { emit: (n: 'stage', v: string) => void }).emit;
    emit('stage', 'index');
    await new Promise((r) => setTimeout(r, 1));
    off();
    emit('stage', 'targets');
    await new Promise((r) => setTimeout(r, 1));
    expect(seen).toEqual(['index']);
  });

  it('an unknown method is a rejection naming it', async () => {
    const { client } = setup();
    const call = (client.call as (m: string, a: unknown[]) => Promise<unknown>)('nope', []);
    await expect(call).rejects.toThrow('unknown method "nope"');
  });

  it('terminate rejects what is pending and refuses new calls', async () => {
    const { client } = setup();
    const a = client.call('hang', []).catch((e: unknown) => (e as Error).message);
    client.terminate();
    expect(await a).toBe('hang: the analysis worker was closed');
    await expect(client.call('add', [1, 2])).rejects.toThrow('add: the analysis worker was closed');
  });
});
