/**
 * FlatGeobuf → GeoJSON, whole or by bounding box, from bytes or a URL, on top of the flatgeobuf library's
 * readers (`deserialize` for bytes, `HttpReader` with HTTP range requests for URLs).
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { ColumnMeta } from 'flatgeobuf/lib/mjs/column-meta.js';
import { deserialize } from 'flatgeobuf/lib/mjs/geojson.js';
import { fromFeature } from 'flatgeobuf/lib/mjs/geojson/feature.js';
import { HttpReader } from 'flatgeobuf/lib/mjs/http-reader.js';
import type { RangeClient } from 'flatgeobuf/lib/mjs/http-reader.js';
import type { BBox } from '../domain/geo.js';
import {
  FGB_FID_COLUMN,
  FGB_ID_COLUMN,
  FGB_PREAMBLE_BYTES,
  checkFgbPreamble,
  parseFgbHeader,
  toFgbHeader,
} from './fgb.js';
import type { FgbHeader, ParsedFgbHeader } from './fgb.js';
import { bboxesIntersect, geometryBbox } from './fgb-rtree.js';

/** A FeatureCollection with the file's layer name, when it has one, as the foreign member `name`. */
export type FgbFeatureCollection = FeatureCollection & { name?: string };

/** Options of `readFgb`. */
export type ReadFgbOptions = {
  /** Only features whose bbox intersects `[minLng, minLat, maxLng, maxLat]` degrees (edges count). @default all */
  bbox?: BBox;
  /** Names the input in error messages. @default 'FlatGeobuf input' */
  name?: string;
};

/** The `fetch` that `readFgbUrl` calls; tests pass a fake. */
export type FetchFn = (url: string, init?: RequestInit) => Promise<Response>;

/** Options of `readFgbUrl`. */
export type ReadFgbUrlOptions = {
  /** As in `ReadFgbOptions`; fetched with HTTP range requests through the index. @default all */
  bbox?: BBox;
  /** @default globalThis.fetch */
  fetchFn?: FetchFn;
};

/** The default `name` of `readFgb`'s input in error messages. */
export const DEFAULT_FGB_INPUT_NAME = 'FlatGeobuf input';

/** Bytes fetched first from a URL: the library's own first guess (2 024 header bytes + 3 tree levels of 16). */
const URL_PREFIX_BYTES = 2024 + (1 + 16 + 256) * 40;

type RawFeature = {
  id?: string | number | undefined;
  geometry: Feature['geometry'];
  properties: Feature['properties'];
};

function checkBbox(bbox: BBox, name: string): void {
  const ok = bbox.length === 4 && bbox.every((v) => Number.isFinite(v)) && bbox[0] <= bbox[2] && bbox[1] <= bbox[3];
  if (!ok)
    throw new Error(
      `${name}: invalid bbox ${JSON.stringify(bbox)} (want [minLng, minLat, maxLng, maxLat] with min ≤ max)`,
    );
}

/** The library reads `bytes.buffer` from offset 0 and `slice`s (a view for Node Buffers): give it its own copy. */
const ownBytes = (input: Uint8Array): Uint8Array =>
  input.constructor === Uint8Array && input.byteOffset === 0 && input.byteLength === input.buffer.byteLength
    ? input
    : new Uint8Array(input);

/**
 * GeoJSON features from the library's output: every header column becomes a property (`null` when the
 * feature does not store it), `__id` becomes `Feature.id`, and the features are sorted by `__fid` (the input
 * order given to `writeFgb`), or by position in the file for files without it.
 */
function toCollection(
  raws: readonly RawFeature[],
  columns: readonly ColumnMeta[],
  layerName: string | null,
): FgbFeatureCollection {
  const keyed = raws.map((raw, i) => {
    const stored: Record<string, unknown> = raw.properties ?? {};
    const properties: Record<string, unknown> = {};
    let id: unknown = null;
    for (const { name } of columns) {
      if (name === FGB_ID_COLUMN) id = stored[name] ?? null;
      else if (name !== FGB_FID_COLUMN) properties[name] = stored[name] ?? null;
    }
    const fid = stored[FGB_FID_COLUMN];
    const feature: Feature = { type: 'Feature', geometry: raw.geometry, properties };
    if (typeof id === 'string' || typeof id === 'number') feature.id = id;
    return { feature, key: typeof fid === 'number' ? fid : typeof raw.id === 'number' ? raw.id : i };
  });
  keyed.sort((a, b) => a.key - b.key);
  const fc: FgbFeatureCollection = { type: 'FeatureCollection', features: keyed.map((k) => k.feature) };
  if (layerName !== null) fc.name = layerName;
  return fc;
}

async function collect(
  source: AsyncIterable<RawFeature>,
  keep: (f: RawFeature) => boolean = () => true,
): Promise<RawFeature[]> {
  const out: RawFeature[] = [];
  for await (const f of source) if (keep(f)) out.push(f);
  return out;
}

const rectOf = (b: BBox) => ({ minX: b[0], minY: b[1], maxX: b[2], maxY: b[3] });

/**
 * What the header of a FlatGeobuf file says (feature count, index node size, envelope, title, columns, …).
 * `bytes` may be the whole file or any prefix that holds the header. Throws
 * `<name>: not a FlatGeobuf file (magic bytes …)` for other data.
 */
