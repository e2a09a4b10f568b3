/**
 * Street segments of the underground-cable programme (GeoJSON LineString features) → features with
 * `CableSegmentProps` (`../../domain/telecom.ts`), length measured on the WGS84 ellipsoid (`lineLengthM`).
 *
 * Geometry is validated by `parseGeoJsonLayer` (`../geojson-input.ts`: structure, extent within Hà Nội,
 * duplicate vertices removed). Properties, matched case- and diacritic-insensitively as site headers are:
 * id (`id`, `segment id`, `mã tuyến`), status (`status`, `trạng thái`), done date (`doneDate`, `done date`,
 * `ngày hoàn thành`), highway (`highway`, `road class`, `loại đường`; empty when absent), sample (`sample`).
 * Status values: `done` / `hoàn thành` / `đã hạ ngầm`, `planned-2025` / `2025`, `planned-2026-2030` /
 * `2026-2030`. Per-feature errors (features numbered from 0):
 *
 * | rule | example |
 * |---|---|
 * | `cable-id-missing` | `k.geojson: feature 0: id is missing — every segment needs an id` |
 * | `cable-id-duplicate` | `k.geojson: feature 4 (id "S1"): id "S1" is also used by feature 1 — segment ids must be unique` |
 * | `cable-status-unknown` | `k.geojson: feature 2 (id "S3"): status "soon" is unknown — status must be one of done, planned-2025, planned-2026-2030` |
 * | `cable-date-invalid` | `k.geojson: feature 3 (id "S4"): done date "2024-13-01" is not a date — dates must be YYYY-MM-DD or DD/MM/YYYY` |
 * | `cable-date-status` | `k.geojson: feature 5 (id "S6"): done date "2024-05-01" is set but status is "planned-2025" — only done segments have a done date` |
 */
import type { Feature, LineString } from 'geojson';
import { lineLengthM } from '../../analysis/geodesy';
import type { DataIssue } from '../../domain/report';
import { CABLE_STATUSES, type CableSegmentProps, type CableStatus } from '../../domain/telecom';
import { searchKey } from '../../domain/text';
import { parseGeoJsonLayer } from '../geojson-input';
import { headerKey } from './headers';
import { normaliseBoolean, normaliseDate } from './values';

type CableField = 'id' | 'status' | 'doneDate' | 'highway' | 'sample';

const CABLE_PROPERTY_VARIANTS: Readonly<Record<CableField, readonly string[]>> = {
  id: ['id', 'segment id', 'segment', 'mã tuyến', 'mã'],
  status: ['status', 'trạng thái', 'tình trạng'],
  doneDate: ['doneDate', 'done date', 'done', 'completed', 'ngày hoàn thành', 'ngày hạ ngầm'],
  highway: ['highway', 'road class', 'loại đường'],
  sample: ['sample', 'dữ liệu mẫu'],
};

const STATUS_ALIASES: ReadonlyMap<string, CableStatus> = new Map<string, CableStatus>([
  ...CABLE_STATUSES.map((s) => [s, s] as const),
  ['hoan thanh', 'done'], ['da ha ngam', 'done'], ['da ngam hoa', 'done'], ['completed', 'done'],
  ['2025', 'planned-2025'], ['planned 2025', 'planned-2025'], ['ke hoach 2025', 'planned-2025'],
  ['2026-2030', 'planned-2026-2030'], ['planned 2026-2030', 'planned-2026-2030'], ['ke hoach 2026-2030', 'planned-2026-2030'],
]);

/** Accepted segments (input order) and every issue. */
export type CableImport = { features: Feature<LineString, CableSegmentProps>[]; issues: DataIssue[] };

/** Imports cable segments from GeoJSON text named `source`. */
export function importCablesGeoJson(text: string, source: string): CableImport {
  const parsed = parseGeoJsonLayer(text, { file: source, geometryTypes: ['LineString'], keyProperty: null });
  const issues = [...parsed.issues];
  const rejectedIndex = new Set(parsed.issues.filter((i) => i.severity === 'error' && i.index !== null).map((i) => i.index));
  const total = parsed.features.length + rejectedIndex.size;
  const indices = Array.from({ length: total }, (_, i) => i).filter((i) => !rejectedIndex.has(i));
  const features: Feature<LineString, CableSegmentProps>[] = [];
  const firstOfId = new Map<string, number>();
  parsed.features.forEach((feature, k) => {
    const index = indices[k]!;
    const props = feature.properties ?? {};
    const get = (field: CableField): unknown => {
      const name = Object.keys(props).find((p) => CABLE_PROPERTY_VARIANTS[field].some((v) => headerKey(v) === headerKey(p)));
      return name === undefined ? undefined : props[name];
    };
    const rawId = get('id');
    const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId).trim() : '';
    const fail = (rule: string, what: string, why: string): void => {
      const message = `${source}: feature ${index}${id ? ` (id "${id}")` : ''}: ${what} — ${why}`;
      issues.push({ severity: 'error', rule, file: source, index, key: id || null, message });
    };
    if (!id) return fail('cable-id-missing', `id is ${rawId === undefined ? 'missing' : show(rawId)}`, 'every segment needs an id');
    const first = firstOfId.get(id);
    if (first !== undefined) return fail('cable-id-duplicate', `id "${id}" is also used by feature ${first}`, 'segment ids must be unique');
    firstOfId.set(id, index);
    const rawStatus = get('status');
    const status = typeof rawStatus === 'string' ? STATUS_ALIASES.get(searchKey(rawStatus)) : undefined;
    if (status === undefined) return fail('cable-status-unknown', `status ${show(rawStatus)} is unknown`, `status must be one of ${CABLE_STATUSES.join(', ')}`);
    const doneDate = normaliseDate(get('doneDate'));
    if (doneDate === undefined) return fail('cable-date-invalid', `done date ${show(get('doneDate'))} is not a date`, 'dates must be YYYY-MM-DD or DD/MM/YYYY');
    if (doneDate !== null && status !== 'done') return fail('cable-date-status', `done date "${doneDate}" is set but status is "${status}"`, 'only done segments have a done date');
    const highway = get('highway');
    const geometry = feature.geometry as LineString;
    features.push({
      type: 'Feature',
      geometry,
      properties: {
        id, status, highway: typeof highway === 'string' ? highway : '', lengthM: lineLengthM(geometry.coordinates), doneDate,
        sample: normaliseBoolean(get('sample')) === true,
      },
    });
  });
  issues.sort((a, b) => (a.index ?? -1) - (b.index ?? -1));
  return { features, issues };
}

/** Imports cable features already parsed, e.g. by `readFgb`; validated as a GeoJSON file would be. */
export function importCableFeatures(features: readonly Feature[], source: string): CableImport {
  return importCablesGeoJson(JSON.stringify({ type: 'FeatureCollection', features }), source);
}

const show = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : v === undefined ? 'missing' : JSON.stringify(v));
