/**
 * Validation and safe repair of one raw GeoJSON layer file (boundaries, points of interest, roads).
 *
 * Pure: takes the file's text and name, returns the accepted features, the issues and the repair counts. The
 * pipeline does the reading. Positions are `[lng, lat]` WGS84 degrees (RFC 7946 §3.1.1).
 *
 * Every feature ends in exactly one of two places: `features` (accepted, repaired, in input order) or one
 * `error` issue naming why it was rejected; nothing is dropped silently. A rejected feature gets only that
 * error (its warnings and repairs are discarded). Repairs are counted in `repairs`, not reported as issues.
 *
 * Message format (every message; `<key part>` is ` (<keyProperty> "<key>")` when the layer has a key property
 * and the feature's key could be read, else empty):
 *
 *     <file>: feature <index><key part>: <what, with the value> — <rule or diagnosis>
 *     <file>: <what> — <rule>                      (file-level issues, `index` null)
 *
 * Rings and positions are named in words: `ring 0` (Polygon), `polygon 1 ring 0` (MultiPolygon), `line 2`,
 * `point 3`, `... position 5`, with zero-based indices into the input. Computed positions (crossings) are
 * rounded to 6 decimals (about 0.1 m). Rule ids and example messages:
 *
 * | rule | severity | example message |
 * |---|---|---|
 * | `json-invalid` | error | `w.geojson: invalid JSON at line 3, column 5: Expected ',' or '}' after property value — the file must be valid JSON (RFC 8259)` |
 * | `not-feature-collection` | error | `w.geojson: top-level "type" is "Feature" — a layer file must be one GeoJSON FeatureCollection (RFC 7946 §3.3)` |
 * | `features-not-array` | error | `w.geojson: "features" is {…} — a FeatureCollection's "features" must be an array (RFC 7946 §3.3)` |
 * | `collection-empty` | warning | `w.geojson: the FeatureCollection has no features — a layer should have at least one feature` |
 * | `feature-invalid` | error | `w.geojson: feature 2: "type" is "Point" — every member of "features" must be a GeoJSON Feature` |
 * | `key-missing` | error | `w.geojson: feature 2: property "code" is missing — every feature needs a "code"` |
 * | `key-pattern` | error | `w.geojson: feature 2 (code "34"): code "34" does not match /^\d{5}$/ — every "code" must match /^\d{5}$/` |
 * | `key-duplicate` | error | `w.geojson: feature 5 (code "00034"): code "00034" is also used by feature 2 — every "code" must be unique` |
 * | `geometry-null` | error | `w.geojson: feature 2 (code "00034"): geometry is null — every feature needs a Polygon or MultiPolygon geometry` |
 * | `geometry-type` | error | `w.geojson: feature 2 (code "00034"): geometry type is "LineString" — expected Polygon or MultiPolygon` |
 * | `coordinates-empty` | error | `w.geojson: feature 2 (code "00034"): polygon 1 ring 0 is empty — a geometry must not have empty parts` |
 * | `coordinate-invalid` | error | `w.geojson: feature 2 (code "00034"): ring 0 position 2 is [105.8, null] — a position must be [lng, lat] finite numbers` |
 * | `coords-swapped` | error | `w.geojson: feature 3 (code "00034"): coordinate [21.0285, 105.8523] (and 4 more) is outside Hà Nội (lon 105.2–106.1, lat 20.5–21.5) — latitude and longitude look swapped` |
 * | `coords-projected` | error | `... coordinate [585000, 2324000] is outside Hà Nội (...) — looks like projected metres (VN-2000 / UTM), not WGS84 degrees` |
 * | `coords-outside` | error | `... coordinate [106.7, 10.78] is outside Hà Nội (...) — the layer must lie within Hà Nội` |
 * | `ring-too-few-positions` | error | `... ring 0 has 3 positions after repair — a linear ring needs at least 4 positions (RFC 7946 §3.1.6)` |
 * | `ring-self-intersection` | error | `... ring 0 crosses itself near [105.85, 21.03] — a polygon ring must not cross or overlap itself (OGC Simple Features)` |
 * | `ring-self-touch` | warning | `... ring 0 touches itself at [105.85, 21.03] — accepted: a ring may touch itself at a point without crossing` |
 * | `line-too-few-positions` | error | `... line 0 has 1 position after repair — a LineString needs at least 2 positions (RFC 7946 §3.1.4)` |
 *
 * `ring-self-intersection` has three wordings: `crosses itself near [x, y]` (proper crossing, or two passes
 * through one point that cross there), `overlaps itself along a segment near [x, y]` (collinear non-adjacent
 * edges sharing a length; `[x, y]` is the middle of the shared part), `doubles back on itself at [x, y]` (a
 * spike: two consecutive edges reversing on one line). When a ring has more, ` (and N more)` follows the position.
 *
 * Decision on touching: a ring that passes twice through one point without crossing there (two non-adjacent
 * vertices at the same position, or a vertex lying on a non-adjacent edge, the two passes tangent) is accepted
 * with a `ring-self-touch` warning: it still bounds a well-defined area (shoelace and point-in-polygon work),
 * and such pinches are common in real boundary data. If the two passes do cross at that point, it is a
 * `ring-self-intersection` error.
 *
 * Repairs, in this order per ring: drop the closing position, remove consecutive duplicate positions (also a
 * last position equal to the first; each removed position counts in `duplicateVertices`), close the ring
 * (counted in `ringsClosed` when the input ring was not closed), then rewind to RFC 7946 §3.1.6 (exterior
 * counter-clockwise, holes clockwise, in lon/lat; counted in `ringsRewound`). Lines get the duplicate removal.
 * Not checked: holes outside their exterior, rings of one polygon crossing each other, overlaps between
 * polygons or features. A leading byte-order mark is stripped before parsing.
 */
