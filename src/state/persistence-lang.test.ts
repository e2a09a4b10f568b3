import { describe, expect, it } from 'vitest';
import { memoryAppDb, type AppDb } from '../data/persist/app-db.js';
import { issueText } from '../domain/report.js';
import { createAppStore } from './store.js';
import { startPersistence } from './persistence.js';
import type { IndicatorFile } from './indicators.js';

const flush = () => new Promise((r) => setTimeout(r, 0));

/** An in-memory database whose every write fails as a full browser storage does. */
function createFullDb(): AppDb {
  const db = memoryAppDb();
  return { ...db, put: () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) };
}

const createFile = (): IndicatorFile => ({
  id: 'ind-1',
  fileName: 'a.csv',
  loadedAt: '2025-06-01T00:00:00.000Z',
  values: [],
  summary: { rows: 0, accepted: 0, rejected: 0, issues: [] },
});

/** The warnings' texts in both languages. */
const texts = (store: ReturnType<typeof createAppStore>) =>
  store.getState().issues.map((i) => [issueText(i, 'vi'), issueText(i, 'en')]);

describe('persistence warnings in both languages', () => {
  it('says that without a database nothing is kept', async () => {
    const store = createAppStore(null);
    const p = await startPersistence(store, () => Promise.reject(new Error('IndexedDB is not available')));
    p.close();
    expect(texts(store)).toEqual([
      [
        'bộ nhớ trình duyệt: IndexedDB is not available — kế hoạch và dữ liệu đã nhập chỉ được giữ đến khi đóng trang này',
        'browser storage: IndexedDB is not available — the plan and imported data are kept only until this page is closed',
      ],
    ]);
  });

  it('says a plan that could not be saved, naming the full storage', async () => {
    const store = createAppStore(null);
    const p = await startPersistence(store, async () => createFullDb());
    store.getState().sitePlaced(105.8, 21.0);
    await p.flush();
    p.close();
    expect(texts(store)).toEqual([
      [
        'không thể lưu kế hoạch: bộ nhớ trình duyệt dành cho trang này đã đầy — hãy xoá các tệp đã nhập không còn cần, hoặc giải phóng ổ đĩa',
        "could not save the plan: the browser's storage for this site is full — delete saved imports you no longer need, or free disk space",
      ],
    ]);
  });

  it('says indicator files that could not be saved, naming the setting', async () => {
    const store = createAppStore(null);
    const p = await startPersistence(store, async () => createFullDb());
    store.getState().indicatorFileAdded(createFile());
    for (let i = 0; i < 3; i++) await flush();
    p.close();
    expect(texts(store)).toEqual([
      [
        `bộ nhớ trình duyệt: không lưu được các tệp chỉ số: không thể lưu thiết lập "indicatorFiles": bộ nhớ trình duyệt dành cho trang này đã đầy — hãy xoá các tệp đã nhập không còn cần, hoặc giải phóng ổ đĩa`,
        `browser storage: the indicator files could not be saved: could not save the setting "indicatorFiles": the browser's storage for this site is full — delete saved imports you no longer need, or free disk space`,
      ],
    ]);
  });
});
