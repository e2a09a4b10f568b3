/**
 * The one reader of GeoJSON text for imports: JSON → features numbered as in the file, the declared CRS, and a
 * report. Validation of each feature is left to the importers (`parseGeoJsonFeatures` in `../geojson-input.ts`).
 *
 * - A FeatureCollection is read as is. A single Feature, or a bare geometry, is read as a collection of one
 *   feature (RFC 7946 §3 allows a GeoJSON text to be any GeoJSON object), with a note.
 * - A feature whose geometry is a GeometryCollection (RFC 7946 §3.1.8) is split into one feature per member, each
 *   with the feature's properties and number; a nested or empty GeometryCollection refuses the feature by name.
 * - The `crs` member (GeoJSON 2008 §3, still written by QGIS and GDAL) is read by `crsOfGeoJsonMember`. When it
 *   declares a projected VN-2000 system, every position is converted with its `toWgs84(x, y)` before any
 *   validation, so a coverage polygon in VN-2000 metres is accepted; the report says how many positions.
 *   Positions within ±1000 (degrees, not metres) are left as they are and named.
 *
 * Rules of its messages (features numbered from 0; `<id>` is the feature's `id` member or `id` property):
 *
 * | rule | severity | example |
 * |---|---|---|
 * | `file-empty` | error | `a.geojson: the file is empty — a GeoJSON file holds a FeatureCollection, a Feature or a geometry (RFC 7946 §3)` |
 * | `json-invalid` | error | `a.geojson: invalid JSON at line 1, column 9: unexpected end of input — the file must be valid JSON (RFC 8259)` |
 * | `not-geojson` | error | `a.geojson: top-level "type" is "Topology" — a GeoJSON file holds a FeatureCollection, a Feature or a geometry (RFC 7946 §3)` |
 * | `geojson-single-feature` | warning | `a.geojson: the file is one Feature, not a FeatureCollection — read as a collection of that one feature (RFC 7946 §3.2)` |
 * | `geojson-bare-geometry` | warning | `a.geojson: the file is a bare Polygon geometry — read as one feature without properties (RFC 7946 §3.1)` |
 * | `geometry-collection-split` | warning | `a.geojson: feature 2 (id "A"): GeometryCollection of 2 geometries (Point, Polygon) — split into 2 features, each imported by its kind with the feature's properties` |
 * | `geometry-collection-empty` / `-nested` | error | `a.geojson: feature 2: GeometryCollection holds no geometry — …` |
 * | `crs-converted` | warning | `a.geojson: 12 positions in 3 features converted from EPSG:5897 to WGS84 [lng, lat] degrees — as the file's "crs" member declares` |
 * | `crs-degrees` | warning | `a.geojson: 2 positions (first: feature 1, [105.85, 21.03]) are within ±1000 — left as WGS84 degrees, though the "crs" member declares EPSG:5897 metres` |
 * | `geojson-mixed-kinds` | warning | see {@link splitByGeometryKind} |
 * | `property-long` | warning | see {@link longTextIssues} |
 */
import type { Feature } from 'geojson';
import type { DataIssue } from '../../domain/report.js';
import { collectionEmptyIssue, featuresNotArrayIssue, formatValue, jsonInvalidIssue } from '../geojson-input.js';
import { crsOfGeoJsonMember, declaredToWgs84, type DeclaredCrs } from './crs.js';
import { clip, importIssue, MAX_QUOTED_CHARS, type Bilingual } from './issue.js';

/** Features with the number each has in its file (zero-based, as in every message). */
export type IndexedFeatures = { features: Feature[]; indices: number[] };

/** What {@link readGeoJsonText} read: features (positions in WGS84 once a declared CRS was converted), the CRS, the report. */
export type GeoJsonRead = IndexedFeatures & { crs: DeclaredCrs | null; issues: DataIssue[] };

