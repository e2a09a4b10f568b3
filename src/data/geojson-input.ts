/**
 * Validation and safe repair of one raw GeoJSON layer file (boundaries, points of interest, roads) or of the
 * features an import read (`../data/import/geojson-text.ts`).
 *
 * Pure: takes the file's text (or its features) and name, returns the accepted features, the issues and the repair
 * counts. The pipeline does the reading. Positions are `[lng, lat]` WGS84 degrees (RFC 7946 §3.1.1).
 *
 * Every feature ends in exactly one of two places: `features` (accepted, repaired, in input order) or one
 * `error` issue naming why it was rejected; nothing is dropped silently. A rejected feature gets only that
 * error (its warnings and repairs are discarded). Repairs are counted in `repairs`, not reported as issues;
 * parts dropped from a geometry (below) are reported as warnings.
 *
 * Message format (every message, in English in `message` and in Vietnamese in `vi`; `<key part>` is
 * ` (<keyProperty> "<key>")` when the layer has a key property and the feature's key could be read, else empty):
 *
 *     <file>: feature <index><key part>: <what, with the value> — <rule or diagnosis>
 *     <file>: <what> — <rule>                      (file-level issues, `index` null)
 *
 * `vi` reads `<file>: đối tượng <index><key part>: …`. Rings and positions are named in words: `ring 0`
 * (Polygon), `polygon 1 ring 0` (MultiPolygon), `line 2`, `point 3`, `... position 5` (`vòng`, `đa giác`,
 * `đường`, `điểm`, `vị trí`), with zero-based indices into the input. `index` is the feature's position in the
 * input, or `spec.indices[position]` when the features were taken from a larger file. Computed positions
 * (crossings) are rounded to 6 decimals (about 0.1 m). Rule ids and example messages:
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
 * | `coordinates-empty` | error | `w.geojson: feature 2 (code "00034"): coordinates are empty — a geometry must not have empty parts` |
 * | `coordinates-empty` | warning | `w.geojson: feature 2: polygon 1 ring 0 is empty — dropped polygon 1: a geometry must not have empty parts` |
 * | `coordinate-invalid` | error | `w.geojson: feature 2 (code "00034"): ring 0 position 2 is [105.8, null] — a position must be [lng, lat] finite numbers` |
 * | `coords-swapped` | error | `w.geojson: feature 3 (code "00034"): coordinate [21.0285, 105.8523] (and 4 more) is outside Hà Nội (lon 105.2–106.1, lat 20.5–21.5) — latitude and longitude look swapped` |
 * | `coords-projected` | error | `... coordinate [585000, 2324000] is outside Hà Nội (...) — looks like projected metres (VN-2000 / UTM), not WGS84 degrees` |
 * | `coords-outside` | error | `... coordinate [106.7, 10.78] is outside Hà Nội (...) — the layer must lie within Hà Nội` |
 * | `ring-too-few-positions` | error | `... ring 0 has 3 positions after repair — a linear ring needs at least 4 positions (RFC 7946 §3.1.6)` |
 * | `ring-too-few-positions` | warning | `... polygon 1 ring 0 has 2 positions after repair — dropped polygon 1: a linear ring needs at least 4 positions (RFC 7946 §3.1.6)` |
 * | `ring-self-intersection` | error | `... ring 0 crosses itself near [105.85, 21.03] — a polygon ring must not cross or overlap itself (OGC Simple Features)` |
 * | `ring-self-touch` | warning | `... ring 0 touches itself at [105.85, 21.03] — accepted: a ring may touch itself at a point without crossing` |
 * | `hole-outside` | warning | `... ring 1 lies outside ring 0 — dropped that ring: a hole must lie inside its polygon's exterior ring (RFC 7946 §3.1.6); kept, it would count as area` |
 * | `hole-crosses-exterior` | error | `... ring 1 has positions both inside and outside ring 0 — a hole must lie inside its polygon's exterior ring (RFC 7946 §3.1.6)` |
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
 * Dropped parts (warnings; the feature is kept with the rest): an empty polygon, line or hole of a
 * multi-geometry or polygon; a hole, or a MultiPolygon's polygon, or a MultiLineString's line, too short after
 * repair; a hole none of whose positions lies inside its exterior ring (point in polygon, positions on the
 * exterior's edge count as neither). Such a hole would otherwise be filled (non-zero and even-odd fill both count
 * a clockwise ring outside the exterior), adding area instead of removing it. When nothing is left, the feature
 * is rejected with the first part's problem and the rule `nothing is left`. A Polygon's empty or short exterior
 * ring, and a hole with positions on both sides of its exterior, reject the feature.
 *
 * Repairs, in this order per ring: drop the closing position, remove consecutive duplicate positions (also a
 * last position equal to the first; each removed position counts in `duplicateVertices`), close the ring
 * (counted in `ringsClosed` when the input ring was not closed), then rewind to RFC 7946 §3.1.6 (exterior
 * counter-clockwise, holes clockwise, in lon/lat; counted in `ringsRewound`). Lines get the duplicate removal.
 * Not checked: hole edges crossing the exterior while every hole position is inside, holes crossing each other,
 * overlaps between polygons or features. A leading byte-order mark is stripped before parsing.
 */
