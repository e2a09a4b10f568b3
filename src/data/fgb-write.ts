/**
 * GeoJSON → FlatGeobuf with a packed Hilbert R-tree, which the flatgeobuf library's own `serialize` does not
 * write (it sets `indexNodeSize = 0` and takes its columns from the first feature only).
 *
 * The tree follows the reference writer, flatgeobuf's `src/cpp/packedrtree.cpp` (also used by GDAL):
 * features are sorted by the Hilbert value of their bbox centre on a 65 535 × 65 535 grid over the extent,
 * in descending order as in `hilbertSort`; nodes are 40 bytes (minX, minY, maxX, maxY float64, offset uint64,
 * little-endian), the root first and the leaves last; a leaf's offset is the byte offset of its feature in the
 * feature section, an inner node's offset is the node index of its first child.
 */
import * as flatbuffers from 'flatbuffers';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { ColumnMeta } from 'flatgeobuf/lib/mjs/column-meta.js';
import { Column } from 'flatgeobuf/lib/mjs/flat-geobuf/column.js';
import { ColumnType } from 'flatgeobuf/lib/mjs/flat-geobuf/column-type.js';
import { Crs } from 'flatgeobuf/lib/mjs/flat-geobuf/crs.js';
import { GeometryType } from 'flatgeobuf/lib/mjs/flat-geobuf/geometry-type.js';
import { Header } from 'flatgeobuf/lib/mjs/flat-geobuf/header.js';
import { buildFeature } from 'flatgeobuf/lib/mjs/generic/feature.js';
import type { IProperties } from 'flatgeobuf/lib/mjs/generic/feature.js';
import { parseGeometry } from 'flatgeobuf/lib/mjs/geojson/geometry.js';
import type { HeaderMeta } from 'flatgeobuf/lib/mjs/header-meta.js';
import type { BBox } from '../domain/geo.js';
import { FGB_FID_COLUMN, FGB_ID_COLUMN, FGB_INDEX_NODE_SIZE, FGB_MAGIC_BYTES, FGB_RESERVED_COLUMNS } from './fgb.js';
import { buildPackedRTree, emptyBbox, expandBbox, geometryBbox, hilbertOrder } from './fgb-rtree.js';

/** Header fields of the written file; all absent by default. */
export type WriteFgbOptions = {
  /** `Header.title`. @default absent */
  title?: string;
  /** `Header.description`. @default absent */
  description?: string;
  /** Stored as JSON text in `Header.metadata`. @default absent */
  metadata?: Record<string, unknown>;
};

/** What a column holds so far; `null` until a non-null value shows up. */
type ValueKind = 'null' | 'bool' | 'number' | 'string' | 'json';

const COLUMN_TYPE_OF_KIND: Readonly<Record<ValueKind, ColumnType>> = {
  null: ColumnType.String,
  bool: ColumnType.Bool,
  number: ColumnType.Double,
  string: ColumnType.String,
  json: ColumnType.Json,
};

/** Most columns a header can index (column numbers are uint16 in the feature's property bytes). */
const MAX_COLUMNS = 65_535;

function kindOf(value: unknown, where: string): ValueKind {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return 'bool';
    case 'string':
      return 'string';
    case 'number':
      if (!Number.isFinite(value))
        throw new Error(`${where}: non-finite number ${value} (not representable in GeoJSON)`);
      return 'number';
    case 'object':
      if (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype) return 'json';
      break;
    default:
  }
  throw new Error(`${where}: value is not JSON (${Object.prototype.toString.call(value)})`);
}

const column = (name: string, type: ColumnType): ColumnMeta => ({
  name,
  type,
  title: null,
  description: null,
  width: -1,
  precision: -1,
  scale: -1,
  nullable: true,
  unique: false,
  primary_key: false,
});

/**
 * Columns over all features: first the bookkeeping `__fid` (and `__id` when some feature has an id), then
 * every property key in order of first appearance, typed to fit all of its non-null values.
 */
