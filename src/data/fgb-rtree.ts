/**
 * FlatGeobuf's spatial index: bounding boxes of GeoJSON geometries, the Hilbert sort that orders features in
 * the file, and the packed Hilbert R-tree built over them (the writer, `fgb-write.ts`, builds it; the reader,
 * `fgb-read.ts`, filters by box). Boxes are `[minLng, minLat, maxLng, maxLat]` degrees.
 *
 * Format: FlatGeobuf 3 (https://flatgeobuf.org), following `src/cpp/packedrtree.cpp` of
 * github.com/flatgeobuf/flatgeobuf: nodes of 40 bytes (minX, minY, maxX, maxY float64, offset uint64,
 * little-endian), the root first and the leaves last.
 */
import type { Geometry, Position } from 'geojson';
import { NODE_ITEM_BYTE_LEN, calcTreeSize, generateLevelBounds } from 'flatgeobuf/lib/mjs/packedrtree.js';
import type { BBox } from '../domain/geo.js';

/** A `BBox` that any real box expands: `[+∞, +∞, −∞, −∞]`. */
export const emptyBbox = (): BBox => [Infinity, Infinity, -Infinity, -Infinity];

/** Grows `box` in place by `other`. */
export function expandBbox(box: BBox, other: Readonly<BBox>): void {
  if (other[0] < box[0]) box[0] = other[0];
  if (other[1] < box[1]) box[1] = other[1];
  if (other[2] > box[2]) box[2] = other[2];
  if (other[3] > box[3]) box[3] = other[3];
}

/** Whether two boxes share at least a point; touching edges count, as in flatgeobuf's `NodeItem::intersects`. */
export const bboxesIntersect = (a: Readonly<BBox>, b: Readonly<BBox>): boolean =>
  !(a[2] < b[0] || a[3] < b[1] || a[0] > b[2] || a[1] > b[3]);

function visitPositions(coords: unknown, box: BBox): void {
  if (!Array.isArray(coords) || coords.length === 0) return;
  if (typeof coords[0] === 'number') {
    const [x, y] = coords as Position;
    if (x === undefined || y === undefined) return;
    if (x < box[0]) box[0] = x;
    if (y < box[1]) box[1] = y;
    if (x > box[2]) box[2] = x;
    if (y > box[3]) box[3] = y;
    return;
  }
  for (const c of coords) visitPositions(c, box);
}

/** The `[minLng, minLat, maxLng, maxLat]` box of a geometry's positions; `[+∞, +∞, −∞, −∞]` when it has none. */
export function geometryBbox(geometry: Geometry): BBox {
  const box = emptyBbox();
  if (geometry.type === 'GeometryCollection') {
    for (const g of geometry.geometries) expandBbox(box, geometryBbox(g));
  } else {
    visitPositions(geometry.coordinates, box);
  }
  return box;
}

/** Cells per axis − 1 of the Hilbert grid over the extent (flatgeobuf's `hilbertMax`, `(1 << 16) - 1`). */
export const HILBERT_MAX = 0xffff;

/**
 * Hilbert curve index (uint32) of the cell `(x, y)`, each 0–65 535: the branch-free algorithm from
 * https://github.com/rawrunprotected/hilbert_curves (public domain), as ported in flatgeobuf's
 * `packedrtree.cpp` and flatbush.
 */
export function hilbert(x: number, y: number): number {
  let a = x ^ y;
  let b = 0xffff ^ a;
  let c = 0xffff ^ (x | y);
  let d = x & (y ^ 0xffff);
  let A = a | (b >> 1);
  let B = (a >> 1) ^ a;
  let C = (c >> 1) ^ (b & (d >> 1)) ^ c;
  let D = (a & (c >> 1)) ^ (d >> 1) ^ d;

  a = A;
  b = B;
  c = C;
  d = D;
  A = (a & (a >> 2)) ^ (b & (b >> 2));
  B = (a & (b >> 2)) ^ (b & ((a ^ b) >> 2));
  C ^= (a & (c >> 2)) ^ (b & (d >> 2));
  D ^= (b & (c >> 2)) ^ ((a ^ b) & (d >> 2));

  a = A;
  b = B;
  c = C;
  d = D;
  A = (a & (a >> 4)) ^ (b & (b >> 4));
  B = (a & (b >> 4)) ^ (b & ((a ^ b) >> 4));
  C ^= (a & (c >> 4)) ^ (b & (d >> 4));
  D ^= (b & (c >> 4)) ^ ((a ^ b) & (d >> 4));

  a = A;
  b = B;
  c = C;
  d = D;
  C ^= (a & (c >> 8)) ^ (b & (d >> 8));
  D ^= (b & (c >> 8)) ^ ((a ^ b) & (d >> 8));

  a = C ^ (C >> 1);
  b = D ^ (D >> 1);
  let i0 = x ^ y;
  let i1 = b | (0xffff ^ (i0 | a));
  i0 = (i0 | (i0 << 8)) & 0x00ff00ff;
  i0 = (i0 | (i0 << 4)) & 0x0f0f0f0f;
  i0 = (i0 | (i0 << 2)) & 0x33333333;
  i0 = (i0 | (i0 << 1)) & 0x55555555;
  i1 = (i1 | (i1 << 8)) & 0x00ff00ff;
  i1 = (i1 | (i1 << 4)) & 0x0f0f0f0f;
  i1 = (i1 | (i1 << 2)) & 0x33333333;
  i1 = (i1 | (i1 << 1)) & 0x55555555;
  return ((i1 << 1) | i0) >>> 0;
}

