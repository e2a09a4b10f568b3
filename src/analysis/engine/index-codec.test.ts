import { describe, expect, it } from 'vitest';
import type { Paths64 } from 'clipper2-ts';
import { buildAreaIndex, type AreaIndex } from './area-index.js';
import { addGridCells } from './grid-index.js';
import { decodeAreaIndex, encodeAreaIndex, INDEX_FORMAT_VERSION } from './index-codec.js';
import { createGrid } from './tiles.js';
import type { EngineArea, PopulationUnit } from './types.js';
import { pathsBox } from '../planar.js';
import { HANOI_LAEA } from '../projection.js';
import { createSquare } from '../../../test/fixtures/analysis.js';

const GRID = createGrid(1000);
/** A square of `sideM` metres centred `x`, `y` metres from the plane's origin, where tile edges lie every 1000 m. */
const square = (x: number, y: number, sideM: number, hole?: { sideM: number }) =>
  createSquare(...(HANOI_LAEA.inverse([x, y]) as [number, number]), sideM, hole);

/**
 * Two 2025 units side by side (the west one with a hole), a district over both, a small unit far off inside one
 * tile and no ward (its piece is its own shape's paths), two census wards (the west one is the west unit, so the
 * unit and the district share its pieces by identity), and a square grid cell (pieces with `convex`).
 */
function createIndex(): AreaIndex {
  const areas: EngineArea[] = [
    { id: 'W', level: 'unit2025', geometry: square(-750, 0, 1500, { sideM: 400 }) },
    { id: 'E', level: 'unit2025', geometry: square(750, 0, 1500) },
    { id: 'D', level: 'district2019', geometry: square(0, 0, 3000) },
    { id: 'far', level: 'unit2025', geometry: square(20_500, 20_500, 100) },
  ];
  const wards: PopulationUnit[] = [
    { id: 'w1', population: 1500, geometry: square(-750, 0, 1500, { sideM: 400 }) },
    { id: 'w2', population: 900, geometry: square(600, 0, 1800) },
  ];
  const index = buildAreaIndex(areas, wards, GRID);
  addGridCells(index, GRID, [{ id: 'cell', level: 'h3r9', geometry: square(750, 0, 600) }]);
  return index;
}

const roundTrip = (index: AreaIndex) => decodeAreaIndex(encodeAreaIndex(index, { tileM: 1000 }), 'index.bin');

/**
 * Points as plain `{x, y}` (the engine's carry `z: 0` most of the time, the decoded ones always), with -0 as 0
 * (the codec's one normalisation: Math.round gives -0 just west of the origin), so that strict equality (Object.is
 * on every number) compares the rest bit for bit.
 */
const xy = (paths: Paths64) => paths.map((p) => p.map(({ x, y }) => ({ x: x + 0, y: y + 0 })));
const box = (b: number[]) => b.map((v) => v + 0);
function comparable(index: AreaIndex) {
  return {
    areas: index.areas.map((a) => ({ ...a, shape: { ...a.shape, paths: xy(a.shape.paths), box: box(a.shape.box) } })),
    tiles: [...index.tiles].map(([key, pieces]) => [
      key,
      pieces.map((p) => ({ ...p, paths: xy(p.paths), box: box(p.box) })),
    ]),
    piecesOfArea: index.piecesOfArea,
    partitionErrors: index.partitionErrors,
  };
}

/** Every `paths` object (areas, then pieces) as the rank of its first use: equal ranks mean one shared object. */
function sharing(index: AreaIndex): number[] {
  const all = [...index.areas.map((a) => a.shape.paths), ...[...index.tiles.values()].flat().map((p) => p.paths)];
  return all.map((paths) => all.indexOf(paths));
}

