/**
 * Keeps the operator's plan and the indicator files in the browser's IndexedDB, so they survive a reload and a
 * crashed tab: the plan is written (ordered, coalesced) on every change, the loaded indicator files whenever
 * they change. At start both are put back in the store. Imported data files are kept by the coverage worker
 * (`src/worker/import-registry.ts`), in the same database, so that their data never crosses to the page.
 * Without IndexedDB (private mode, old browsers) everything works in memory and a warning says nothing
 * will be kept.
 */
import type { AppStore } from './store.js';
import type { AppDb } from '../data/persist/app-db.js';
import { memoryAppDb } from '../data/persist/app-db.js';
import { openAppDb } from '../data/persist/indexed-db.js';
import { loadPlan } from '../data/persist/records.js';
import { createPlanWriter } from '../data/persist/plan-writer.js';
import { historyFromStates, statesFromHistory } from '../data/persist/plan-history.js';
import type { DataIssue } from '../domain/report.js';
import { errorTexts, wrapError } from '../domain/error-texts.js';
import { loadIndicatorFiles, saveIndicatorFiles } from './indicators.js';

export type Persistence = {
  /** Resolves when every plan change so far is written. */
  flush(): Promise<void>;
  close(): void;
};

/** Opens the database, restores the plan into the store and starts saving it. */
export async function startPersistence(
  store: AppStore,
  open: () => Promise<AppDb> = () => openAppDb(),
): Promise<Persistence> {
  const warn = (issues: DataIssue[]) => store.getState().warningsAdded(issues);
  let db: AppDb;
  try {
    db = await open();
  } catch (err) {
    db = memoryAppDb();
    warn([
      {
        severity: 'warning',
        rule: 'persist-unavailable',
        file: 'browser storage',
        index: null,
        key: null,
        ...wrapError(
          err,
          (text) => `browser storage: ${text} — the plan and imported data are kept only until this page is closed`,
          (text) => `bộ nhớ trình duyệt: ${text} — kế hoạch và dữ liệu đã nhập chỉ được giữ đến khi đóng trang này`,
        ),
      },
    ]);
  }
  const saved = await loadPlan(db);
  warn(saved.issues);
  if (saved.plan) {
    const p = saved.plan;
    const { past, future } = statesFromHistory(p);
    store.getState().planRestored({ sites: p.sites, past, future, nextId: p.nextId });
  }
  const indicators = await loadIndicatorFiles(db);
  warn(indicators.issues);
  if (indicators.files.length > 0) store.getState().indicatorFilesRestored(indicators.files);
  const writer = createPlanWriter(db, {
    onError: (e) =>
      warn([
        {
          severity: 'warning',
          rule: 'persist-write',
          file: 'browser storage',
          index: null,
          key: null,
          // The writer's errors (`persistError`) carry their Vietnamese text.
          ...errorTexts(e),
        },
      ]),
  });
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.indicatorFiles !== prev.indicatorFiles) {
      saveIndicatorFiles(db, s.indicatorFiles).catch((e: unknown) =>
        warn([
          {
            severity: 'warning',
            rule: 'persist-write',
            file: 'browser storage',
            index: null,
            key: null,
            ...wrapError(
              e,
              (text) => `browser storage: the indicator files could not be saved: ${text}`,
              (text) => `bộ nhớ trình duyệt: không lưu được các tệp chỉ số: ${text}`,
            ),
          },
        ]),
      );
    }
    if (s.plan === prev.plan) return;
    const { undo, redo } = historyFromStates(s.plan.sites, s.plan.past, s.plan.future);
    writer.save({ sites: s.plan.sites, undo, redo, nextId: s.plan.nextId });
  });
  return {
    flush: () => writer.flush(),
    close: () => {
      unsubscribe();
      db.close();
    },
  };
}