import type { Feature, Geometry, Position } from 'geojson';
import type { BBox } from '../domain/geo';
import { HANOI_BBOX } from '../domain/geo';
import type { DataIssue, RepairCounts } from '../domain/report';

/** The GeoJSON geometry types a layer may declare. GeometryCollection is not accepted. */
export type GeometryType = 'Point' | 'MultiPoint' | 'LineString' | 'MultiLineString' | 'Polygon' | 'MultiPolygon';

/** What a layer file must contain. */
export type GeoJsonSpec = {
  /** File name used in messages, e.g. `wards-2025.geojson`. */
  file: string;
  /** Allowed geometry types; any other is a `geometry-type` error. */
  geometryTypes: readonly GeometryType[];
  /** Property that identifies a feature (`code`), required and unique; null for layers without a key. */
  keyProperty: string | null;
  /** Pattern the key must match, e.g. `/^\d{5}$/`. @default no pattern */
  keyPattern?: RegExp;
  /** Extent every position must lie in, `[minLng, minLat, maxLng, maxLat]` degrees. @default HANOI_BBOX */
  bbox?: Readonly<BBox>;
  /** Check polygon rings for self-intersection. @default true */
  checkSelfIntersection?: boolean;
};

/** Defaults for the optional fields of {@link GeoJsonSpec}. */
export const GEOJSON_SPEC_DEFAULTS = {
  bbox: HANOI_BBOX,
  checkSelfIntersection: true,
} as const satisfies Pick<Required<GeoJsonSpec>, 'bbox' | 'checkSelfIntersection'>;

/** The result of {@link parseGeoJsonLayer}: accepted features in input order, issues, repair counts. */
export type ParsedLayer = { features: Feature[]; issues: DataIssue[]; repairs: RepairCounts };

type Json = Record<string, unknown>;
/** One problem of a feature: the rule and the two halves of the message. */
type Problem = { rule: string; what: string; why: string };
type FeatureResult =
  | { ok: true; feature: Feature; warnings: Problem[]; repairs: RepairCounts }
  | { ok: false; problem: Problem };

/** Nesting depth of `coordinates` per type (1 = a position), and the word for each level below the top. */
const LEVELS: Readonly<Record<GeometryType, readonly string[]>> = {
  Point: [],
  MultiPoint: ['point'],
  LineString: ['position'],
  MultiLineString: ['line', 'position'],
  Polygon: ['ring', 'position'],
  MultiPolygon: ['polygon', 'ring', 'position'],
};

/** Beyond this absolute value a coordinate is no longer degrees: projected metres (VN-2000 / UTM). */
const PROJECTED_THRESHOLD = 1000;