const GEOMETRY_TYPES = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
];
const GEOJSON_RULE: Bilingual = {
  en: 'a GeoJSON file holds a FeatureCollection, a Feature or a geometry (RFC 7946 §3)',
  vi: 'một tệp GeoJSON chứa một FeatureCollection, một Feature hoặc một hình học (RFC 7946 §3)',
};

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads the GeoJSON text of file `source`; see the module comment. Never throws. */
export function readGeoJsonText(text: string, source: string): GeoJsonRead {
  const issues: DataIssue[] = [];
  const refuse = (issue: DataIssue): GeoJsonRead => ({
    features: [],
    indices: [],
    crs: null,
    issues: [...issues, issue],
  });
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '')
    return refuse(
      importIssue(
        'error',
        'file-empty',
        source,
        { label: 'file' },
        { en: 'the file is empty', vi: 'tệp trống' },
        GEOJSON_RULE,
      ),
    );
  let root: unknown;
  try {
    root = JSON.parse(body);
  } catch (err) {
    return refuse(jsonInvalidIssue(source, text, err));
  }
  if (!isObject(root)) {
    const v = formatValue(root);
    return refuse(
      importIssue(
        'error',
        'not-geojson',
        source,
        { label: 'file' },
        { en: `top-level value is ${v}`, vi: `giá trị cấp cao nhất là ${v}` },
        GEOJSON_RULE,
      ),
    );
  }
  const type = root['type'];
  let members: unknown[];
  if (type === 'FeatureCollection') {
    const raw = root['features'];
    if (!Array.isArray(raw)) return refuse(featuresNotArrayIssue(source, raw));
    if (raw.length === 0) issues.push(collectionEmptyIssue(source));
    members = raw;
  } else if (type === 'Feature') {
    issues.push(
      importIssue(
        'warning',
        'geojson-single-feature',
        source,
        { label: 'file' },
        {
          en: 'the file is one Feature, not a FeatureCollection',
          vi: 'tệp là một Feature, không phải FeatureCollection',
        },
        {
          en: 'read as a collection of that one feature (RFC 7946 §3.2)',
          vi: 'được đọc như một tập hợp chỉ có đối tượng đó (RFC 7946 §3.2)',
        },
      ),
    );
    members = [root];
  } else if (typeof type === 'string' && GEOMETRY_TYPES.includes(type)) {
    issues.push(
      importIssue(
        'warning',
        'geojson-bare-geometry',
        source,
        { label: 'file' },
        { en: `the file is a bare ${type} geometry`, vi: `tệp chỉ là một hình học ${type}` },
        {
          en: 'read as one feature without properties (RFC 7946 §3.1)',
          vi: 'được đọc như một đối tượng không có thuộc tính (RFC 7946 §3.1)',
        },
      ),
    );
    members = [{ type: 'Feature', properties: {}, geometry: root }];
  } else {
    const v = formatValue(type);
    return refuse(
      importIssue(
        'error',
        'not-geojson',
        source,
        { label: 'file' },
        { en: `top-level "type" is ${v}`, vi: `"type" ở cấp cao nhất là ${v}` },
        GEOJSON_RULE,
      ),
    );
  }

  const declared = crsOfGeoJsonMember(root['crs'], source);
  if (declared.issue !== null) {
    if (declared.issue.severity === 'error') return refuse(declared.issue);
    issues.push(declared.issue);
  }
  const read: GeoJsonRead = { ...splitCollections(members, source, issues), crs: declared.crs, issues };
  if (declared.crs?.kind === 'vn2000') convertPositions(read, declared.crs, source);
  return read;
}

/** Features already read (e.g. by `readFgb`), numbered by position, as a {@link GeoJsonRead} without CRS or report. */
export function featuresRead(features: readonly Feature[]): GeoJsonRead {
  return { features: [...features], indices: features.map((_, i) => i), crs: null, issues: [] };
}

/** The feature's id for messages: its `id` member, else an `id` property (any case); null when neither. */
export function featureId(feature: unknown): string | null {
  if (!isObject(feature)) return null;
  const own = feature['id'];
  if (typeof own === 'string' || typeof own === 'number') return String(own);
  const props = feature['properties'];
  if (!isObject(props)) return null;
  const name = Object.keys(props).find((k) => k.toLowerCase() === 'id');
  const v = name === undefined ? undefined : props[name];
  return typeof v === 'string' || typeof v === 'number' ? String(v) : null;
}