function inferColumns(features: readonly Feature[]): ColumnMeta[] {
  const kinds = new Map<string, ValueKind>();
  features.forEach((f, i) => {
    for (const [key, value] of Object.entries(f.properties ?? {})) {
      if (value === undefined) continue;
      if (FGB_RESERVED_COLUMNS.has(key))
        throw new Error(`feature ${i}: property name ${JSON.stringify(key)} is reserved by writeFgb`);
      const kind = kindOf(value, `feature ${i} property ${JSON.stringify(key)}`);
      const seen = kinds.get(key);
      kinds.set(key, seen === undefined || seen === 'null' || seen === kind ? kind : kind === 'null' ? seen : 'json');
    }
  });
  const columns = [column(FGB_FID_COLUMN, ColumnType.UInt)];
  if (features.some((f) => f.id !== undefined)) columns.push(column(FGB_ID_COLUMN, ColumnType.Json));
  for (const [name, kind] of kinds) columns.push(column(name, COLUMN_TYPE_OF_KIND[kind]));
  if (columns.length > MAX_COLUMNS)
    throw new Error(`too many property columns: ${columns.length} (at most ${MAX_COLUMNS})`);
  return columns;
}

/** One value per column, `null` for absent ones: the library's `buildFeature` skips only `null`. */
function rowFor(feature: Feature, index: number, columns: readonly ColumnMeta[]): IProperties {
  const props: Record<string, unknown> = feature.properties ?? {};
  const row: Record<string, unknown> = {};
  for (const { name } of columns) row[name] = props[name] ?? null;
  row[FGB_FID_COLUMN] = index;
  if (columns.some((c) => c.name === FGB_ID_COLUMN)) row[FGB_ID_COLUMN] = feature.id ?? null;
  return row as IProperties;
}

/** WGS84, the CRS of every file we write (`[lng, lat]` degrees). */
const EPSG_WGS84 = 4326;

/** Nesting depth of `coordinates` per supported geometry type (0 = one position). */
const COORDINATE_DEPTH: Readonly<Record<string, number>> = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  Polygon: 2,
  MultiLineString: 2,
  MultiPolygon: 3,
};

function checkCoordinates(coords: unknown, depth: number, where: string, path: string): void {
  if (!Array.isArray(coords)) throw new Error(`${where}: coordinates${path} is not an array`);
  if (depth === 0) {
    if (coords.length !== 2 || !coords.every((v) => typeof v === 'number' && Number.isFinite(v))) {
      throw new Error(
        `${where}: position coordinates${path} must be [lng, lat], 2 finite numbers, got ${JSON.stringify(coords)}`,
      );
    }
    return;
  }
  if (coords.length === 0) throw new Error(`${where}: empty coordinates${path}`);
  coords.forEach((c, i) => checkCoordinates(c, depth - 1, where, `${path}[${i}]`));
}

/** Throws unless the geometry is a non-empty, 2-D Point/LineString/Polygon or Multi* of them. */
function checkGeometry(
  geometry: Geometry | null,
  index: number,
): asserts geometry is Exclude<Geometry, { type: 'GeometryCollection' }> {
  if (geometry === null || geometry === undefined)
    throw new Error(`feature ${index}: null geometry (FlatGeobuf features need one)`);
  const depth = COORDINATE_DEPTH[geometry.type];
  if (depth === undefined) {
    throw new Error(
      `feature ${index}: unsupported geometry type ${JSON.stringify(geometry.type)} (Point, LineString, Polygon and their Multi* only)`,
    );
  }
  checkCoordinates(
    (geometry as { coordinates?: unknown }).coordinates,
    depth,
    `feature ${index} (${geometry.type})`,
    '',
  );
}

function checkFeatureId(feature: Feature, index: number): void {
  const id: unknown = feature.id;
  if (id === undefined || typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id))) return;
  throw new Error(`feature ${index}: id must be a string or a finite number, got ${JSON.stringify(id)}`);
}

function buildHeaderBytes(meta: HeaderMeta, columns: ColumnMeta[], layerName: string | null): Uint8Array {
  const builder = new flatbuffers.Builder(1024);
  const columnOffsets = columns.map((c) => {
    const name = builder.createString(c.name);
    Column.startColumn(builder);
    Column.addName(builder, name);
    Column.addType(builder, c.type);
    return Column.endColumn(builder);
  });
  const columnsVector = columnOffsets.length > 0 ? Header.createColumnsVector(builder, columnOffsets) : 0;
  const str = (s: string | null): number => (s === null ? 0 : builder.createString(s));
  const [name, title, description, metadata] = [layerName, meta.title, meta.description, meta.metadata].map(str);
  const envelope = meta.envelope ? Header.createEnvelopeVector(builder, meta.envelope) : 0;
  const org = builder.createString('EPSG');
  Crs.startCrs(builder);
  Crs.addOrg(builder, org);
  Crs.addCode(builder, EPSG_WGS84);
  const crs = Crs.endCrs(builder);

  Header.startHeader(builder);
  if (name) Header.addName(builder, name);
  if (envelope) Header.addEnvelope(builder, envelope);
  Header.addGeometryType(builder, meta.geometryType);
  if (columnsVector) Header.addColumns(builder, columnsVector);
  Header.addFeaturesCount(builder, BigInt(meta.featuresCount));
  Header.addIndexNodeSize(builder, meta.indexNodeSize);
  Header.addCrs(builder, crs);
  if (title) Header.addTitle(builder, title);
  if (description) Header.addDescription(builder, description);
  if (metadata) Header.addMetadata(builder, metadata);
  builder.finishSizePrefixed(Header.endHeader(builder));
  return builder.asUint8Array();
}

