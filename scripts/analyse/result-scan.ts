/**
 * Generic reading of an importer's result, whatever its shape, for `import-report.ts`: the `DataIssue`s it holds at
 * any depth, its issue lists told from its data lists, and a copy of its report objects without those lists. A
 * field added to an import report (or a new kind of file) is read here without a change.
 */
import type { DataIssue } from '../../src/domain/report.js';

const isIssue = (v: unknown): v is DataIssue =>
  !!v &&
  typeof v === 'object' &&
  typeof (v as DataIssue).rule === 'string' &&
  typeof (v as DataIssue).message === 'string' &&
  'severity' in v;
const isIssueList = (v: unknown): v is DataIssue[] => Array.isArray(v) && v.length > 0 && v.every(isIssue);

/** True for a non-null object that is not an array. */
export const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** `v` when it is a finite number, else null. */
export const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** `v` when it is a string, else null. */
export const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** Every issue in `value`, depth-first, each once (at most four objects deep). */
export function collectIssues(value: unknown, into: Set<DataIssue>, depth = 0): void {
  if (depth > 4) return;
  if (isIssueList(value)) value.forEach((i) => into.add(i));
  else if (isObject(value)) for (const v of Object.values(value)) collectIssues(v, into, depth + 1);
}

/** Names of the issue lists in the import reports, to tell an empty one from an empty data list. */
const ISSUE_LISTS = new Set(['rejected', 'fileErrors', 'warnings', 'issues', 'errors', 'notes']);

/** True when `v`, found under `key`, is an issue list: issues, or an empty list under an issue list's name. */
export const isIssueListAt = (key: string, v: unknown) =>
  isIssueList(v) || (Array.isArray(v) && v.length === 0 && ISSUE_LISTS.has(key));

/** A copy of an object without its issue lists (they are the messages), long data lists replaced by their lengths. */
export function detailsOf(value: Record<string, unknown>, skip: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (skip.includes(k) || isIssueListAt(k, v)) continue;
    out[k] = Array.isArray(v) && v.length > 50 ? `${v.length} items` : v;
  }
  return out;
}