import type { Feature, Geometry, Position } from 'geojson';
import type { BBox } from '../domain/geo';
import { HANOI_BBOX } from '../domain/geo';
import type { DataIssue, RepairCounts } from '../domain/report';
import { clip, type Bilingual } from './import/issue';

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
  /**
   * The number each input feature has in its file, used in messages and `index` (features taken from a larger
   * file, e.g. one kind of a mixed file). @default the feature's position in the input
   */
  indices?: readonly number[];
};

/** Defaults for the optional fields of {@link GeoJsonSpec}. */
export const GEOJSON_SPEC_DEFAULTS = {
  bbox: HANOI_BBOX,
  checkSelfIntersection: true,
} as const satisfies Pick<Required<GeoJsonSpec>, 'bbox' | 'checkSelfIntersection'>;

/**
 * The result of {@link parseGeoJsonLayer}: accepted features in input order, the number of each (as in messages,
 * see {@link GeoJsonSpec.indices}), issues, repair counts.
 */
export type ParsedLayer = { features: Feature[]; indices: number[]; issues: DataIssue[]; repairs: RepairCounts };

type Json = Record<string, unknown>;
/** One problem of a feature: the rule and the two halves of the message, in both languages. */
type Problem = { rule: string; what: Bilingual; why: Bilingual };
type FeatureResult =
  | { ok: true; feature: Feature; warnings: Problem[]; repairs: RepairCounts }
  | { ok: false; problem: Problem };

const problem = (rule: string, what: Bilingual, why: Bilingual): Problem => ({ rule, what, why });

/** Nesting depth of `coordinates` per type (1 = a position), and the word for each level below the top. */
const LEVELS: Readonly<Record<GeometryType, readonly string[]>> = {
  Point: [],
  MultiPoint: ['point'],
  LineString: ['position'],
  MultiLineString: ['line', 'position'],
  Polygon: ['ring', 'position'],
  MultiPolygon: ['polygon', 'ring', 'position'],
};

/** The Vietnamese word of each level word. */
const LEVEL_VI: Readonly<Record<string, string>> = { point: 'điểm', position: 'vị trí', line: 'đường', ring: 'vòng', polygon: 'đa giác' };

/** Beyond this absolute value a coordinate is no longer degrees: projected metres (VN-2000 / UTM). */
const PROJECTED_THRESHOLD = 1000;

const JSON_RULE: Bilingual = { en: 'the file must be valid JSON (RFC 8259)', vi: 'tệp phải là JSON hợp lệ (RFC 8259)' };
const EMPTY_RULE: Bilingual = { en: 'a geometry must not have empty parts', vi: 'một hình học không được có phần trống' };
const RING_RULE: Bilingual = { en: 'a linear ring needs at least 4 positions (RFC 7946 §3.1.6)', vi: 'một vòng khép kín cần ít nhất 4 vị trí (RFC 7946 §3.1.6)' };
const LINE_RULE: Bilingual = { en: 'a LineString needs at least 2 positions (RFC 7946 §3.1.4)', vi: 'một LineString cần ít nhất 2 vị trí (RFC 7946 §3.1.4)' };
const HOLE_RULE: Bilingual = {
  en: "a hole must lie inside its polygon's exterior ring (RFC 7946 §3.1.6)",
  vi: 'một lỗ phải nằm trong vòng ngoài của đa giác (RFC 7946 §3.1.6)',
};

/** A file-level issue of a layer file, in both languages. */
function fileLevelIssue(file: string, severity: DataIssue['severity'], rule: string, what: Bilingual, why: Bilingual): DataIssue {
  return { severity, rule, file, index: null, key: null, message: `${file}: ${what.en} — ${why.en}`, vi: `${file}: ${what.vi} — ${why.vi}` };
}

