/**
 * Checks of one feature for the GeoJSON layer checks (`./geojson-input.ts`): its key, its Feature and geometry
 * shape, the structure of its coordinates and their extent, then the ring and line repair (`./geojson-rings.ts`).
 * Positions are `[lng, lat]` WGS84 degrees.
 */
import type { Feature, Geometry, Position } from 'geojson';
import type { BBox } from '../domain/geo.js';
import { HANOI_BBOX } from '../domain/geo.js';
import type { RepairCounts } from '../domain/report.js';
import { clip, type Bilingual } from './import/issue.js';
import {
  EMPTY_RULE,
  formatPosition,
  formatTypeList,
  formatValue,
  isObject,
  problem,
  type Problem,
} from './geojson-messages.js';
import { repairCoordinates } from './geojson-rings.js';
import { GEOJSON_SPEC_DEFAULTS, type GeometryType, type GeoJsonSpec } from './geojson-spec.js';

/** One checked feature: accepted (repaired) with its warnings and repair counts, or rejected with one problem. */
export type FeatureResult =
  { ok: true; feature: Feature; warnings: Problem[]; repairs: RepairCounts } | { ok: false; problem: Problem };

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
const LEVEL_VI: Readonly<Record<string, string>> = {
  point: 'điểm',
  position: 'vị trí',
  line: 'đường',
  ring: 'vòng',
  polygon: 'đa giác',
};

/** Beyond this absolute value a coordinate is no longer degrees: projected metres (VN-2000 / UTM). */
const PROJECTED_THRESHOLD = 1000;

/** The key as a string, or a description of why it cannot be read (`{ problem }`). */
export function readKey(properties: unknown, keyProperty: string): string | { problem: Bilingual } {
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

/**
 * The key problem of the feature at `index` (missing, not matching `spec.keyPattern`, already used), or null;
 * records the first index of each key in `firstIndexOfKey`.
 */
export function checkKey(
  key: string | { problem: Bilingual } | null,
  index: number,
  spec: GeoJsonSpec,
  firstIndexOfKey: Map<string, number>,
): Problem | null {
  const prop = spec.keyProperty;
  if (prop === null || key === null) return null;
  if (typeof key !== 'string')
    return problem('key-missing', key.problem, {
      en: `every feature needs a "${prop}"`,
      vi: `mọi đối tượng cần có "${prop}"`,
    });
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

/** Checks and repairs one member of `features`: Feature shape, geometry type, structure, extent, rings and lines. */
export function checkFeature(raw: unknown, spec: GeoJsonSpec): FeatureResult {
  const fail = (p: Problem): FeatureResult => ({ ok: false, problem: p });
  const featureRule = {
    en: 'every member of "features" must be a GeoJSON Feature',
    vi: 'mọi phần tử của "features" phải là một GeoJSON Feature',
  };
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
    const what =
      geometry === null
        ? { en: 'geometry is null', vi: 'hình học là null' }
        : { en: 'geometry is missing', vi: 'thiếu hình học' };
    return fail(
      problem('geometry-null', what, {
        en: `every feature needs a ${expected.en} geometry`,
        vi: `mọi đối tượng cần có hình học ${expected.vi}`,
      }),
    );
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
  const repaired = repairCoordinates(
    geometryType,
    coordinates,
    spec.checkSelfIntersection ?? GEOJSON_SPEC_DEFAULTS.checkSelfIntersection,
  );
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
function checkStructure(
  value: unknown,
  labels: readonly string[],
  path: number[],
  droppable: (path: readonly number[]) => boolean,
): Problem | null {
  const here = where(labels, path);
  const verb = { en: path.length === 0 ? 'are' : 'is' };
  if (path.length === labels.length) {
    const ok =
      Array.isArray(value) && value.length >= 2 && value.every((c) => typeof c === 'number' && Number.isFinite(c));
    if (ok) return null;
    const v = formatValue(value);
    return problem(
      'coordinate-invalid',
      { en: `${here.en} is ${v}`, vi: `${here.vi} là ${v}` },
      {
        en: 'a position must be [lng, lat] finite numbers',
        vi: 'một vị trí phải là [kinh độ, vĩ độ] bằng số hữu hạn',
      },
    );
  }
  if (!Array.isArray(value)) {
    const what =
      value === undefined
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
  const more =
    count > 1 ? { en: ` (and ${count - 1} more)`, vi: ` (và ${count - 1} tọa độ khác)` } : { en: '', vi: '' };
  const pos = formatPosition(first);
  const what = {
    en: `coordinate ${pos}${more.en} is outside ${area.en} (lon ${minX}–${maxX}, lat ${minY}–${maxY})`,
    vi: `tọa độ ${pos}${more.vi} nằm ngoài ${area.vi} (kinh độ ${minX}–${maxX}, vĩ độ ${minY}–${maxY})`,
  };
  if (inside(y, x))
    return problem(
      'coords-swapped',
      what,
      { en: 'latitude and longitude look swapped', vi: 'vĩ độ và kinh độ có vẻ bị đảo chỗ' },
      pos,
    );
  if (Math.abs(x) > PROJECTED_THRESHOLD || Math.abs(y) > PROJECTED_THRESHOLD) {
    return problem(
      'coords-projected',
      what,
      {
        en: 'looks like projected metres (VN-2000 / UTM), not WGS84 degrees',
        vi: 'có vẻ là mét của một hệ chiếu (VN-2000 / UTM), không phải độ WGS84',
      },
      pos,
    );
  }
  return problem(
    'coords-outside',
    what,
    { en: `the layer must lie within ${area.en}`, vi: `lớp phải nằm trong ${area.vi}` },
    pos,
  );
}
