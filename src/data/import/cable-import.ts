/**
 * Street segments of the underground-cable programme (GeoJSON LineString or MultiLineString features) → features
 * with `CableSegmentProps` (`../../domain/telecom.ts`), length measured on the WGS84 ellipsoid (`lineLengthM`).
 *
 * The text is read by `readGeoJsonText` (`geojson-text.ts`); geometry is validated by `parseGeoJsonFeatures`
 * (`../geojson-input.ts`: structure, extent within Hà Nội, duplicate vertices removed, empty or one-position lines
 * of a MultiLineString dropped with a warning). Properties, matched case- and diacritic-insensitively as site
 * headers are: id (`id`, `segment id`, `mã tuyến`), status (`status`, `trạng thái`), done date (`doneDate`,
 * `done date`, `ngày hoàn thành`), highway (`highway`, `road class`, `loại đường`; empty when absent), sample
 * (`sample`). Status values: `done` / `hoàn thành` / `đã hạ ngầm`, `planned-2025` / `2025`, `planned-2026-2030` /
 * `2026-2030`.
 *
 * Decisions:
 * - A MultiLineString of one line is that LineString (QGIS and GDAL write every line of a multi-typed layer as a
 *   MultiLineString), id unchanged. One of several lines is split into one segment per line, ids `<id>-1`,
 *   `<id>-2`, … in order, each measured on its own (a segment is one stretch of street), with a
 *   `cable-multiline-split` warning naming the new ids.
 * - A missing or empty status is {@link DEFAULT_CABLE_STATUS} (`planned-2026-2030`), with a per-feature
 *   `cable-status-missing` warning; a segment whose done date is set is `done`. Why: a planner counts what is
 *   done against the 2025 and 2030 targets; a segment not known to be done is work still to do, and putting it in
 *   the last phase neither inflates the done share nor claims it for the 2025 phase.
 *
 * Per-feature messages (features numbered from 0; every message also in Vietnamese):
 *
 * | rule | severity | example |
 * |---|---|---|
 * | `cable-id-missing` | error | `k.geojson: feature 0: id is missing — every segment needs an id` |
 * | `cable-id-long` | error | `k.geojson: feature 0: id holds 100000 characters — an id must be at most 200 characters` |
 * | `cable-id-duplicate` | error | `k.geojson: feature 4 (id "S1"): id "S1" is also used by feature 1 — segment ids must be unique` |
 * | `cable-status-unknown` | error | `k.geojson: feature 2 (id "S3"): status "soon" is unknown — status must be one of done, planned-2025, planned-2026-2030` |
 * | `cable-status-missing` | warning | `k.geojson: feature 2 (id "S3"): status is missing — read as planned-2026-2030, the default: a segment not known to be done is work still to do` |
 * | `cable-date-invalid` | error | `k.geojson: feature 3 (id "S4"): done date "2024-13-01" is not a date — dates must be YYYY-MM-DD or DD/MM/YYYY` |
 * | `cable-date-status` | error | `k.geojson: feature 5 (id "S6"): done date "2024-05-01" is set but status is "planned-2025" — only done segments have a done date` |
 * | `cable-multiline-split` | warning | `k.geojson: feature 6 (id "S7"): MultiLineString of 2 lines — split into segments S7-1, S7-2, each measured on its own` |
 */
import type { Feature, LineString, MultiLineString } from 'geojson';
import { lineLengthM } from '../../analysis/geodesy.js';
import type { DataIssue } from '../../domain/report.js';
import { CABLE_STATUSES, type CableSegmentProps, type CableStatus } from '../../domain/telecom.js';
import { searchKey } from '../../domain/text.js';
import { parseGeoJsonFeatures } from '../geojson-input.js';
import { featuresRead, longTextIssues, readGeoJsonText, type GeoJsonRead } from './geojson-text.js';
import { headerKey } from './headers.js';
import { clip, importIssue, MAX_QUOTED_CHARS, quote, type Bilingual } from './issue.js';
import { normaliseBoolean, normaliseDate } from './values.js';

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
  ['hoan thanh', 'done'],
  ['da ha ngam', 'done'],
  ['da ngam hoa', 'done'],
  ['completed', 'done'],
  ['2025', 'planned-2025'],
  ['planned 2025', 'planned-2025'],
  ['ke hoach 2025', 'planned-2025'],
  ['2026-2030', 'planned-2026-2030'],
  ['planned 2026-2030', 'planned-2026-2030'],
  ['ke hoach 2026-2030', 'planned-2026-2030'],
]);

