/**
 * Typed reads and writes of the plan, the imports and the settings (layout in `schema.ts`), on any `AppDb`.
 * Loads never throw on bad data: they return what could be read and the issues (`validate.ts`) for the user.
 * Writes reject with an `Error` naming what failed to save and why, e.g. a full storage quota.
 */
import type { DataIssue } from '../../domain/report.js';
import type { AppDb } from './app-db.js';
import {
  PLAN_HISTORY_LIMIT,
  PLAN_KEY,
  RECORD_SCHEMA,
  type ImportRecord,
  type PlanRecord,
  type SettingRecord,
  type StoredImport,
  type StoredPlan,
} from './schema.js';
import { ISSUE_FILES, ISSUE_FILES_VI, readImportRecord, readPlanRecord } from './validate.js';

/** The saved plan (null when none is saved or it cannot be read) and the issues found reading it. */
export type PlanLoad = { plan: StoredPlan | null; issues: DataIssue[] };

/** The saved imports that could be read, oldest `importedAt` first, and the issues about the others. */
export type ImportList = { imports: StoredImport[]; issues: DataIssue[] };

/** A saved setting's value (null when absent or unreadable) and the issues found reading it. */
export type SettingLoad = { value: unknown; issues: DataIssue[] };

/** Loads the plan. */
export async function loadPlan(db: AppDb): Promise<PlanLoad> {
  const raw = await db.get('plan', PLAN_KEY);
  return raw === null ? { plan: null, issues: [] } : readPlanRecord(PLAN_KEY, raw);
}

/**
 * Writes the plan once, keeping the newest {@link PLAN_HISTORY_LIMIT} steps of each history stack. To save on every
 * change (a drag), use `createPlanWriter`, which orders and coalesces the writes.
 */
export async function savePlan(db: AppDb, plan: StoredPlan, now: Date = new Date()): Promise<void> {
  const record: PlanRecord = {
    schema: RECORD_SCHEMA,
    savedAt: now.toISOString(),
    sites: plan.sites,
    undo: plan.undo.slice(-PLAN_HISTORY_LIMIT),
    redo: plan.redo.slice(-PLAN_HISTORY_LIMIT),
    nextId: plan.nextId,
  };
  await withMessage({ en: 'save the plan', vi: 'lưu kế hoạch' }, db.put('plan', PLAN_KEY, record));
}

/** Saves one imported file under its `id`, replacing any import of that id. */
export async function saveImport(db: AppDb, item: StoredImport): Promise<void> {
  const record: ImportRecord = { ...item, schema: RECORD_SCHEMA };
  await withMessage(
    {
      en: `save the imported file "${item.fileName}" (import "${item.id}")`,
      vi: `lưu tệp đã nhập "${item.fileName}" (lần nhập "${item.id}")`,
    },
    db.put('imports', item.id, record),
  );
}

/** Lists the saved imports, oldest first (ties by id), skipping and reporting those that cannot be read. */
export async function listImports(db: AppDb): Promise<ImportList> {
  const imports: StoredImport[] = [];
  const issues: DataIssue[] = [];
  for (const [key, raw] of await db.entries('imports')) {
    const read = readImportRecord(key, raw);
    if (read.record) imports.push(read.record);
    issues.push(...read.issues);
  }
  imports.sort(
    (a, b) => Date.parse(a.importedAt) - Date.parse(b.importedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return { imports, issues };
}

/** Deletes one saved import; nothing when there is none of that id. */
export async function deleteImport(db: AppDb, id: string): Promise<void> {
  await withMessage(
    { en: `delete the saved import "${id}"`, vi: `xoá lần nhập đã lưu "${id}"` },
    db.delete('imports', id),
  );
}

/** Deletes every saved import, including unreadable ones; the plan and settings stay. */
export async function clearImports(db: AppDb): Promise<void> {
  await withMessage({ en: 'delete the saved imports', vi: 'xoá các lần nhập đã lưu' }, db.clear('imports'));
}

/** Reads an app-level setting, e.g. `activeImports`; the caller checks the value's shape. */
export async function readSetting(db: AppDb, key: string): Promise<SettingLoad> {
  const raw = await db.get('settings', key);
  if (raw === null) return { value: null, issues: [] };
  const record = raw as Partial<SettingRecord>;
  if (record.schema === RECORD_SCHEMA && 'value' in record) return { value: record.value, issues: [] };
  const future = typeof record.schema === 'number' && record.schema > RECORD_SCHEMA;
  const file = ISSUE_FILES.settings;
  return {
    value: null,
    issues: [
      {
        severity: 'error',
        rule: future ? 'persist-future-schema' : 'persist-record-invalid',
        file,
        index: null,
        key,
        message: future
          ? `${file}: setting "${key}": schema version ${record.schema} is newer than this app reads (${RECORD_SCHEMA}) — it was saved by a newer version of the app; it is kept but not loaded`
          : `${file}: setting "${key}": not a setting record of schema ${RECORD_SCHEMA} — it is skipped`,
        vi: future
          ? `${ISSUE_FILES_VI.settings}: thiết lập "${key}": phiên bản lược đồ ${record.schema} mới hơn phiên bản ứng dụng này đọc được (${RECORD_SCHEMA}) — thiết lập do một phiên bản mới hơn của ứng dụng lưu; được giữ lại nhưng không nạp`
          : `${ISSUE_FILES_VI.settings}: thiết lập "${key}": không phải bản ghi thiết lập theo lược đồ ${RECORD_SCHEMA} — bị bỏ qua`,
      },
    ],
  };
}

/** Writes an app-level setting; `value` must be structured-cloneable (plain data). */
export async function writeSetting(db: AppDb, key: string, value: unknown): Promise<void> {
  const record: SettingRecord = { schema: RECORD_SCHEMA, value };
  await withMessage({ en: `save the setting "${key}"`, vi: `lưu thiết lập "${key}"` }, db.put('settings', key, record));
}

/** What a write was for, in both languages (`save the plan` / `lưu kế hoạch`). */
export type PersistAction = { en: string; vi: string };

/** A failed write, with its Vietnamese text as `vi` (as the worker's replies and `issueText` carry it). */
export class PersistWriteError extends Error {
  constructor(
    message: string,
    readonly vi: string,
    cause: unknown,
  ) {
    super(message, { cause });
    this.name = 'PersistWriteError';
  }
}

/** The error of a failed write, for the user: `could not save the plan: the browser's storage … is full …`. */
export function persistError(action: PersistAction, error: unknown): PersistWriteError {
  const e = error instanceof Error ? error : null;
  const full = e?.name === 'QuotaExceededError';
  // The browser's own words (a DOMException's name and message) exist in English only.
  const detail = e ? `${e.name}: ${e.message}` : String(error);
  const why = full
    ? "the browser's storage for this site is full — delete saved imports you no longer need, or free disk space"
    : detail;
  const whyVi = full
    ? 'bộ nhớ trình duyệt dành cho trang này đã đầy — hãy xoá các tệp đã nhập không còn cần, hoặc giải phóng ổ đĩa'
    : detail;
  return new PersistWriteError(`could not ${action.en}: ${why}`, `không thể ${action.vi}: ${whyVi}`, error);
}

async function withMessage(action: PersistAction, write: Promise<void>): Promise<void> {
  try {
    await write;
  } catch (error) {
    throw persistError(action, error);
  }
}
