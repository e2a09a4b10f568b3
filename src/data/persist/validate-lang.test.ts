import { describe, expect, it } from 'vitest';
import { issueText } from '../../domain/report.js';
import { memoryAppDb } from './app-db.js';
import { IMPORT_CHECKS, KIND_CHECKS, problemOf, SITE_CHECKS, STEP_CHECKS, type Checks } from './record-checks.js';
import { expectedVi, problemTexts } from './record-problem.js';
import { readSetting } from './records.js';
import { RECORD_SCHEMA } from './schema.js';
import { readImportRecord, readPlanRecord } from './validate.js';

const TABLES: Checks[] = [
  SITE_CHECKS,
  STEP_CHECKS,
  IMPORT_CHECKS,
  ...Object.values(KIND_CHECKS).flatMap((k) => [k.item as Checks, k.report as Checks]),
];

describe('stored-record messages in Vietnamese', () => {
  it('says every expected value of every check table in Vietnamese', () => {
    const unsaid = TABLES.flatMap((t) => Object.values(t).map(([, en]) => en)).filter(
      (en) => en !== '"Feature"' && expectedVi(en) === en,
    );
    expect(unsaid).toEqual([]);
  });

  it('keeps the English text of problemOf word for word', () => {
    const cases: [unknown, Checks][] = [
      ['junk', SITE_CHECKS],
      [{ id: 'a' }, SITE_CHECKS],
      [{ label: 3, before: [], after: [] }, STEP_CHECKS],
      [{ id: 'x', kind: 'roads', fileName: 'a', importedAt: '2025-01-01', mode: 'replace', report: {} }, IMPORT_CHECKS],
    ];
    for (const [v, checks] of cases) expect(problemTexts(v, checks)?.en).toBe(problemOf(v, checks));
  });

  it('says a broken plan record in both languages', () => {
    const { issues } = readPlanRecord('current', {
      schema: RECORD_SCHEMA,
      sites: [],
      undo: 'x',
      redo: [{ label: 'b' }],
    });
    expect(issues.map((i) => issueText(i, 'vi'))).toEqual([
      'kế hoạch đã lưu: lịch sử hoàn tác là "x", không phải một danh sách — bị bỏ',
      'kế hoạch đã lưu: bước làm lại 0: thiếu trường "before" — bước này và 0 bước cũ hơn bị bỏ',
      'kế hoạch đã lưu: kế hoạch: trường "nextId" là undefined, không phải một số nguyên dương — được dựng lại thành 1',
    ]);
    expect(issues.map((i) => issueText(i, 'en'))).toEqual([
      'saved plan: the undo history is "x", not a list — it is dropped',
      'saved plan: redo step 0: field "before" is missing — it and the 0 older steps are dropped',
      'saved plan: the plan: field "nextId" is undefined, not a positive integer — rebuilt as 1',
    ]);
  });

  it('says an import of a newer schema in both languages', () => {
    const { issues } = readImportRecord('imp-1', { schema: RECORD_SCHEMA + 1 });
    expect(issueText(issues[0]!, 'vi')).toBe(
      `dữ liệu nhập đã lưu: lần nhập "imp-1": phiên bản lược đồ ${RECORD_SCHEMA + 1} mới hơn phiên bản ứng dụng này đọc được (${RECORD_SCHEMA}) — bản ghi do một phiên bản mới hơn của ứng dụng lưu; được giữ lại nhưng không nạp`,
    );
  });

  it('says an unreadable setting in both languages', async () => {
    const db = memoryAppDb();
    await db.put('settings', 'activeImports', { schema: 0 });
    const { issues } = await readSetting(db, 'activeImports');
    expect(issues.map((i) => [issueText(i, 'vi'), issueText(i, 'en')])).toEqual([
      [
        `thiết lập đã lưu: thiết lập "activeImports": không phải bản ghi thiết lập theo lược đồ ${RECORD_SCHEMA} — bị bỏ qua`,
        `saved settings: setting "activeImports": not a setting record of schema ${RECORD_SCHEMA} — it is skipped`,
      ],
    ]);
  });
});
