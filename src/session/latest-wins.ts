/**
 * "Latest request wins": at most one request of a kind is with the worker; while it runs, newer inputs replace
 * each other and only the newest is sent next. A slider played fast, a drag, or a quick succession of selections
 * never queues up work, and the last input is always answered. Every answer and every error reaches `settle`,
 * which is told whether a newer input is already waiting (a caller may then skip drawing a stale answer).
 */
export type LatestWins<T> = {
  /** Asks for `input`: sent now when idle, else kept as the next one (replacing any other waiting input). */
  push(input: T): void;
  /** True when nothing is running or waiting. */
  idle(): boolean;
  /** Forgets a waiting input (the running one still settles). */
  clear(): void;
};

export type Settle<T, R> = {
  /** The answer to `input`; `stale` when a newer input is waiting. */
  result(value: R, input: T, stale: boolean): void;
  /** The failure of `input` (a rejected or aborted request); the queue goes on with the next input. */
  error(err: unknown, input: T, stale: boolean): void;
};

export function latestWins<T, R>(run: (input: T) => Promise<R>, settle: Settle<T, R>): LatestWins<T> {
  let busy = false;
  let waiting: { input: T } | null = null;
  const pump = (input: T): void => {
    busy = true;
    run(input)
      .then(
        (value) => settle.result(value, input, waiting !== null),
        (err: unknown) => settle.error(err, input, waiting !== null),
      )
      .finally(() => {
        busy = false;
        const next = waiting;
        waiting = null;
        if (next) pump(next.input);
      });
  };
  return {
    push(input) {
      if (busy) waiting = { input };
      else pump(input);
    },
    idle: () => !busy && waiting === null,
    clear() {
      waiting = null;
    },
  };
}
