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
import { crsOfGeoJsonMember, type DeclaredCrs } from './crs.js';
import { featureId, isObject, type GeoJsonRead, type IndexedFeatures } from './geojson-features.js';
import { convertPositions } from './geojson-positions.js';
import { clip, importIssue, type Bilingual } from './issue.js';

export { featureId, featuresRead, type GeoJsonRead, type IndexedFeatures } from './geojson-features.js';
export { LONG_TEXT_CHARS, longTextIssues, splitByGeometryKind, type GeometryKindSplit } from './geojson-kinds.js';

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

/**
 * The CRS to give `CoordinateReader` for features of a {@link GeoJsonRead}: after a VN-2000 declaration the
 * positions were converted on reading and are WGS84 degrees, so the reader must not convert them again.
 */
export function crsAfterReading(crs: DeclaredCrs | null): DeclaredCrs | null {
  if (crs === null || crs.kind === 'wgs84') return crs;
  return { kind: 'wgs84', name: `${crs.name} → WGS84` };
}