describe('encodeAreaIndex / decodeAreaIndex', () => {
  it('gives back the same areas, tiles, pieces, piece lists and tile size', () => {
    const index = createIndex();
    const bytes = encodeAreaIndex(index, { tileM: 1000, extra: { built: '2025-06-01', areas: 5 } });
    const { index: decoded, tileM, extra } = decodeAreaIndex(bytes, 'index.bin');
    expect(index.areas.map((a) => a.id)).toEqual(['W', 'E', 'D', 'far', 'cell']);
    expect(comparable(decoded)).toStrictEqual(comparable(index));
    expect([tileM, extra]).toEqual([1000, { built: '2025-06-01', areas: 5 }]);
  });

  it('keeps `convex` on the grid pieces only, absent elsewhere', () => {
    const pieces = [...roundTrip(createIndex()).index.tiles.values()].flat();
    const cell = pieces.filter((p) => p.area === 4);
    expect(cell.length).toBeGreaterThan(0);
    expect(cell.every((p) => typeof p.convex === 'boolean')).toBe(true);
    expect(pieces.filter((p) => p.area !== 4).every((p) => !('convex' in p))).toBe(true);
  });

  it('shares a `paths` object where the index shared it, and nowhere else', () => {
    const index = createIndex();
    const decoded = roundTrip(index).index;
    expect(sharing(decoded)).toEqual(sharing(index));
    // The west ward is the west unit: the unit's piece and the district's piece in a tile are one object.
    const [key, pieces] = [...index.tiles].find(([, ps]) => ps.some((p) => p.area === 0 && p.ward === 0))!;
    const [u, d] = [pieces.findIndex((p) => p.area === 0), pieces.findIndex((p) => p.area === 2 && p.ward === 0)];
    expect(pieces[u]!.paths).toBe(pieces[d]!.paths);
    expect(decoded.tiles.get(key)![u]!.paths).toBe(decoded.tiles.get(key)![d]!.paths);
  });

  it('shares a piece with its area shape when the area lies in one tile and no ward', () => {
    const index = createIndex();
    const [[key, i]] = index.piecesOfArea[3]! as [[number, number]];
    expect(index.tiles.get(key)![i]!.paths).toBe(index.areas[3]!.shape.paths);
    const decoded = roundTrip(index).index;
    expect(decoded.tiles.get(key)![i]!.paths).toBe(decoded.areas[3]!.shape.paths);
  });

  it('keeps the tiles in insertion order, not in key order', () => {
    const index = createIndex();
    const reversed: AreaIndex = { ...index, tiles: new Map([...index.tiles].reverse()) };
    const keys = [...reversed.tiles.keys()];
    expect(keys).not.toEqual([...keys].sort((a, b) => a - b));
    expect([...roundTrip(reversed).index.tiles.keys()]).toEqual(keys);
  });

  it('makes points `{x, y, z: 0}`, one object per position, -0 as 0, and each box its own array', () => {
    const index = createIndex();
    const decoded = roundTrip(index).index;
    const points = decoded.areas.flatMap((a) => a.shape.paths.flat());
    expect(points.every((p) => Object.keys(p).join() === 'x,y,z' && p.z === 0)).toBe(true);
    expect(index.areas.flatMap((a) => a.shape.paths.flat()).some((p) => Object.is(p.x, -0))).toBe(true);
    expect(points.some((p) => Object.is(p.x, -0))).toBe(false);
    // The west unit's outer corners are the district's piece's corners in the same tile: the same objects.
    const w = decoded.areas[0]!.shape.paths.flat();
    const shared = [...decoded.tiles.values()]
      .flat()
      .flatMap((p) => p.paths.flat())
      .filter((p) => w.includes(p));
    expect(shared.length).toBeGreaterThan(0);
    const boxes = [...decoded.areas.map((a) => a.shape.box), ...[...decoded.tiles.values()].flat().map((p) => p.box)];
    expect(new Set(boxes).size).toBe(boxes.length);
  });

  it('round-trips the partition errors and an index with no areas', () => {
    const empty = buildAreaIndex([], [], GRID);
    expect(comparable(roundTrip(empty).index)).toStrictEqual(comparable(empty));
    const index = { ...createIndex(), partitionErrors: [{ id: 'E', level: 'unit2025', missingM2: -12.5 }] };
    expect(roundTrip(index).index.partitionErrors).toEqual([{ id: 'E', level: 'unit2025', missingM2: -12.5 }]);
  });

  it('reads bytes that start at an odd offset of their buffer', () => {
    const bytes = encodeAreaIndex(createIndex(), { tileM: 1000 });
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    const decoded = decodeAreaIndex(shifted.subarray(1), 'index.bin').index;
    expect(comparable(decoded)).toStrictEqual(comparable(createIndex()));
  });

  it('round-trips a geometry longer than the 64 KiB the writer starts with', () => {
    // 30,000 vertices of a staircase, each new: at least 3 bytes each (a flag and two steps).
    const ring = Array.from({ length: 30_000 }, (_, i) => ({ x: i >> 1, y: (i + 1) >> 1 }));
    ring.push({ x: 0, y: 15_000 });
    const base = createIndex();
    const piece = { ...base.tiles.values().next().value![0]!, paths: [ring], box: pathsBox([ring]) };
    const index = { ...base, tiles: new Map([[7, [piece]]]), piecesOfArea: [] };
    const bytes = encodeAreaIndex(index, { tileM: 1000 });
    expect(bytes.length).toBeGreaterThan(90_000);
    expect(comparable(decodeAreaIndex(bytes, 'big.bin').index)).toStrictEqual(comparable(index));
  });

  it('writes the magic and the format version first', () => {
    const bytes = encodeAreaIndex(buildAreaIndex([], [], GRID), { tileM: 500 });
    expect(String.fromCharCode(...bytes.subarray(0, 4))).toBe('HNAI');
    expect(new DataView(bytes.buffer).getUint32(4, true)).toBe(INDEX_FORMAT_VERSION);
    expect(decodeAreaIndex(bytes, 'x').tileM).toBe(500);
  });
});

