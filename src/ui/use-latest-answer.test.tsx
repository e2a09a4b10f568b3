// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, renderHook } from '@testing-library/react';
import { useLatestAnswer } from './use-latest-answer.js';
import { WorkerCallError } from '../worker/rpc.js';

afterEach(cleanup);

type Q = { key: string; version: unknown };

/** A worker stand-in: every question waits until the test answers it. */
function createAsk() {
  const asked: { q: Q; resolve: (a: string) => void; reject: (e: unknown) => void }[] = [];
  const ask = (q: Q) => new Promise<string>((resolve, reject) => asked.push({ q, resolve, reject }));
  return { ask, asked };
}

const flush = () => act(async () => new Promise((r) => setTimeout(r, 0)));

describe('useLatestAnswer', () => {
  it('asks once per key and version, and shows the answer of what is on screen', async () => {
    const { ask, asked } = createAsk();
    const v1 = {};
    const { result, rerender } = renderHook(({ q }: { q: Q | null }) => useLatestAnswer(ask, q), {
      initialProps: { q: { key: 'a', version: v1 } as Q | null },
    });
    rerender({ q: { key: 'a', version: v1 } });
    expect(asked.map((x) => x.q.key)).toEqual(['a']);
    asked[0]!.resolve('A');
    await flush();
    expect(result.current).toEqual({ status: 'answered', key: 'a', version: v1, answer: 'A' });
    rerender({ q: { key: 'a', version: {} } });
    expect(asked).toHaveLength(2);
  });

  it('drops an answer to a question replaced while it ran', async () => {
    const { ask, asked } = createAsk();
    const { result, rerender } = renderHook(({ q }: { q: Q }) => useLatestAnswer(ask, q), {
      initialProps: { q: { key: 'a', version: null } },
    });
    rerender({ q: { key: 'b', version: null } });
    asked[0]!.resolve('A');
    await flush();
    expect(result.current.status).toBe('waiting');
    asked[1]!.resolve('B');
    await flush();
    expect(result.current).toMatchObject({ status: 'answered', key: 'b', answer: 'B' });
  });

  it('keeps a failure in both languages', async () => {
    const { ask, asked } = createAsk();
    const { result } = renderHook(() => useLatestAnswer(ask, { key: 'a', version: null }));
    asked[0]!.reject(new WorkerCallError('areaRoads', { message: 'no roads', vi: 'không có đường' }));
    await flush();
    expect(result.current).toMatchObject({ status: 'failed', error: { vi: 'không có đường', en: 'no roads' } });
  });

  it('asks nothing without a question', () => {
    const { ask, asked } = createAsk();
    renderHook(() => useLatestAnswer(ask, null));
    expect(asked).toHaveLength(0);
  });
});
