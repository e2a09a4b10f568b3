/**
 * GeoJSON site lists (a FeatureCollection of Points whose properties are a site's fields) and features already
 * read from FlatGeobuf (`readFgb` in `../fgb-read.ts`) → validated sites and a report.
 *
 * The text is read by `readGeoJsonText` (`geojson-text.ts`: a FeatureCollection, a single Feature or a bare
 * geometry; the `crs` member, VN-2000 positions converted to WGS84 on reading). The structure (Feature members,
 * Point geometry, numeric positions) is checked by `parseGeoJsonFeatures` (`../geojson-input.ts`) with its
 * messages, e.g. `s.geojson: feature 2: geometry type is "LineString" — expected Point`; the extent is left to
 * `checkSites`, which names swapped coordinates. Positions are read by `CoordinateReader` (`coordinates.ts`) with
 * the file's declared CRS: undeclared VN-2000 metres are held (the feature is rejected with the reader's message
 * until the user says which system). Property names are matched as CSV headers are (`headers.ts`): `id` and
 * `operator` are required; the position comes from the geometry, never from properties. Features are numbered
 * from 0 in every message (`feature 0`), as in `geojson-input.ts`.
 */
import type { Feature } from 'geojson';
import type { DataIssue } from '../../domain/report.js';
import { parseGeoJsonFeatures } from '../geojson-input.js';
import { checkNumberedRows, columnNames, distinctRows, numberedRow, type NumberedRow } from './check-rows.js';
import { CoordinateReader } from './coordinates.js';
import {
  crsAfterReading,
  featureId,
  featuresRead,
  longTextIssues,
  readGeoJsonText,
  type GeoJsonRead,
} from './geojson-text.js';
import { mapColumns, variantsOf } from './headers.js';
import { clip, importIssue } from './issue.js';
import { buildSiteRow, type RowContext } from './site-rows.js';
import { SITE_IMPORT_DEFAULTS, type SiteImportOptions, type SiteImportResult } from './types.js';

/** No extent check in `parseGeoJsonFeatures`: VN-2000 metres must reach the coordinate reader. */
const ANYWHERE: [number, number, number, number] = [-Infinity, -Infinity, Infinity, Infinity];

/** `[105.85, 21.03]`: a Point feature's position as written. */
const formatPosition = (feature: Feature): string =>
  feature.geometry.type === 'Point' ? `[${feature.geometry.coordinates.join(', ')}]` : feature.geometry.type;

/** Imports a GeoJSON site list from its text. */
export function importSitesGeoJson(text: string, options: SiteImportOptions): SiteImportResult {
  return importSiteRead(readGeoJsonText(text, options.source), options, 'geojson');
}

/** Imports site features already parsed, e.g. by `readFgb`; validated as a GeoJSON file would be. */
export function importSiteFeatures(features: readonly Feature[], options: SiteImportOptions): SiteImportResult {
  return importSiteRead(featuresRead(features), options, 'flatgeobuf');
}

