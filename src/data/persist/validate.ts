/**
 * Reads stored records back into typed values, checking every field, since what is on disk may come from a crash, a
 * newer app or a hand edit in the developer tools. Problems become `DataIssue`s (rules below) naming the store,
 * the record's key, the field, the value and the expected type; nothing is dropped without one.
 *
 * | rule | severity | what happens |
 * |---|---|---|
 * | `persist-future-schema` | error | the record is from a newer app: not read, left in place |
 * | `persist-record-invalid` | error | the record is skipped (the plan: not loaded) |
 * | `persist-site-invalid` | error | one site of the plan is left out |
 * | `persist-history-invalid` | warning | a broken undo / redo step and every step older than it are dropped |
 * | `persist-next-id-invalid` | warning | the plan's `nextId` is rebuilt: 1 + the largest `<n>` of the ids `…-<n>` it holds |
 */
import type { DataIssue } from '../../domain/report.js';
import { BANDS, CABLE_STATUSES, OPERATORS, TECHNOLOGIES, type Site } from '../../domain/telecom.js';
import { IMPORT_KINDS, RECORD_SCHEMA, type PlanStep, type StoredImport, type StoredPlan } from './schema.js';

/** `file` of the issues about each store, as the user reads them. */
export const ISSUE_FILES = { plan: 'saved plan', imports: 'saved imports', settings: 'saved settings' } as const;

