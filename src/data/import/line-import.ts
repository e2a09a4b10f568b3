/**
 * Line files → named lines (issue #17, "Coverage along roads"): a road, railway or metro network as GeoJSON or
 * FlatGeobuf LineString / MultiLineString features, each feature read as { name, kind, class, lines } and the
 * features of one name and kind grouped into one {@link NamedLine} ("Vành đai 3" made of 40 OSM ways is one line).
 *
 * The text is read by `readGeoJsonText` (`geojson-text.ts`: a FeatureCollection, a Feature or a bare geometry; a
 * QGIS/GDAL `crs` member honoured, VN-2000 positions converted to WGS84); geometry is validated by
 * `parseGeoJsonFeatures` (`../geojson-input.ts`: LineString or MultiLineString only, every position within Hà
 * Nội's box, duplicate positions removed, a line of one position refused). A feature refused there gets that
 * module's error (`geometry-type`, `geometry-null`, `coordinates-empty`, `coords-outside`, `coords-swapped`,
 * `line-too-few-positions`, …); the rest of the file goes on.
 *
 * Properties (names matched ignoring case, diacritics and punctuation: `TEN_DUONG` is `ten_duong`):
 * - name: the first non-empty of `name`, `ten` / `tên`, `ten_duong`, `name:vi`, else `ref` ("QL1A", "CT.01");
 * - kind, with `auto`: `railway=subway|light_rail|monorail` or `route=subway|light_rail|monorail` → metro (also a
 *   `railway=construction|proposed` whose `construction` / `proposed` is one of those); `railway=rail|narrow_gauge`
 *   or `route=train|railway` → railway (the same for a line under construction); else `highway=*` → road; a feature
 *   none of these tells is read as a road, counted in one `line-kind-default` warning. A kind chosen by the caller
 *   ("import as railway") is every feature's kind, whatever its properties say;
 * - class: the `railway`, else `highway`, else `route` value, as written (null when none).
 *
 * Per-feature messages (features numbered from 0; every message also in Vietnamese):
 *
 * | rule | severity | example |
 * |---|---|---|
 * | `line-name-missing` | error | `l.geojson: feature 3: no name (name, ten, ten_duong, name:vi) and no ref — a named line is found by its name or its ref; the feature is left out` |
 * | `line-name-long` | error | `l.geojson: feature 4: name holds 250 characters — a name must be at most 200 characters` |
 * | `line-kind-default` | warning | `l.geojson: 5 features (first: feature 0) carry no highway, railway or route property — read as roads; import the file as railway or metro if it holds those` |
 */
import type { Feature, LineString, MultiLineString, Position } from 'geojson';
import { lineLengthM } from '../../analysis/geodesy.js';
import {
  LINE_KINDS,
  lineNameOf,
  MAX_LINE_NAME_CHARS,
  namedLineKey,
  type LineKind,
  type NamedLine,
} from '../../domain/named-line.js';
import type { DataIssue } from '../../domain/report.js';
import { stripDiacritics } from '../../domain/text.js';
import { parseGeoJsonFeatures } from '../geojson-input.js';
import { featureId, featuresRead, longTextIssues, readGeoJsonText, type GeoJsonRead } from './geojson-text.js';
import { importIssue } from './issue.js';

/** What the caller says a file holds: `auto` reads each feature's kind from its properties. */
export type LineKindChoice = 'auto' | LineKind;

/** Properties a line's name is read from, in order (matched by {@link propertyKey}); `ref` comes after them. */
export const LINE_NAME_PROPERTIES = ['name', 'ten', 'tên', 'ten_duong', 'TEN_DUONG', 'name:vi'] as const;

/** One feature read: its name, kind, OSM class and lines (`[lng, lat]` degrees), with its number in the file. */
export type LineFeature = { name: string; kind: LineKind; class: string | null; lines: Position[][]; index: number };

/** What a line file gives: the named lines (sorted by name, then kind), the features they hold, every issue. */
export type LineImport = {
  lines: NamedLine[];
  /** Features accepted (each in exactly one line) and features in the file (after GeometryCollections are split). */
  accepted: number;
  features: number;
  issues: DataIssue[];
};

/** Imports the line features of GeoJSON text named `source`. */
export function importLinesGeoJson(text: string, source: string, kind: LineKindChoice = 'auto'): LineImport {
  return importLineRead(readGeoJsonText(text, source), source, kind);
}

/** Imports line features already parsed (e.g. by `readFgb`), validated as a GeoJSON file's would be. */
export function importLineFeatures(
  features: readonly Feature[],
  source: string,
  kind: LineKindChoice = 'auto',
): LineImport {
  return importLineRead(featuresRead(features), source, kind);
}

/** A property name as matched: no diacritics, lower case, letters and digits only (`TEN_DUONG` → `tenduong`). */
export const propertyKey = (name: string): string =>
  stripDiacritics(name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

const NAME_KEYS = [...new Set(LINE_NAME_PROPERTIES.map(propertyKey))];
const METRO = new Set(['subway', 'light_rail', 'monorail']);
const RAIL = new Set(['rail', 'narrow_gauge']);
const TRAIN_ROUTES = new Set(['train', 'railway']);

/** A property's text (a string, or a number such as `ref` 430), trimmed; null when absent or blank. */
function textOf(v: unknown): string | null {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

/** Properties by their matching key (the first of a key wins). */
function byKey(props: Record<string, unknown>): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, v] of Object.entries(props)) if (!out.has(propertyKey(k))) out.set(propertyKey(k), v);
  return out;
}

/** The name of a feature's properties (see the module comment), raw; null when none. */
export function lineNameProperty(props: Record<string, unknown>): string | null {
  const keyed = byKey(props);
  for (const k of [...NAME_KEYS, 'ref']) {
    const t = textOf(keyed.get(k));
    if (t !== null) return t;
  }
  return null;
}

