/**
 * Loaded indicator files: what is kept of each (its accepted figures and its validation report), and how they
 * are saved in the browser (the `settings` store, key `indicatorFiles`) and read back. A stored file whose
 * figures are damaged keeps its sound figures; each dropped figure is reported by file and position.
 */
import type { DataIssue } from '../domain/report.js';
import type { Bilingual } from '../data/import/issue.js';
import type { IndicatorValue } from '../domain/indicators.js';
import type { AreaLevel } from '../domain/admin.js';
import type { AppDb } from '../data/persist/app-db.js';
import { readSetting, writeSetting } from '../data/persist/records.js';

/** One loaded indicator file. */
export type IndicatorFile = {
  id: string;
  fileName: string;
  /** When it was loaded, ISO 8601. */
  loadedAt: string;
  values: IndicatorValue[];
  /** Rows read, accepted and rejected, and the messages (kept so the report can be shown again). */
  summary: { rows: number; accepted: number; rejected: number; issues: DataIssue[] };
};

/** The settings key the files are saved under. */
export const INDICATOR_SETTING = 'indicatorFiles';

const LEVELS: readonly AreaLevel[] = ['unit2025', 'district2019', 'ward2019'];

/** A stored value as the messages show it (`NaN` stays `NaN`, text is quoted). */
const show = (v: unknown): string => (typeof v === 'number' ? String(v) : (JSON.stringify(v) ?? String(v)));

/** Why a stored figure is not sound, in both languages, or null. */
function valueProblem(v: unknown): Bilingual | null {
  if (typeof v !== 'object' || v === null) return { en: 'not an object', vi: 'không phải một đối tượng' };
  const x = v as Record<string, unknown>;
  if (typeof x.indicator !== 'string' || x.indicator === '') return { en: 'no indicator', vi: 'không có chỉ số' };
  if (!LEVELS.includes(x.level as AreaLevel))
    return {
      en: `level ${show(x.level)} is not one of ${LEVELS.join(', ')}`,
      vi: `cấp ${show(x.level)} không thuộc ${LEVELS.join(', ')}`,
    };
  if (x.layout !== '2025' && x.layout !== '2019')
    return {
      en: `layout ${show(x.layout)} is not 2025 or 2019`,
      vi: `địa giới ${show(x.layout)} không phải 2025 hay 2019`,
    };
  if (typeof x.code !== 'string' || !/^\d{3}(\d{2})?$/.test(x.code))
    return {
      en: `code ${show(x.code)} is not a GSO code`,
      vi: `mã ${show(x.code)} không phải mã GSO`,
    };
  if (typeof x.value !== 'number' || !Number.isFinite(x.value))
    return { en: `value ${show(x.value)} is not a number`, vi: `giá trị ${show(x.value)} không phải một số` };
  if (typeof x.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(x.date))
    return { en: `date ${show(x.date)} is not YYYY-MM-DD`, vi: `ngày ${show(x.date)} không viết theo YYYY-MM-DD` };
  if (typeof x.unit !== 'string' || typeof x.source !== 'string')
    return { en: 'unit or source is not text', vi: 'đơn vị hoặc nguồn không phải văn bản' };
  return null;
}

/** The sound files and figures of a stored value, and one message (both languages) per thing left out. */
export function readIndicatorFiles(raw: unknown): { files: IndicatorFile[]; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const issue = (key: string | null, index: number | null, text: Bilingual) =>
    issues.push({
      severity: 'warning',
      rule: 'persist-record-invalid',
      file: 'browser storage',
      index,
      key,
      message: `browser storage: saved indicator files: ${text.en} — left out`,
      vi: `bộ nhớ trình duyệt: các tệp chỉ số đã lưu: ${text.vi} — bị bỏ ra`,
    });
  if (raw === null || raw === undefined) return { files: [], issues };
  if (!Array.isArray(raw)) {
    issue(null, null, {
      en: `the saved value is ${typeof raw}, not a list`,
      vi: `giá trị đã lưu là ${typeof raw}, không phải một danh sách`,
    });
    return { files: [], issues };
  }
  const files: IndicatorFile[] = [];
  raw.forEach((f: unknown, i) => {
    const x = (f ?? {}) as Partial<IndicatorFile>;
    if (typeof x.id !== 'string' || typeof x.fileName !== 'string' || !Array.isArray(x.values)) {
      issue(null, i, {
        en: `entry ${i} has no id, file name or figures`,
        vi: `mục ${i} thiếu mã, tên tệp hoặc số liệu`,
      });
      return;
    }
    const values: IndicatorValue[] = [];
    x.values.forEach((v: unknown, j) => {
      const problem = valueProblem(v);
      if (problem === null) values.push({ ...(v as IndicatorValue), derived: false });
      else
        issue(x.fileName!, j, {
          en: `${x.fileName}, figure ${j + 1}: ${problem.en}`,
          vi: `${x.fileName}, số liệu ${j + 1}: ${problem.vi}`,
        });
    });
    const s = x.summary;
    const summary =
      s && typeof s.rows === 'number' && Array.isArray(s.issues)
        ? s
        : { rows: values.length, accepted: values.length, rejected: 0, issues: [] };
    files.push({
      id: x.id,
      fileName: x.fileName,
      loadedAt: typeof x.loadedAt === 'string' ? x.loadedAt : '',
      values,
      summary,
    });
  });
  return { files, issues };
}

/** Reads the saved files. */
export async function loadIndicatorFiles(db: AppDb): Promise<{ files: IndicatorFile[]; issues: DataIssue[] }> {
  const saved = await readSetting(db, INDICATOR_SETTING);
  const read = readIndicatorFiles(saved.value);
  return { files: read.files, issues: [...saved.issues, ...read.issues] };
}

/** Saves the files (all of them: a few thousand figures at most). */
export function saveIndicatorFiles(db: AppDb, files: readonly IndicatorFile[]): Promise<void> {
  return writeSetting(db, INDICATOR_SETTING, files);
}

/** Every figure of the files, oldest file first (a later file's figure for the same date wins in `computeIndicators`). */
export function valuesOf(files: readonly IndicatorFile[]): IndicatorValue[] {
  return files.flatMap((f) => f.values);
}
