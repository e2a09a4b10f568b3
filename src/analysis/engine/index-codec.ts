/**
 * The engine's static area index (area-index.ts) as compact bytes, so that the data build stores it and the app
 * and the CLI load it instead of cutting every area again. Decoding gives back the same index: the same areas,
 * tiles in the same insertion order, pieces in the same order with the same fields (doubles bit for bit), and
 * the same sharing of `paths` objects, on which the engine keys its once-per-geometry work.
 *
 * Layout (little-endian): magic "HNAI", format version, JSON header length, number of doubles (u32 each); the
 * JSON header (ids, levels, `extra`, counts); zero padding to 8 bytes; the doubles (Float64); then LEB128 varints
 * of at most 32 bits (signed ones zigzagged) to the end. Points are plane units (centimetres, see planar.ts).
 */
import type { Path64, Paths64 } from 'clipper2-ts';
import { pathsBox, type PlaneBox } from '../planar.js';
import type { AreaIndex, IndexedArea, Piece } from './area-index.js';

/** The first four bytes of an encoded index (ASCII). */
export const INDEX_MAGIC = 'HNAI';
/** Version of the byte layout; a file of another version is refused, never misread. */
export const INDEX_FORMAT_VERSION = 1;

const FIXED_BYTES = 16;
const [WHOLE_TILE, HAS_CONVEX, CONVEX] = [1, 2, 4]; // a piece's flags

type Header = { tileM: number; extra: Record<string, unknown>; ids: string[]; levels: string[] } & Tail;
type Tail = { errors: [string, string][]; counts: [geoms: number, tiles: number, pieces: number, refs: number] };

/**
 * Encodes an area index. `meta.tileM` is the tile side it was built with, metres; `meta.extra` is any
 * JSON-serialisable record stored beside it (the build's provenance, say). Throws, naming the value, where the
 * index cannot come back exactly: a coordinate that is not an integer, a step between two new points (plane
 * units) beyond 32 bits, a z other than 0, a box that is not its paths' bounds (pathsBox), a tile in piecesOfArea
 * that holds no pieces. Decoding shares one point object among equal positions.
 */
