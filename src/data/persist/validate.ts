/**
 * Reads stored records back into typed values, checking every field, since what is on disk may come from a crash, a
 * newer app or a hand edit in the developer tools. Problems become `DataIssue`s (rules below) naming the store,
 * the record's key, the field, the value and the expected type; nothing is dropped without one. What each record
 * must look like is in `record-checks.ts`.
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
import type { Site } from '../../domain/telecom.js';
import { IMPORT_CHECKS, isObject, KIND_CHECKS, problemOf, show, SITE_CHECKS, STEP_CHECKS } from './record-checks.js';
import { RECORD_SCHEMA, type PlanStep, type StoredImport, type StoredPlan } from './schema.js';

/** `file` of the issues about each store, as the user reads them. */
export const ISSUE_FILES = { plan: 'saved plan', imports: 'saved imports', settings: 'saved settings' } as const;

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