/** The `json-invalid` issue of a text that `JSON.parse` refused with `err`: line, column and JSON's own reason. */
export function jsonInvalidIssue(file: string, text: string, err: unknown): DataIssue {
  return fileLevelIssue(file, 'error', 'json-invalid', describeJsonError(text, err), JSON_RULE);
}

/** Validates and repairs one GeoJSON layer file; see the module comment for the rules and messages. */
export function parseGeoJsonLayer(text: string, spec: GeoJsonSpec): ParsedLayer {
  const { file } = spec;
  const repairs: RepairCounts = { duplicateVertices: 0, ringsClosed: 0, ringsRewound: 0 };
  const fail = (issue: DataIssue): ParsedLayer => ({ features: [], indices: [], issues: [issue], repairs });
  let root: unknown;
  try {
    root = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (err) {
    return fail(jsonInvalidIssue(file, text, err));
  }
  const collectionRule = {
    en: 'a layer file must be one GeoJSON FeatureCollection (RFC 7946 §3.3)',
    vi: 'một tệp lớp phải là một GeoJSON FeatureCollection (RFC 7946 §3.3)',
  };
  if (!isObject(root)) {
    const v = formatValue(root);
    return fail(fileLevelIssue(file, 'error', 'not-feature-collection', { en: `top-level value is ${v}`, vi: `giá trị cấp cao nhất là ${v}` }, collectionRule));
  }
  if (root['type'] !== 'FeatureCollection') {
    const v = formatValue(root['type']);
    return fail(fileLevelIssue(file, 'error', 'not-feature-collection', { en: `top-level "type" is ${v}`, vi: `"type" ở cấp cao nhất là ${v}` }, collectionRule));
  }
  const rawFeatures = root['features'];
  if (!Array.isArray(rawFeatures)) return fail(featuresNotArrayIssue(file, rawFeatures));
  const parsed = parseGeoJsonFeatures(rawFeatures, spec);
  if (rawFeatures.length === 0) parsed.issues.unshift(collectionEmptyIssue(file));
  return parsed;
}

/** The `features-not-array` error of a FeatureCollection whose `features` member is `value`. */
export function featuresNotArrayIssue(file: string, value: unknown): DataIssue {
  const v = formatValue(value);
  return fileLevelIssue(file, 'error', 'features-not-array', { en: `"features" is ${v}`, vi: `"features" là ${v}` }, {
    en: `a FeatureCollection's "features" must be an array (RFC 7946 §3.3)`,
    vi: `"features" của một FeatureCollection phải là một mảng (RFC 7946 §3.3)`,
  });
}

/** The `collection-empty` warning of a FeatureCollection without features. */
export function collectionEmptyIssue(file: string): DataIssue {
  return fileLevelIssue(file, 'warning', 'collection-empty', { en: 'the FeatureCollection has no features', vi: 'FeatureCollection không có đối tượng nào' }, {
    en: 'a layer should have at least one feature',
    vi: 'một lớp cần có ít nhất một đối tượng',
  });
}

/**
 * Validates and repairs features already read (the members of a FeatureCollection's `features`, as any JSON
 * values); the rules and messages of {@link parseGeoJsonLayer}, without its file-level checks.
 */
export function parseGeoJsonFeatures(rawFeatures: readonly unknown[], spec: GeoJsonSpec): ParsedLayer {
  const { file } = spec;
  const issues: DataIssue[] = [];
  const repairs: RepairCounts = { duplicateVertices: 0, ringsClosed: 0, ringsRewound: 0 };
  const features: Feature[] = [];
  const indices: number[] = [];
  const firstIndexOfKey = new Map<string, number>();
  rawFeatures.forEach((raw: unknown, position) => {
    const index = spec.indices?.[position] ?? position;
    const key = spec.keyProperty !== null && isObject(raw) ? readKey(raw['properties'], spec.keyProperty) : null;
    const keyPart = typeof key === 'string' ? ` (${clip(spec.keyProperty ?? '', 80)} "${clip(key, 80)}")` : '';
    const issueKey = typeof key === 'string' ? key : null;
    const push = (severity: DataIssue['severity'], p: Problem): void => {
      issues.push({
        severity, rule: p.rule, file, index, key: issueKey,
        message: `${file}: feature ${index}${keyPart}: ${p.what.en} — ${p.why.en}`,
        vi: `${file}: đối tượng ${index}${keyPart}: ${p.what.vi} — ${p.why.vi}`,
      });
    };
    const keyProblem = checkKey(key, index, spec, firstIndexOfKey);
    if (keyProblem !== null) return push('error', keyProblem);
    const result = checkFeature(raw, spec);
    if (!result.ok) return push('error', result.problem);
    features.push(result.feature);
    indices.push(index);
    for (const w of result.warnings) push('warning', w);
    repairs.duplicateVertices += result.repairs.duplicateVertices;
    repairs.ringsClosed += result.repairs.ringsClosed;
    repairs.ringsRewound += result.repairs.ringsRewound;
  });
  return { features, indices, issues, repairs };
}

/** The key as a string, or a description of why it cannot be read (`{ problem }`). */
function readKey(properties: unknown, keyProperty: string): string | { problem: Bilingual } {
  const value = isObject(properties) ? properties[keyProperty] : undefined;
  const p = `"${clip(keyProperty, 80)}"`;
  if (value === undefined) return { problem: { en: `property ${p} is missing`, vi: `thiếu thuộc tính ${p}` } };
  if (value === null) return { problem: { en: `property ${p} is null`, vi: `thuộc tính ${p} là null` } };
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') {
    const v = formatValue(value);
    return { problem: { en: `property ${p} is ${v}, not a string`, vi: `thuộc tính ${p} là ${v}, không phải chuỗi` } };
  }
  if (value.trim() === '') return { problem: { en: `property ${p} is empty`, vi: `thuộc tính ${p} trống` } };
  return value;
}