/** The kind OSM tags tell (see the module comment), null when they tell none. */
export function lineKindOf(props: Record<string, unknown>): LineKind | null {
  const keyed = byKey(props);
  const tag = (k: string) => textOf(keyed.get(k))?.toLowerCase() ?? null;
  const railway = tag('railway');
  const route = tag('route');
  const planned = railway === 'construction' || railway === 'proposed' ? tag(railway) : null;
  if ([railway, route, planned].some((v) => v !== null && METRO.has(v))) return 'metro';
  if ([railway, planned].some((v) => v !== null && RAIL.has(v)) || (route !== null && TRAIN_ROUTES.has(route)))
    return 'railway';
  return tag('highway') !== null ? 'road' : null;
}

/** The class of a feature: its `railway`, else `highway`, else `route` value as written; null when none. */
function classOf(props: Record<string, unknown>): string | null {
  const keyed = byKey(props);
  return textOf(keyed.get('railway')) ?? textOf(keyed.get('highway')) ?? textOf(keyed.get('route'));
}

/** Imports the features of a GeoJSON text read by `readGeoJsonText` (see the module comment). */
export function importLineRead(read: GeoJsonRead, source: string, kind: LineKindChoice = 'auto'): LineImport {
  const parsed = parseGeoJsonFeatures(read.features, {
    file: source,
    geometryTypes: ['LineString', 'MultiLineString'],
    keyProperty: null,
    indices: read.indices,
  });
  const issues = [...read.issues, ...longTextIssues(read, source), ...parsed.issues];
  const items: LineFeature[] = [];
  const defaulted: number[] = [];
  parsed.features.forEach((feature, k) => {
    const index = parsed.indices[k]!;
    const props = (feature.properties ?? {}) as Record<string, unknown>;
    const place = { label: 'feature', n: index, id: featureId(feature) } as const;
    const raw = lineNameProperty(props);
    const name = raw === null ? null : lineNameOf(raw);
    if (name === null) {
      issues.push(
        importIssue(
          'error',
          'line-name-missing',
          source,
          place,
          {
            en: 'no name (name, ten, ten_duong, name:vi) and no ref',
            vi: 'không có tên (name, ten, ten_duong, name:vi) và không có số hiệu (ref)',
          },
          {
            en: 'a named line is found by its name or its ref; the feature is left out',
            vi: 'tuyến được tìm theo tên hoặc số hiệu; đối tượng bị bỏ',
          },
        ),
      );
      return;
    }
    if (name.length > MAX_LINE_NAME_CHARS) {
      issues.push(
        importIssue(
          'error',
          'line-name-long',
          source,
          place,
          { en: `name holds ${name.length} characters`, vi: `tên dài ${name.length} ký tự` },
          {
            en: `a name must be at most ${MAX_LINE_NAME_CHARS} characters`,
            vi: `tên dài tối đa ${MAX_LINE_NAME_CHARS} ký tự`,
          },
          { value: name },
        ),
      );
      return;
    }
    const told = kind === 'auto' ? lineKindOf(props) : kind;
    if (told === null) defaulted.push(index);
    const g = feature.geometry as LineString | MultiLineString;
    const lines = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
    items.push({ name, kind: told ?? 'road', class: classOf(props), lines, index });
  });
  if (defaulted.length > 0) issues.push(kindDefaultIssue(source, defaulted));
  issues.sort((a, b) => (a.index ?? -1) - (b.index ?? -1));
  return { lines: groupNamedLines(items), accepted: items.length, features: read.features.length, issues };
}

/** The `line-kind-default` warning for the features (numbers) read as roads because no tag told their kind. */
function kindDefaultIssue(source: string, indices: readonly number[]): DataIssue {
  const n = indices.length;
  return importIssue(
    'warning',
    'line-kind-default',
    source,
    { label: 'file' },
    {
      en: `${n} feature${n === 1 ? '' : 's'} (first: feature ${indices[0]}) carr${n === 1 ? 'ies' : 'y'} no highway, railway or route property`,
      vi: `${n} đối tượng (đầu tiên: đối tượng ${indices[0]}) không có thuộc tính highway, railway hay route`,
    },
    {
      en: 'read as roads; import the file as railway or metro if it holds those',
      vi: 'được đọc là đường bộ; hãy nhập tệp dưới dạng đường sắt hoặc metro nếu tệp chứa các tuyến đó',
    },
  );
}

/**
 * Groups features into named lines by kind and name ignoring case (`namedLineKey`): the first spelling met, the
 * classes met, the number of features, every line in file order and their geodesic length. Sorted by name
 * (Vietnamese collation), then by kind in `LINE_KINDS` order.
 */
export function groupNamedLines(items: readonly LineFeature[]): NamedLine[] {
  const groups = new Map<string, NamedLine & { classSet: Set<string> }>();
  for (const item of items) {
    const key = namedLineKey(item.kind, item.name);
    let g = groups.get(key);
    if (!g) {
      g = {
        name: item.name,
        kind: item.kind,
        classes: [],
        classSet: new Set(),
        segments: 0,
        geometry: { type: 'MultiLineString', coordinates: [] },
        lengthM: 0,
      };
      groups.set(key, g);
    }
    g.segments++;
    if (item.class !== null) g.classSet.add(item.class);
    for (const line of item.lines) {
      g.geometry.coordinates.push(line);
      g.lengthM += lineLengthM(line);
    }
  }
  const order = (k: LineKind) => LINE_KINDS.indexOf(k);
  return [...groups.values()]
    .map(({ classSet, ...line }) => ({ ...line, classes: [...classSet].sort() }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi') || order(a.kind) - order(b.kind));
}
