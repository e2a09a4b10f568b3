import { describe, expect, it } from 'vitest';
import type { GroundReport } from '../domain/ground-report.js';
import {
  GROUND_REPORTS_KEY,
  GroundReportBook,
  newReportId,
  UNREADABLE_KEY,
  type ReportStorage,
} from './ground-report-book.js';

/** An in-memory storage; `failWrites` makes every write throw as a full quota does. */
function createStorage(
  initial: Record<string, string> = {},
  failWrites = false,
): ReportStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      if (failWrites) throw new Error('QuotaExceededError');
      data.set(k, v);
    },
  };
}

const createReport = (over: Partial<GroundReport> = {}): GroundReport => ({
  id: 'gr-1',
  lng: 105.8523,
  lat: 21.0285,
  kind: 'none',
  operator: 'mobifone',
  technology: '5G',
  date: '2026-03-15',
  note: 'Ngõ 5',
  ...over,
});

describe('GroundReportBook', () => {
  it('keeps an added report across a reload (a new book on the same storage)', () => {
    const storage = createStorage();
    new GroundReportBook(storage).add(createReport());
    expect(new GroundReportBook(storage).getSnapshot()).toEqual({ reports: [createReport()], problem: null });
  });

  it('deletes a report by id', () => {
    const book = new GroundReportBook(createStorage());
    book.add(createReport());
    book.add(createReport({ id: 'gr-2' }));
    book.remove('gr-1');
    expect(book.getSnapshot().reports.map((r) => r.id)).toEqual(['gr-2']);
  });

  it('tells its subscribers of a change', () => {
    const book = new GroundReportBook(createStorage());
    let calls = 0;
    book.subscribe(() => calls++);
    book.add(createReport());
    expect(calls).toBe(1);
  });

  it('refuses a report that breaks a rule, naming it', () => {
    const book = new GroundReportBook(createStorage());
    expect(() => book.add(createReport({ date: '2026-02-30' }))).toThrow(
      'not a valid report: date "2026-02-30" is not a day written YYYY-MM-DD',
    );
  });

  it('refuses a report in Vietnamese too', () => {
    const book = new GroundReportBook(createStorage());
    expect(() => book.add(createReport({ date: '2026-02-30' }))).toThrow(
      expect.objectContaining({
        vi: 'báo cáo không hợp lệ: ngày "2026-02-30" không phải một ngày viết theo YYYY-MM-DD',
      }),
    );
  });

  it('turns a stored value that is not JSON into a problem, keeping the text under another key', () => {
    const storage = createStorage({ [GROUND_REPORTS_KEY]: '{"version": 1, "rep' });
    const { reports, problem } = new GroundReportBook(storage).getSnapshot();
    expect(reports).toEqual([]);
    expect(problem).toMatchObject({ kind: 'unreadable', keptUnder: UNREADABLE_KEY });
    expect((problem as { detail: string }).detail).toMatch(/^the stored text is not JSON \(/);
    expect(storage.data.get(UNREADABLE_KEY)).toBe('{"version": 1, "rep');
  });

  it('keeps the readable reports of a stored list and names the first one dropped', () => {
    const stored = { version: 1, reports: [createReport(), { ...createReport({ id: 'x' }), lat: 10.77 }] };
    const book = new GroundReportBook(createStorage({ [GROUND_REPORTS_KEY]: JSON.stringify(stored) }));
    expect(book.getSnapshot().reports).toEqual([createReport()]);
    expect(book.getSnapshot().problem).toMatchObject({
      detail:
        "1 of 2 stored reports dropped: report 1: position 105.8523, 10.77 is not in Hà Nội's box 105.2, 20.5, 106.1, 21.5",
      vi: '1 trong 2 báo cáo đã lưu bị bỏ: báo cáo 1: vị trí 105.8523, 10.77 nằm ngoài khung Hà Nội 105.2, 20.5, 106.1, 21.5',
    });
  });

  it('keeps a report in memory and says so when the storage refuses the write', () => {
    const book = new GroundReportBook(createStorage({}, true));
    book.add(createReport());
    expect(book.getSnapshot()).toEqual({
      reports: [createReport()],
      problem: { kind: 'save-failed', detail: 'QuotaExceededError' },
    });
  });
});

describe('GroundReportBook without storage', () => {
  it('says in both languages that the reports are kept in memory only', () => {
    const book = new GroundReportBook(null);
    book.add(createReport());
    expect(book.getSnapshot().problem).toEqual({
      kind: 'save-failed',
      detail: 'the browser offers no storage here',
      vi: 'trình duyệt không cho lưu ở đây',
    });
  });
});

describe('newReportId', () => {
  it('writes two base-36 parts of six digits after gr-', () => {
    expect(newReportId(() => 0.5)).toBe('gr-i00000i00000');
  });
});