/** Validates and repairs one GeoJSON layer file; see the module comment for the rules and messages. */
export function parseGeoJsonLayer(text: string, spec: GeoJsonSpec): ParsedLayer {
  const { file } = spec;
  const issues: DataIssue[] = [];
  const repairs: RepairCounts = { duplicateVertices: 0, ringsClosed: 0, ringsRewound: 0 };
  const fileIssue = (severity: DataIssue['severity'], rule: string, what: string, why: string): ParsedLayer => {
    issues.push({ severity, rule, file, index: null, key: null, message: `${file}: ${what} — ${why}` });
    return { features: [], issues, repairs };
  };

  let root: unknown;
  try {
    root = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (err) {
    return fileIssue('error', 'json-invalid', describeJsonError(text, err), 'the file must be valid JSON (RFC 8259)');
  }
  const collectionRule = 'a layer file must be one GeoJSON FeatureCollection (RFC 7946 §3.3)';
  if (!isObject(root)) return fileIssue('error', 'not-feature-collection', `top-level value is ${formatValue(root)}`, collectionRule);
  if (root['type'] !== 'FeatureCollection') {
    return fileIssue('error', 'not-feature-collection', `top-level "type" is ${formatValue(root['type'])}`, collectionRule);
  }
  const rawFeatures = root['features'];
  if (!Array.isArray(rawFeatures)) {
    const why = `a FeatureCollection's "features" must be an array (RFC 7946 §3.3)`;
    return fileIssue('error', 'features-not-array', `"features" is ${formatValue(rawFeatures)}`, why);
  }
  if (rawFeatures.length === 0) {
    fileIssue('warning', 'collection-empty', 'the FeatureCollection has no features', 'a layer should have at least one feature');
  }

  const features: Feature[] = [];
  const firstIndexOfKey = new Map<string, number>();
  rawFeatures.forEach((raw: unknown, index) => {
    const key = spec.keyProperty !== null && isObject(raw) ? readKey(raw['properties'], spec.keyProperty) : null;
    const prefix = `${file}: feature ${index}${typeof key === 'string' ? ` (${spec.keyProperty} "${key}")` : ''}`;
    const issueKey = typeof key === 'string' ? key : null;
    const push = (severity: DataIssue['severity'], p: Problem): void => {
      issues.push({ severity, rule: p.rule, file, index, key: issueKey, message: `${prefix}: ${p.what} — ${p.why}` });
    };
    const keyProblem = checkKey(key, index, spec, firstIndexOfKey);
    if (keyProblem !== null) return push('error', keyProblem);
    const result = checkFeature(raw, spec);
    if (!result.ok) return push('error', result.problem);
    features.push(result.feature);
    for (const w of result.warnings) push('warning', w);
    repairs.duplicateVertices += result.repairs.duplicateVertices;
    repairs.ringsClosed += result.repairs.ringsClosed;
    repairs.ringsRewound += result.repairs.ringsRewound;
  });
  return { features, issues, repairs };
}

/** The key as a string, or a description of why it cannot be read (`{ problem }`). */
function readKey(properties: unknown, keyProperty: string): string | { problem: string } {
  const value = isObject(properties) ? properties[keyProperty] : undefined;
  if (value === undefined) return { problem: `property "${keyProperty}" is missing` };
  if (value === null) return { problem: `property "${keyProperty}" is null` };
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return { problem: `property "${keyProperty}" is ${formatValue(value)}, not a string` };
  if (value.trim() === '') return { problem: `property "${keyProperty}" is empty` };
  return value;
}

function checkKey(
  key: string | { problem: string } | null,
  index: number,
  spec: GeoJsonSpec,
  firstIndexOfKey: Map<string, number>,
): Problem | null {
  const prop = spec.keyProperty;
  if (prop === null || key === null) return null;
  if (typeof key !== 'string') return { rule: 'key-missing', what: key.problem, why: `every feature needs a "${prop}"` };
  if (spec.keyPattern !== undefined && !spec.keyPattern.test(key)) {
    const pattern = String(spec.keyPattern);
    return { rule: 'key-pattern', what: `${prop} "${key}" does not match ${pattern}`, why: `every "${prop}" must match ${pattern}` };
  }
  const first = firstIndexOfKey.get(key);
  if (first !== undefined) {
    return { rule: 'key-duplicate', what: `${prop} "${key}" is also used by feature ${first}`, why: `every "${prop}" must be unique` };
  }
  firstIndexOfKey.set(key, index);
  return null;
}

function checkFeature(raw: unknown, spec: GeoJsonSpec): FeatureResult {
  const fail = (rule: string, what: string, why: string): FeatureResult => ({ ok: false, problem: { rule, what, why } });
  const featureRule = 'every member of "features" must be a GeoJSON Feature';
  if (!isObject(raw)) return fail('feature-invalid', `is ${formatValue(raw)}`, featureRule);
  if (raw['type'] !== 'Feature') return fail('feature-invalid', `"type" is ${formatValue(raw['type'])}`, featureRule);
  const expected = formatTypeList(spec.geometryTypes);
  const geometry = raw['geometry'];
  if (geometry === null || geometry === undefined) {
    return fail('geometry-null', `geometry is ${geometry === null ? 'null' : 'missing'}`, `every feature needs a ${expected} geometry`);
  }
  if (!isObject(geometry)) return fail('geometry-type', `geometry is ${formatValue(geometry)}`, `expected ${expected}`);
  const type = geometry['type'];
  if (!spec.geometryTypes.some((t) => t === type)) {
    return fail('geometry-type', `geometry type is ${formatValue(type)}`, `expected ${expected}`);
  }
  const geometryType = type as GeometryType;
  const labels = LEVELS[geometryType];
  const coordinates = geometry['coordinates'];
  const structural = checkStructure(coordinates, labels, []);
  if (structural !== null) return { ok: false, problem: structural };
  const outside = checkExtent(coordinates, labels.length, spec.bbox ?? GEOJSON_SPEC_DEFAULTS.bbox);
  if (outside !== null) return { ok: false, problem: outside };
  const repaired = repairCoordinates(geometryType, coordinates, spec.checkSelfIntersection ?? GEOJSON_SPEC_DEFAULTS.checkSelfIntersection);
  if (!repaired.ok) return repaired;
  const feature = {
    ...raw,
    type: 'Feature',
    properties: isObject(raw['properties']) ? raw['properties'] : null,
    geometry: { ...geometry, type: geometryType, coordinates: repaired.coordinates } as Geometry,
  } as Feature;
  return { ok: true, feature, warnings: repaired.warnings, repairs: repaired.repairs };
}

/** `polygon 1 ring 0 position 3` from the level words and the index path; `coordinates` for the top. */
function where(labels: readonly string[], path: readonly number[]): string {
  if (labels.length === 0) return 'position';
  if (path.length === 0) return 'coordinates';
  return path.map((i, level) => `${labels[level]} ${i}`).join(' ');
}

/** The first structural problem (empty part, non-array, bad position), depth first, or null. */
function checkStructure(value: unknown, labels: readonly string[], path: number[]): Problem | null {
  const here = where(labels, path);
  if (path.length === labels.length) {
    const ok = Array.isArray(value) && value.length >= 2 && value.every((c) => typeof c === 'number' && Number.isFinite(c));
    if (ok) return null;
    return { rule: 'coordinate-invalid', what: `${here} is ${formatValue(value)}`, why: 'a position must be [lng, lat] finite numbers' };
  }
  if (!Array.isArray(value)) {
    const what = `${here} ${path.length === 0 ? 'are' : 'is'} ${value === undefined ? 'missing' : formatValue(value)}`;
    return { rule: 'coordinate-invalid', what, why: 'expected an array of positions' };
  }
  if (value.length === 0) {
    return { rule: 'coordinates-empty', what: `${here} ${path.length === 0 ? 'are' : 'is'} empty`, why: 'a geometry must not have empty parts' };
  }
  for (let i = 0; i < value.length; i++) {
    const problem = checkStructure(value[i], labels, [...path, i]);
    if (problem !== null) return problem;
  }
  return null;
}

/** Every position of structurally valid coordinates of the given depth (0 = a position). */
function* positions(value: unknown, depth: number): Generator<Position> {
  if (depth === 0) {
    yield value as Position;
    return;
  }
  for (const child of value as unknown[]) yield* positions(child, depth - 1);
}

/** An error naming the first position outside `bbox` with a diagnosis, or null when all are inside. */
function checkExtent(coordinates: unknown, depth: number, bbox: Readonly<BBox>): Problem | null {
  const [minX, minY, maxX, maxY] = bbox;
  const inside = (x: number, y: number): boolean => x >= minX && x <= maxX && y >= minY && y <= maxY;
  let first: Position | null = null;
  let count = 0;
  for (const p of positions(coordinates, depth)) {
    const x = p[0]!;
    const y = p[1]!;
    if (inside(x, y)) continue;
    count++;
    first ??= p;
  }
  if (first === null) return null;
  const x = first[0]!;
  const y = first[1]!;
  const area = bbox === HANOI_BBOX ? 'Hà Nội' : 'the layer extent';
  const more = count > 1 ? ` (and ${count - 1} more)` : '';
  const what = `coordinate ${formatPosition(first)}${more} is outside ${area} (lon ${minX}–${maxX}, lat ${minY}–${maxY})`;
  if (inside(y, x)) return { rule: 'coords-swapped', what, why: 'latitude and longitude look swapped' };
  if (Math.abs(x) > PROJECTED_THRESHOLD || Math.abs(y) > PROJECTED_THRESHOLD) {
    return { rule: 'coords-projected', what, why: 'looks like projected metres (VN-2000 / UTM), not WGS84 degrees' };
  }
  return { rule: 'coords-outside', what, why: `the layer must lie within ${area}` };
}

type Repaired =
  | { ok: true; coordinates: unknown; warnings: Problem[]; repairs: RepairCounts }
  | { ok: false; problem: Problem };

/** Repairs rings and lines of structurally valid, in-extent coordinates; fails on the first bad ring or line. */
function repairCoordinates(type: GeometryType, coordinates: unknown, checkSelf: boolean): Repaired {
  const repairs: RepairCounts = { duplicateVertices: 0, ringsClosed: 0, ringsRewound: 0 };
  const warnings: Problem[] = [];
  if (type === 'Polygon' || type === 'MultiPolygon') {
    const polygons = (type === 'Polygon' ? [coordinates] : coordinates) as Position[][][];
    const out: Position[][][] = [];
    for (let p = 0; p < polygons.length; p++) {
      const rings: Position[][] = [];
      const polygon = polygons[p]!;
      for (let r = 0; r < polygon.length; r++) {
        const name = type === 'Polygon' ? `ring ${r}` : `polygon ${p} ring ${r}`;
        const fixed = repairRing(polygon[r]!);
        if (fixed.ring.length < 4) {
          const n = fixed.ring.length;
          const what = `${name} has ${n} position${n === 1 ? '' : 's'} after repair`;
          return { ok: false, problem: { rule: 'ring-too-few-positions', what, why: 'a linear ring needs at least 4 positions (RFC 7946 §3.1.6)' } };
        }
        if (checkSelf) {
          const check = checkRingSimple(fixed.ring);
          const problem = selfIntersectionProblem(name, check);
          if (problem !== null) return { ok: false, problem };
          const touch = selfTouchProblem(name, check);
          if (touch !== null) warnings.push(touch);
        }
        const area = ringSignedArea(fixed.ring);
        const wantCounterClockwise = r === 0;
        if (area !== 0 && area > 0 !== wantCounterClockwise) {
          fixed.ring.reverse();
          repairs.ringsRewound++;
        }
        repairs.duplicateVertices += fixed.removed;
        if (fixed.closed) repairs.ringsClosed++;
        rings.push(fixed.ring);
      }
      out.push(rings);
    }
    return { ok: true, coordinates: type === 'Polygon' ? out[0] : out, warnings, repairs };
  }
  if (type === 'LineString' || type === 'MultiLineString') {
    const lines = (type === 'LineString' ? [coordinates] : coordinates) as Position[][];
    const out: Position[][] = [];
    for (let l = 0; l < lines.length; l++) {
      const { line, removed } = dedupeLine(lines[l]!);
      if (line.length < 2) {
        const name = type === 'LineString' ? 'line' : `line ${l}`;
        const what = `${name} has ${line.length} position${line.length === 1 ? '' : 's'} after repair`;
        return { ok: false, problem: { rule: 'line-too-few-positions', what, why: 'a LineString needs at least 2 positions (RFC 7946 §3.1.4)' } };
      }
      repairs.duplicateVertices += removed;
      out.push(line);
    }
    return { ok: true, coordinates: type === 'LineString' ? out[0] : out, warnings, repairs };
  }
  return { ok: true, coordinates, warnings, repairs };
}

function dedupeLine(line: readonly Position[]): { line: Position[]; removed: number } {
  const out: Position[] = [];
  for (const p of line) {
    const last = out[out.length - 1];
    if (last !== undefined && last[0] === p[0] && last[1] === p[1]) continue;
    out.push(p);
  }
  return { line: out, removed: line.length - out.length };
}

const SELF_INTERSECTION_RULE = 'a polygon ring must not cross or overlap itself (OGC Simple Features)';

function selfIntersectionProblem(name: string, check: RingCheck): Problem | null {
  const first = check.intersections[0];
  if (first === undefined) return null;
  const at = formatPosition(roundPosition(first.at));
  const more = check.intersections.length > 1 ? ` (and ${check.intersections.length - 1} more)` : '';
  const what =
    first.kind === 'cross'
      ? `${name} crosses itself near ${at}${more}`
      : first.kind === 'overlap'
        ? `${name} overlaps itself along a segment near ${at}${more}`
        : `${name} doubles back on itself at ${at}${more}`;
  return { rule: 'ring-self-intersection', what, why: SELF_INTERSECTION_RULE };
}

function selfTouchProblem(name: string, check: RingCheck): Problem | null {
  const first = check.touches[0];
  if (first === undefined) return null;
  const more = check.touches.length > 1 ? ` (and ${check.touches.length - 1} more)` : '';
  const what = `${name} touches itself at ${formatPosition(roundPosition(first))}${more}`;
  return { rule: 'ring-self-touch', what, why: 'accepted: a ring may touch itself at a point without crossing' };
}

/** `invalid JSON at line L, column C: <V8's reason>` from a `JSON.parse` error; positions one-based. */
function describeJsonError(text: string, err: unknown): string {
  const raw = err instanceof Error ? err.message : String(err);
  // V8 (Node 20) appends "in JSON at position N"; Node 22 also appends "(line L column C)".
  const match = /\s*in JSON at position (\d+)(?: \(line \d+ column \d+\))?/.exec(raw);
  const reason = raw.replace(match?.[0] ?? '', '').replace(/^Unexpected end of JSON input$/, 'unexpected end of input');
  const bomOffset = text.startsWith('\uFEFF') ? 1 : 0;
  const position = match !== null ? Number(match[1]) + bomOffset : /end of JSON input/.test(raw) ? text.length : null;
  if (position === null) return `invalid JSON: ${reason}`;
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - (before.lastIndexOf('\n') + 1) + 1;
  return `invalid JSON at line ${line}, column ${column}: ${reason}`;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `Polygon or MultiPolygon`, `Point, LineString or Polygon`. */
function formatTypeList(types: readonly string[]): string {
  if (types.length <= 1) return types[0] ?? '(none)';
  return `${types.slice(0, -1).join(', ')} or ${types[types.length - 1]}`;
}

/** `[105.85, 21.03]` with the numbers as JavaScript prints them. */
function formatPosition(p: Position): string {
  return `[${p.map((c) => String(c)).join(', ')}]`;
}

function roundPosition(p: Position): Position {
  return p.map((c) => Math.round(c * 1e6) / 1e6);
}

const MAX_VALUE_CHARS = 60;

/** A short, readable rendering of any JSON value for messages: `[105.8, null]`, `"abc"`, `{…}`. */
function formatValue(value: unknown): string {
  const render = (v: unknown, depth: number): string => {
    if (v === undefined) return 'undefined';
    if (typeof v === 'string') return JSON.stringify(v);
    if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
    if (Array.isArray(v)) return depth > 2 ? '[…]' : `[${v.map((x) => render(x, depth + 1)).join(', ')}]`;
    return '{…}';
  };
  const s = render(value, 0);
  return s.length > MAX_VALUE_CHARS ? `${s.slice(0, MAX_VALUE_CHARS - 1)}…` : s;
}

// ---- Ring geometry: repair, orientation, self-intersection (planar, in lon/lat degrees) ----

/** A ring without consecutive duplicates, closed; how many positions were removed; whether it was closed here. */
function repairRing(ring: readonly Position[]): { ring: Position[]; removed: number; closed: boolean } {
  const first = ring[0];
  const last = ring[ring.length - 1];
  const wasClosed = ring.length >= 2 && first !== undefined && last !== undefined && samePosition(first, last);
  const open = dedupeLine(wasClosed ? ring.slice(0, -1) : ring).line;
  while (open.length > 1 && samePosition(open[0]!, open[open.length - 1]!)) open.pop();
  const removed = (wasClosed ? ring.length - 1 : ring.length) - open.length;
  return { ring: open.length > 0 ? [...open, open[0]!] : [], removed, closed: !wasClosed };
}

function samePosition(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** Signed shoelace area of a closed ring in degrees²: positive when counter-clockwise (lng east, lat north). */
function ringSignedArea(ring: readonly Position[]): number {
  // Relative to the first vertex, so that large absolute coordinates do not cost precision.
  const x0 = ring[0]![0]!;
  const y0 = ring[0]![1]!;
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[i + 1]!;
    sum += (a[0]! - x0) * (b[1]! - y0) - (b[0]! - x0) * (a[1]! - y0);
  }
  return sum / 2;
}

type Intersection = { kind: 'cross' | 'overlap' | 'spike'; at: Position; edge: number };
/** Self-intersections (sorted by the first edge involved) and self-touch points of one ring. */
type RingCheck = { intersections: Intersection[]; touches: Position[] };
/** One pass of the ring through a point: the positions before and after it. */
type Pass = { from: Position; to: Position };

/** `(b − a) × (c − a)`: positive when `c` is left of `a → b`, zero when collinear. */
function orient(a: Position, b: Position, c: Position): number {
  return (b[0]! - a[0]!) * (c[1]! - a[1]!) - (b[1]! - a[1]!) * (c[0]! - a[0]!);
}

/** Whether `p`, collinear with `a → b`, lies strictly between them. */
function strictlyBetween(p: Position, a: Position, b: Position): boolean {
  const dx = b[0]! - a[0]!;
  const dy = b[1]! - a[1]!;
  return (p[0]! - a[0]!) * dx + (p[1]! - a[1]!) * dy > 0 && (b[0]! - p[0]!) * dx + (b[1]! - p[1]!) * dy > 0;
}

/**
 * Finds where a closed ring (no consecutive duplicates) crosses, overlaps or touches itself.
 *
 * Edges are swept in order of their west end and only pairs whose bounding boxes overlap are compared, so a
 * ring of n vertices costs O(n log n) plus the pairs whose boxes overlap (a few per edge for boundary data).
 * Proper crossings and collinear overlaps are found directly. Points where the ring passes twice (a vertex
 * repeated, or a vertex on another edge) are classified by angle: the passes cross if one enters from one side
 * of the other and leaves to the other side, otherwise they only touch. Plain floating-point predicates:
 * near-degenerate configurations at the 1e-15 level may go either way.
 */
function checkRingSimple(ring: readonly Position[]): RingCheck {
  const v = ring.slice(0, -1);
  const n = v.length;
  const at = (k: number): Position => v[((k % n) + n) % n]!;
  const intersections: Intersection[] = [];
  for (let k = 0; k < n; k++) {
    const a = at(k - 1);
    const b = at(k);
    const c = at(k + 1);
    const reverses = (a[0]! - b[0]!) * (c[0]! - b[0]!) + (a[1]! - b[1]!) * (c[1]! - b[1]!) > 0;
    if (orient(a, b, c) === 0 && reverses) intersections.push({ kind: 'spike', at: b, edge: k });
  }

  const passesAt = new Map<string, { point: Position; passes: Map<string, Pass> }>();
  const addPass = (point: Position, id: string, pass: Pass): void => {
    const key = `${point[0]},${point[1]}`;
    let entry = passesAt.get(key);
    if (entry === undefined) passesAt.set(key, (entry = { point, passes: new Map() }));
    entry.passes.set(id, pass);
  };
  const vertexPass = (k: number): Pass => ({ from: at(k - 1), to: at(k + 1) });
  const edgePass = (e: number): Pass => ({ from: at(e), to: at(e + 1) });

  const compare = (i: number, j: number): void => {
    const p1 = at(i);
    const p2 = at(i + 1);
    const q1 = at(j);
    const q2 = at(j + 1);
    const d1 = orient(q1, q2, p1);
    const d2 = orient(q1, q2, p2);
    const d3 = orient(p1, p2, q1);
    const d4 = orient(p1, p2, q2);
    if (d1 !== 0 && d2 !== 0 && d3 !== 0 && d4 !== 0) {
      if (d1 > 0 !== d2 > 0 && d3 > 0 !== d4 > 0) {
        const t = d1 / (d1 - d2);
        const point = [p1[0]! + t * (p2[0]! - p1[0]!), p1[1]! + t * (p2[1]! - p1[1]!)];
        intersections.push({ kind: 'cross', at: point, edge: i });
      }
      return;
    }
    if (d1 === 0 && d2 === 0) {
      // Collinear: project on the longer axis and look for a shared stretch of positive length.
      const axis = Math.abs(p2[0]! - p1[0]!) >= Math.abs(p2[1]! - p1[1]!) ? 0 : 1;
      const lo = Math.max(Math.min(p1[axis]!, p2[axis]!), Math.min(q1[axis]!, q2[axis]!));
      const hi = Math.min(Math.max(p1[axis]!, p2[axis]!), Math.max(q1[axis]!, q2[axis]!));
      if (hi > lo) {
        const mid = (lo + hi) / 2;
        const t = (mid - p1[axis]!) / (p2[axis]! - p1[axis]!);
        const point = [p1[0]! + t * (p2[0]! - p1[0]!), p1[1]! + t * (p2[1]! - p1[1]!)];
        intersections.push({ kind: 'overlap', at: point, edge: i });
      }
      return;
    }
    // A vertex of one edge lying inside the other edge: a double pass, classified below.
    const ends: [Position, number, number, Position, Position, number][] = [
      [p1, i, d1, q1, q2, j],
      [p2, i + 1, d2, q1, q2, j],
      [q1, j, d3, p1, p2, i],
      [q2, j + 1, d4, p1, p2, i],
    ];
    for (const [point, vertex, d, a, b, edge] of ends) {
      if (d !== 0 || !strictlyBetween(point, a, b)) continue;
      addPass(point, `v${vertex % n}`, vertexPass(vertex));
      addPass(point, `e${edge}`, edgePass(edge));
    }
  };

  const minX = new Float64Array(n);
  const maxX = new Float64Array(n);
  const minY = new Float64Array(n);
  const maxY = new Float64Array(n);
  for (let e = 0; e < n; e++) {
    const a = at(e);
    const b = at(e + 1);
    minX[e] = Math.min(a[0]!, b[0]!);
    maxX[e] = Math.max(a[0]!, b[0]!);
    minY[e] = Math.min(a[1]!, b[1]!);
    maxY[e] = Math.max(a[1]!, b[1]!);
  }
  const order = Array.from({ length: n }, (_, e) => e).sort((a, b) => minX[a]! - minX[b]!);
  for (let a = 0; a < n; a++) {
    const i = order[a]!;
    for (let b = a + 1; b < n; b++) {
      const j = order[b]!;
      if (minX[j]! > maxX[i]!) break;
      if (minY[j]! > maxY[i]! || maxY[j]! < minY[i]!) continue;
      const adjacent = (i + 1) % n === j || (j + 1) % n === i;
      if (!adjacent) compare(Math.min(i, j), Math.max(i, j));
    }
  }

  const vertexAt = new Map<string, number[]>();
  for (let k = 0; k < n; k++) {
    const key = `${at(k)[0]},${at(k)[1]}`;
    const list = vertexAt.get(key);
    if (list === undefined) vertexAt.set(key, [k]);
    else list.push(k);
  }
  for (const list of vertexAt.values()) {
    if (list.length < 2) continue;
    for (const k of list) addPass(at(k), `v${k}`, vertexPass(k));
  }

  const touches: Position[] = [];
  for (const [, { point, passes }] of passesAt) {
    const list = [...passes.entries()];
    const firstEdge = Math.min(...list.map(([id]) => Number(id.slice(1))));
    const crossing = list.some(([, a], x) => list.some(([, b], y) => y > x && passesCross(point, a, b)));
    if (crossing) intersections.push({ kind: 'cross', at: point, edge: firstEdge });
    else touches.push(point);
  }
  intersections.sort((a, b) => a.edge - b.edge || a.at[0]! - b.at[0]! || a.at[1]! - b.at[1]!);
  touches.sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
  return { intersections, touches };
}

/** Whether pass `b` through `point` goes from one side of pass `a` to the other (a crossing, not a touch). */
function passesCross(point: Position, a: Pass, b: Pass): boolean {
  const angle = (q: Position): number => Math.atan2(q[1]! - point[1]!, q[0]! - point[0]!);
  const turn = (x: number): number => ((x % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
  const start = angle(a.from);
  const span = turn(angle(a.to) - start);
  const side = (q: Position): number => {
    const d = turn(angle(q) - start);
    if (d === 0 || d === span) return 0;
    return d < span ? 1 : -1;
  };
  const s1 = side(b.from);
  const s2 = side(b.to);
  return s1 !== 0 && s2 !== 0 && s1 !== s2;
}