/** Splits GeometryCollection features into one feature per member; refuses nested or empty ones. */
function splitCollections(members: readonly unknown[], source: string, issues: DataIssue[]): IndexedFeatures {
  const features: Feature[] = [];
  const indices: number[] = [];
  members.forEach((member, n) => {
    const geometry = isObject(member) ? member['geometry'] : undefined;
    if (
      !isObject(member) ||
      member['type'] !== 'Feature' ||
      !isObject(geometry) ||
      geometry['type'] !== 'GeometryCollection'
    ) {
      features.push(member as Feature);
      indices.push(n);
      return;
    }
    const place = { label: 'feature', n, id: featureId(member) } as const;
    const parts = geometry['geometries'];
    const why = {
      en: 'the feature is left out: each member must be a geometry (RFC 7946 §3.1.8)',
      vi: 'đối tượng bị bỏ: mỗi thành phần phải là một hình học (RFC 7946 §3.1.8)',
    };
    if (!Array.isArray(parts) || parts.length === 0) {
      issues.push(
        importIssue(
          'error',
          'geometry-collection-empty',
          source,
          place,
          { en: 'GeometryCollection holds no geometry', vi: 'GeometryCollection không chứa hình học nào' },
          why,
        ),
      );
      return;
    }
    const kinds = parts.map((g) => (isObject(g) && typeof g['type'] === 'string' ? g['type'] : formatValue(g)));
    if (kinds.includes('GeometryCollection')) {
      const what = {
        en: 'GeometryCollection holds another GeometryCollection',
        vi: 'GeometryCollection chứa một GeometryCollection khác',
      };
      issues.push(
        importIssue('error', 'geometry-collection-nested', source, place, what, {
          en: 'the feature is left out: nested GeometryCollections should not be used (RFC 7946 §3.1.8)',
          vi: 'đối tượng bị bỏ: không nên lồng GeometryCollection (RFC 7946 §3.1.8)',
        }),
      );
      return;
    }
    const list = clip(kinds.join(', '), 120);
    issues.push(
      importIssue(
        'warning',
        'geometry-collection-split',
        source,
        place,
        {
          en: `GeometryCollection of ${parts.length} geometries (${list})`,
          vi: `GeometryCollection gồm ${parts.length} hình học (${list})`,
        },
        {
          en: `split into ${parts.length} features, each imported by its kind with the feature's properties`,
          vi: `được tách thành ${parts.length} đối tượng, mỗi đối tượng được nhập theo loại của nó với thuộc tính của đối tượng gốc`,
        },
      ),
    );
    for (const part of parts) {
      features.push({ ...member, geometry: part } as Feature);
      indices.push(n);
    }
  });
  return { features, indices };
}

/** Converts every projected position of `read` in place (new arrays) from `crs`, and reports it. */
function convertPositions(read: GeoJsonRead, crs: Extract<DeclaredCrs, { kind: 'vn2000' }>, source: string): void {
  let converted = 0;
  let degrees = 0;
  let firstDegrees: string | null = null;
  const touched = new Set<number>();
  const convert = (value: unknown, index: number): unknown => {
    if (!Array.isArray(value)) return value;
    if (typeof value[0] === 'number') {
      const [x, y] = value as unknown[];
      if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) return value;
      // A position in the other unit than the declared system's (degrees in a projected file, or metres in
      // VN-2000 geographic degrees) is left as it is and reported.
      const lngLat = declaredToWgs84(crs, x, y);
      if (lngLat === null) {
        degrees++;
        firstDegrees ??= `feature ${index}, [${x}, ${y}]`;
        return value;
      }
      converted++;
      touched.add(index);
      return [...lngLat, ...value.slice(2)];
    }
    return value.map((child) => convert(child, index));
  };
  read.features = read.features.map((feature, k) => {
    const geometry = isObject(feature) ? (feature as unknown as Json)['geometry'] : null;
    if (!isObject(geometry) || !('coordinates' in geometry)) return feature;
    return {
      ...feature,
      geometry: { ...geometry, coordinates: convert(geometry['coordinates'], read.indices[k]!) },
    } as Feature;
  });
  const name = clip(crs.name, 120);
  if (converted > 0) {
    read.issues.push(
      importIssue(
        'warning',
        'crs-converted',
        source,
        { label: 'file' },
        {
          en: `${converted} positions in ${touched.size} features converted from ${name} to WGS84 [lng, lat] degrees`,
          vi: `${converted} vị trí trong ${touched.size} đối tượng đã được chuyển từ ${name} sang độ WGS84 [kinh độ, vĩ độ]`,
        },
        { en: 'as the file\'s "crs" member declares', vi: 'theo khai báo ở thành phần "crs" của tệp' },
      ),
    );
  }
  if (degrees > 0) {
    const first = firstDegrees ?? '';
    read.issues.push(
      importIssue(
        'warning',
        'crs-degrees',
        source,
        { label: 'file' },
        {
          en: `${degrees} positions (first: ${first}) are within ±1000`,
          vi: `${degrees} vị trí (đầu tiên: ${first.replace('feature', 'đối tượng')}) nằm trong ±1000`,
        },
        {
          en: `left as WGS84 degrees, though the "crs" member declares ${name} metres`,
          vi: `được giữ là độ WGS84, dù thành phần "crs" khai báo mét ${name}`,
        },
      ),
    );
  }
}

