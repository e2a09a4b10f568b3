/**
 * The packed Hilbert R-tree that `writeFgb` lays out, checked node by node against the spec, and the Hilbert
 * values against the reference C++ writer.
 */
import { calcTreeSize, generateLevelBounds } from 'flatgeobuf/lib/mjs/packedrtree.js';
import { describe, expect, it } from 'vitest';
import { createRandomCollection, muteFgbDebugLog } from '../../test/support/fgb-collections.js';
import type { BBox } from '../domain/geo.js';
import { readFgbHeader } from './fgb-read.js';
import { emptyBbox, expandBbox, hilbert, hilbertOfBbox } from './fgb-rtree.js';
import { writeFgb } from './fgb-write.js';

muteFgbDebugLog();

describe('packed Hilbert R-tree', () => {
  it('lays out the packed R-tree as the spec says: root first, parents bound children, leaves point at features in Hilbert order', () => {
    const bytes = writeFgb(createRandomCollection(1000, 5));
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const { featuresCount, envelope } = readFgbHeader(bytes);
    const treeStart = 12 + view.getUint32(8, true);
    const featuresStart = treeStart + calcTreeSize(featuresCount, 16);
    const node = (i: number) => {
      const at = treeStart + i * 40;
      const box: BBox = [0, 8, 16, 24].map((k) => view.getFloat64(at + k, true)) as BBox;
      return { box, offset: Number(view.getBigUint64(at + 32, true)) };
    };
    const featureStarts: number[] = [];
    for (let pos = featuresStart; pos < bytes.length; pos += 4 + view.getUint32(pos, true))
      featureStarts.push(pos - featuresStart);

    const levels = generateLevelBounds(featuresCount, 16);
    const [firstLeaf, numNodes] = levels[0] ?? [0, 0];
    expect(node(0).box).toStrictEqual(envelope);
    const leaves = Array.from({ length: numNodes - firstLeaf }, (_, i) => node(firstLeaf + i));
    expect(leaves.map((l) => l.offset)).toStrictEqual(featureStarts);
    for (let level = 1; level < levels.length; level++) {
      const [start, end] = levels[level] ?? [0, 0];
      const childEnd = levels[level - 1]?.[1] ?? 0;
      for (let i = start; i < end; i++) {
        const { box, offset } = node(i);
        const union = emptyBbox();
        for (let c = offset; c < Math.min(offset + 16, childEnd); c++) expandBbox(union, node(c).box);
        expect(offset).toBe((levels[level - 1]?.[0] ?? 0) + (i - start) * 16);
        expect(box).toStrictEqual(union);
      }
    }
    const hilbertValues = leaves.map((l) => hilbertOfBbox(l.box, envelope ?? [0, 0, 1, 1]));
    expect(hilbertValues).toStrictEqual([...hilbertValues].sort((a, b) => b - a));
  });

  it('computes the same Hilbert values as flatgeobuf’s packedrtree.cpp', () => {
    // Values printed by the reference C++ hilbert(x, y).
    const cases = [
      [0, 0, 0],
      [0, 1, 3],
      [0, 65535, 1431655765],
      [65535, 0, 4294967295],
      [65535, 65535, 2863311530],
    ];
    expect(cases.map(([x, y]) => hilbert(x ?? 0, y ?? 0))).toStrictEqual(cases.map((c) => c[2]));
  });
});