function checkKey(
  key: string | { problem: Bilingual } | null,
  index: number,
  spec: GeoJsonSpec,
  firstIndexOfKey: Map<string, number>,
): Problem | null {
  const prop = spec.keyProperty;
  if (prop === null || key === null) return null;
  if (typeof key !== 'string') return problem('key-missing', key.problem, { en: `every feature needs a "${prop}"`, vi: `mọi đối tượng cần có "${prop}"` });
  const k = clip(key, 80);
  if (spec.keyPattern !== undefined && !spec.keyPattern.test(key)) {
    const pattern = String(spec.keyPattern);
    return problem(
      'key-pattern',
      { en: `${prop} "${k}" does not match ${pattern}`, vi: `${prop} "${k}" không khớp ${pattern}` },
      { en: `every "${prop}" must match ${pattern}`, vi: `mọi "${prop}" phải khớp ${pattern}` },
    );
  }
  const first = firstIndexOfKey.get(key);
  if (first !== undefined) {
    return problem(
      'key-duplicate',
      { en: `${prop} "${k}" is also used by feature ${first}`, vi: `${prop} "${k}" đã được dùng ở đối tượng ${first}` },
      { en: `every "${prop}" must be unique`, vi: `mỗi "${prop}" phải là duy nhất` },
    );
  }
  firstIndexOfKey.set(key, index);
  return null;
}