/** The kinds an import splits a file into: sites (points), coverage (polygons), cable segments (lines). */
export type GeometryKindSplit = {
  points: IndexedFeatures;
  polygons: IndexedFeatures;
  lines: IndexedFeatures;
  /**
   * Numbers of the features without a usable geometry (null, missing, unknown type, not a Feature): they are put
   * in the largest part (ties: polygons, lines, points; points when every part is empty), so that its importer
   * names each with its own rule; listed here for the report.
   */
  other: number[];
  /** `geojson-mixed-kinds` when more than one part holds features; empty otherwise. */
  issues: DataIssue[];
};

type KindName = 'points' | 'polygons' | 'lines';
const KIND_OF: Readonly<Record<string, KindName>> = {
  Point: 'points',
  MultiPoint: 'points',
  Polygon: 'polygons',
  MultiPolygon: 'polygons',
  LineString: 'lines',
  MultiLineString: 'lines',
};

/**
 * Splits features by geometry kind, keeping each feature's number, so that a file holding points, polygons and
 * lines imports each kind with its importer (sites, coverage, cables). Example report:
 * `m.geojson: the file holds 2 points (features 0, 3), 1 polygon (feature 1) and 1 line (feature 2) — each kind is
 * imported on its own: points as sites, polygons as coverage, lines as cable segments`.
 */
export function splitByGeometryKind(read: IndexedFeatures, source: string): GeometryKindSplit {
  const parts: Record<KindName, IndexedFeatures> = { points: empty(), polygons: empty(), lines: empty() };
  const other: { feature: Feature; index: number }[] = [];
  read.features.forEach((feature, k) => {
    const index = read.indices[k] ?? k;
    const geometry = isObject(feature) ? (feature as unknown as Json)['geometry'] : null;
    const kind = isObject(geometry) && typeof geometry['type'] === 'string' ? KIND_OF[geometry['type']] : undefined;
    if (kind === undefined) other.push({ feature, index });
    else {
      parts[kind].features.push(feature);
      parts[kind].indices.push(index);
    }
  });
  const order: KindName[] = ['polygons', 'lines', 'points'];
  const held = order.filter((k) => parts[k].features.length > 0);
  const main = held.reduce<KindName>(
    (best, k) => (parts[k].features.length > parts[best].features.length ? k : best),
    held[0] ?? 'points',
  );
  const issues: DataIssue[] = [];
  if (held.length > 1) {
    const words: Record<KindName, [string, string, string]> = {
      points: ['point', 'points', 'điểm'],
      polygons: ['polygon', 'polygons', 'vùng'],
      lines: ['line', 'lines', 'đường'],
    };
    const describe = (k: KindName, lang: 'en' | 'vi'): string => {
      const { indices } = parts[k];
      const n = indices.length;
      const list = `${indices.slice(0, 10).join(', ')}${n > 10 ? ', …' : ''}`;
      const [one, many, vi] = words[k];
      return lang === 'en'
        ? `${n} ${n === 1 ? one : many} (feature${n === 1 ? '' : 's'} ${list})`
        : `${n} ${vi} (đối tượng ${list})`;
    };
    const join = (lang: 'en' | 'vi'): string => {
      const items = (['points', 'polygons', 'lines'] as const)
        .filter((k) => held.includes(k))
        .map((k) => describe(k, lang));
      return `${items.slice(0, -1).join(', ')} ${lang === 'en' ? 'and' : 'và'} ${items[items.length - 1]}`;
    };
    issues.push(
      importIssue(
        'warning',
        'geojson-mixed-kinds',
        source,
        { label: 'file' },
        { en: `the file holds ${join('en')}`, vi: `tệp chứa ${join('vi')}` },
        {
          en: 'each kind is imported on its own: points as sites, polygons as coverage, lines as cable segments',
          vi: 'mỗi loại được nhập riêng: điểm là trạm, vùng là vùng phủ sóng, đường là tuyến cáp',
        },
      ),
    );
  }
  for (const { feature, index } of other) insertByIndex(parts[main], feature, index);
  return { ...parts, other: other.map((o) => o.index), issues };
}

