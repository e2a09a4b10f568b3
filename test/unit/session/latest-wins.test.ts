import { describe, expect, it } from 'vitest';
import { latestWins } from '../../../src/session/latest-wins.js';

/** A request whose answer the test releases by hand. */
function manual() {
  const calls: { input: number; resolve: (v: string) => void; reject: (e: unknown) => void }[] = [];
  const run = (input: number) => new Promise<string>((resolve, reject) => calls.push({ input, resolve, reject }));
  return { calls, run };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('latest request wins', () => {
  it('sends the first input at once and only the newest of those that came while it ran', async () => {
    const { calls, run } = manual();
    const seen: [string, number, boolean][] = [];
    const q = latestWins(run, { result: (v, i, stale) => seen.push([v, i, stale]), error: () => {} });
    q.push(1);
    q.push(2);
    q.push(3);
    q.push(4);
    expect(calls.map((c) => c.input)).toEqual([1]);
    calls[0]!.resolve('a');
    await tick();
    expect(calls.map((c) => c.input)).toEqual([1, 4]);
    expect(seen).toEqual([['a', 1, true]]);
    calls[1]!.resolve('b');
    await tick();
    expect(seen).toEqual([
      ['a', 1, true],
      ['b', 4, false],
    ]);
    expect(q.idle()).toBe(true);
  });

  it('an error settles its input and the queue goes on', async () => {
    const { calls, run } = manual();
    const errors: [string, number][] = [];
    const results: number[] = [];
    const q = latestWins(run, {
      result: (_v, i) => results.push(i),
      error: (e, i) => errors.push([(e as Error).message, i]),
    });
    q.push(1);
    q.push(2);
    calls[0]!.reject(new Error('id is taken'));
    await tick();
    calls[1]!.resolve('ok');
    await tick();
    expect(errors).toEqual([['id is taken', 1]]);
    expect(results).toEqual([2]);
  });

  it('clear forgets the waiting input', async () => {
    const { calls, run } = manual();
    const q = latestWins(run, { result: () => {}, error: () => {} });
    q.push(1);
    q.push(2);
    q.clear();
    calls[0]!.resolve('a');
    await tick();
    expect(calls).toHaveLength(1);
    expect(q.idle()).toBe(true);
  });
});