describe('decodeAreaIndex errors', () => {
  const bytes = () => encodeAreaIndex(createIndex(), { tileM: 1000 });

  it('refuses a file that is not an index', () => {
    const b = bytes();
    b[0] = 0x7b;
    expect(() => decodeAreaIndex(b, 'data/index.bin')).toThrow(
      'data/index.bin: not an area index (it does not start with "HNAI")',
    );
  });

  it('refuses another format version', () => {
    const b = bytes();
    new DataView(b.buffer).setUint32(4, INDEX_FORMAT_VERSION + 1, true);
    expect(() => decodeAreaIndex(b, 'index.bin')).toThrow(
      `index.bin: area index format version ${INDEX_FORMAT_VERSION + 1}; this build reads version ${INDEX_FORMAT_VERSION}`,
    );
  });

  it('names a truncated file, wherever it stops', () => {
    const b = bytes();
    expect(() => decodeAreaIndex(b.subarray(0, 10), 'i.bin')).toThrow(
      'i.bin: area index truncated (10 bytes, less than its fixed header)',
    );
    expect(() => decodeAreaIndex(b.subarray(0, 100), 'i.bin')).toThrow(
      'i.bin: area index truncated (100 bytes, its header announces more)',
    );
    expect(() => decodeAreaIndex(b.subarray(0, b.length - 1), 'i.bin')).toThrow(
      `i.bin: area index truncated (its varints stop at byte ${b.length - 1})`,
    );
  });

  it('names bytes left over and counts that do not fit', () => {
    const b = bytes();
    const longer = new Uint8Array(b.length + 2);
    longer.set(b);
    expect(() => decodeAreaIndex(longer, 'i.bin')).toThrow('i.bin: area index inconsistent (trailing bytes: 2)');
    const fewer = b.slice();
    const count = new DataView(b.buffer).getUint32(12, true);
    new DataView(fewer.buffer).setUint32(12, count - 1, true);
    expect(() => decodeAreaIndex(fewer, 'i.bin')).toThrow(
      `i.bin: area index inconsistent (${count - 1} numbers where its counts need ${count})`,
    );
  });
});

describe('encodeAreaIndex errors', () => {
  it('refuses what it could not give back exactly', () => {
    const piece = createIndex().tiles.values().next().value![0]!;
    const encode = (paths: Paths64, box = pathsBox(paths)) =>
      encodeAreaIndex(
        { areas: [], tiles: new Map([[1, [{ ...piece, paths, box }]]]), piecesOfArea: [], partitionErrors: [] },
        { tileM: 1000 },
      );
    expect(() => encode([[{ x: 0, y: 0, z: 3 }]])).toThrow('area index: a point has z = 3; only 0 is stored');
    expect(() => encode([[{ x: 0.5, y: 0 }]])).toThrow('area index: a step in x of 0.5 is not a 32-bit integer');
    expect(() => encode([[{ x: 2 ** 31, y: 0 }]])).toThrow('area index: a step in x of 2147483648 is not a 32-bit');
    expect(() => encode([[{ x: 1, y: 2 }]], [1, 2, 3, 2])).toThrow(
      "area index: box 1,2,3,2 is not its paths' bounds 1,2,1,2",
    );
    const index = createIndex();
    expect(() => encodeAreaIndex({ ...index, tiles: new Map() }, { tileM: 1000 })).toThrow(
      `area index: piecesOfArea names tile ${index.piecesOfArea[0]![0]![0]}, which has no pieces`,
    );
  });
});