/** Status of a segment whose file gives none (and no done date); see the module comment for why. */
export const DEFAULT_CABLE_STATUS: CableStatus = 'planned-2026-2030';

/** Accepted segments (input order) and every issue. */
export type CableImport = { features: Feature<LineString, CableSegmentProps>[]; issues: DataIssue[] };

/** Imports cable segments from GeoJSON text named `source`. */
export function importCablesGeoJson(text: string, source: string): CableImport {
  return importCableRead(readGeoJsonText(text, source), source);
}

/** Imports cable features already parsed, e.g. by `readFgb`; validated as a GeoJSON file would be. */
export function importCableFeatures(features: readonly Feature[], source: string): CableImport {
  return importCableRead(featuresRead(features), source);
}

const DATE_RULE: Bilingual = {
  en: 'dates must be YYYY-MM-DD or DD/MM/YYYY',
  vi: 'ngày phải có dạng YYYY-MM-DD hoặc DD/MM/YYYY',
};

/** Imports the features of a GeoJSON text read by `readGeoJsonText` (or one kind of it, `splitByGeometryKind`). */
export function importCableRead(read: GeoJsonRead, source: string): CableImport {
  const spec = {
    file: source,
    geometryTypes: ['LineString', 'MultiLineString'],
    keyProperty: null,
    indices: read.indices,
  } as const;
  const parsed = parseGeoJsonFeatures(read.features, spec);
  const issues = [...read.issues, ...longTextIssues(read, source), ...parsed.issues];
  const features: Feature<LineString, CableSegmentProps>[] = [];
  const firstOfId = new Map<string, number>();
  parsed.features.forEach((feature, k) => {
    const index = parsed.indices[k]!;
    const props = feature.properties ?? {};
    const nameOf = (field: CableField): string | undefined =>
      Object.keys(props).find((p) => CABLE_PROPERTY_VARIANTS[field].some((v) => headerKey(v) === headerKey(p)));
    const get = (field: CableField): unknown => {
      const name = nameOf(field);
      return name === undefined ? undefined : props[name];
    };
    const rawId = get('id');
    const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId).trim() : '';
    const push = (
      severity: DataIssue['severity'],
      rule: string,
      field: CableField,
      value: unknown,
      what: Bilingual,
      why: Bilingual,
    ): void => {
      const column = nameOf(field);
      const detail = { ...(column === undefined ? {} : { column }), ...(value === undefined ? {} : { value }) };
      issues.push(
        importIssue(severity, rule, source, { label: 'feature', n: index, id: id || null }, what, why, detail),
      );
    };
    const fail = (rule: string, field: CableField, value: unknown, what: Bilingual, why: Bilingual): void =>
      push('error', rule, field, value, what, why);
    if (!id) {
      const what =
        rawId === undefined
          ? { en: 'id is missing', vi: 'thiếu mã đoạn tuyến' }
          : { en: `id is ${quote(rawId)}`, vi: `mã đoạn tuyến là ${quote(rawId, 'vi')}` };
      return fail('cable-id-missing', 'id', rawId, what, {
        en: 'every segment needs an id',
        vi: 'mỗi đoạn tuyến cần có mã',
      });
    }
    if (id.length > MAX_QUOTED_CHARS) {
      return fail(
        'cable-id-long',
        'id',
        id,
        { en: `id holds ${id.length} characters`, vi: `mã dài ${id.length} ký tự` },
        { en: `an id must be at most ${MAX_QUOTED_CHARS} characters`, vi: `mã dài tối đa ${MAX_QUOTED_CHARS} ký tự` },
      );
    }
    const rawStatus = get('status');
    const statusMissing =
      rawStatus === undefined || rawStatus === null || (typeof rawStatus === 'string' && rawStatus.trim() === '');
    const named = typeof rawStatus === 'string' ? STATUS_ALIASES.get(searchKey(rawStatus)) : undefined;
    if (!statusMissing && named === undefined) {
      return fail(
        'cable-status-unknown',
        'status',
        rawStatus,
        { en: `status ${quote(rawStatus)} is unknown`, vi: `trạng thái ${quote(rawStatus, 'vi')} không nhận ra` },
        {
          en: `status must be one of ${CABLE_STATUSES.join(', ')}`,
          vi: `trạng thái phải là một trong ${CABLE_STATUSES.join(', ')}`,
        },
      );
    }
    const doneDate = normaliseDate(get('doneDate'));
    if (doneDate === undefined) {
      const v = get('doneDate');
      return fail(
        'cable-date-invalid',
        'doneDate',
        v,
        { en: `done date ${quote(v)} is not a date`, vi: `ngày hoàn thành ${quote(v, 'vi')} không phải là ngày` },
        DATE_RULE,
      );
    }
    const status = named ?? (doneDate !== null ? 'done' : DEFAULT_CABLE_STATUS);
    if (doneDate !== null && status !== 'done') {
      return fail(
        'cable-date-status',
        'doneDate',
        doneDate,
        {
          en: `done date "${doneDate}" is set but status is "${status}"`,
          vi: `có ngày hoàn thành "${doneDate}" nhưng trạng thái là "${status}"`,
        },
        { en: 'only done segments have a done date', vi: 'chỉ đoạn đã hạ ngầm xong mới có ngày hoàn thành' },
      );
    }
    const geometry = feature.geometry as LineString | MultiLineString;
    const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
    const ids = lines.length === 1 ? [id] : lines.map((_, i) => `${id}-${i + 1}`);
    const taken = ids.find((s) => firstOfId.has(s));
    if (taken !== undefined) {
      return fail(
        'cable-id-duplicate',
        'id',
        taken,
        {
          en: `id "${clip(taken, 80)}" is also used by feature ${firstOfId.get(taken)}`,
          vi: `mã "${clip(taken, 80)}" đã được dùng ở đối tượng ${firstOfId.get(taken)}`,
        },
        { en: 'segment ids must be unique', vi: 'mã đoạn tuyến phải là duy nhất' },
      );
    }
    if (statusMissing) {
      const why =
        doneDate !== null
          ? {
              en: `read as done, since its done date ${doneDate} is set`,
              vi: `được coi là done vì đã có ngày hoàn thành ${doneDate}`,
            }
          : {
              en: `read as ${DEFAULT_CABLE_STATUS}, the default: a segment not known to be done is work still to do`,
              vi: `được coi là ${DEFAULT_CABLE_STATUS}, giá trị mặc định: đoạn chưa biết đã hạ ngầm được tính là việc còn phải làm`,
            };
      push(
        'warning',
        'cable-status-missing',
        'status',
        undefined,
        { en: 'status is missing', vi: 'thiếu trạng thái' },
        why,
      );
    }
    if (lines.length > 1) {
      const list = clip(ids.join(', '), MAX_QUOTED_CHARS);
      push(
        'warning',
        'cable-multiline-split',
        'id',
        undefined,
        { en: `MultiLineString of ${lines.length} lines`, vi: `MultiLineString gồm ${lines.length} đường` },
        {
          en: `split into segments ${list}, each measured on its own`,
          vi: `được tách thành các đoạn ${list}, mỗi đoạn được đo riêng`,
        },
      );
    }
    const highway = get('highway');
    const sample = normaliseBoolean(get('sample')) === true;
    lines.forEach((coordinates, i) => {
      const segmentId = ids[i]!;
      firstOfId.set(segmentId, index);
      features.push({
        type: 'Feature',
        geometry: { type: 'LineString', coordinates },
        properties: {
          id: segmentId,
          status,
          highway: typeof highway === 'string' ? clip(highway) : '',
          lengthM: lineLengthM(coordinates),
          doneDate,
          sample,
        },
      });
    });
  });
  issues.sort((a, b) => (a.index ?? -1) - (b.index ?? -1));
  return { features, issues };
}
