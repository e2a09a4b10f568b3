import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BinaryHeap } from './binary-heap.js';

describe('BinaryHeap', () => {
  it('gives its items back in order, whatever the order they came in', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), (xs) => {
        const heap = new BinaryHeap<number>((a, b) => a < b);
        for (const x of xs) heap.push(x);
        expect(heap.size).toBe(xs.length);
        const out: number[] = [];
        for (let x = heap.pop(); x !== undefined; x = heap.pop()) out.push(x);
        expect(out).toEqual([...xs].sort((a, b) => a - b));
      }),
    );
  });

  it('breaks ties as its order says (by the second field)', () => {
    const heap = new BinaryHeap<[number, string]>((a, b) => (a[0] !== b[0] ? a[0] > b[0] : a[1] < b[1]));
    for (const e of [
      [1, 'b'],
      [3, 'z'],
      [3, 'a'],
      [1, 'a'],
    ] as [number, string][])
      heap.push(e);
    expect([heap.pop(), heap.pop(), heap.pop(), heap.pop(), heap.pop()]).toEqual([
      [3, 'a'],
      [3, 'z'],
      [1, 'a'],
      [1, 'b'],
      undefined,
    ]);
  });
});
