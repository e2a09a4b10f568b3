/**
 * The OpenCelliD export format and the scope rules of its import: the columns, the codes of Vietnam and its four
 * operators, the range cap, header and data-row detection, and the row type that reports a per-row issue.
 *
 * Split from `opencellid.ts` (which re-exports every name here) so that the collector, the scope and range checks
 * (`opencellid-rules.ts`) and the file-level notes (`opencellid-notes.ts`) share one definition without importing
 * each other in a circle.
 */
import { COVERAGE_DEFAULTS } from '../../analysis/coverage/model.js';
import type { DataIssue } from '../../domain/report.js';
import type { Operator } from '../../domain/telecom.js';
import { headerKey } from './headers.js';
import type { Bilingual } from './issue.js';
import type { OcidRadio } from './opencellid-bands.js';

/** The columns of an OpenCelliD export, in order. */
export const OPENCELLID_COLUMNS = [
  'radio',
  'mcc',
  'net',
  'area',
  'cell',
  'unit',
  'lon',
  'lat',
  'range',
  'samples',
  'changeable',
  'created',
  'updated',
  'averageSignal',
] as const;
/** One column name of {@link OPENCELLID_COLUMNS}. */
export type OcidColumn = (typeof OPENCELLID_COLUMNS)[number];

/** Mobile country code of Vietnam. */
export const VIETNAM_MCC = 452;

/** Vietnamese network codes (MNC) of the four operators. */
export const OPERATOR_OF_MNC: Readonly<Record<number, Operator>> = {
  1: 'mobifone',
  2: 'vnpt',
  4: 'viettel',
  5: 'vietnamobile',
};

/** Names of other Vietnamese networks, for messages. */
export const OTHER_NETWORK_NAMES: Readonly<Record<number, string>> = { 3: 'S-Fone', 7: 'Gmobile' };

/**
 * Largest OpenCelliD `range` taken as a radius, metres; larger values are capped: the coverage model's own upper
 * bound on a modelled range (`COVERAGE_DEFAULTS.maxRangeM`, 15 km), tighter than `SITE_LIMITS.maxRangeM` (50 km).
 */
export const OCID_MAX_RANGE_M = COVERAGE_DEFAULTS.maxRangeM;

/** OpenCelliD radio names (upper case) → the imported radio, or null for a radio that is not 4G or 5G. */
export const RADIOS: Readonly<Record<string, OcidRadio | null>> = {
  GSM: null,
  UMTS: null,
  CDMA: null,
  LTE: 'LTE',
  NR: 'NR',
};
/** A whole number as OpenCelliD writes it (no sign, no decimals). */
export const WHOLE = /^\d+$/;

/** Why a network code is left out, for the per-row warning and the summary. */
export const NETWORK_RULE: Bilingual = {
  en: 'the network code must be 01 MobiFone, 02 VinaPhone, 04 Viettel or 05 Vietnamobile',
  vi: 'mã mạng phải là 01 MobiFone, 02 VinaPhone, 04 Viettel hoặc 05 Vietnamobile',
};

/** Why a radio is left out, for the per-row warning and the summary. */
export const RADIO_RULE: Bilingual = {
  en: 'only LTE (4G) and NR (5G) cells are imported',
  vi: 'chỉ nhập ô LTE (4G) và NR (5G)',
};

/** Why a country code is left out, for the per-row warning and the summary. */
export const MCC_RULE: Bilingual = {
  en: `only Vietnam's networks (MCC ${VIETNAM_MCC}) are imported`,
  vi: `chỉ nhập mạng của Việt Nam (MCC ${VIETNAM_MCC})`,
};

/**
 * Reports an issue about the current row: errors go to the rejected rows, warnings to the per-row warnings; the
 * column and value, when given, are named in the issue's detail.
 */
export type OcidRowIssue = (
  severity: DataIssue['severity'],
  rule: string,
  id: string | null,
  what: Bilingual,
  why: Bilingual,
  column?: OcidColumn,
  value?: unknown,
) => void;

/** Whether a first record is the OpenCelliD header. */
export function isOpenCellIdHeader(fields: readonly string[]): boolean {
  return (
    fields.length === OPENCELLID_COLUMNS.length &&
    fields.every((f, i) => headerKey(f) === OPENCELLID_COLUMNS[i]!.toLowerCase())
  );
}

/** Whether a first record is an OpenCelliD data row (a file without header). */
export function looksLikeOpenCellIdRow(fields: readonly string[]): boolean {
  return (
    fields.length === OPENCELLID_COLUMNS.length &&
    fields[0]!.trim().toUpperCase() in RADIOS &&
    WHOLE.test(fields[1]!.trim())
  );
}