function checkFeature(raw: unknown, spec: GeoJsonSpec): FeatureResult {
  const fail = (p: Problem): FeatureResult => ({ ok: false, problem: p });
  const featureRule = { en: 'every member of "features" must be a GeoJSON Feature', vi: 'mọi phần tử của "features" phải là một GeoJSON Feature' };
  if (!isObject(raw)) {
    const v = formatValue(raw);
    return fail(problem('feature-invalid', { en: `is ${v}`, vi: `là ${v}` }, featureRule));
  }
  if (raw['type'] !== 'Feature') {
    const v = formatValue(raw['type']);
    return fail(problem('feature-invalid', { en: `"type" is ${v}`, vi: `"type" là ${v}` }, featureRule));
  }
  const expected = { en: formatTypeList(spec.geometryTypes, 'or'), vi: formatTypeList(spec.geometryTypes, 'hoặc') };
  const geometry = raw['geometry'];
  if (geometry === null || geometry === undefined) {
    const what = geometry === null ? { en: 'geometry is null', vi: 'hình học là null' } : { en: 'geometry is missing', vi: 'thiếu hình học' };
    return fail(problem('geometry-null', what, { en: `every feature needs a ${expected.en} geometry`, vi: `mọi đối tượng cần có hình học ${expected.vi}` }));
  }
  const expectedRule = { en: `expected ${expected.en}`, vi: `cần ${expected.vi}` };
  if (!isObject(geometry)) {
    const v = formatValue(geometry);
    return fail(problem('geometry-type', { en: `geometry is ${v}`, vi: `hình học là ${v}` }, expectedRule));
  }
  const type = geometry['type'];
  if (!spec.geometryTypes.some((t) => t === type)) {
    const v = formatValue(type);
    return fail(problem('geometry-type', { en: `geometry type is ${v}`, vi: `kiểu hình học là ${v}` }, expectedRule));
  }
  const geometryType = type as GeometryType;
  const labels = LEVELS[geometryType];
  const coordinates = geometry['coordinates'];
  const structural = checkStructure(coordinates, labels, [], droppableEmpty(geometryType));
  if (structural !== null) return fail(structural);
  const outside = checkExtent(coordinates, labels.length, spec.bbox ?? GEOJSON_SPEC_DEFAULTS.bbox);
  if (outside !== null) return fail(outside);
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

/** `polygon 1 ring 0 position 3` (and its Vietnamese) from the level words and the index path; `coordinates` for the top. */
function where(labels: readonly string[], path: readonly number[]): Bilingual {
  if (labels.length === 0) return { en: 'position', vi: 'vị trí' };
  if (path.length === 0) return { en: 'coordinates', vi: 'tọa độ' };
  return {
    en: path.map((i, level) => `${labels[level]} ${i}`).join(' '),
    vi: path.map((i, level) => `${LEVEL_VI[labels[level]!] ?? labels[level]} ${i}`).join(' '),
  };
}

/**
 * Which empty arrays are a droppable part rather than an error: a MultiPolygon's polygon (`[]`) or ring
 * (`[[]]`, `[[…], []]`), a Polygon's hole, a MultiLineString's line. The repair drops them with a warning.
 */
function droppableEmpty(type: GeometryType): (path: readonly number[]) => boolean {
  if (type === 'MultiPolygon') return (path) => path.length === 1 || path.length === 2;
  if (type === 'Polygon') return (path) => path.length === 1 && path[0]! > 0;
  if (type === 'MultiLineString') return (path) => path.length === 1;
  return () => false;
}

/** The first structural problem (empty part not droppable, non-array, bad position), depth first, or null. */
function checkStructure(value: unknown, labels: readonly string[], path: number[], droppable: (path: readonly number[]) => boolean): Problem | null {
  const here = where(labels, path);
  const verb = { en: path.length === 0 ? 'are' : 'is' };
  if (path.length === labels.length) {
    const ok = Array.isArray(value) && value.length >= 2 && value.every((c) => typeof c === 'number' && Number.isFinite(c));
    if (ok) return null;
    const v = formatValue(value);
    return problem('coordinate-invalid', { en: `${here.en} is ${v}`, vi: `${here.vi} là ${v}` }, {
      en: 'a position must be [lng, lat] finite numbers',
      vi: 'một vị trí phải là [kinh độ, vĩ độ] bằng số hữu hạn',
    });
  }
  if (!Array.isArray(value)) {
    const what = value === undefined
      ? { en: `${here.en} ${verb.en} missing`, vi: `thiếu ${here.vi}` }
      : { en: `${here.en} ${verb.en} ${formatValue(value)}`, vi: `${here.vi} là ${formatValue(value)}` };
    return problem('coordinate-invalid', what, { en: 'expected an array of positions', vi: 'cần một mảng các vị trí' });
  }
  if (value.length === 0) {
    if (droppable(path)) return null;
    return problem('coordinates-empty', { en: `${here.en} ${verb.en} empty`, vi: `${here.vi} trống` }, EMPTY_RULE);
  }
  for (let i = 0; i < value.length; i++) {
    const p = checkStructure(value[i], labels, [...path, i], droppable);
    if (p !== null) return p;
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
  const hanoi = bbox === HANOI_BBOX;
  const area = { en: hanoi ? 'Hà Nội' : 'the layer extent', vi: hanoi ? 'Hà Nội' : 'phạm vi của lớp' };
  const more = count > 1 ? { en: ` (and ${count - 1} more)`, vi: ` (và ${count - 1} tọa độ khác)` } : { en: '', vi: '' };
  const pos = formatPosition(first);
  const what = {
    en: `coordinate ${pos}${more.en} is outside ${area.en} (lon ${minX}–${maxX}, lat ${minY}–${maxY})`,
    vi: `tọa độ ${pos}${more.vi} nằm ngoài ${area.vi} (kinh độ ${minX}–${maxX}, vĩ độ ${minY}–${maxY})`,
  };
  if (inside(y, x)) return problem('coords-swapped', what, { en: 'latitude and longitude look swapped', vi: 'vĩ độ và kinh độ có vẻ bị đảo chỗ' });
  if (Math.abs(x) > PROJECTED_THRESHOLD || Math.abs(y) > PROJECTED_THRESHOLD) {
    return problem('coords-projected', what, {
      en: 'looks like projected metres (VN-2000 / UTM), not WGS84 degrees',
      vi: 'có vẻ là mét của một hệ chiếu (VN-2000 / UTM), không phải độ WGS84',
    });
  }
  return problem('coords-outside', what, { en: `the layer must lie within ${area.en}`, vi: `lớp phải nằm trong ${area.vi}` });
}

type Repaired =
  | { ok: true; coordinates: unknown; warnings: Problem[]; repairs: RepairCounts }
  | { ok: false; problem: Problem };

/** A part dropped from a geometry: the warning, kept as the error's cause when nothing is left. */
const dropped = (rule: string, what: Bilingual, part: Bilingual, why: Bilingual): Problem =>
  problem(rule, what, { en: `dropped ${part.en}: ${why.en}`, vi: `đã bỏ ${part.vi}: ${why.vi}` });

/** The error of a geometry none of whose parts is left: the first dropped part's problem. */
const nothingLeft = (first: Problem, kind: Bilingual): Problem =>
  problem(first.rule, first.what, { en: `no ${kind.en} is left: ${first.why.en.replace(/^dropped [^:]*: /, '')}`, vi: `không còn ${kind.vi} nào: ${first.why.vi.replace(/^đã bỏ [^:]*: /, '')}` });

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Repairs rings and lines of structurally valid, in-extent coordinates; fails on the first bad ring or line. */
function repairCoordinates(type: GeometryType, coordinates: unknown, checkSelf: boolean): Repaired {
  const repairs: RepairCounts = { duplicateVertices: 0, ringsClosed: 0, ringsRewound: 0 };
  const warnings: Problem[] = [];
  if (type === 'Polygon' || type === 'MultiPolygon') {
    const multi = type === 'MultiPolygon';
    const polygons = (multi ? coordinates : [coordinates]) as Position[][][];
    const out: Position[][][] = [];
    const partDrops: Problem[] = [];
    for (let p = 0; p < polygons.length; p++) {
      const polygon = polygons[p]!;
      const ringName = (r: number): Bilingual => (multi ? { en: `polygon ${p} ring ${r}`, vi: `đa giác ${p} vòng ${r}` } : { en: `ring ${r}`, vi: `vòng ${r}` });
      const partName = { en: `polygon ${p}`, vi: `đa giác ${p}` };
      const thatRing = { en: 'that ring', vi: 'vòng đó' };
      if (polygon.length === 0) {
        partDrops.push(dropped('coordinates-empty', { en: `polygon ${p} is empty`, vi: `đa giác ${p} trống` }, partName, EMPTY_RULE));
        continue;
      }
      const rings: Position[][] = [];
      const ringCounts: RepairCounts = { duplicateVertices: 0, ringsClosed: 0, ringsRewound: 0 };
      const ringDrops: Problem[] = [];
      let partDropped: Problem | null = null;
      for (let r = 0; r < polygon.length && partDropped === null; r++) {
        const name = ringName(r);
        const input = polygon[r]!;
        if (input.length === 0) {
          const what = { en: `${name.en} is empty`, vi: `${name.vi} trống` };
          if (r === 0) partDropped = dropped('coordinates-empty', what, partName, EMPTY_RULE);
          else ringDrops.push(dropped('coordinates-empty', what, thatRing, EMPTY_RULE));
          continue;
        }
        const fixed = repairRing(input);
        if (fixed.ring.length < 4) {
          const n = fixed.ring.length;
          const what = { en: `${name.en} has ${plural(n, 'position')} after repair`, vi: `${name.vi} còn ${n} vị trí sau khi sửa` };
          if (r > 0) ringDrops.push(dropped('ring-too-few-positions', what, thatRing, RING_RULE));
          else if (multi) partDropped = dropped('ring-too-few-positions', what, partName, RING_RULE);
          else return { ok: false, problem: problem('ring-too-few-positions', what, RING_RULE) };
          continue;
        }
        if (checkSelf) {
          const check = checkRingSimple(fixed.ring);
          const cross = selfIntersectionProblem(name, check);
          if (cross !== null) return { ok: false, problem: cross };
          const touch = selfTouchProblem(name, check);
          if (touch !== null) ringDrops.push(touch);
        }
        if (r > 0 && rings.length > 0) {
          const side = holeSide(fixed.ring, rings[0]!);
          const shell = ringName(0);
          if (side === 'crosses') {
            const what = { en: `${name.en} has positions both inside and outside ${shell.en}`, vi: `${name.vi} có vị trí cả trong lẫn ngoài ${shell.vi}` };
            return { ok: false, problem: problem('hole-crosses-exterior', what, HOLE_RULE) };
          }
          if (side === 'outside') {
            const what = { en: `${name.en} lies outside ${shell.en}`, vi: `${name.vi} nằm ngoài ${shell.vi}` };
            const why = { en: `${HOLE_RULE.en}; kept, it would count as area`, vi: `${HOLE_RULE.vi}; nếu giữ, nó sẽ bị tính thành diện tích` };
            ringDrops.push(dropped('hole-outside', what, thatRing, why));
            continue;
          }
        }
        const area = ringSignedArea(fixed.ring);
        if (area !== 0 && area > 0 !== (r === 0)) {
          fixed.ring.reverse();
          ringCounts.ringsRewound++;
        }
        ringCounts.duplicateVertices += fixed.removed;
        if (fixed.closed) ringCounts.ringsClosed++;
        rings.push(fixed.ring);
      }
      if (partDropped !== null) {
        partDrops.push(partDropped);
        continue;
      }
      warnings.push(...ringDrops);
      repairs.duplicateVertices += ringCounts.duplicateVertices;
      repairs.ringsClosed += ringCounts.ringsClosed;
      repairs.ringsRewound += ringCounts.ringsRewound;
      out.push(rings);
    }
    if (out.length === 0) return { ok: false, problem: nothingLeft(partDrops[0]!, { en: 'polygon', vi: 'đa giác' }) };
    warnings.push(...partDrops);
    return { ok: true, coordinates: multi ? out : out[0], warnings, repairs };
  }
  if (type === 'LineString' || type === 'MultiLineString') {
    const multi = type === 'MultiLineString';
    const lines = (multi ? coordinates : [coordinates]) as Position[][];
    const out: Position[][] = [];
    const drops: Problem[] = [];
    for (let l = 0; l < lines.length; l++) {
      const input = lines[l]!;
      const name = multi ? { en: `line ${l}`, vi: `đường ${l}` } : { en: 'line', vi: 'đường' };
      const thatLine = { en: `line ${l}`, vi: `đường ${l}` };
      if (input.length === 0) {
        drops.push(dropped('coordinates-empty', { en: `${name.en} is empty`, vi: `${name.vi} trống` }, thatLine, EMPTY_RULE));
        continue;
      }
      const { line, removed } = dedupeLine(input);
      if (line.length < 2) {
        const what = { en: `${name.en} has ${plural(line.length, 'position')} after repair`, vi: `${name.vi} còn ${line.length} vị trí sau khi sửa` };
        if (!multi) return { ok: false, problem: problem('line-too-few-positions', what, LINE_RULE) };
        drops.push(dropped('line-too-few-positions', what, thatLine, LINE_RULE));
        continue;
      }
      repairs.duplicateVertices += removed;
      out.push(line);
    }
    if (out.length === 0) return { ok: false, problem: nothingLeft(drops[0]!, { en: 'line', vi: 'đường' }) };
    warnings.push(...drops);
    return { ok: true, coordinates: multi ? out : out[0], warnings, repairs };
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

const SELF_INTERSECTION_RULE: Bilingual = {
  en: 'a polygon ring must not cross or overlap itself (OGC Simple Features)',
  vi: 'một vòng của đa giác không được tự cắt hay tự chồng lên chính nó (OGC Simple Features)',
};

function selfIntersectionProblem(name: Bilingual, check: RingCheck): Problem | null {
  const first = check.intersections[0];
  if (first === undefined) return null;
  const at = formatPosition(roundPosition(first.at));
  const n = check.intersections.length - 1;
  const more = n > 0 ? { en: ` (and ${n} more)`, vi: ` (và ${n} chỗ khác)` } : { en: '', vi: '' };
  const what =
    first.kind === 'cross'
      ? { en: `${name.en} crosses itself near ${at}${more.en}`, vi: `${name.vi} tự cắt gần ${at}${more.vi}` }
      : first.kind === 'overlap'
        ? { en: `${name.en} overlaps itself along a segment near ${at}${more.en}`, vi: `${name.vi} tự chồng lên chính nó dọc một đoạn gần ${at}${more.vi}` }
        : { en: `${name.en} doubles back on itself at ${at}${more.en}`, vi: `${name.vi} quay ngược lại trên chính nó tại ${at}${more.vi}` };
  return problem('ring-self-intersection', what, SELF_INTERSECTION_RULE);
}

function selfTouchProblem(name: Bilingual, check: RingCheck): Problem | null {
  const first = check.touches[0];
  if (first === undefined) return null;
  const n = check.touches.length - 1;
  const more = n > 0 ? { en: ` (and ${n} more)`, vi: ` (và ${n} chỗ khác)` } : { en: '', vi: '' };
  const at = formatPosition(roundPosition(first));
  return problem('ring-self-touch', { en: `${name.en} touches itself at ${at}${more.en}`, vi: `${name.vi} tự chạm vào chính nó tại ${at}${more.vi}` }, {
    en: 'accepted: a ring may touch itself at a point without crossing',
    vi: 'chấp nhận: một vòng có thể tự chạm tại một điểm mà không cắt qua',
  });
}

/** `invalid JSON at line L, column C: <V8's reason>` from a `JSON.parse` error; positions one-based. */
function describeJsonError(text: string, err: unknown): Bilingual {
  const raw = err instanceof Error ? err.message : String(err);
  // V8 (Node 20) appends "in JSON at position N"; Node 22 also appends "(line L column C)".
  const match = /\s*in JSON at position (\d+)(?: \(line \d+ column \d+\))?/.exec(raw);
  const reason = clip(raw.replace(match?.[0] ?? '', '').replace(/^Unexpected end of JSON input$/, 'unexpected end of input'));
  const bomOffset = text.startsWith('\uFEFF') ? 1 : 0;
  const position = match !== null ? Number(match[1]) + bomOffset : /end of JSON input/.test(raw) ? text.length : null;
  if (position === null) return { en: `invalid JSON: ${reason}`, vi: `JSON không hợp lệ: ${reason}` };
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - (before.lastIndexOf('\n') + 1) + 1;
  return { en: `invalid JSON at line ${line}, column ${column}: ${reason}`, vi: `JSON không hợp lệ ở dòng ${line}, cột ${column}: ${reason}` };
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `Polygon or MultiPolygon`, `Point, LineString or Polygon` (`hoặc` in Vietnamese). */
function formatTypeList(types: readonly string[], or: string): string {
  if (types.length <= 1) return types[0] ?? '(none)';
  return `${types.slice(0, -1).join(', ')} ${or} ${types[types.length - 1]}`;
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
export function formatValue(value: unknown): string {
  const render = (v: unknown, depth: number): string => {
    if (v === undefined) return 'undefined';
    if (typeof v === 'string') return JSON.stringify(v.length > MAX_VALUE_CHARS ? v.slice(0, MAX_VALUE_CHARS) : v);
    if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
    if (Array.isArray(v)) return depth > 2 ? '[…]' : `[${v.slice(0, 8).map((x) => render(x, depth + 1)).join(', ')}${v.length > 8 ? ', …' : ''}]`;
    return '{…}';
  };
  const s = render(value, 0);
  return s.length > MAX_VALUE_CHARS ? `${s.slice(0, MAX_VALUE_CHARS - 1)}…` : s;
}

/** Where a hole lies against its exterior: no position strictly inside (`outside`), some on each side, or inside. */
function holeSide(hole: readonly Position[], exterior: readonly Position[]): 'inside' | 'outside' | 'crosses' {
  let inside = 0;
  let outside = 0;
  for (let i = 0; i + 1 < hole.length; i++) {
    const side = pointInRing(hole[i]!, exterior);
    if (side > 0) inside++;
    else if (side < 0) outside++;
  }
  return inside === 0 ? 'outside' : outside > 0 ? 'crosses' : 'inside';
}

/**
 * Whether `p` lies inside (1), on the edge of (0) or outside (−1) a closed ring, by crossing number (ray cast to
 * +x, half-open edges; Haines, "Point in Polygon Strategies", Graphics Gems IV, 1994). Planar, lon/lat degrees.
 */
function pointInRing(p: Position, ring: readonly Position[]): number {
  const x = p[0]!;
  const y = p[1]!;
  let inside = false;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[i + 1]!;
    const ax = a[0]!, ay = a[1]!, bx = b[0]!, by = b[1]!;
    if (orient(a, b, p) === 0 && x >= Math.min(ax, bx) && x <= Math.max(ax, bx) && y >= Math.min(ay, by) && y <= Math.max(ay, by)) return 0;
    if (ay > y !== by > y && x < ax + ((y - ay) * (bx - ax)) / (by - ay)) inside = !inside;
  }
  return inside ? 1 : -1;
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
