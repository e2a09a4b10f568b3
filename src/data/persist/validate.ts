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
import type { Bilingual } from '../import/issue.js';
import { IMPORT_CHECKS, isObject, KIND_CHECKS, show, SITE_CHECKS, STEP_CHECKS } from './record-checks.js';
import { problemTexts } from './record-problem.js';
import { RECORD_SCHEMA, type PlanStep, type StoredImport, type StoredPlan } from './schema.js';

/** `file` of the issues about each store, as the user reads them. */
export const ISSUE_FILES = { plan: 'saved plan', imports: 'saved imports', settings: 'saved settings' } as const;
/** The same stores as the Vietnamese messages name them. */
export const ISSUE_FILES_VI: Readonly<Record<keyof typeof ISSUE_FILES, string>> = {
  plan: 'kế hoạch đã lưu',
  imports: 'dữ liệu nhập đã lưu',
  settings: 'thiết lập đã lưu',
};

type Store = keyof typeof ISSUE_FILES;

function issue(
  store: Store,
  rule: string,
  key: string | null,
  index: number | null,
  text: Bilingual,
  severity: DataIssue['severity'] = 'error',
): DataIssue {
  const file = ISSUE_FILES[store];
  return {
    severity,
    rule,
    file,
    index,
    key,
    message: `${file}: ${text.en}`,
    vi: `${ISSUE_FILES_VI[store]}: ${text.vi}`,
  };
}

/** Checks `schema`: null when the record can be read, else the issue (future or invalid). */
function schemaIssue(store: Store, key: string, raw: unknown, what: Bilingual): DataIssue | null {
  const schema = isObject(raw) ? raw.schema : undefined;
  if (typeof schema === 'number' && Number.isInteger(schema) && schema > RECORD_SCHEMA) {
    return issue(store, 'persist-future-schema', key, null, {
      en: `${what.en}: schema version ${schema} is newer than this app reads (${RECORD_SCHEMA}) — it was saved by a newer version of the app; it is kept but not loaded`,
      vi: `${what.vi}: phiên bản lược đồ ${schema} mới hơn phiên bản ứng dụng này đọc được (${RECORD_SCHEMA}) — bản ghi do một phiên bản mới hơn của ứng dụng lưu; được giữ lại nhưng không nạp`,
    });
  }
  if (schema !== RECORD_SCHEMA) {
    const object = isObject(raw);
    return issue(store, 'persist-record-invalid', key, null, {
      en: `${what.en}${object ? `: field "schema" is ${show(schema)}, not ${RECORD_SCHEMA}` : ` is ${show(raw)}, not an object`} — it is skipped`,
      vi: `${what.vi}${object ? `: trường "schema" là ${show(schema)}, không phải ${RECORD_SCHEMA}` : ` là ${show(raw)}, không phải một đối tượng`} — bị bỏ qua`,
    });
  }
  return null;
}

