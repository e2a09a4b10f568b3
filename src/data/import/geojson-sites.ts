/**
 * GeoJSON site lists (a FeatureCollection of Points whose properties are a site's fields) and features already
 * read from FlatGeobuf (`readFgb` in `../fgb-read.ts`) → validated sites and a report.
 *
 * The structure (valid JSON, a FeatureCollection, Feature members, Point geometry, numeric positions) is checked
 * by `parseGeoJsonLayer` (`../geojson-input.ts`) with its messages, e.g. `s.geojson: feature 2: geometry type is
 * "LineString" — expected Point`; the extent is left to `checkSites`, which names swapped coordinates, and
 * positions in VN-2000 metres are converted as in CSV files (see `coordinates.ts`). Property names are matched as
 * CSV headers are (`headers.ts`): `id` and `operator` are required; the position comes from the geometry, never
 * from properties. Features are numbered from 0 in every message (`feature 0`), as in `geojson-input.ts`.
 */
import type { Feature } from 'geojson';
import type { DataIssue } from '../../domain/report';
import { parseGeoJsonLayer } from '../geojson-input';
import { checkNumberedRows, distinctRows, type NumberedRow } from './check-rows';
import { CoordinateReader } from './coordinates';
import { mapColumns, variantsOf } from './headers';
import { buildSiteRow, type RowContext } from './site-rows';
import { SITE_IMPORT_DEFAULTS, type SiteImportOptions, type SiteImportResult } from './types';

/** No extent check in `parseGeoJsonLayer`: VN-2000 metres must reach the converter. */
const ANYWHERE: [number, number, number, number] = [-Infinity, -Infinity, Infinity, Infinity];

/** Imports a GeoJSON site list from its text. */
export function importSitesGeoJson(text: string, options: SiteImportOptions): SiteImportResult {
  return importParsed(text, options, 'geojson');
}

/** Imports site features already parsed, e.g. by `readFgb`; validated as a GeoJSON file would be. */
export function importSiteFeatures(features: readonly Feature[], options: SiteImportOptions): SiteImportResult {
  return importParsed(JSON.stringify({ type: 'FeatureCollection', features }), options, 'flatgeobuf');
}

function importParsed(text: string, options: SiteImportOptions, format: 'geojson' | 'flatgeobuf'): SiteImportResult {
  const { source } = options;
  const parsed = parseGeoJsonLayer(text, { file: source, geometryTypes: ['Point'], keyProperty: null, bbox: ANYWHERE, checkSelfIntersection: false });
  const structural = parsed.issues.filter((i) => i.severity === 'error' && i.index !== null);
  const fileErrors = parsed.issues.filter((i) => i.severity === 'error' && i.index === null);
  const warnings = parsed.issues.filter((i) => i.severity === 'warning');
  const rejectedIndex = new Set(structural.map((i) => i.index));
  const total = parsed.features.length + rejectedIndex.size;
  // Accepted features keep input order: the k-th accepted one is the k-th index that was not rejected.
  const indices = Array.from({ length: total }, (_, i) => i).filter((i) => !rejectedIndex.has(i));

  const names: string[] = [];
  const seen = new Set<string>();
  for (const f of parsed.features) {
    for (const k of Object.keys(f.properties ?? {})) {
      if (!seen.has(k)) names.push(k);
      seen.add(k);
    }
  }
  const mapping = mapColumns(names, options.mapping ?? SITE_IMPORT_DEFAULTS.mapping);
  const coordinates = new CoordinateReader(options.coordinates ?? SITE_IMPORT_DEFAULTS.coordinates, 'feature');
  const report = (rows: number, accepted: number, rejected: DataIssue[]): SiteImportResult['report'] => ({
    source, format, delimiter: null, decimalSeparator: null, coordinates: coordinates.report(), mapping,
    encoding: null, rows, accepted, rejected, rejectedRows: distinctRows(rejected), fileErrors, warnings, leftOut: 0, merged: 0,
  });
  for (const field of ['id', 'operator'] as const) {
    if (mapping.columns[field] !== null || parsed.features.length === 0) continue;
    const message = `${source}: no property for "${field}" (properties: ${names.join(', ')}) — name it one of ${variantsOf(field)}, or choose it in the mapping`;
    fileErrors.push({ severity: 'error', rule: 'import-column-missing', file: source, index: null, key: null, message });
  }
  if (fileErrors.length > 0) return { sites: [], report: report(total, 0, structural) };

  const ctx: RowContext = { source, allowDecimalComma: false, coordinates, sawDecimalComma: false, unguardFormulas: false };
  const rows: NumberedRow[] = [];
  const rejected = [...structural];
  parsed.features.forEach((feature, k) => {
    const index = indices[k]!;
    const props = feature.properties ?? {};
    const read = (field: keyof typeof mapping.columns): unknown => {
      const column = mapping.columns[field];
      return column === null ? undefined : props[names[column]!];
    };
    const position = feature.geometry.type === 'Point' ? feature.geometry.coordinates : null;
    const result = buildSiteRow(read, index, ctx, position, 'feature');
    if (result.ok) rows.push({ raw: result.raw, n: index });
    else rejected.push(result.issue);
  });
  const checked = checkNumberedRows(rows, source, 'feature');
  rejected.push(...checked.issues);
  rejected.sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
  return { sites: checked.sites, report: report(total, checked.sites.length, rejected) };
}
