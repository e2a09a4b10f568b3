/**
 * Named lines in the planner app (issue #17, "coverage along roads"): the roads, railways and metro lines the
 * search box finds by name (the built-in 2017 central streets, then imported line files), and the figures of the
 * line picked, from the worker (worker/named-lines-handler.ts). An external store (subscribe / getSnapshot, for
 * `useSyncExternalStore`), apart from the app's store: nothing of it goes into links or preferences. The picked
 * line's figures are asked again when what they depend on changes: the coverage level, the map's date, the plan's
 * sites and the figures (imports applied or removed). Only the newest request's answer is kept.
 */
import type { AppState, AppStore } from '../state/store.js';
import type { CoverageClient } from './client.js';
import type { LineKindChoice } from '../data/import/line-import.js';
import type { LineFileReport } from '../data/import/line-file.js';
import type { DataIssue } from '../domain/report.js';
import type { LineFiguresAnswer, NamedLineEntry } from '../worker/named-lines-handler.js';
import { pointErrorOf } from './point-sync.js';
import type { PointError } from '../state/slices/point.js';

/** One imported line file: its name, what it gave and its messages. */
export type LineImportReport = {
  file: string;
  setId: string | null;
  lines: number;
  accepted: number;
  features: number;
  issues: DataIssue[];
  /** How the file was read (format, text encoding, coordinate system and why); null when it could not be read. */
  read: LineFileReport | null;
};

/** What the named lines' views read. */
export type NamedLinesState = {
  /** Every line the search finds, built-in first; empty until the worker has answered. */
  entries: readonly NamedLineEntry[];
  /** The line picked, its figures once in (null while asked), or the error of the question. */
  picked: { entry: NamedLineEntry; figures: LineFiguresAnswer | null; error: PointError | null } | null;
  /** The line files imported in this page, newest last. */
  imports: readonly LineImportReport[];
  /** A file being read, by name. */
  importing: string | null;
};

const EMPTY: NamedLinesState = { entries: [], picked: null, imports: [], importing: null };

/** Whether the picked line's figures must be asked again after a change from `prev` to `s`. */
export function lineNeedsAsking(s: AppState, prev: AppState): boolean {
  return (
    s.coverageLevel !== prev.coverageLevel ||
    s.asOf !== prev.asOf ||
    s.plan.sites !== prev.plan.sites ||
    (s.analysis.results !== prev.analysis.results && s.analysis.status === 'ready')
  );
}

export class NamedLines {
  private state: NamedLinesState = EMPTY;
  private readonly listeners = new Set<() => void>();
  private sent = 0;
  private loading: Promise<void> | null = null;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly store: AppStore,
    private readonly client: () => CoverageClient,
  ) {
    this.unsubscribe = store.subscribe((s, prev) => {
      // One panel at a time: a point asked closes the line's.
      if (s.point !== null && s.point !== prev.point && this.state.picked) this.pick(null);
      else if (this.state.picked && lineNeedsAsking(s, prev)) this.ask(this.state.picked.entry);
    });
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  readonly getSnapshot = (): NamedLinesState => this.state;

  /** Asks the worker for the names once (again after a failure); the search calls it on the first text typed. */
  load(): Promise<void> {
    this.loading ??= Promise.all([this.client().call('lineNames', []), this.client().call('savedLineIssues', [])]).then(
      ([entries, issues]) => {
        this.set({ entries });
        if (issues.length > 0) this.store.getState().warningsAdded(issues);
      },
      () => void (this.loading = null),
    );
    return this.loading;
  }

  /** Picks a line (null closes its panel) and asks for its figures at the store's coverage level. */
  pick(entry: NamedLineEntry | null): void {
    this.sent++;
    this.set({ picked: entry ? { entry, figures: null, error: null } : null });
    if (!entry) return;
    if (this.store.getState().point !== null) this.store.getState().pointCleared();
    this.ask(entry);
  }

  /** Reads a line file in the worker as `kind`; its lines join the search, its messages are kept. */
  async importFile(file: File, kind: LineKindChoice): Promise<void> {
    this.set({ importing: file.name });
    try {
      const r = await this.client().call('importLines', [file, file.name, kind]);
      const report: LineImportReport = { file: file.name, ...r, lines: r.lines.length };
      const entries = await this.client().call('lineNames', []);
      this.set({ entries, imports: [...this.state.imports.filter((i) => i.file !== file.name), report] });
    } catch (err) {
      const e = pointErrorOf(err);
      const issue: DataIssue = {
        severity: 'error',
        rule: 'line-file',
        file: file.name,
        index: null,
        key: null,
        message: e.en,
        vi: e.vi,
      };
      const report = { file: file.name, setId: null, lines: 0, accepted: 0, features: 0, issues: [issue], read: null };
      this.set({ imports: [...this.state.imports.filter((i) => i.file !== file.name), report] });
    } finally {
      this.set({ importing: null });
    }
  }

  /** Forgets an imported file's lines (its panel closes when its line was picked). */
  async remove(setId: string): Promise<void> {
    try {
      const entries = await this.client().call('removeLines', [setId]);
      const picked = this.state.picked?.entry.set === setId ? null : this.state.picked;
      this.set({ entries, picked, imports: this.state.imports.filter((i) => i.setId !== setId) });
    } catch (err) {
      const e = pointErrorOf(err);
      const issue: DataIssue = {
        severity: 'error',
        rule: 'line-remove',
        file: setId,
        index: null,
        key: null,
        message: e.en,
      };
      this.store.getState().warningsAdded([{ ...issue, vi: e.vi }]);
    }
  }

  /** After a worker restart the imported sets are gone: names are read again, the reports go. */
  reset(): void {
    this.loading = null;
    this.set({ ...EMPTY });
  }

  destroy(): void {
    this.unsubscribe();
    this.listeners.clear();
  }

  private ask(entry: NamedLineEntry): void {
    const n = ++this.sent;
    const level = this.store.getState().coverageLevel;
    this.client()
      .call('lineFigures', [entry.id, level, true])
      .then(
        (figures) => n === this.sent && this.set({ picked: { entry, figures, error: null } }),
        (err: unknown) => n === this.sent && this.set({ picked: { entry, figures: null, error: pointErrorOf(err) } }),
      );
  }

  private set(patch: Partial<NamedLinesState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }
}
