/**
 * Checks on GeoJSON features already read, for importers that take a whole file: the split by geometry kind
 * (points as sites, polygons as coverage, lines as cable segments; `geojson-mixed-kinds`) and the report of very
 * long property texts (`property-long`).
 *
 * Split from `geojson-text.ts` (which re-exports these names), which reads the text; this module looks at features.
 */
import type { Feature } from 'geojson';
import type { DataIssue } from '../../domain/report.js';
import { featureId, isObject, type IndexedFeatures, type Json } from './geojson-features.js';
import { clip, importIssue, MAX_QUOTED_CHARS, type Bilingual } from './issue.js';

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
