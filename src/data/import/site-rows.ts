/**
 * One row's values (a CSV record through its mapping, or a GeoJSON feature's properties) → a raw site row for
 * `checkSites`, and the checks `checkSites` does not make: dates and the `sample` flag. Values are normalised
 * (see `values.ts`); anything still wrong is left for `checkSites` to report, so each rule has one wording.
 *
 * Messages of the checks made here (same format as `checkSites`):
 *
 * | rule | example |
 * |---|---|
 * | `site-date-invalid` | `s.csv: row 4 (id "A1"): on-air date "31/02/2021" is not a date — dates must be YYYY-MM-DD or DD/MM/YYYY` |
 * | `site-sample-invalid` | `s.csv: row 4 (id "A1"): sample "maybe" is not true or false — sample must be true, false, 1, 0 or empty` |
 */
import type { DataIssue } from '../../domain/report';
import type { CoordinateReader } from './coordinates';
import type { SiteField } from './types';
import { normaliseBands, normaliseBoolean, normaliseDate, normaliseOperator, normaliseTechnologies, readDecimal, toNumber, unguardText } from './values';

/** A row as `checkSites` reads it (see its doc comment). */
export type RawSiteRow = Record<string, unknown>;

/** What the row builder needs besides the values. */
export type RowContext = {
  source: string;
  /** Whether `21,0285` is a number (semicolon- or tab-delimited text). */
  allowDecimalComma: boolean;
  coordinates: CoordinateReader;
  /** Set when a number with a decimal comma was read. */
  sawDecimalComma: boolean;
  /** Whether text may carry the CSV export's formula guard (`'=…`), removed here (delimited text only). */
  unguardFormulas: boolean;
};

export type RowResult = { ok: true; raw: RawSiteRow } | { ok: false; issue: DataIssue };

/** Reads a value of one field; `undefined` when the field is unmapped. */
export type FieldReader = (field: SiteField) => unknown;

const DATE_RULE = 'dates must be YYYY-MM-DD or DD/MM/YYYY';

/**
 * Builds the raw row of row (or feature) `n`. `position`, when given, is the feature's `[x, y]` (GeoJSON) and
 * replaces the lng/lat fields. `label` names the row in messages.
 */
export function buildSiteRow(read: FieldReader, n: number, ctx: RowContext, position: readonly unknown[] | null = null, label = 'row'): RowResult {
  const text = (v: unknown): unknown => (typeof v !== 'string' ? v : ctx.unguardFormulas ? unguardText(v.trim()) : v.trim());
  const number = (v: unknown): unknown => {
    if (typeof v !== 'string') return v;
    const { text: t, comma } = readDecimal(v, ctx.allowDecimalComma);
    if (comma) ctx.sawDecimalComma = true;
    return t;
  };
  const id = text(read('id'));
  const idText = typeof id === 'string' || typeof id === 'number' ? String(id).trim() : '';
  const fail = (rule: string, what: string, why: string): RowResult => ({
    ok: false,
    issue: {
      severity: 'error', rule, file: ctx.source, index: n, key: idText || null,
      message: `${ctx.source}: ${label} ${n}${idText ? ` (id "${idText}")` : ''}: ${what} — ${why}`,
    },
  });
  const onAir = normaliseDate(text(read('onAir')));
  if (onAir === undefined) return fail('site-date-invalid', `on-air date ${show(read('onAir'))} is not a date`, DATE_RULE);
  const onAir5g = normaliseDate(text(read('onAir5g')));
  if (onAir5g === undefined) return fail('site-date-invalid', `5G on-air date ${show(read('onAir5g'))} is not a date`, DATE_RULE);
  const sample = normaliseBoolean(text(read('sample')));
  if (sample === undefined) return fail('site-sample-invalid', `sample ${show(read('sample'))} is not true or false`, 'sample must be true, false, 1, 0 or empty');

  let lng = number(position ? position[0] : read('lng'));
  let lat = number(position ? position[1] : read('lat'));
  const a = typeof lng === 'number' ? lng : typeof lng === 'string' ? toNumber(lng) : null;
  const b = typeof lat === 'number' ? lat : typeof lat === 'string' ? toNumber(lat) : null;
  if (a !== null && b !== null) [lng, lat] = ctx.coordinates.read(a, b, n);

  return {
    ok: true,
    raw: {
      id, operator: normaliseOperator(text(read('operator'))), lng, lat,
      technologies: normaliseTechnologies(text(read('technologies'))), bands: normaliseBands(text(read('bands'))),
      heightM: number(read('heightM')), azimuthsDeg: text(read('azimuthsDeg')), onAir, onAir5g, rangeM: number(read('rangeM')), sample,
    },
  };
}

const show = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v));