/**
 * Encodes a FeatureCollection of `[lng, lat]` WGS84 features as FlatGeobuf (CRS EPSG:4326) with a packed
 * Hilbert R-tree of node size 16, so that readers can fetch the features in a bbox without reading the file.
 *
 * - Features are stored in Hilbert order; `readFgb` restores the input order from the bookkeeping column
 *   `__fid` (input index) and restores `Feature.id` from `__id` (written only when some feature has an id).
 *   Other readers (GDAL, QGIS) see these as two ordinary columns and get the features in Hilbert order.
 * - Columns are the union of all features' property keys, in order of first appearance; each column's type
 *   fits all its values: String, Double (every JS number, integers included, round-trips exactly), Bool,
 *   or Json for arrays, objects and columns whose values mix types. `null` and absent values are not stored
 *   and read back as `null`.
 * - Header: feature count, envelope `[minLng, minLat, maxLng, maxLat]`, the geometry type when all features
 *   share one (else Unknown), the collection's foreign member `name` (if a string) as the layer name.
 * - An empty collection gives a valid file with no index (the tree needs at least one item).
 *
 * Throws an Error naming the feature index for a null geometry, empty coordinates, a position that is not
 * 2 finite numbers, a GeometryCollection, a non-finite number, a value that is not JSON, or a property named
 * `__fid`/`__id`.
 */
export function writeFgb(fc: FeatureCollection, options: WriteFgbOptions = {}): Uint8Array {
  const features = fc.features;
  const boxes: BBox[] = features.map((f, i) => {
    checkGeometry(f.geometry, i);
    checkFeatureId(f, i);
    return geometryBbox(f.geometry);
  });
  const columns = inferColumns(features);
  const types = new Set(features.map((f) => f.geometry.type));
  const onlyType = types.size === 1 ? [...types][0] : undefined;
  const envelope = emptyBbox();
  for (const box of boxes) expandBbox(envelope, box);
  const layerName = (fc as { name?: unknown }).name;

  const meta: HeaderMeta = {
    geometryType: onlyType === undefined ? GeometryType.Unknown : GeometryType[onlyType as keyof typeof GeometryType],
    columns,
    envelope: features.length > 0 ? new Float64Array(envelope) : null,
    featuresCount: features.length,
    indexNodeSize: features.length > 0 ? FGB_INDEX_NODE_SIZE : 0,
    crs: null,
    title: options.title ?? null,
    description: options.description ?? null,
    metadata: options.metadata === undefined ? null : JSON.stringify(options.metadata),
  };
  const header = buildHeaderBytes(meta, columns, typeof layerName === 'string' ? layerName : null);

  const order = hilbertOrder(boxes, envelope);
  const featureBytes: Uint8Array[] = [];
  const offsets: number[] = [];
  let featuresLength = 0;
  for (const i of order) {
    const feature = features[i] as Feature;
    const geometry = feature.geometry as Parameters<typeof parseGeometry>[0];
    const bytes = buildFeature(parseGeometry(geometry), rowFor(feature, i, columns), meta);
    offsets.push(featuresLength);
    featureBytes.push(bytes);
    featuresLength += bytes.length;
  }
  const index =
    features.length > 0
      ? buildPackedRTree(
          order.map((i) => boxes[i] as BBox),
          offsets,
          FGB_INDEX_NODE_SIZE,
        )
      : new Uint8Array(0);

  const out = new Uint8Array(FGB_MAGIC_BYTES.length + header.length + index.length + featuresLength);
  out.set(FGB_MAGIC_BYTES, 0);
  out.set(header, FGB_MAGIC_BYTES.length);
  out.set(index, FGB_MAGIC_BYTES.length + header.length);
  let offset = FGB_MAGIC_BYTES.length + header.length + index.length;
  for (const bytes of featureBytes) {
    out.set(bytes, offset);
    offset += bytes.length;
  }
  return out;
}
