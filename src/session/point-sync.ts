/**
 * "Có 5G ở đây không?": asks the worker about the point in the store (a click, a search, a link) and puts the
 * answer or the error there. The question is asked again, for the same point, when what the answer depends on
 * changes: the map's date (the speed window and the sites on air), the figures (imports applied or removed, a
 * comparison), and the plan's candidate sites. Answers come back in any order: only the newest request's is kept.
 * It also reads the street names the search box finds.
 */
import type { AppState, AppStore } from '../state/store.js';
import type { PointError } from '../state/slices/point.js';
import { errorMessage } from '../domain/errors.js';
import { WorkerCallError, WorkerCrashError } from '../worker/rpc.js';
import type { CoverageClient } from './client.js';
import type { DataSource } from '../data/load-layers.js';
import { loadStreets } from '../data/point-streets-file.js';

/** The message of a failed question in both languages (the worker's Vietnamese text when it has one). */
export function pointErrorOf(err: unknown): PointError {
  if (err instanceof WorkerCallError) return { vi: err.vi, en: err.message };
  if (err instanceof WorkerCrashError)
    return {
      vi: `bộ phân tích đã dừng (${err.reason}) và được khởi động lại; hãy hỏi lại điểm này`,
      en: err.message,
    };
  const message = errorMessage(err);
  return { vi: message, en: message };
}

/** Whether the answer for the open point must be asked for (again) after a change from `prev` to `s`. */
export function pointNeedsAsking(s: AppState, prev: AppState): boolean {
  if (s.point === null) return false;
  return (
    s.point !== prev.point ||
    s.asOf !== prev.asOf ||
    s.plan.sites !== prev.plan.sites ||
    (s.analysis.results !== prev.analysis.results && s.analysis.status === 'ready')
  );
}

export class PointSync {
  /** Number of the newest request sent; an answer to an older one is dropped. */
  private sent = 0;
  private readonly unsubscribe: () => void;

  /** `data`: the generated data folder, for the street names (`streets.json`); none in tests that need none. */
  constructor(
    private readonly store: AppStore,
    private readonly client: () => CoverageClient,
    data: DataSource | null = null,
  ) {
    if (data)
      loadStreets(data).then(
        (streets) => store.getState().pointStreetsLoaded(streets),
        (err: unknown) =>
          store.getState().warningsAdded([
            {
              severity: 'warning',
              rule: 'streets',
              file: 'streets.json',
              index: null,
              key: null,
              message: errorMessage(err),
            },
          ]),
      );
    this.unsubscribe = store.subscribe((s, prev) => {
      if (pointNeedsAsking(s, prev)) this.ask(s);
    });
    // A point from the link is in the store before the session starts.
    if (store.getState().point) this.ask(store.getState());
  }

  private ask(s: AppState): void {
    const point = s.point;
    if (!point) return;
    const request = ++this.sent;
    // The worker waits for its first analysis; the question is answered once it is done.
    this.client()
      .call('point', [point.lngLat, s.asOf, s.plan.sites])
      .then(
        (answer) => {
          if (request === this.sent) this.store.getState().pointAnswered(point.seq, answer);
        },
        (err: unknown) => {
          if (request === this.sent) this.store.getState().pointFailed(point.seq, pointErrorOf(err));
        },
      );
  }

  destroy(): void {
    this.unsubscribe();
  }
}
