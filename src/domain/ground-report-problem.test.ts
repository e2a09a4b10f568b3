import { describe, expect, it } from 'vitest';
import { groundReportProblem, type GroundReport } from './ground-report.js';
import { groundReportProblemTexts } from './ground-report-problem.js';

const createReport = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'gr-1',
  lng: 105.85,
  lat: 21.03,
  kind: 'none',
  operator: 'viettel',
  technology: '5G',
  date: '2026-03-15',
  note: '',
  ...over,
});

/** One value breaking each rule, in the order the rules are checked, and a valid report. */
const CASES: unknown[] = [
  null,
  createReport({ id: '' }),
  createReport({ lat: 10.77 }),
  createReport({ kind: 'strong' }),
  createReport({ operator: 'gmobile' }),
  createReport({ technology: '3G' }),
  createReport({ date: '2026-02-30' }),
  createReport({ note: 7 }),
  createReport({ note: 'x'.repeat(501) }),
  createReport() as GroundReport,
];

describe('groundReportProblemTexts', () => {
  it('says in English exactly what groundReportProblem says', () => {
    for (const v of CASES) expect(groundReportProblemTexts(v)?.en ?? null).toBe(groundReportProblem(v));
  });

  it('says each rule in Vietnamese', () => {
    expect(CASES.map((v) => groundReportProblemTexts(v)?.vi ?? null)).toEqual([
      'không phải một đối tượng',
      'mã không phải một văn bản không rỗng',
      'vị trí 105.85, 10.77 nằm ngoài khung Hà Nội 105.2, 20.5, 106.1, 21.5',
      'tình trạng "strong" không thuộc none, weak',
      'nhà mạng "gmobile" không thuộc viettel, vnpt, mobifone, vietnamobile, unknown',
      'công nghệ "3G" không thuộc 4G, 5G',
      'ngày "2026-02-30" không phải một ngày viết theo YYYY-MM-DD',
      'ghi chú không phải văn bản',
      'ghi chú có 501 ký tự, nhiều hơn 500',
      null,
    ]);
  });
});