const empty = (): IndexedFeatures => ({ features: [], indices: [] });

function insertByIndex(part: IndexedFeatures, feature: Feature, index: number): void {
  let at = part.indices.findIndex((i) => i > index);
  if (at < 0) at = part.indices.length;
  part.features.splice(at, 0, feature);
  part.indices.splice(at, 0, index);
}

/** A property name or text value longer than this many characters is reported (and cut wherever shown). */
export const LONG_TEXT_CHARS = 1000;

/**
 * One `property-long` warning per feature holding a property name or string value over {@link LONG_TEXT_CHARS}
 * characters, e.g. `c.geojson: feature 3 (id "C1"): property "note" holds 102400 characters (and 1 more long
 * property) — cut to 200 characters wherever it is shown`. Nothing lays the full text out.
 */
export function longTextIssues(read: IndexedFeatures, source: string): DataIssue[] {
  const issues: DataIssue[] = [];
  read.features.forEach((feature, k) => {
    const props = isObject(feature) ? (feature as unknown as Json)['properties'] : null;
    if (!isObject(props)) return;
    const long: Bilingual[] = [];
    for (const [name, value] of Object.entries(props)) {
      if (name.length > LONG_TEXT_CHARS) {
        long.push({
          en: `a property name holds ${name.length} characters (${quoteName(name)})`,
          vi: `một tên thuộc tính dài ${name.length} ký tự (${quoteName(name)})`,
        });
      } else if (typeof value === 'string' && value.length > LONG_TEXT_CHARS) {
        long.push({
          en: `property ${quoteName(name)} holds ${value.length} characters`,
          vi: `thuộc tính ${quoteName(name)} dài ${value.length} ký tự`,
        });
      }
    }
    const first = long[0];
    if (first === undefined) return;
    const more =
      long.length > 1
        ? {
            en: ` (and ${long.length - 1} more long propert${long.length === 2 ? 'y' : 'ies'})`,
            vi: ` (và ${long.length - 1} thuộc tính dài khác)`,
          }
        : { en: '', vi: '' };
    issues.push(
      importIssue(
        'warning',
        'property-long',
        source,
        { label: 'feature', n: read.indices[k] ?? k, id: featureId(feature) },
        { en: `${first.en}${more.en}`, vi: `${first.vi}${more.vi}` },
        {
          en: `cut to ${MAX_QUOTED_CHARS} characters wherever it is shown`,
          vi: `chỉ hiển thị ${MAX_QUOTED_CHARS} ký tự đầu ở mọi nơi`,
        },
      ),
    );
  });
  return issues;
}

const quoteName = (name: string): string => `"${clip(name, 60)}"`;

/**
 * The CRS to give `CoordinateReader` for features of a {@link GeoJsonRead}: after a VN-2000 declaration the
 * positions were converted on reading and are WGS84 degrees, so the reader must not convert them again.
 */
export function crsAfterReading(crs: DeclaredCrs | null): DeclaredCrs | null {
  if (crs === null || crs.kind === 'wgs84') return crs;
  return { kind: 'wgs84', name: `${crs.name} → WGS84` };
}