export function readFgbHeader(bytes: Uint8Array, name = DEFAULT_FGB_INPUT_NAME): FgbHeader {
  return toFgbHeader(parseFgbHeader(bytes, name));
}

/**
 * Reads a FlatGeobuf file into a GeoJSON FeatureCollection, `[lng, lat]` as stored (WGS84 for our files).
 *
 * With `bbox`, returns the features whose bbox intersects it: through the packed R-tree (the library's
 * `deserialize` with `rect`) when the file has one, else by a full scan. Every column of the header becomes a
 * property of every feature, `null` where the feature stores none. Order: the input order given to
 * `writeFgb` (its `__fid` column), or file order for other writers' files (Hilbert order when indexed).
 * Throws `<name>: not a FlatGeobuf file (magic bytes …)` when the bytes are not FlatGeobuf.
 */
export async function readFgb(input: Uint8Array, options: ReadFgbOptions = {}): Promise<FgbFeatureCollection> {
  const name = options.name ?? DEFAULT_FGB_INPUT_NAME;
  const bytes = ownBytes(input);
  const parsed = parseFgbHeader(bytes, name);
  const { meta } = parsed;
  const bbox = options.bbox;
  if (bbox) checkBbox(bbox, name);
  // The library's tree-size loop never ends for 0 items, so an empty file must not reach it.
  if (meta.featuresCount === 0) return toCollection([], meta.columns ?? [], parsed.layerName);
  if (meta.indexNodeSize > 0 && meta.featuresCount * 40 > bytes.length) {
    throw new Error(
      `${name}: header claims ${meta.featuresCount} features, more than a ${bytes.length}-byte file can index`,
    );
  }
  const raws =
    bbox && meta.indexNodeSize > 0
      ? await collect(deserialize(bytes, { rect: rectOf(bbox) }))
      : await collect(
          deserialize(bytes),
          (f) => !bbox || (f.geometry !== null && bboxesIntersect(geometryBbox(f.geometry), bbox)),
        );
  return toCollection(raws, meta.columns ?? [], parsed.layerName);
}

/**
 * Serves the library's `HttpReader` through `fetchFn` with `Range` requests, keeping the longest prefix of
 * the file it has seen so that the header is fetched once.
 */
class FetchRangeClient implements RangeClient {
  private prefix = new Uint8Array(0);
  private complete = false;

  constructor(
    private readonly url: string,
    private readonly fetchFn: FetchFn,
  ) {}

  async getRange(begin: number, length: number): Promise<ArrayBuffer> {
    const end = begin + length;
    if (end <= this.prefix.length || this.complete) return this.prefix.slice(begin, end).buffer;
    const response = await this.fetchFn(this.url, { headers: { Range: `bytes=${begin}-${end - 1}` } });
    if (response.status === 416) return new ArrayBuffer(0);
    if (!response.ok)
      throw new Error(`${this.url}: HTTP ${response.status} ${response.statusText} for bytes ${begin}-${end - 1}`);
    const body = new Uint8Array(await response.arrayBuffer());
    if (response.status !== 206) {
      // The server ignored the Range header and sent the whole file.
      [this.prefix, this.complete] = [body, true];
      return body.slice(begin, end).buffer;
    }
    if (begin === 0 && body.length >= this.prefix.length) [this.prefix, this.complete] = [body, body.length < length];
    return body.slice().buffer;
  }
}

async function fetchWhole(url: string, fetchFn: FetchFn): Promise<Uint8Array> {
  const response = await fetchFn(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${response.statusText}`);
  return new Uint8Array(await response.arrayBuffer());
}

async function fetchHeader(client: FetchRangeClient, url: string): Promise<ParsedFgbHeader> {
  let prefix = new Uint8Array(await client.getRange(0, URL_PREFIX_BYTES));
  const headerLength = checkFgbPreamble(prefix, url);
  if (prefix.length < FGB_PREAMBLE_BYTES + headerLength)
    prefix = new Uint8Array(await client.getRange(0, FGB_PREAMBLE_BYTES + headerLength));
  return parseFgbHeader(prefix, url);
}

/**
 * Reads a FlatGeobuf file from a URL, as `readFgb` does. Without `bbox` it fetches the whole file; with
 * `bbox` it fetches the header, the tree nodes it needs and the matching features with HTTP range requests
 * (the library's `HttpReader`), or the whole file when it has no index. Errors name the URL.
 */
export async function readFgbUrl(url: string, options: ReadFgbUrlOptions = {}): Promise<FgbFeatureCollection> {
  const fetchFn = options.fetchFn ?? ((u, init) => globalThis.fetch(u, init));
  const bbox = options.bbox;
  if (!bbox) return readFgb(await fetchWhole(url, fetchFn), { name: url });
  checkBbox(bbox, url);
  const client = new FetchRangeClient(url, fetchFn);
  const parsed = await fetchHeader(client, url);
  const { meta } = parsed;
  if (meta.featuresCount === 0) return toCollection([], meta.columns ?? [], parsed.layerName);
  if (meta.indexNodeSize === 0) return readFgb(await fetchWhole(url, fetchFn), { name: url, bbox });
  const reader = await HttpReader.openSource(client);
  const raws: RawFeature[] = [];
  for await (const { id, feature } of reader.selectBbox(rectOf(bbox)))
    raws.push(fromFeature(id, feature, reader.header));
  return toCollection(raws, meta.columns ?? [], parsed.layerName);
}
