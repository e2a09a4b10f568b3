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
 *
 * Internals: `./geojson-spec.ts` (the spec and result types), `./geojson-feature.ts` (key, shape, structure,
 * extent), `./geojson-rings.ts` (ring and line repair), `./geojson-ring-geometry.ts` (planar predicates) and
 * `./geojson-messages.ts` (message pieces).
 */
import type { Feature } from 'geojson';
import type { DataIssue, RepairCounts } from '../domain/report.js';
import { clip } from './import/issue.js';
import { checkFeature, checkKey, readKey } from './geojson-feature.js';
import {
  JSON_RULE,
  describeJsonError,
  fileLevelIssue,
  formatValue,
  isObject,
  type Problem,
} from './geojson-messages.js';
import type { GeoJsonSpec, ParsedLayer } from './geojson-spec.js';

export { GEOJSON_SPEC_DEFAULTS, type GeoJsonSpec, type GeometryType, type ParsedLayer } from './geojson-spec.js';
export { formatValue } from './geojson-messages.js';

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
    return fail(
      fileLevelIssue(
        file,
        'error',
        'not-feature-collection',
        { en: `top-level value is ${v}`, vi: `giá trị cấp cao nhất là ${v}` },
        collectionRule,
      ),
    );
  }
  if (root['type'] !== 'FeatureCollection') {
    const v = formatValue(root['type']);
    return fail(
      fileLevelIssue(
        file,
        'error',
        'not-feature-collection',
        { en: `top-level "type" is ${v}`, vi: `"type" ở cấp cao nhất là ${v}` },
        collectionRule,
      ),
    );
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
  return fileLevelIssue(
    file,
    'error',
    'features-not-array',
    { en: `"features" is ${v}`, vi: `"features" là ${v}` },
    {
      en: `a FeatureCollection's "features" must be an array (RFC 7946 §3.3)`,
      vi: `"features" của một FeatureCollection phải là một mảng (RFC 7946 §3.3)`,
    },
  );
}

/** The `collection-empty` warning of a FeatureCollection without features. */
export function collectionEmptyIssue(file: string): DataIssue {
  return fileLevelIssue(
    file,
    'warning',
    'collection-empty',
    { en: 'the FeatureCollection has no features', vi: 'FeatureCollection không có đối tượng nào' },
    {
      en: 'a layer should have at least one feature',
      vi: 'một lớp cần có ít nhất một đối tượng',
    },
  );
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
        severity,
        rule: p.rule,
        file,
        index,
        key: issueKey,
        message: `${file}: feature ${index}${keyPart}: ${p.what.en} — ${p.why.en}`,
        vi: `${file}: đối tượng ${index}${keyPart}: ${p.what.vi} — ${p.why.vi}`,
        ...(p.value !== undefined ? { value: p.value } : {}),
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