/** The plan in a stored plan record (null when there is none or it cannot be read), with every issue found. */
export function readPlanRecord(key: string, raw: unknown): { plan: StoredPlan | null; issues: DataIssue[] } {
  const file = 'plan';
  const bad = schemaIssue(file, key, raw, { en: 'the plan', vi: 'kế hoạch' });
  if (bad || !isObject(raw)) return { plan: null, issues: bad ? [bad] : [] };
  if (!Array.isArray(raw.sites)) {
    return {
      plan: null,
      issues: [
        issue(file, 'persist-record-invalid', key, null, {
          en: `the plan: field "sites" is ${show(raw.sites)}, not a list — it is not loaded`,
          vi: `kế hoạch: trường "sites" là ${show(raw.sites)}, không phải một danh sách — không được nạp`,
        }),
      ],
    };
  }
  const issues: DataIssue[] = [];
  const sites: Site[] = [];
  raw.sites.forEach((site: unknown, i) => {
    const problem = problemTexts(site, SITE_CHECKS);
    if (problem === null) sites.push(site as Site);
    else {
      const id = isObject(site) && typeof site.id === 'string' ? site.id : null;
      const named = id === null ? '' : ` ("${id}")`;
      issues.push(
        issue(file, 'persist-site-invalid', id, i, {
          en: `site ${i}${named}: ${problem.en} — the site is left out`,
          vi: `trạm ${i}${named}: ${problem.vi} — trạm bị bỏ ra`,
        }),
      );
    }
  });
  const history = (name: 'undo' | 'redo'): PlanStep[] => {
    const steps: unknown = raw[name];
    const nameVi = name === 'undo' ? 'hoàn tác' : 'làm lại';
    if (!Array.isArray(steps)) {
      const text = {
        en: `the ${name} history is ${show(steps)}, not a list — it is dropped`,
        vi: `lịch sử ${nameVi} là ${show(steps)}, không phải một danh sách — bị bỏ`,
      };
      issues.push(issue(file, 'persist-history-invalid', key, null, text, 'warning'));
      return [];
    }
    // The top of a stack is its last element: keep the steps after (newer than) the last broken one.
    let kept = 0;
    steps.forEach((step: unknown, i) => {
      const problem = problemTexts(step, STEP_CHECKS);
      if (problem !== null) {
        const text = {
          en: `${name} step ${i}: ${problem.en} — it and the ${i} older steps are dropped`,
          vi: `bước ${nameVi} ${i}: ${problem.vi} — bước này và ${i} bước cũ hơn bị bỏ`,
        };
        issues.push(issue(file, 'persist-history-invalid', key, i, text, 'warning'));
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
        {
          en: `the plan: field "nextId" is ${show(nextId)}, not a positive integer — rebuilt as ${rebuilt}`,
          vi: `kế hoạch: trường "nextId" là ${show(nextId)}, không phải một số nguyên dương — được dựng lại thành ${rebuilt}`,
        },
        'warning',
      ),
    );
    nextId = rebuilt;
  }
  return { plan: { sites, undo, redo, nextId: nextId as number }, issues };
}

/** The import in a stored import record, or null with the issue saying why it is not read. */
export function readImportRecord(key: string, raw: unknown): { record: StoredImport | null; issues: DataIssue[] } {
  const file = 'imports';
  const what = { en: `import "${key}"`, vi: `lần nhập "${key}"` };
  const skip = (problem: Bilingual): { record: null; issues: DataIssue[] } => ({
    record: null,
    issues: [
      issue(file, 'persist-record-invalid', key, null, {
        en: `${what.en}: ${problem.en} — it is skipped`,
        vi: `${what.vi}: ${problem.vi} — bị bỏ qua`,
      }),
    ],
  });
  const bad = schemaIssue(file, key, raw, what);
  if (bad) return { record: null, issues: [bad] };
  const problem = problemTexts(raw, IMPORT_CHECKS);
  if (problem !== null || !isObject(raw))
    return skip(problem ?? { en: 'is not an object', vi: 'không phải một đối tượng' });
  if (raw.id !== key)
    return skip({
      en: `field "id" is ${show(raw.id)}, not its key "${key}"`,
      vi: `trường "id" là ${show(raw.id)}, không phải khoá "${key}" của bản ghi`,
    });
  const checks = KIND_CHECKS[raw.kind as StoredImport['kind']];
  const items: unknown = raw[checks.field];
  if (!Array.isArray(items))
    return skip({
      en: `field "${checks.field}" is ${show(items)}, not a list`,
      vi: `trường "${checks.field}" là ${show(items)}, không phải một danh sách`,
    });
  for (const [i, item] of items.entries()) {
    const itemProblem = problemTexts(item, checks.item);
    if (itemProblem !== null)
      return skip({ en: `${checks.field} ${i}: ${itemProblem.en}`, vi: `${checks.field} ${i}: ${itemProblem.vi}` });
  }
  const reportProblem = problemTexts(raw.report, checks.report);
  if (reportProblem !== null)
    return skip({ en: `report: ${reportProblem.en}`, vi: `báo cáo nhập: ${reportProblem.vi}` });
  const record: Record<string, unknown> = { ...raw };
  delete record.schema;
  return { record: record as StoredImport, issues: [] };
}