export function encodeAreaIndex(
  index: AreaIndex,
  meta: { tileM: number; extra?: Record<string, unknown> },
): Uint8Array {
  // Each `paths` object once, by identity: pieces that share one share it again once decoded.
  const geomIds = new Map<Paths64, number>();
  const geoms: Paths64[] = [];
  const geomOf = (paths: Paths64, box: PlaneBox): number => {
    let g = geomIds.get(paths);
    if (g === undefined) geomIds.set(paths, (g = geoms.push(paths) - 1));
    const b = pathsBox(paths);
    if (box.length !== 4 || box.some((v, i) => v !== b[i]))
      fault(`box ${box.join(',')} is not its paths' bounds ${b.join(',')}`);
    return g;
  };
  const areaGeoms = index.areas.map((a) => geomOf(a.shape.paths, a.shape.box));
  const pieces = [...index.tiles.values()].flat();
  const pieceGeoms = pieces.map((p) => geomOf(p.paths, p.box));

  // Points by value: the index holds each position several times (an area's edge, the pieces cut from it, other
  // levels' pieces along it); one shared point each makes decoding allocate a third as much. A point is a
  // varint: 0 then its difference from the last new point, or how many new points back it was first met.
  const w = new VarintWriter();
  const pointIds = new Map<string, number>();
  let [px, py] = [0, 0];
  for (const paths of geoms) {
    w.put(paths.length);
    for (const path of paths) {
      w.put(path.length);
      for (const pt of path) {
        if (pt.z !== undefined && pt.z !== 0) fault(`a point has z = ${pt.z}; only 0 is stored`);
        const key = `${pt.x},${pt.y}`;
        const id = pointIds.get(key);
        if (id !== undefined) w.put(pointIds.size - id);
        else {
          pointIds.set(key, pointIds.size);
          w.put(0, zz(pt.x - px, 'a step in x'), zz(pt.y - py, 'a step in y'));
          [px, py] = [pt.x, pt.y];
        }
      }
    }
  }
  const nums: number[] = [];
  for (const [i, a] of index.areas.entries()) {
    w.put(areaGeoms[i]!);
    nums.push(a.shape.areaM2, a.areaM2, a.population);
  }
  for (const e of index.partitionErrors) nums.push(e.missingM2);
  const ordinal = new Map<number, number>();
  for (const [key, list] of index.tiles) {
    ordinal.set(key, ordinal.size);
    nums.push(key);
    w.put(list.length);
  }
  pieces.forEach((p, i) => {
    const flags = (p.wholeTile ? WHOLE_TILE : 0) | (p.convex === undefined ? 0 : HAS_CONVEX | (p.convex ? CONVEX : 0));
    w.put(p.area, zz(p.ward, 'a ward'), pieceGeoms[i]!, flags);
    nums.push(p.density, p.areaM2);
  });
  for (const refs of index.piecesOfArea) {
    w.put(refs.length);
    for (const [key, at] of refs)
      w.put(ordinal.get(key) ?? fault(`piecesOfArea names tile ${key}, which has no pieces`), at);
  }

  const header: Header = {
    tileM: meta.tileM,
    extra: meta.extra ?? {},
    ids: index.areas.map((a) => a.id),
    levels: index.areas.map((a) => a.level),
    errors: index.partitionErrors.map((e) => [e.id, e.level]),
    counts: [geoms.length, ordinal.size, pieces.length, index.piecesOfArea.length],
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const numsAt = align8(FIXED_BYTES + json.length);
  const varints = w.buf.subarray(0, w.pos);
  const out = new Uint8Array(numsAt + nums.length * 8 + varints.length);
  const view = new DataView(out.buffer);
  [...INDEX_MAGIC].forEach((ch, i) => view.setUint8(i, ch.charCodeAt(0)));
  [INDEX_FORMAT_VERSION, json.length, nums.length].forEach((v, i) => view.setUint32(4 + 4 * i, v, true));
  nums.forEach((v, i) => view.setFloat64(numsAt + i * 8, v, true));
  out.set(json, FIXED_BYTES);
  out.set(varints, numsAt + nums.length * 8);
  return out;
}

/**
 * Decodes bytes made by encodeAreaIndex. `file` names them in errors, which say what is wrong: a wrong magic or
 * format version, a truncated file, or one whose parts do not fit together. `tileM` is metres, as encoded.
 * Points come back as `{x, y, z: 0}`, as Clipper's results (projectPolygon's among them) hold most of theirs,
 * so that the engine's call sites meet one object shape; -0 comes back as 0.
 */
export function decodeAreaIndex(
  bytes: Uint8Array,
  file: string,
): { index: AreaIndex; tileM: number; extra: Record<string, unknown> } {
  const fail = (what: string): never => fault(what, file);
  const bad = (what: string): never => fail(`area index inconsistent (${what})`);
  if (bytes.length < 4 || String.fromCharCode(...bytes.subarray(0, 4)) !== INDEX_MAGIC)
    fail(`not an area index (it does not start with "${INDEX_MAGIC}")`);
  if (bytes.length < FIXED_BYTES) fail(`area index truncated (${bytes.length} bytes, less than its fixed header)`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(4, true);
  if (version !== INDEX_FORMAT_VERSION)
    fail(`area index format version ${version}; this build reads version ${INDEX_FORMAT_VERSION}`);
  const [jsonLength, numCount] = [view.getUint32(8, true), view.getUint32(12, true)];
  const numsAt = align8(FIXED_BYTES + jsonLength);
  const varintsAt = numsAt + numCount * 8;
  if (bytes.length < varintsAt) fail(`area index truncated (${bytes.length} bytes, its header announces more)`);
  const h = parseHeader(bytes.subarray(FIXED_BYTES, FIXED_BYTES + jsonLength), bad);
  const [nGeoms, nTiles, nPieces, nRefs] = h.counts;
  const [nAreas, keysAt] = [h.ids.length, 3 * h.ids.length + h.errors.length];
  let at = keysAt + nTiles; // the pieces' numbers
  if (numCount !== at + 2 * nPieces) bad(`${numCount} numbers where its counts need ${at + 2 * nPieces}`);
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) fail('area index needs a little-endian machine');
  // A Float64Array needs an 8-byte aligned offset: the numbers are copied when the bytes sit elsewhere.
  const src = (bytes.byteOffset + numsAt) % 8 === 0 ? bytes : bytes.slice(numsAt, varintsAt);
  const f64 = new Float64Array(src.buffer, src === bytes ? bytes.byteOffset + numsAt : 0, numCount);
  const r = new VarintReader(bytes, varintsAt, fail);
  const geoms = readGeometries(r, nGeoms);
  const boxes: PlaneBox[] = [];
  const readGeom = (g = r.uint()): number => (g < nGeoms ? g : bad(`geometry ${g} of ${nGeoms}`));
  // Every object its own box, as the engine makes them; the bounds are computed once per geometry.
  const boxOf = (g: number): PlaneBox => (boxes[g] ??= pathsBox(geoms[g]!)).slice() as PlaneBox;

  const areas: IndexedArea[] = [];
  for (let i = 0; i < nAreas; i++) {
    const g = readGeom();
    const shape = { paths: geoms[g]!, box: boxOf(g), areaM2: f64[3 * i]! };
    const level = h.levels[i] as IndexedArea['level'];
    areas.push({ id: h.ids[i]!, level, shape, areaM2: f64[3 * i + 1]!, population: f64[3 * i + 2]! });
  }
  const partitionErrors = h.errors.map(([id, level], j) => ({ id, level, missingM2: f64[3 * nAreas + j]! }));
  const sizes: number[] = [];
  for (let t = 0; t < nTiles; t++) sizes.push(r.uint());
  if (sizes.reduce((s, n) => s + n, 0) !== nPieces) bad(`its tiles do not hold ${nPieces} pieces`);
  const tiles = new Map<number, Piece[]>();
  for (let t = 0; t < nTiles; t++) {
    const list: Piece[] = [];
    for (let n = sizes[t]!; n > 0; n--) {
      const area = r.uint();
      if (area >= nAreas) bad(`a piece of area ${area} of ${nAreas}`);
      const ward = r.int();
      const g = readGeom();
      const flags = r.uint();
      const paths = geoms[g]!;
      const box = boxOf(g);
      const density = f64[at++]!;
      const areaM2 = f64[at++]!;
      const wholeTile = (flags & WHOLE_TILE) !== 0;
      // Two literals, as the engine makes them: `convex` is absent from the administrative pieces.
      if ((flags & HAS_CONVEX) === 0) list.push({ area, ward, density, paths, box, areaM2, wholeTile });
      else list.push({ area, ward, density, paths, box, areaM2, wholeTile, convex: (flags & CONVEX) !== 0 });
    }
    if (tiles.has(f64[keysAt + t]!)) bad(`tile ${f64[keysAt + t]} twice`);
    tiles.set(f64[keysAt + t]!, list);
  }
  const piecesOfArea: [number, number][][] = [];
  for (let i = 0; i < nRefs; i++) {
    const refs: [number, number][] = [];
    for (let n = r.uint(); n > 0; n--) {
      const t = r.uint();
      const k = r.uint();
      if (t >= nTiles || k >= sizes[t]!) bad(`piece ${k} of tile number ${t}, which is not there`);
      refs.push([f64[keysAt + t]!, k]);
    }
    piecesOfArea.push(refs);
  }
  if (r.pos !== bytes.length) bad(`trailing bytes: ${bytes.length - r.pos}`);
  return { index: { areas, tiles, piecesOfArea, partitionErrors }, tileM: h.tileM, extra: h.extra };
}

/** The geometries, with one point object per position shared by all the paths through it. */
function readGeometries(r: VarintReader, nGeoms: number): Paths64[] {
  const geoms: Paths64[] = [];
  const points: { x: number; y: number; z: number }[] = [];
  let [x, y] = [0, 0];
  for (let g = 0; g < nGeoms; g++) {
    const paths: Paths64 = [];
    for (let k = r.uint(); k > 0; k--) {
      const path: Path64 = [];
      for (let n = r.uint(); n > 0; n--) {
        const back = r.uint();
        if (back !== 0)
          path.push(points[points.length - back] ?? r.fail(`area index inconsistent (point ${back} back)`));
        else path.push(points[points.push({ x: (x += r.int()), y: (y += r.int()), z: 0 }) - 1]!);
      }
      paths.push(path);
    }
    geoms.push(paths);
  }
  return geoms;
}

/** The JSON header, checked field by field. */
function parseHeader(json: Uint8Array, bad: (what: string) => never): Header {
  let h: Header;
  try {
    h = JSON.parse(new TextDecoder().decode(json)) as Header;
  } catch {
    return bad('its JSON header does not parse');
  }
  const strings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');
  const counts =
    Array.isArray(h?.counts) && h.counts.length === 4 && h.counts.every((v) => Number.isSafeInteger(v) && v >= 0);
  const names = strings(h?.ids) && strings(h.levels) && h.ids.length === h.levels.length;
  const errors = Array.isArray(h?.errors) && h.errors.every((e) => strings(e) && e.length === 2);
  const extra = typeof h?.extra === 'object' && h.extra !== null && !Array.isArray(h.extra);
  if (!counts || !names || !errors || !extra || typeof h.tileM !== 'number') bad('its JSON header lacks a field');
  return h;
}

/** LEB128 varints of at most 32 bits into a growing buffer. */
class VarintWriter {
  buf = new Uint8Array(1 << 16);
  pos = 0;
  put(...values: number[]): void {
    for (let v of values) {
      if (!Number.isInteger(v) || v < 0 || v > 0xffffffff) fault(`${v} is not a 32-bit count`);
      const old = this.buf;
      if (this.pos + 5 > old.length) (this.buf = new Uint8Array(old.length * 2)).set(old);
      for (; v > 127; v = Math.floor(v / 128)) this.buf[this.pos++] = (v % 128) + 128;
      this.buf[this.pos++] = v;
    }
  }
}

/** A signed 32-bit integer zigzagged (0, -1, 1, -2 … to 0, 1, 2, 3 …); `what` names it in the error. */
function zz(v: number, what: string): number {
  if (!Number.isInteger(v) || Math.abs(v) > 0x7fffffff) fault(`${what} of ${v} is not a 32-bit integer`);
  return v >= 0 ? 2 * v : -2 * v - 1;
}

/** An error about `file`, or about the index being encoded. */
function fault(what: string, file?: string): never {
  throw new Error(file === undefined ? `area index: ${what}` : `${file}: ${what}`);
}

/** Reads what VarintWriter wrote, with integer arithmetic only; running off the end is a truncated file. */
class VarintReader {
  constructor(
    private readonly buf: Uint8Array,
    public pos: number,
    readonly fail: (what: string) => never,
  ) {}
  uint(): number {
    const buf = this.buf;
    let p = this.pos;
    let v = 0;
    for (let shift = 0; ; shift += 7) {
      const b = buf[p++] ?? this.fail(`area index truncated (its varints stop at byte ${buf.length})`);
      // The fifth byte holds the top 4 bits of 32; more is not a file this module wrote.
      if (shift < 28) v |= (b & 127) << shift;
      else v += (b < 16 ? b : this.fail(`area index inconsistent (a varint over 32 bits at byte ${p})`)) * 2 ** 28;
      if (b < 128) break;
    }
    this.pos = p;
    return v;
  }
  int(): number {
    const v = this.uint();
    return (v >>> 1) ^ -(v & 1);
  }
}

const align8 = (n: number) => Math.ceil(n / 8) * 8;
