/**
 * A panel block's question to the worker and its newest answer (the area panel's shared towers, its roads). At most
 * one question is with the worker; newer ones replace each other while it runs (session/latest-wins.ts). An
 * answer to a question already replaced, or arriving after the block closed, is dropped. A question is asked again
 * when its key or its `version` (the figures in use, compared by identity) changes.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { errorMessage } from '../domain/errors.js';
import { latestWins } from '../session/latest-wins.js';
import { WorkerCallError } from '../worker/rpc.js';

/** A question: what it asks, its key (the answer shown must carry the key of what is on screen) and version. */
export type Question = { key: string; version: unknown };

/** What a block shows: nothing yet, the newest answer, or the newest question's failure in both languages. */
export type AnswerState<A> =
  | { status: 'waiting' }
  | { status: 'answered'; key: string; version: unknown; answer: A }
  | { status: 'failed'; key: string; version: unknown; error: { vi: string; en: string } };

/** A failed question in both languages (the worker's Vietnamese text when it has one). */
export function failureTexts(err: unknown): { vi: string; en: string } {
  if (err instanceof WorkerCallError) return { vi: err.vi, en: err.message };
  const message = errorMessage(err);
  return { vi: message, en: message };
}

/** The newest answer to `question` (nothing is asked while `ask` or `question` is null). */
export function useLatestAnswer<Q extends Question, A>(
  ask: ((q: Q) => Promise<A>) | null,
  question: Q | null,
): AnswerState<A> {
  const [state, setState] = useState<AnswerState<A>>({ status: 'waiting' });
  const live = useRef(true);
  const queue = useMemo(
    () =>
      ask === null
        ? null
        : latestWins<Q, A>(ask, {
            result: (answer, q, stale) => {
              if (!stale && live.current) setState({ status: 'answered', key: q.key, version: q.version, answer });
            },
            error: (err, q, stale) => {
              if (!stale && live.current)
                setState({ status: 'failed', key: q.key, version: q.version, error: failureTexts(err) });
            },
          }),
    [ask],
  );
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
      queue?.clear();
    };
  }, [queue]);
  // The question object is new at every render: its key and version say whether it is another question.
  const latest = useRef(question);
  latest.current = question;
  const key = question?.key ?? null;
  const version = question?.version;
  useEffect(() => {
    if (queue && latest.current) queue.push(latest.current);
  }, [queue, key, version]);
  return state;
}