type Check = (v: unknown) => boolean;
type Checks = Record<string, readonly [Check, string]>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString: Check = (v) => typeof v === 'string';
const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const isBoolean: Check = (v) => typeof v === 'boolean';
const isDate: Check = (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const nullOr =
  (c: Check): Check =>
  (v) =>
    v === null || c(v);
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

const SITE_CHECKS: Record<keyof Site, readonly [Check, string]> = {
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
};
const isSite: Check = (v) => problemOf(v, SITE_CHECKS) === null;

const STEP_CHECKS: Checks = {
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

const IMPORT_CHECKS: Checks = {
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
const KIND_CHECKS = {
  sites: { field: 'sites', item: SITE_CHECKS, report: SITE_REPORT_CHECKS },
  coverage: { field: 'coverage', item: COVERAGE_CHECKS, report: SUMMARY_CHECKS },
  cables: { field: 'cables', item: CABLE_CHECKS, report: SUMMARY_CHECKS },
  speeds: { field: 'speedTests', item: SPEED_CHECKS, report: SUMMARY_CHECKS },
} as const satisfies Record<StoredImport['kind'], unknown>;

/** What is wrong with `value` against `checks` (the first broken field), or null when nothing is. */
function problemOf(value: unknown, checks: Checks): string | null {
  if (!isObject(value)) return `is ${show(value)}, not an object`;
  for (const [field, [check, expected]] of Object.entries(checks)) {
    if (!(field in value)) return `field "${field}" is missing`;
    if (!check(value[field])) return `field "${field}" is ${show(value[field])}, not ${expected}`;
  }
  return null;
}

function show(v: unknown): string {
  if (v === undefined) return 'undefined';
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

function issue(
  file: string,
  rule: string,
  key: string | null,
  index: number | null,
  message: string,
  severity: DataIssue['severity'] = 'error',
): DataIssue {
  return { severity, rule, file, index, key, message: `${file}: ${message}` };
}

/** Checks `schema`: null when the record can be read, else the issue (future or invalid). */
function schemaIssue(file: string, key: string, raw: unknown, what: string): DataIssue | null {
  const schema = isObject(raw) ? raw.schema : undefined;
  if (typeof schema === 'number' && Number.isInteger(schema) && schema > RECORD_SCHEMA) {
    return issue(
      file,
      'persist-future-schema',
      key,
      null,
      `${what}: schema version ${schema} is newer than this app reads (${RECORD_SCHEMA}) — it was saved by a newer version of the app; it is kept but not loaded`,
    );
  }
  if (schema !== RECORD_SCHEMA) {
    const problem = isObject(raw)
      ? `: field "schema" is ${show(schema)}, not ${RECORD_SCHEMA}`
      : ` is ${show(raw)}, not an object`;
    return issue(file, 'persist-record-invalid', key, null, `${what}${problem} — it is skipped`);
  }
  return null;
}

/** The plan in a stored plan record (null when there is none or it cannot be read), with every issue found. */
export function readPlanRecord(key: string, raw: unknown): { plan: StoredPlan | null; issues: DataIssue[] } {
  const file = ISSUE_FILES.plan;
  const bad = schemaIssue(file, key, raw, 'the plan');
  if (bad || !isObject(raw)) return { plan: null, issues: bad ? [bad] : [] };
  if (!Array.isArray(raw.sites)) {
    return {
      plan: null,
      issues: [
        issue(
          file,
          'persist-record-invalid',
          key,
          null,
          `the plan: field "sites" is ${show(raw.sites)}, not a list — it is not loaded`,
        ),
      ],
    };
  }
  const issues: DataIssue[] = [];
  const sites: Site[] = [];
  raw.sites.forEach((site: unknown, i) => {
    const problem = problemOf(site, SITE_CHECKS);
    if (problem === null) sites.push(site as Site);
    else {
      const id = isObject(site) && typeof site.id === 'string' ? site.id : null;
      issues.push(
        issue(
          file,
          'persist-site-invalid',
          id,
          i,
          `site ${i}${id === null ? '' : ` ("${id}")`}: ${problem} — the site is left out`,
        ),
      );
    }
  });
  const history = (name: 'undo' | 'redo'): PlanStep[] => {
    const steps: unknown = raw[name];
    if (!Array.isArray(steps)) {
      issues.push(
        issue(
          file,
          'persist-history-invalid',
          key,
          null,
          `the ${name} history is ${show(steps)}, not a list — it is dropped`,
          'warning',
        ),
      );
      return [];
    }
    // The top of a stack is its last element: keep the steps after (newer than) the last broken one.
    let kept = 0;
    steps.forEach((step: unknown, i) => {
      const problem = problemOf(step, STEP_CHECKS);
      if (problem !== null) {
        issues.push(
          issue(
            file,
            'persist-history-invalid',
            key,
            i,
            `${name} step ${i}: ${problem} — it and the ${i} older steps are dropped`,
            'warning',
          ),
        );
        kept = i + 1;
      }
    });
    return steps.slice(kept) as PlanStep[];
  };
  const undo = history('undo');
  const redo = history('redo');
  let nextId = raw.nextId;
  if (typeof nextId !== 'number' || !Number.isInteger(nextId) || nextId < 1) {
    const ids = [...sites, ...[...undo, ...redo].flatMap((s) => [...s.before, ...s.after])].map((s) =>
      Number(/-(\d+)$/.exec(s.id)?.[1] ?? 0),
    );
    const rebuilt = Math.max(0, ...ids) + 1;
    issues.push(
      issue(
        file,
        'persist-next-id-invalid',
        key,
        null,
        `the plan: field "nextId" is ${show(nextId)}, not a positive integer — rebuilt as ${rebuilt}`,
        'warning',
      ),
    );
    nextId = rebuilt;
  }
  return { plan: { sites, undo, redo, nextId: nextId as number }, issues };
}

/** The import in a stored import record, or null with the issue saying why it is not read. */
export function readImportRecord(key: string, raw: unknown): { record: StoredImport | null; issues: DataIssue[] } {
  const file = ISSUE_FILES.imports;
  const what = `import "${key}"`;
  const skip = (problem: string): { record: null; issues: DataIssue[] } => ({
    record: null,
    issues: [issue(file, 'persist-record-invalid', key, null, `${what}: ${problem} — it is skipped`)],
  });
  const bad = schemaIssue(file, key, raw, what);
  if (bad) return { record: null, issues: [bad] };
  const problem = problemOf(raw, IMPORT_CHECKS);
  if (problem !== null || !isObject(raw)) return skip(problem ?? 'is not an object');
  if (raw.id !== key) return skip(`field "id" is ${show(raw.id)}, not its key "${key}"`);
  const checks = KIND_CHECKS[raw.kind as StoredImport['kind']];
  const items: unknown = raw[checks.field];
  if (!Array.isArray(items)) return skip(`field "${checks.field}" is ${show(items)}, not a list`);
  for (const [i, item] of items.entries()) {
    const itemProblem = problemOf(item, checks.item);
    if (itemProblem !== null) return skip(`${checks.field} ${i}: ${itemProblem}`);
  }
  const reportProblem = problemOf(raw.report, checks.report);
  if (reportProblem !== null) return skip(`report: ${reportProblem}`);
  const record: Record<string, unknown> = { ...raw };
  delete record.schema;
  return { record: record as StoredImport, issues: [] };
}
