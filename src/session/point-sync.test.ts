import { afterEach, describe, expect, it } from 'vitest';
import { createAppStore, type AppStore } from '../state/store.js';
import type { PointAnswer } from '../worker/point-handler.js';
import { WorkerCallError } from '../worker/rpc.js';
import type { CoverageClient } from './client.js';
import { PointSync } from './point-sync.js';

type Call = { args: unknown[]; resolve: (a: PointAnswer) => void; reject: (e: unknown) => void };

/** A client whose `point` calls wait until the test settles them. */
function createClient() {
  const calls: Call[] = [];
  const client = {
    call: (_method: string, args: unknown[]) =>
      new Promise<PointAnswer>((resolve, reject) => calls.push({ args, resolve, reject })),
  } as unknown as CoverageClient;
  return { client, calls };
}

const createAnswer = (tag: number) => ({ lngLat: [105.85, 21.03], lookupMs: tag }) as unknown as PointAnswer;
const flush = () => new Promise((r) => setTimeout(r, 0));

let sync: PointSync | null = null;
let store: AppStore;
afterEach(() => sync?.destroy());

function start() {
  store = createAppStore(null);
  const { client, calls } = createClient();
  sync = new PointSync(store, () => client);
  return calls;
}

describe('PointSync', () => {
  it('asks the worker about the point asked, with the date and the plan', async () => {
    const calls = start();
    store.getState().pointAsked([105.85, 21.03], 'map');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.args).toEqual([[105.85, 21.03], null, []]);
    calls[0]!.resolve(createAnswer(1));
    await flush();
    expect(store.getState().pointAnswer?.lookupMs).toBe(1);
  });

  it('keeps only the newest answer when two come back in the other order', async () => {
    const calls = start();
    store.getState().pointAsked([105.85, 21.03], 'map');
    store.getState().pointAsked([105.86, 21.04], 'map');
    calls[1]!.resolve(createAnswer(2));
    calls[0]!.resolve(createAnswer(1));
    await flush();
    expect(store.getState().pointAnswer?.lookupMs).toBe(2);
  });

  it('asks again for the same point when the map date changes', () => {
    const calls = start();
    store.getState().pointAsked([105.85, 21.03], 'map');
    store.getState().asOfChosen('2024-12-31');
    expect(calls).toHaveLength(2);
    expect(calls[1]!.args[1]).toBe('2024-12-31');
  });

  it('asks nothing when no point is open', () => {
    const calls = start();
    store.getState().asOfChosen('2024-12-31');
    expect(calls).toHaveLength(0);
  });

  it("shows the worker's error in both languages", async () => {
    const calls = start();
    store.getState().pointAsked([105.85, 21.03], 'map');
    calls[0]!.reject(new WorkerCallError('point', { message: 'no engine', vi: 'không có bộ phân tích' }));
    await flush();
    expect(store.getState().pointError).toEqual({ vi: 'không có bộ phân tích', en: 'no engine' });
  });
});
