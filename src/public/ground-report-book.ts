/**
 * The public page's own reports from the ground, kept in the browser (localStorage) under
 * {@link GROUND_REPORTS_KEY} as `{"version": 1, "reports": [...]}`: they survive a reload, and nothing leaves the
 * machine until the person downloads a file. Storage comes in through {@link ReportStorage}, so tests pass a fake.
 *
 * A stored value that cannot be read (not JSON, another shape, a report that breaks a rule of
 * `domain/ground-report.ts`) becomes a visible problem, never a crash: the readable reports are kept, and the
 * stored text is copied under `<key>/unreadable` before anything is written over it, so nothing is lost silently.
 * A failed write (quota, private window) is a problem too; the reports stay in memory for the page's life.
 */
import { groundReportOf, type GroundReport } from '../domain/ground-report.js';
import { groundReportProblemTexts, type GroundReportProblemTexts } from '../domain/ground-report-problem.js';

/** The part of `Storage` the book uses. */
export interface ReportStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The localStorage key of the reports. */
export const GROUND_REPORTS_KEY = 'hanoi-coverage-map/ground-reports/v1';
/** Where an unreadable stored value is copied before it is written over. */
export const UNREADABLE_KEY = `${GROUND_REPORTS_KEY}/unreadable`;

/**
 * What went wrong with the storage (the page shows it after its own words): `detail` in English, `vi` in
 * Vietnamese where there is one (a browser's own error message has English only).
 */
export type BookProblem =
  | { kind: 'unreadable'; detail: string; vi?: string; keptUnder: string | null }
  | { kind: 'save-failed'; detail: string; vi?: string };

/** A report refused by {@link GroundReportBook.add}: the rule it breaks, with its Vietnamese text as `vi`. */
export class InvalidReportError extends Error {
  readonly vi: string;
  constructor(problem: GroundReportProblemTexts) {
    super(`not a valid report: ${problem.en}`);
    this.vi = `báo cáo không hợp lệ: ${problem.vi}`;
    this.name = 'InvalidReportError';
  }
}

/** The reports and the last problem, as a component reads them. */
export type BookSnapshot = { reports: readonly GroundReport[]; problem: BookProblem | null };

/** Reads a stored value: the reports it holds, and what was wrong with it in both languages (null when nothing). */
export function readStoredReports(text: string | null): {
  reports: GroundReport[];
  problem: GroundReportProblemTexts | null;
} {
  if (text === null) return { reports: [], problem: null };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    // The parser's own words (position of the fault) exist in English only.
    const why = (err as Error).message;
    return {
      reports: [],
      problem: { en: `the stored text is not JSON (${why})`, vi: `văn bản đã lưu không phải JSON (${why})` },
    };
  }
  const list = (value as { version?: unknown; reports?: unknown } | null)?.reports;
  if ((value as { version?: unknown } | null)?.version !== 1 || !Array.isArray(list)) {
    const shape = '{"version": 1, "reports": [...]}';
    return {
      reports: [],
      problem: { en: `the stored value is not ${shape}`, vi: `giá trị đã lưu không có dạng ${shape}` },
    };
  }
  const reports: GroundReport[] = [];
  let first: { i: number; p: GroundReportProblemTexts } | null = null;
  let dropped = 0;
  for (const [i, r] of list.entries()) {
    const p = groundReportProblemTexts(r);
    if (p === null) reports.push(groundReportOf(r as GroundReport));
    else {
      dropped++;
      first ??= { i, p };
    }
  }
  if (first === null) return { reports, problem: null };
  const { i, p } = first;
  const more = dropped > 1 ? { en: ` (and ${dropped - 1} more)`, vi: ` (và ${dropped - 1} báo cáo khác)` } : null;
  return {
    reports,
    problem: {
      en: `${dropped} of ${list.length} stored reports dropped: report ${i}: ${p.en}${more?.en ?? ''}`,
      vi: `${dropped} trong ${list.length} báo cáo đã lưu bị bỏ: báo cáo ${i}: ${p.vi}${more?.vi ?? ''}`,
    },
  };
}

/** A new report id: random, so that reports of several people can be merged. */
export function newReportId(random: () => number = Math.random): string {
  const part = () =>
    Math.floor(random() * 36 ** 6)
      .toString(36)
      .padStart(6, '0');
  return `gr-${part()}${part()}`;
}

/** The reports of this browser, with change notification for `useSyncExternalStore`. */
export class GroundReportBook {
  private snapshot: BookSnapshot;
  private readonly listeners = new Set<() => void>();

  /** `storage` null (unavailable): the reports live in memory only, and the problem says so on the first save. */
  constructor(private readonly storage: ReportStorage | null) {
    let text: string | null = null;
    try {
      text = storage?.getItem(GROUND_REPORTS_KEY) ?? null;
    } catch (err) {
      // The browser's own words (reading storage is forbidden here) exist in English only.
      this.snapshot = { reports: [], problem: { kind: 'unreadable', detail: String(err), keptUnder: null } };
      return;
    }
    const { reports, problem } = readStoredReports(text);
    let keptUnder: string | null = null;
    if (problem !== null && text !== null) {
      try {
        storage!.setItem(UNREADABLE_KEY, text);
        keptUnder = UNREADABLE_KEY;
      } catch {
        // The copy is a courtesy: the problem is shown either way.
      }
    }
    this.snapshot = {
      reports,
      problem: problem === null ? null : { kind: 'unreadable', detail: problem.en, vi: problem.vi, keptUnder },
    };
  }

  /** The current reports and problem (the same object until something changes). */
  readonly getSnapshot = (): BookSnapshot => this.snapshot;

  /** Calls `listener` after every change; answers the unsubscribe. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  /** Adds a report (its fields checked) and saves. Throws {@link InvalidReportError} with the rule it breaks. */
  add(report: GroundReport): void {
    const problem = groundReportProblemTexts(report);
    if (problem !== null) throw new InvalidReportError(problem);
    this.save([...this.snapshot.reports, groundReportOf(report)]);
  }

  /** Deletes the report with this id (nothing when there is none) and saves. */
  remove(id: string): void {
    this.save(this.snapshot.reports.filter((r) => r.id !== id));
  }

  private save(reports: GroundReport[]): void {
    let problem: BookProblem | null = this.snapshot.problem?.kind === 'unreadable' ? this.snapshot.problem : null;
    if (!this.storage)
      problem = {
        kind: 'save-failed',
        detail: 'the browser offers no storage here',
        vi: 'trình duyệt không cho lưu ở đây',
      };
    else
      try {
        this.storage.setItem(GROUND_REPORTS_KEY, JSON.stringify({ version: 1, reports }));
      } catch (err) {
        // The browser's own words (a full quota, a private window) exist in English only.
        problem = { kind: 'save-failed', detail: err instanceof Error ? err.message : String(err) };
      }
    this.snapshot = { reports, problem };
    for (const l of this.listeners) l();
  }
}

let pageBook: GroundReportBook | null = null;

/** The page's book over `localStorage` (made on first use; without storage, in memory). */
export function pageGroundReportBook(): GroundReportBook {
  if (!pageBook) {
    let storage: ReportStorage | null = null;
    try {
      storage = typeof localStorage === 'undefined' ? null : localStorage;
    } catch {
      // Reading `localStorage` throws where the browser forbids storage (some private windows, sandboxed frames).
    }
    pageBook = new GroundReportBook(storage);
  }
  return pageBook;
}

/** Today in the browser's time zone (the person's day, Vietnam's for most), ISO `YYYY-MM-DD`. */
export function localToday(now: Date = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}
