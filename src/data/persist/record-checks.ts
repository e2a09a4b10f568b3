/**
 * What a stored record must look like, field by field: small type checks (`Check`) combined into tables
 * (`Checks`, one per record shape: a site, an undo step, an import and each kind's items and report), and
 * {@link problemOf}, which names the first field that breaks one. Shared by the readers in `validate.ts`; the
 * shapes themselves are the types of `schema.ts`.
 */
import { BANDS, CABLE_STATUSES, OPERATORS, TECHNOLOGIES, type Site } from '../../domain/telecom.js';
import { IMPORT_KINDS, type StoredImport } from './schema.js';

/** Whether a value is of one type or shape. */
export type Check = (v: unknown) => boolean;
/** Per field of a record: its check and what it should be, as read in a message (`a finite number`). */
export type Checks = Record<string, readonly [Check, string]>;

/** Whether `v` is a plain object (not null, not an array). */
export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isString: Check = (v) => typeof v === 'string';
const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const isBoolean: Check = (v) => typeof v === 'boolean';
const isDate: Check = (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const nullOr =
  (c: Check): Check =>
  (v) =>
    v === null || c(v);
/** A check of an optional field: absent (or undefined) passes, see {@link problemOf}. */
const optional =
  (c: Check): Check =>
  (v) =>
    v === undefined || c(v);
const arrayOf =
  (c: Check): Check =>
  (v) =>
    Array.isArray(v) && v.every(c);
const oneOf =
  (values: readonly unknown[]): Check =>
  (v) =>
    values.includes(v);
const isPosition: Check = (v) => Array.isArray(v) && v.length >= 2 && v.every(isNumber);
const isPolygonCoords = arrayOf(arrayOf(isPosition));

/** A stored site (`Site`), field by field. */
export const SITE_CHECKS: Record<keyof Site, readonly [Check, string]> = {
  id: [isString, 'a string'],
  operator: [oneOf(OPERATORS), `one of ${OPERATORS.join(', ')}`],
  lng: [isNumber, 'a finite number'],
  lat: [isNumber, 'a finite number'],
  technologies: [arrayOf(oneOf(TECHNOLOGIES)), `a list of ${TECHNOLOGIES.join(', ')}`],
  bands: [arrayOf(oneOf(Object.keys(BANDS))), `a list of ${Object.keys(BANDS).join(', ')}`],
  heightM: [isNumber, 'a finite number'],
  azimuthsDeg: [arrayOf(isNumber), 'a list of numbers'],
  onAir: [nullOr(isString), 'a date string or null'],
  onAir5g: [nullOr(isString), 'a date string or null'],
  rangeM: [nullOr(isNumber), 'a finite number or null'],
  sample: [isBoolean, 'true or false'],
  towerId: [optional((v) => typeof v === 'string' && v !== ''), 'absent or a non-empty string'],
};
const isSite: Check = (v) => problemOf(v, SITE_CHECKS) === null;

/** An undo / redo step of the plan (`PlanStep`): its label and the sites before and after. */
export const STEP_CHECKS: Checks = {
  label: [isString, 'a string'],
  before: [arrayOf(isSite), 'a list of valid sites'],
  after: [arrayOf(isSite), 'a list of valid sites'],
};

const COVERAGE_CHECKS: Checks = {
  operator: [oneOf(OPERATORS), `one of ${OPERATORS.join(', ')}`],
  tech: [oneOf(TECHNOLOGIES), `one of ${TECHNOLOGIES.join(', ')}`],
  geometry: [
    (g) =>
      isObject(g) &&
      ((g.type === 'Polygon' && isPolygonCoords(g.coordinates)) ||
        (g.type === 'MultiPolygon' && arrayOf(isPolygonCoords)(g.coordinates))),
    'a Polygon or MultiPolygon of [lng, lat] positions',
  ],
};

const CABLE_PROPS_CHECKS: Checks = {
  id: [isString, 'a string'],
  status: [oneOf(CABLE_STATUSES), `one of ${CABLE_STATUSES.join(', ')}`],
  highway: [isString, 'a string'],
  lengthM: [isNumber, 'a finite number'],
  doneDate: [nullOr(isString), 'a date string or null'],
  sample: [isBoolean, 'true or false'],
};
const CABLE_CHECKS: Checks = {
  type: [oneOf(['Feature']), '"Feature"'],
  geometry: [
    (g) => isObject(g) && g.type === 'LineString' && arrayOf(isPosition)(g.coordinates),
    'a LineString of [lng, lat] positions',
  ],
  properties: [(p) => problemOf(p, CABLE_PROPS_CHECKS) === null, 'valid cable properties'],
};

const SPEED_PROPS_CHECKS: Checks = {
  id: [isString, 'a string'],
  tech: [oneOf(TECHNOLOGIES), `one of ${TECHNOLOGIES.join(', ')}`],
  operator: [nullOr(oneOf(OPERATORS)), `one of ${OPERATORS.join(', ')} or null`],
  downMbps: [isNumber, 'a finite number'],
  upMbps: [nullOr(isNumber), 'a finite number or null'],
  latencyMs: [nullOr(isNumber), 'a finite number or null'],
  date: [isString, 'a date string'],
  tests: [(v) => isNumber(v) && (v as number) >= 1, 'a number of tests ≥ 1'],
  kind: [oneOf(['test', 'tile']), 'test or tile'],
  sample: [isBoolean, 'true or false'],
};
const SPEED_CHECKS: Checks = {
  type: [oneOf(['Feature']), '"Feature"'],
  geometry: [(g) => isObject(g) && g.type === 'Point' && isPosition(g.coordinates), 'a Point at [lng, lat]'],
  properties: [(p) => problemOf(p, SPEED_PROPS_CHECKS) === null, 'valid speed-test properties'],
};

/** The fields every stored import has, whatever its kind. */
export const IMPORT_CHECKS: Checks = {
  id: [isString, 'a string'],
  kind: [oneOf(IMPORT_KINDS), IMPORT_KINDS.join(', ')],
  fileName: [isString, 'a string'],
  importedAt: [isDate, 'an ISO date'],
  mode: [oneOf(['replace', 'join']), 'replace or join'],
  report: [isObject, 'an object'],
};
const REPORT_CHECKS: Checks = { accepted: [isNumber, 'a finite number'] };
const SITE_REPORT_CHECKS: Checks = {
  ...REPORT_CHECKS,
  source: [isString, 'a string'],
  rejected: [Array.isArray, 'a list'],
  warnings: [Array.isArray, 'a list'],
};
const SUMMARY_CHECKS: Checks = {
  ...REPORT_CHECKS,
  issues: [Array.isArray, 'a list'],
  repairs: [nullOr(isObject), 'an object or null'],
};

/** Per kind: the data field, the check of each of its items, and the report's checks. */
export const KIND_CHECKS = {
  sites: { field: 'sites', item: SITE_CHECKS, report: SITE_REPORT_CHECKS },
  coverage: { field: 'coverage', item: COVERAGE_CHECKS, report: SUMMARY_CHECKS },
  cables: { field: 'cables', item: CABLE_CHECKS, report: SUMMARY_CHECKS },
  speeds: { field: 'speedTests', item: SPEED_CHECKS, report: SUMMARY_CHECKS },
} as const satisfies Record<StoredImport['kind'], unknown>;

/**
 * What is wrong with `value` against `checks` (the first broken field), or null when nothing is. A missing field
 * is a problem unless its check passes `undefined` (an optional field: `Site.towerId`).
 */
export function problemOf(value: unknown, checks: Checks): string | null {
  if (!isObject(value)) return `is ${show(value)}, not an object`;
  for (const [field, [check, expected]] of Object.entries(checks)) {
    if (!(field in value)) {
      if (check(undefined)) continue;
      return `field "${field}" is missing`;
    }
    if (!check(value[field])) return `field "${field}" is ${show(value[field])}, not ${expected}`;
  }
  return null;
}

/** A value as quoted in a message: JSON, cut to 40 characters. */
export function show(v: unknown): string {
  if (v === undefined) return 'undefined';
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}