/** Imports the features of a GeoJSON text read by `readGeoJsonText` (or one kind of it, `splitByGeometryKind`). */
export function importSiteRead(
  read: GeoJsonRead,
  options: SiteImportOptions,
  format: 'geojson' | 'flatgeobuf' = 'geojson',
): SiteImportResult {
  const { source } = options;
  const parsed = parseGeoJsonFeatures(read.features, {
    file: source,
    geometryTypes: ['Point'],
    keyProperty: null,
    bbox: ANYWHERE,
    checkSelfIntersection: false,
    indices: read.indices,
  });
  const all = [...read.issues, ...parsed.issues];
  const structural = all.filter((i) => i.severity === 'error' && i.index !== null);
  const fileErrors = all.filter((i) => i.severity === 'error' && i.index === null);
  const warnings = [...all.filter((i) => i.severity === 'warning'), ...longTextIssues(read, source)];
  const total = new Set([...read.indices, ...structural.map((i) => i.index!)]).size;

  const names: string[] = [];
  const seen = new Set<string>();
  for (const f of parsed.features) {
    for (const k of Object.keys(f.properties ?? {})) {
      if (!seen.has(k)) names.push(k);
      seen.add(k);
    }
  }
  const mapping = mapColumns(names, options.mapping ?? SITE_IMPORT_DEFAULTS.mapping);
  const mode = options.coordinates ?? SITE_IMPORT_DEFAULTS.coordinates;
  const coordinates = new CoordinateReader(mode, 'feature', crsAfterReading(read.crs), source);
  const report = (rows: number, accepted: number, rejected: DataIssue[]): SiteImportResult['report'] => ({
    source,
    format,
    delimiter: null,
    decimalSeparator: null,
    coordinates: coordinates.report(),
    mapping,
    encoding: null,
    rows,
    accepted,
    rejected,
    rejectedRows: distinctRows(rejected),
    fileErrors,
    warnings,
    leftOut: 0,
    merged: 0,
  });
  for (const field of ['id', 'operator'] as const) {
    if (mapping.columns[field] !== null || parsed.features.length === 0) continue;
    const list = clip(names.map((n) => clip(n, 60)).join(', '), 300);
    fileErrors.push(
      importIssue(
        'error',
        'import-column-missing',
        source,
        { label: 'file' },
        {
          en: `no property for "${field}" (properties: ${list})`,
          vi: `không có thuộc tính cho "${field}" (các thuộc tính: ${list})`,
        },
        {
          en: `name it one of ${variantsOf(field)}, or choose it in the mapping`,
          vi: `hãy đặt tên là một trong ${variantsOf(field)}, hoặc chọn trong bảng ánh xạ`,
        },
      ),
    );
  }
  if (fileErrors.length > 0) return { sites: [], report: report(total, 0, structural) };

  // Positions are read here, once per feature, so that a held one rejects its feature; `buildSiteRow` then gets
  // the degrees through a reader that passes WGS84 unchanged.
  const passThrough = new CoordinateReader('wgs84', 'feature');
  const ctx: RowContext = {
    source,
    allowDecimalComma: false,
    coordinates: passThrough,
    sawDecimalComma: false,
    unguardFormulas: false,
    columns: columnNames(mapping),
  };
  const rows: NumberedRow[] = [];
  const rejected = [...structural];
  const placed = new Set<number>();
  parsed.features.forEach((feature, k) => {
    const index = parsed.indices[k]!;
    const props = feature.properties ?? {};
    const read = (field: keyof typeof mapping.columns): unknown => {
      const column = mapping.columns[field];
      return column === null ? undefined : props[names[column]!];
    };
    if (placed.has(index)) {
      // A second member of a split GeometryCollection: one feature is one site, at one position.
      const id = read('id');
      warnings.push(
        importIssue(
          'warning',
          'site-position-repeated',
          source,
          { label: 'feature', n: index, id: typeof id === 'string' || typeof id === 'number' ? String(id) : null },
          {
            en: `GeometryCollection member ${formatPosition(feature)} is a further position of the same site`,
            vi: `thành phần ${formatPosition(feature)} của GeometryCollection là một vị trí khác của cùng trạm`,
          },
          {
            en: 'a site has one position: the first member is kept',
            vi: 'mỗi trạm có một vị trí: giữ thành phần đầu tiên',
          },
        ),
      );
      return;
    }
    placed.add(index);
    const raw = feature.geometry.type === 'Point' ? feature.geometry.coordinates : null;
    const position = raw === null ? null : coordinates.read(raw[0]!, raw[1]!, index);
    if (raw !== null && position === null) {
      const id = read('id');
      rejected.push(
        coordinates.heldIssue(
          index,
          typeof id === 'string' || typeof id === 'number' ? String(id) : featureId(feature),
        ),
      );
      return;
    }
    rows.push(numberedRow(buildSiteRow(read, index, ctx, position, 'feature'), index));
  });
  const checked = checkNumberedRows(rows, source, 'feature', columnNames(mapping));
  rejected.push(...checked.issues);
  rejected.sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
  return { sites: checked.sites, report: report(total, checked.sites.length, rejected) };
}
