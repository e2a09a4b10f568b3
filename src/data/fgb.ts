/**
 * The FlatGeobuf format core that the writer (`fgb-write.ts`) and the reader (`fgb-read.ts`) share: magic
 * bytes and size checks, the header parser and the bookkeeping columns. Bounding boxes, the Hilbert sort and
 * the packed R-tree builder are in `fgb-rtree.ts`.
 *
 * Format: FlatGeobuf 3 (https://flatgeobuf.org, `src/fbs/header.fbs` and `src/cpp/packedrtree.cpp` of
 * github.com/flatgeobuf/flatgeobuf). Layout: 8 magic bytes, a size-prefixed header flatbuffer, the packed
 * Hilbert R-tree (when `indexNodeSize > 0`), then the size-prefixed features.
 */
import * as flatbuffers from 'flatbuffers';
import { ColumnType } from 'flatgeobuf/lib/mjs/flat-geobuf/column-type.js';
import { GeometryType } from 'flatgeobuf/lib/mjs/flat-geobuf/geometry-type.js';
import { Header } from 'flatgeobuf/lib/mjs/flat-geobuf/header.js';
import { fromByteBuffer } from 'flatgeobuf/lib/mjs/header-meta.js';
import type { HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
import type { BBox } from '../domain/geo.js';

/** The 8 magic bytes: `fgb`, major version 3, `fgb`, patch version 0. */
export const FGB_MAGIC_BYTES: Readonly<Uint8Array> = new Uint8Array([0x66, 0x67, 0x62, 0x03, 0x66, 0x67, 0x62, 0x00]);

/** Bytes before the header flatbuffer: 8 magic bytes and its uint32 size prefix. */
export const FGB_PREAMBLE_BYTES = 12;

/** The largest header the reference readers accept, bytes (flatgeobuf's `HEADER_MAX_BUFFER_SIZE`). */
export const FGB_MAX_HEADER_BYTES = 10 * 1024 * 1024;

/** Children per R-tree node in files we write (flatgeobuf's `DEFAULT_NODE_SIZE`). */
export const FGB_INDEX_NODE_SIZE = 16;

/**
 * Bookkeeping column: the feature's index in the FeatureCollection given to `writeFgb` (uint32), so that
 * readers can restore the input order after the Hilbert sort.
 */
export const FGB_FID_COLUMN = '__fid';

/** Bookkeeping column: the GeoJSON `Feature.id` (string or number) as JSON; written only when a feature has one. */
export const FGB_ID_COLUMN = '__id';

/** Property names that `writeFgb` reserves for itself. */
export const FGB_RESERVED_COLUMNS: ReadonlySet<string> = new Set([FGB_FID_COLUMN, FGB_ID_COLUMN]);

/** A property column as declared in a file's header. */
export type FgbColumn = {
  name: string;
  /** FlatGeobuf column type name: `String`, `Double`, `Bool`, `Json`, `Int`, `Long`, `DateTime`, … */
  type: string;
};

/** What a FlatGeobuf header says about its file. */
export type FgbHeader = {
  /** Layer name (`Header.name`), or `null`. */
  name: string | null;
  featuresCount: number;
  /** Children per R-tree node; 0 when the file has no spatial index. */
  indexNodeSize: number;
  /** `Point`, `MultiPolygon`, …, or `Unknown` for mixed geometry types. */
  geometryType: string;
  /** `[minLng, minLat, maxLng, maxLat]` degrees, or `null` when the writer left it out. */
  envelope: BBox | null;
  /** CRS code, e.g. 4326 for WGS84, or `null`. */
  crsCode: number | null;
  title: string | null;
  description: string | null;
  /** Free text; `writeFgb` stores its `metadata` option here as JSON. */
  metadata: string | null;
  /** Property columns in file order, without the bookkeeping columns `__fid` and `__id`. */
  columns: FgbColumn[];
};

const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(' ');

/**
 * Checks the magic bytes, the version and the header size of a FlatGeobuf file and returns the header's
 * length in bytes (without its size prefix). `name` names the file in error messages.
 */
export function checkFgbPreamble(bytes: Uint8Array, name: string): number {
  const first = bytes.subarray(0, 8);
  const isFgb = first.length === 8 && [0, 1, 2, 4, 5, 6].every((i) => first[i] === FGB_MAGIC_BYTES[i]);
  if (!isFgb) {
    throw new Error(
      `${name}: not a FlatGeobuf file (magic bytes ${hex(first) || 'none'}, expected ${hex(FGB_MAGIC_BYTES)})`,
    );
  }
  if (first[3] !== FGB_MAGIC_BYTES[3]) {
    throw new Error(`${name}: unsupported FlatGeobuf major version ${first[3]} (expected 3)`);
  }
  if (bytes.length < FGB_PREAMBLE_BYTES) throw new Error(`${name}: truncated FlatGeobuf file (${bytes.length} bytes)`);
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(8, true);
  if (headerLength < 8 || headerLength > FGB_MAX_HEADER_BYTES) {
    throw new Error(
      `${name}: invalid FlatGeobuf header size ${headerLength} bytes (must be 8–${FGB_MAX_HEADER_BYTES})`,
    );
  }
  return headerLength;
}

/** The library's header and the layer name, which the library does not read. */
export type ParsedFgbHeader = { meta: HeaderMeta; layerName: string | null };

/** Parses the header with the library's `fromByteBuffer`; `bytes` must hold at least the whole header. */
export function parseFgbHeader(bytes: Uint8Array, name: string): ParsedFgbHeader {
  const headerLength = checkFgbPreamble(bytes, name);
  if (bytes.length < FGB_PREAMBLE_BYTES + headerLength) {
    throw new Error(
      `${name}: truncated FlatGeobuf header (${bytes.length} bytes, header needs ${FGB_PREAMBLE_BYTES + headerLength})`,
    );
  }
  const headerBytes = bytes.subarray(8, FGB_PREAMBLE_BYTES + headerLength);
  const meta = fromByteBuffer(new flatbuffers.ByteBuffer(headerBytes));
  const layerName = Header.getSizePrefixedRootAsHeader(new flatbuffers.ByteBuffer(headerBytes)).name();
  return { meta, layerName };
}

/** Turns a parsed header into our `FgbHeader`. */
export function toFgbHeader({ meta, layerName }: ParsedFgbHeader): FgbHeader {
  const env = meta.envelope;
  return {
    name: layerName,
    featuresCount: meta.featuresCount,
    indexNodeSize: meta.indexNodeSize,
    geometryType: GeometryType[meta.geometryType] ?? `type ${meta.geometryType}`,
    envelope: env && env.length >= 4 ? [env[0] ?? NaN, env[1] ?? NaN, env[2] ?? NaN, env[3] ?? NaN] : null,
    crsCode: meta.crs ? meta.crs.code : null,
    title: meta.title,
    description: meta.description,
    metadata: meta.metadata,
    columns: (meta.columns ?? [])
      .filter((c) => !FGB_RESERVED_COLUMNS.has(c.name))
      .map((c) => ({ name: c.name, type: ColumnType[c.type] ?? `type ${c.type}` })),
  };
}