/** Hilbert index of a box's centre on the `HILBERT_MAX` grid over `extent` (a flat extent maps to cell 0). */
export function hilbertOfBbox(box: Readonly<BBox>, extent: Readonly<BBox>): number {
  const width = extent[2] - extent[0];
  const height = extent[3] - extent[1];
  // Same operation order as packedrtree.cpp, so that we sort exactly as the reference writer does.
  const x = width === 0 ? 0 : Math.floor((HILBERT_MAX * ((box[0] + box[2]) / 2 - extent[0])) / width);
  const y = height === 0 ? 0 : Math.floor((HILBERT_MAX * ((box[1] + box[3]) / 2 - extent[1])) / height);
  return hilbert(x, y);
}

/**
 * Indices of `boxes` in file order: by descending Hilbert value of the centre, as flatgeobuf's `hilbertSort`
 * (`ha > hb`); ties keep input order.
 */
export function hilbertOrder(boxes: readonly Readonly<BBox>[], extent: Readonly<BBox>): number[] {
  const values = boxes.map((b) => hilbertOfBbox(b, extent));
  return boxes.map((_, i) => i).sort((i, j) => (values[j] ?? 0) - (values[i] ?? 0) || i - j);
}

const levelBound = (bounds: Array<[number, number]>, level: number): [number, number] => {
  const b = bounds[level];
  if (!b) throw new Error(`packed R-tree: no level ${level}`);
  return b;
};

/**
 * The packed R-tree bytes for leaves `boxes` (in file order) whose features start at byte `offsets` of the
 * feature section. Level bounds come from the library's `generateLevelBounds` (leaves last, root at node 0);
 * parents are filled bottom-up as `PackedRTree::generateNodes` does. Size is `calcTreeSize(n, nodeSize)`.
 */
export function buildPackedRTree(
  boxes: readonly Readonly<BBox>[],
  offsets: readonly number[],
  nodeSize: number,
): Uint8Array {
  const numItems = boxes.length;
  const bounds = generateLevelBounds(numItems, nodeSize);
  const numNodes = levelBound(bounds, 0)[1];
  if (numNodes * NODE_ITEM_BYTE_LEN !== calcTreeSize(numItems, nodeSize))
    throw new Error('packed R-tree: size mismatch');
  const nodeBoxes: BBox[] = new Array<BBox>(numNodes);
  const nodeOffsets = new Array<number>(numNodes).fill(0);
  const firstLeaf = numNodes - numItems;
  boxes.forEach((box, i) => {
    nodeBoxes[firstLeaf + i] = [box[0], box[1], box[2], box[3]];
    nodeOffsets[firstLeaf + i] = offsets[i] ?? 0;
  });
  for (let level = 0; level < bounds.length - 1; level++) {
    const [start, end] = levelBound(bounds, level);
    let pos = start;
    let parent = levelBound(bounds, level + 1)[0];
    while (pos < end) {
      const box = emptyBbox();
      nodeOffsets[parent] = pos;
      for (let j = 0; j < nodeSize && pos < end; j++, pos++) expandBbox(box, nodeBoxes[pos] ?? box);
      nodeBoxes[parent++] = box;
    }
  }
  const bytes = new Uint8Array(numNodes * NODE_ITEM_BYTE_LEN);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < numNodes; i++) {
    const at = i * NODE_ITEM_BYTE_LEN;
    const box = nodeBoxes[i] ?? emptyBbox();
    for (let k = 0; k < 4; k++) view.setFloat64(at + 8 * k, box[k] ?? NaN, true);
    const offset = nodeOffsets[i] ?? 0;
    // uint64 as two uint32 halves: offsets stay below 2^53, so no BigInt per node.
    view.setUint32(at + 32, offset % 0x1_0000_0000, true);
    view.setUint32(at + 36, Math.floor(offset / 0x1_0000_0000), true);
  }
  return bytes;
}
