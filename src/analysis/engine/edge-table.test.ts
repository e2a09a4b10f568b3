import { describe, expect, it } from 'vitest';
import { EdgeTable } from './edge-table.js';

const left = (t: EdgeTable) => {
  const out: [number, number][] = [];
  t.forEachLeft((from, to) => out.push([from, to]));
  return out;
};

describe('EdgeTable', () => {
  it('takes out only the edge it holds, and lists the rest in the order added', () => {
    const t = new EdgeTable();
    t.reset(3);
    expect(t.add(1, 2)).toBe(true);
    expect(t.add(2, 3)).toBe(true);
    expect(t.add(3, 1)).toBe(true);
    expect(t.take(2, 1)).toBe(false);
    expect(t.take(4, 1)).toBe(false);
    expect(t.take(2, 3)).toBe(true);
    expect(t.take(2, 3)).toBe(false);
    expect(left(t)).toEqual([
      [1, 2],
      [3, 1],
    ]);
  });

  it('refuses a second edge from the same vertex', () => {
    const t = new EdgeTable();
    t.reset(2);
    expect(t.add(7, 8)).toBe(true);
    expect(t.add(7, 9)).toBe(false);
  });

  it('starts empty after a reset, and grows past its first size with keys of the whole plane', () => {
    const t = new EdgeTable();
    t.reset(1);
    t.add(5, 6);
    // Vertex keys pack x and y: (x + 2²⁴)·2²⁵ + (y + 2²⁴), up to 2⁵⁰; many share a row or a column.
    const key = (x: number, y: number) => (x + 2 ** 24) * 2 ** 25 + (y + 2 ** 24);
    const n = 5000;
    t.reset(n);
    expect(t.take(5, 6)).toBe(false);
    for (let i = 0; i < n; i++) expect(t.add(key(i % 70, -Math.floor(i / 70)), key(i, i))).toBe(true);
    for (let i = 0; i < n; i += 2) expect(t.take(key(i % 70, -Math.floor(i / 70)), key(i, i))).toBe(true);
    const rest = left(t);
    expect(rest).toHaveLength(n / 2);
    expect(rest[0]).toEqual([key(1, 0), key(1, 1)]);
    expect(rest[rest.length - 1]).toEqual([key((n - 1) % 70, -Math.floor((n - 1) / 70)), key(n - 1, n - 1)]);
  });
});
