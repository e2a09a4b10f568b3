/**
 * Asks the worker for an area's shared towers (sharing-handler.ts) and keeps the newest answer: asked again when
 * the area, the map's date or `version` (the figures in use: imports applied or removed, the plan, the parameters)
 * change. At most one question is with the worker, newer ones replace each other while it runs (latest-wins.ts),
 * and an answer to a question already replaced, or arriving after the panel closed, is dropped.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { AreaSharing } from '../worker/protocol.js';
import type { PlaceLevel } from '../domain/places.js';
import { latestWins } from '../session/latest-wins.js';
import { WorkerCallError } from '../worker/rpc.js';
import { errorMessage } from '../domain/errors.js';

/** Asks the worker for an area's figures as of a date (null: all the data); `Session.areaSharing` is one. */
export type SharingAsk = (level: PlaceLevel, id: string, asOf: string | null) => Promise<AreaSharing>;

/** The question a block asks: an area and a date, with its key (`level|id|date`). */
type Query = { level: PlaceLevel; id: string; asOf: string | null; key: string };

/** What the block shows: nothing yet, the newest answer, or the newest question's failure in both languages. */
export type SharingState =
  | { status: 'waiting' }
  | { status: 'answered'; key: string; answer: AreaSharing }
  | { status: 'failed'; key: string; error: { vi: string; en: string } };

/** The key of a question: the answer shown must carry the key of the area and date on screen. */
export const sharingKey = (level: PlaceLevel, id: string, asOf: string | null): string =>
  `${level}|${id}|${asOf ?? ''}`;

/** A failed question in both languages (the worker's Vietnamese text when it has one). */
function errorTexts(err: unknown): { vi: string; en: string } {
  if (err instanceof WorkerCallError) return { vi: err.vi, en: err.message };
  const message = errorMessage(err);
  return { vi: message, en: message };
}

/**
 * The newest answer for `level`/`id` as of `asOf` (nothing is asked while `ask` or the area is null). `version`
 * is compared by identity: a new value asks again for the same area and date.
 */
export function useAreaSharing(
  ask: SharingAsk | null,
  level: PlaceLevel | null,
  id: string | null,
  asOf: string | null,
  version: unknown,
): SharingState {
  const [state, setState] = useState<SharingState>({ status: 'waiting' });
  const live = useRef(true);
  const queue = useMemo(
    () =>
      ask === null
        ? null
        : latestWins<Query, AreaSharing>((q) => ask(q.level, q.id, q.asOf), {
            result: (answer, q, stale) => {
              if (!stale && live.current) setState({ status: 'answered', key: q.key, answer });
            },
            error: (err, q, stale) => {
              if (!stale && live.current) setState({ status: 'failed', key: q.key, error: errorTexts(err) });
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
  useEffect(() => {
    if (queue && level !== null && id !== null) queue.push({ level, id, asOf, key: sharingKey(level, id, asOf) });
  }, [queue, level, id, asOf, version]);
  return state;
}
