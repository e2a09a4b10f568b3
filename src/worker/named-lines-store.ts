/**
 * The imported named-line files, kept in the browser's storage (the `settings` store of persist/schema.ts, under
 * {@link NAMED_LINES_SETTING}) so that a reload or a restarted worker finds them again, as the other imports are.
 * A saved set that cannot be read is reported with its position and the rule it broke, and left out; the others
 * are read.
 */
import type { AppDb } from '../data/persist/app-db.js';
import { readSetting, writeSetting } from '../data/persist/records.js';
import { checkNamedLinesFile } from '../data/named-lines-file.js';
import type { NamedLine } from '../domain/named-line.js';
import type { DataIssue } from '../domain/report.js';
import { errorMessage } from '../domain/errors.js';

/** The setting's key. */
export const NAMED_LINES_SETTING = 'namedLines';

/** One imported file's lines as saved: its set id (`import-<n>`), the file's name and its lines. */
export type StoredLineSet = { id: string; source: string; lines: NamedLine[] };

/** Reads and writes the imported sets; `load` answers the sets that could be read and the issues of the others. */
export interface LineSetStore {
  load(): Promise<{ sets: StoredLineSet[]; issues: DataIssue[] }>;
  save(sets: readonly StoredLineSet[]): Promise<void>;
}

const SET_ID = /^import-\d+$/;

/** The store over the app's database (`db` may reject: then nothing is kept, and `load` says why). */
export function lineSetStore(db: () => Promise<AppDb>): LineSetStore {
  const issue = (index: number | null, message: string, vi: string): DataIssue => ({
    severity: 'warning',
    rule: 'persist-named-lines',
    file: 'browser storage',
    index,
    key: NAMED_LINES_SETTING,
    message,
    vi,
  });
  return {
    async load() {
      let value: unknown;
      try {
        const read = await readSetting(await db(), NAMED_LINES_SETTING);
        if (read.issues.length > 0) return { sets: [], issues: read.issues };
        value = read.value;
      } catch (err) {
        const why = errorMessage(err);
        return {
          sets: [],
          issues: [issue(null, `saved named lines: ${why}`, `các tuyến có tên đã lưu: ${why}`)],
        };
      }
      if (value === null) return { sets: [], issues: [] };
      if (!Array.isArray(value))
        return {
          sets: [],
          issues: [
            issue(
              null,
              'saved named lines: not a list — skipped',
              'các tuyến có tên đã lưu: không phải danh sách — bỏ qua',
            ),
          ],
        };
      const sets: StoredLineSet[] = [];
      const issues: DataIssue[] = [];
      value.forEach((v: Partial<StoredLineSet> | null, i) => {
        try {
          if (typeof v?.id !== 'string' || !SET_ID.test(v.id)) throw new Error('"id" must be import-<number>');
          if (typeof v.source !== 'string') throw new Error('"source" must be text');
          const file = checkNamedLinesFile({ source: v.source, licence: '', vintage: '', lines: v.lines });
          sets.push({ id: v.id, source: v.source, lines: file.lines });
        } catch (err) {
          const why = errorMessage(err);
          issues.push(
            issue(
              i,
              `saved named-line file ${i + 1}: ${why} — skipped`,
              `tệp tuyến có tên đã lưu thứ ${i + 1}: ${why} — bỏ qua`,
            ),
          );
        }
      });
      return { sets, issues };
    },
    async save(sets) {
      await writeSetting(
        await db(),
        NAMED_LINES_SETTING,
        sets.map((s) => ({ id: s.id, source: s.source, lines: s.lines })),
      );
    },
  };
}
