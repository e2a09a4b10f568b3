/**
 * Asks the worker for an area's shared towers (sharing-handler.ts) and keeps the newest answer: asked again when
 * the area, the map's date or `version` (the figures in use: imports applied or removed, the plan, the parameters)
 * change. At most one question is with the worker, newer ones replace each other while it runs (latest-wins.ts),
 * and an answer to a question already replaced, or arriving after the panel closed, is dropped.
 */
import { useMemo } from 'react';
import type { AreaSharing } from '../worker/protocol.js';
import type { PlaceLevel } from '../domain/places.js';
import { useLatestAnswer, type AnswerState } from './use-latest-answer.js';

/** Asks the worker for an area's figures as of a date (null: all the data); `Session.areaSharing` is one. */
export type SharingAsk = (level: PlaceLevel, id: string, asOf: string | null) => Promise<AreaSharing>;

/** The question a block asks: an area and a date, with its key (`level|id|date`) and the figures in use. */
type Query = { level: PlaceLevel; id: string; asOf: string | null; key: string; version: unknown };

/** What the block shows: nothing yet, the newest answer, or the newest question's failure in both languages. */
export type SharingState = AnswerState<AreaSharing>;

/** The key of a question: the answer shown must carry the key of the area and date on screen. */
export const sharingKey = (level: PlaceLevel, id: string, asOf: string | null): string =>
  `${level}|${id}|${asOf ?? ''}`;

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
  const run = useMemo(() => (ask === null ? null : (q: Query) => ask(q.level, q.id, q.asOf)), [ask]);
  const question =
    level === null || id === null ? null : { level, id, asOf, key: sharingKey(level, id, asOf), version };
  return useLatestAnswer(run, question);
}
